# SIRENE stock import (issue #5): streaming reader, ESS classification, JSON report.
list(APPEND ESS_CORE_SOURCES
    import/sirene/reportjson.h import/sirene/reportjson.cpp
    import/sirene/chunkreader.h import/sirene/chunkreader.cpp
    import/sirene/classification.h import/sirene/classification.cpp
    import/sirene/csvscanner.h
    import/sirene/sirenefields.h
    import/sirene/sireneheader.h import/sirene/sireneheader.cpp
    import/sirene/sirenehandlers.h
    import/sirene/sirenestream.h import/sirene/sirenestream.cpp
    import/sirene/sirenemetrics.h import/sirene/sirenemetrics.cpp
    import/sirene/stockdate.h import/sirene/stockdate.cpp
    import/sirene/sirenereader.h import/sirene/sirenereader.cpp
)
# Register figures into the database (issue #5, phase 2): territory selection, dataset content.
list(APPEND ESS_CORE_SOURCES
    import/sirene/sireneimport.h import/sirene/sireneimport.cpp
    import/sirene/sireneimportservice.h import/sirene/sireneimportservice.cpp
)
# The register's figures read back for the dashboard: commune table model and ranking charts.
list(APPEND ESS_CORE_SOURCES
    indicators/registerfigures.h indicators/registerfigures.cpp
    models/communeregistermodel.h models/communeregistermodel.cpp
    charts/communeranking.h charts/communeranking.cpp
)
