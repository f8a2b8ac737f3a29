# SIRENE stock import (issue #5): streaming reader, ESS classification, bench JSON.
list(APPEND ESS_CORE_SOURCES
    import/sirene/benchjson.h import/sirene/benchjson.cpp
    import/sirene/chunkreader.h import/sirene/chunkreader.cpp
    import/sirene/classification.h import/sirene/classification.cpp
    import/sirene/csvscanner.h
    import/sirene/sirenereader.h import/sirene/sirenereader.cpp
)
