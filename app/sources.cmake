list(APPEND ESS_APP_SOURCES
    app.cpp
)
