# tests/import: readers, table, values, mapping and validation ([import]).
list(APPEND ESS_TEST_SOURCES
    import/test_csvreader.cpp
    import/test_filesource.cpp
    import/test_mappingguess.cpp
    import/test_xlsxreader.cpp
    import/test_table.cpp
    import/test_valueparser.cpp
    import/test_tableconverter.cpp
)
