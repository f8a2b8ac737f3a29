// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/widgets/filedropfilter.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

namespace app {

namespace {
QString droppedTable(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QString path = mime->urls().first().toLocalFile();
    return FileDropFilter::isTableFile(path) ? path : QString();
}
} // namespace

FileDropFilter::FileDropFilter(QWidget *window)
    : QObject(window)
{
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

bool FileDropFilter::isTableFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return !path.isEmpty() && (suffix == u"csv" || suffix == u"txt" || suffix == u"xlsx");
}

bool FileDropFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (!droppedTable(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QString path = droppedTable(drop->mimeData());
        if (!path.isEmpty()) {
            drop->acceptProposedAction();
            emit fileDropped(path);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace app
