list(APPEND ESS_RENDER_SOURCES
    mapscene.h mapscene.cpp
)
