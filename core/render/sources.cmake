list(APPEND ESS_CHARTS_SOURCES
    chartexporter.h chartexporter.cpp
    chartscene.h chartscene.cpp
    preexportcheck.h preexportcheck.cpp
    presskit.h presskit.cpp
)
