# tests/app: the application (main window, command line, dialogs, widgets).
list(APPEND APP_TEST_SOURCES
    support/dbdump.h
    app/test_mainwindow.cpp
    app/test_help.cpp
    app/test_hardening.cpp
    app/test_newcomer.cpp
    app/bench_mapswitch.cpp
    app/cli/test_arguments.cpp
    app/cli/test_exportcommand.cpp
    app/cli/test_figurescommand.cpp
    app/cli/test_importcommand.cpp
    app/cli/test_importsirenecommand.cpp
    app/cli/test_inputrules.cpp
    app/dialogs/test_exportdialog.cpp
    app/dialogs/test_importdialog.cpp
    app/dialogs/test_importparts.cpp
    app/dialogs/test_presskitdialog.cpp
    app/widgets/test_mapview.cpp
)
# The command-line tests run the built binary in child processes (separate hash seeds, no fonts)
# and compare whole databases table by table, which needs QtSql in app_tests.
cmake_language(DEFER CALL add_dependencies app_tests ess-dashboard)
cmake_language(DEFER CALL target_compile_definitions app_tests PRIVATE
    "ESS_DASHBOARD_BINARY=\"$<TARGET_FILE:ess-dashboard>\"")
cmake_language(DEFER CALL target_link_libraries app_tests PRIVATE Qt6::Sql)
