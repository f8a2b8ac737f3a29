#!/bin/sh
# The dependency rule of STYLE.md §2, checked on the sources: the core never includes GUI
# headers or app/, and SQL stays in core/storage.
root=${1:-.}
cd "$root" || exit 2
status=0
if grep -rnE '#include (<Qt(Widgets|Gui|Charts)|<Q(Widget|Application|MessageBox|Settings|Chart|GraphicsScene|Painter|Image)>|"app/)' core/ --exclude-dir=render; then
    echo "core/ reaches the GUI (see STYLE.md section 2)"; status=1
fi
if grep -rnE '#include <(QtSql/)?QSql|<sqlite3.h>' app/ core/render/ core/indicators core/charts core/domain core/format core/models; then
    echo "SQL outside core/storage"; status=1
fi
if grep -rlE '#include <QChart' app/ | grep -v chartview; then
    echo "only app/widgets/chartview hosts Qt Charts"; status=1
fi
exit $status
