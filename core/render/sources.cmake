list(APPEND ESS_RENDER_SOURCES
    chartexporter.h chartexporter.cpp
    chartscene.h chartscene.cpp
    pngwriter.h pngwriter.cpp
    textblock.h textblock.cpp
    preexportcheck.h preexportcheck.cpp
    kitplan.h kitplan.cpp
    factsheet.h factsheet.cpp
    kitdocuments.h kitdocuments.cpp
    kitfolder.h kitfolder.cpp
    zipwriter.h zipwriter.cpp
    presskit.h presskit.cpp
    presskitjob.h presskitjob.cpp
)
