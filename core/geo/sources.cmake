# core/geo: commune contours (Lambert-93), class breaks, the commune map specification.
list(APPEND ESS_CORE_SOURCES
    geo/lambert93.h geo/lambert93.cpp
    geo/communeatlas.h geo/communeatlas.cpp
    geo/classify.h geo/classify.cpp
    charts/mapspec.h
    charts/communemap.h charts/communemap.cpp
)
