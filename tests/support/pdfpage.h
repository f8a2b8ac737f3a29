// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QString>

namespace testsupport {

/// Whether pdftoppm (poppler-utils) can render PDF pages for a test to look at.
inline bool havePdfToPpm()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty();
}

/// The first page of the PDF file `pdfPath` at `dpi`, through pdftoppm, saved as `pngStem`.png;
/// a null image when it could not be rendered.
inline QImage pdfFirstPage(const QString &pdfPath, int dpi, const QString &pngStem)
{
    QProcess pdftoppm;
    pdftoppm.start(QStringLiteral("pdftoppm"),
                   { QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"),
                     QStringLiteral("-singlefile"), pdfPath, pngStem });
    if (!pdftoppm.waitForFinished(60000) || pdftoppm.exitCode() != 0)
        return {};
    return QImage(pngStem + QStringLiteral(".png"));
}

} // namespace testsupport
