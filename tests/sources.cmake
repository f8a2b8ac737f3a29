list(APPEND ESS_TEST_SOURCES
    support/clirun.h support/filehashes.h support/french.h support/qtprinters.h support/sqlprobe.h support/testdb.h
    support/writeprotect.h
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
)
list(APPEND APP_TEST_SOURCES
    app/test_arguments.cpp
    app/test_figurescommand.cpp
    app/test_wording.cpp
    app/test_mainwindow.cpp
    app/test_help.cpp
    app/test_hardening.cpp
    app/test_newcomer.cpp
    app/test_presskitdialog.cpp
    app/test_mapview.cpp
    app/bench_mapswitch.cpp
)
