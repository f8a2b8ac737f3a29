list(APPEND ESS_CHARTS_SOURCES
    render.cpp
)
