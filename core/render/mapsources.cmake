list(APPEND ESS_CHARTS_SOURCES
    mapscene.h mapscene.cpp
)
