# tests/sirene2: the register stored in the database, read back, shown ([sirene]); CLI and GUI
# in app_tests.
list(APPEND ESS_TEST_SOURCES
    sirene2/sirene2support.h
    sirene2/test_sireneimport.cpp
    sirene2/test_sireneimportservice.cpp
)
list(APPEND APP_TEST_SOURCES
    sirene2/sirene2support.h
    sirene2/test_importsirenecommand.cpp
)
