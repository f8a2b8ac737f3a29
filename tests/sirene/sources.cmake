list(APPEND ESS_TEST_SOURCES
    sirene/sirenetestsupport.h
    sirene/test_classification.cpp
    sirene/test_csvscanner.cpp
    sirene/test_sirenereader.cpp
    sirene/test_sireneparts.cpp
)
