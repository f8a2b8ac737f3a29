#!/bin/sh
# The dependency rule of STYLE.md §2, checked on the sources: the core never includes GUI
# headers or app/, SQL stays in core/storage, and inside the core includes only run down the
# layers: domain/format (with io, geo, result.h, referencedata) <- storage <- import <-
# indicators <- workspace/models/charts <- render.
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
# Layers inside core/, lowest first. A file of a folder not listed here fails the check: place
# the new folder in a layer.
if ! grep -rnE '^[[:space:]]*#[[:space:]]*include[[:space:]]*"core/' core/ --include='*.h' --include='*.cpp' | awk '
function layer(path) {
    if (path ~ /^core\/(domain|format|io|geo)\// || path == "core/result.h" || path ~ /^core\/referencedata\.(h|cpp)$/)
        return 0
    if (path ~ /^core\/storage\//) return 1
    if (path ~ /^core\/import\//) return 2
    if (path ~ /^core\/indicators\//) return 3
    if (path ~ /^core\/(models|charts)\// || path ~ /^core\/[^\/]+\.(h|cpp)$/) return 4
    if (path ~ /^core\/render\//) return 5
    return -1
}
BEGIN { name[0] = "domain/format"; name[1] = "storage"; name[2] = "import"
        name[3] = "indicators"; name[4] = "workspace/models/charts"; name[5] = "render" }
{
    file = $0; sub(/:.*/, "", file)
    line = $0; sub(/^[^:]*:/, "", line); sub(/:.*/, "", line)
    match($0, /"core\/[^"]+"/); inc = substr($0, RSTART + 1, RLENGTH - 2)
    from = layer(file); to = layer(inc)
    if (from < 0) { print file ": no layer for this folder (add it to tests/check_layering.sh)"; bad = 1; next }
    if (to < 0) { print file ":" line ": " inc " is in no layer (add its folder to tests/check_layering.sh)"; bad = 1; next }
    if (to > from) {
        print file ":" line ": " name[from] " includes " inc " (" name[to] ", a higher layer)"
        bad = 1
    }
}
END { exit bad }'; then
    echo "an include runs up the layers of core/ (domain/format <- storage <- import <- indicators <- workspace/models/charts <- render)"; status=1
fi
exit $status
