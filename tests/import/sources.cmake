# tests/import: readers, table, values, mapping, validation and the import service; sirene/: the
# SIRENE register (scanner, reader, classification, import into the database).
list(APPEND ESS_TEST_SOURCES
    import/test_csvreader.cpp
    import/test_filesource.cpp
    import/test_importservice.cpp
    import/test_mappingguess.cpp
    import/test_xlsxreader.cpp
    import/test_table.cpp
    import/test_valueparser.cpp
    import/test_tableconverter.cpp
    import/sirene/sirenetestsupport.h
    import/sirene/test_classification.cpp
    import/sirene/test_csvscanner.cpp
    import/sirene/test_sirenereader.cpp
    import/sirene/test_sireneparts.cpp
    import/sirene/test_sireneimport.cpp
    import/sirene/test_sireneimportservice.cpp
)
