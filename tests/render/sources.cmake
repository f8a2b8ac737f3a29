list(APPEND ESS_TEST_SOURCES
    render/test_chartexporter.cpp
    render/test_preexportcheck.cpp
    render/test_presskit.cpp
    render/test_newsroom.cpp
)
list(APPEND APP_TEST_SOURCES
    render/test_exportcommand.cpp
    render/test_exportdialog.cpp
)
# The command-line tests run the built binary in child processes (separate hash seeds, no fonts).
cmake_language(DEFER CALL add_dependencies app_tests ess-dashboard)
cmake_language(DEFER CALL target_compile_definitions app_tests PRIVATE
    "ESS_DASHBOARD_BINARY=\"$<TARGET_FILE:ess-dashboard>\"")
cmake_language(DEFER CALL target_link_libraries ess_tests PRIVATE PkgConfig::QPDF)
cmake_language(DEFER CALL target_compile_definitions ess_tests PRIVATE POINTERHOLDER_TRANSITION=4)
