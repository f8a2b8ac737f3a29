# Tests mirror the sources: tests/<folder> holds the tests of core/<folder>, tests/app/<folder>
# those of app/<folder>. ess_tests links the core only; app_tests links the application.
list(APPEND ESS_TEST_SOURCES
    support/clirun.h support/dbdump.h support/filehashes.h support/french.h support/pdfpage.h
    support/qtprinters.h support/sqlprobe.h support/sqlrefusal.h support/testdb.h
    support/writeprotect.h
    charts/test_communemap.cpp
    charts/test_communeranking.cpp
    domain/test_vocabulary.cpp
    domain/test_territorysearch.cpp
    domain/test_referencedata.cpp
    domain/test_territorycode.cpp
    format/test_french.cpp
    indicators/test_indicators.cpp
    storage/test_bulkwriter.cpp
    storage/test_migrations.cpp
    storage/test_store.cpp
    storage/test_storagefaults.cpp
    test_job.cpp
)
# The wording of core/indicators in French needs the translation catalogue, built into the app.
list(APPEND APP_TEST_SOURCES indicators/test_wording.cpp)
