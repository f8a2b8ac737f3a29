# core/import: readers (CSV, XLSX), table abstraction, value parsing, mapping and validation.
list(APPEND ESS_CORE_SOURCES
    import/rowsource.h import/rowsource.cpp
    import/fileformat.h import/fileformat.cpp
    import/filehash.h import/filehash.cpp
    import/csvreader.h import/csvreader.cpp
    import/xlsxreader.h import/xlsxreader.cpp
    import/table.h import/table.cpp
    import/valueparser.h import/valueparser.cpp
    import/importspec.h import/importspec.cpp
    import/mappingguess.h import/mappingguess.cpp
    import/territoryresolver.h import/territoryresolver.cpp
    import/importreport.h
    import/tableconverter.h import/tableconverter.cpp
    import/importoutcome.h import/importoutcome.cpp
    import/importpipeline.h import/importpipeline.cpp
    import/figureimport.h import/figureimport.cpp
    import/importservice.h import/importservice.cpp
)
