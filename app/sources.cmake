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
    widgets/chartview.h widgets/chartview.cpp
    widgets/keyfigurecard.h widgets/keyfigurecard.cpp
)
