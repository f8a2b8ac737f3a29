list(APPEND ESS_TEST_SOURCES
    domain/test_vocabulary.cpp
)
list(APPEND APP_TEST_SOURCES
    app/test_placeholder.cpp
)
