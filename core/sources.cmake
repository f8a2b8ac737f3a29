list(APPEND ESS_CORE_SOURCES
    result.h
    domain/observation.h domain/observation.cpp
    domain/source.h
    domain/territory.h domain/territory.cpp
    domain/vocabulary.h domain/vocabulary.cpp
)
