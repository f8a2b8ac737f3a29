// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/factsheet.h"
#include "core/render/kitplan.h"
#include "core/workspace.h"
#include "support/pdfpage.h"
#include "support/qtprinters.h"
#include "support/testdb.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

using namespace core;

TEST_CASE("the fact sheet is one A4 page, the same twice, with its side margins left blank",
          "[render][kit]")
{
    QTemporaryDir dir;
    Workspace ws;
    REQUIRE(ws.open(dir.filePath(QStringLiteral("kit.sqlite")), testsupport::referenceDataDir())
                    .ok());
    render::PressKitOptions options;
    options.territories = { QStringLiteral("EPCI:200042190") };
    const render::KitPlanner planner(ws, options);
    const QDateTime edition(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
    const render::FactSheet sheet(ws, planner, edition);
    render::FileMetadata meta;
    meta.author = QStringLiteral("PHARE");
    meta.creationTime = edition;
    const QByteArray pdf = sheet.pdf(QStringLiteral("EPCI:200042190"), meta);
    CHECK(pdf.startsWith("%PDF-"));
    CHECK(sheet.pdf(QStringLiteral("EPCI:200042190"), meta) == pdf);

    QPDF doc;
    doc.processMemoryFile("fiche.pdf", pdf.constData(), size_t(pdf.size()));
    const auto pages = QPDFPageDocumentHelper(doc).getAllPages();
    REQUIRE(pages.size() == 1);
    // A4 portrait in points: 210 × 297 mm.
    QPDFObjectHandle pageObject = pages.front().getObjectHandle();
    const QPDFObjectHandle::Rectangle box = pageObject.getKey("/MediaBox").getArrayAsRectangle();
    CHECK(box.urx - box.llx == Approx(595.3).margin(0.5));
    CHECK(box.ury - box.lly == Approx(841.9).margin(0.5));

    if (!testsupport::havePdfToPpm()) {
        WARN("pdftoppm (poppler-utils) is not installed: fact sheet margins not checked");
        return;
    }
    const QString pdfPath = dir.filePath(QStringLiteral("fiche.pdf"));
    QFile file(pdfPath);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(pdf) == pdf.size());
    file.close();
    const QImage page =
            testsupport::pdfFirstPage(pdfPath, 48, dir.filePath(QStringLiteral("page")));
    REQUIRE(page.width() == 397); // 210 mm at 48 dpi
    // Margins of 40 px at 96 dpi: 20 px at 48 dpi on each side, blank below the top band
    // (8 px at 96 dpi); ink in between.
    int marginInk = 0;
    int textInk = 0;
    for (int y = 6; y < page.height(); ++y)
        for (int x = 0; x < page.width(); ++x) {
            if (page.pixelColor(x, y).lightness() > 200)
                continue;
            ++(x < 19 || x >= page.width() - 19 ? marginInk : textInk);
        }
    CHECK(marginInk == 0);
    CHECK(textInk > 10000);
}
