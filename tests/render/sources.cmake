list(APPEND ESS_TEST_SOURCES
    render/test_chartexporter.cpp
    render/test_pngwriter.cpp
    render/test_preexportcheck.cpp
    render/test_presskit.cpp
    render/test_kitplan.cpp
    render/test_zipwriter.cpp
    render/test_kitfolder.cpp
    render/test_factsheet.cpp
    render/test_newsroom.cpp
)
cmake_language(DEFER CALL target_link_libraries ess_tests PRIVATE PkgConfig::QPDF PkgConfig::LIBZIP)
cmake_language(DEFER CALL target_compile_definitions ess_tests PRIVATE POINTERHOLDER_TRANSITION=4)
