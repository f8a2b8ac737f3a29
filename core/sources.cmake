list(APPEND ESS_CORE_SOURCES
    result.h
    io/safefile.h io/safefile.cpp
    referencedata.h referencedata.cpp
    registerqueries.h registerqueries.cpp
    job.h job.cpp
    workspace.h workspace.cpp
    charts/chartspec.h
    charts/chartbuilder.h charts/chartbuilder.cpp
    charts/chartnames.h charts/chartnames.cpp
    domain/defaults.h
    domain/observation.h domain/observation.cpp
    domain/source.h domain/source.cpp
    domain/territory.h domain/territory.cpp
    domain/territorycode.h domain/territorycode.cpp
    domain/territoryindex.h domain/territoryindex.cpp
    domain/territorysearch.h domain/territorysearch.cpp
    domain/vocabulary.h domain/vocabulary.cpp
    format/french.h format/french.cpp
    models/observationtablemodel.h models/observationtablemodel.cpp
    models/tabletext.h models/tabletext.cpp
    indicators/indicators.h indicators/indicators.cpp
    indicators/wording.h indicators/wording.cpp
    storage/bulkwriter.h storage/bulkwriter.cpp
    storage/connection.h storage/connection.cpp
    storage/database.h storage/database.cpp
    storage/datasetrepository.h storage/datasetrepository.cpp
    storage/migrations.h storage/migrations.cpp
    storage/observationrepository.h storage/observationrepository.cpp
    storage/referencedatainstaller.h storage/referencedatainstaller.cpp
    storage/sourcerepository.h storage/sourcerepository.cpp
    storage/sqlerror.h storage/sqlerror.cpp
    storage/store.h storage/store.cpp
    storage/territoryrepository.h storage/territoryrepository.cpp
    storage/vintagecomparison.h storage/vintagecomparison.cpp
)
