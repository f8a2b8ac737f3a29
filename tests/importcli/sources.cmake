# tests/importcli: import service (core) and the import, add-figure, inspect commands (app)
# ([importcli]).
list(APPEND ESS_TEST_SOURCES
    importcli/dbdump.h
    importcli/test_importservice.cpp
)
list(APPEND APP_TEST_SOURCES
    importcli/dbdump.h
    importcli/test_importcommand.cpp
    importcli/test_inputrules.cpp
    importcli/test_importdialog.cpp
    importcli/test_importparts.cpp
)
# The CLI tests compare whole databases table by table, which needs QtSql in app_tests.
cmake_language(DEFER CALL target_link_libraries app_tests PRIVATE Qt6::Sql)
