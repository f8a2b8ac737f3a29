list(APPEND ESS_RENDER_SOURCES
    chartexporter.h chartexporter.cpp
    chartscene.h chartscene.cpp
    textblock.h textblock.cpp
    preexportcheck.h preexportcheck.cpp
    presskit.h presskit.cpp
)
