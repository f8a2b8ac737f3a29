list(APPEND ESS_APP_SOURCES
    application.h application.cpp
    mainwindow.h mainwindow.cpp
    settings.h settings.cpp
    cli/arguments.h cli/arguments.cpp
    cli/cli.h cli/cli.cpp
    cli/datasetscommand.h cli/datasetscommand.cpp
    cli/exportcommand.h cli/exportcommand.cpp
    dialogs/exportdialog.h dialogs/exportdialog.cpp
    cli/figurescommand.h cli/figurescommand.cpp
    cli/importsirenecommand.h cli/importsirenecommand.cpp
    dialogs/sireneimportdialog.h dialogs/sireneimportdialog.cpp
    dialogs/sireneimportworker.h dialogs/sireneimportworker.cpp
    widgets/communeview.h widgets/communeview.cpp
    widgets/registerestimateline.h widgets/registerestimateline.cpp
    widgets/chartview.h widgets/chartview.cpp
    widgets/keyfigurecard.h widgets/keyfigurecard.cpp
)
