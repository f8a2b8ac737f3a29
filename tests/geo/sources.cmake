list(APPEND ESS_TEST_SOURCES
    geo/test_lambert93.cpp
    geo/test_classify.cpp
    geo/test_communeatlas.cpp
)
