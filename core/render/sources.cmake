list(APPEND ESS_CHARTS_SOURCES
    chartexporter.h chartexporter.cpp
    chartscene.h chartscene.cpp
)
