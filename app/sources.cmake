list(APPEND ESS_APP_SOURCES
    application.h application.cpp
    mainwindow.h mainwindow.cpp
    settings.h settings.cpp
    cli/arguments.h cli/arguments.cpp
    cli/cli.h cli/cli.cpp
    cli/datasetscommand.h cli/datasetscommand.cpp
    cli/exportcommand.h cli/exportcommand.cpp
    dialogs/exportdialog.h dialogs/exportdialog.cpp
    dialogs/presskitdialog.h dialogs/presskitdialog.cpp
    cli/figurescommand.h cli/figurescommand.cpp
    cli/importsirenecommand.h cli/importsirenecommand.cpp
    dialogs/sireneimportdialog.h dialogs/sireneimportdialog.cpp
    widgets/communeview.h widgets/communeview.cpp
    widgets/mapview.h widgets/mapview.cpp
    widgets/registerestimateline.h widgets/registerestimateline.cpp
    cli/importcommand.h cli/importcommand.cpp
    cli/addfigurecommand.h cli/addfigurecommand.cpp
    cli/inspectcommand.h cli/inspectcommand.cpp
    dialogs/importdialog.h dialogs/importdialog.cpp
    dialogs/importpreviewmodel.h dialogs/importpreviewmodel.cpp
    dialogs/mappingeditor.h dialogs/mappingeditor.cpp
    dialogs/addfiguredialog.h dialogs/addfiguredialog.cpp
    dialogs/datasetsdialog.h dialogs/datasetsdialog.cpp
    dialogs/aboutdialog.h dialogs/aboutdialog.cpp
    dialogs/guidewindow.h dialogs/guidewindow.cpp
    widgets/chartview.h widgets/chartview.cpp
    widgets/filedropfilter.h widgets/filedropfilter.cpp
    widgets/keyfigurecard.h widgets/keyfigurecard.cpp
    widgets/territorypicker.h widgets/territorypicker.cpp
    widgets/screenfit.h
    widgets/vocabularycombo.h
)
