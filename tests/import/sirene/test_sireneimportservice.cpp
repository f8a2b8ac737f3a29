// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/sirene/classification.h"
#include "core/import/sirene/sireneimportservice.h"
#include "core/workspace.h"
#include "import/sirene/sirenetestsupport.h"
#include "support/dbdump.h"
#include "support/qtprinters.h"
#include "support/testdb.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <atomic>

using namespace core;
using namespace core::sirene;

namespace {
const Classification &classification()
{
    return sirenetest::benchClassification();
}

SireneImportRequest generatedRequest()
{
    SireneImportRequest request;
    request.unitsPath = sirenetest::genFile("StockUniteLegale_utf8.csv");
    request.establishmentsPath = sirenetest::genFile("StockEtablissement_utf8.csv");
    return request;
}
} // namespace

TEST_CASE("the register import service resolves, reads and stores in separate steps", "[sirene]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reg.sqlite"));
    Workspace workspace;
    REQUIRE(workspace.open(path, testsupport::referenceDataDir()).ok());
    const SireneImportService service(classification(), workspace.territories());

    SECTION("the default area, ARR:596, is read as CAVM and CAPH; no territory is an error")
    {
        CHECK(workspace.defaults().area == QStringLiteral("ARR:596"));
        CHECK_FALSE(service.select({}).ok());
        const auto selection = service.select({ workspace.defaults().area });
        REQUIRE(selection.ok());
        REQUIRE(selection->territories.size() == 2);
        CHECK(selection->territories[0].key == QStringLiteral("CAVM"));
        CHECK(selection->territories[1].key == QStringLiteral("CAPH"));
        CHECK(selection->storedCodes.contains(QStringLiteral("ARR:596")));
    }
    SECTION("an unknown code is refused before any file is opened")
    {
        const auto selection = service.select({ QStringLiteral("COM:00000") });
        REQUIRE_FALSE(selection.ok());
        CHECK(selection.error().code != Error::Code::Database);
    }
    SECTION("a stock date given by the user replaces the one of the files")
    {
        SireneImportRequest request = generatedRequest();
        const auto selection = service.select({ QStringLiteral("EPCI:200042190") });
        REQUIRE(selection.ok());
        const auto fromFiles = service.read(request, selection.value());
        REQUIRE(fromFiles.ok());
        CHECK(fromFiles->provenance.stockDateOrigin != QStringLiteral("option"));
        request.stockDate = QDate(2026, 10, 1);
        const auto given = service.read(request, selection.value());
        REQUIRE(given.ok());
        CHECK(given->provenance.stockDate == QDate(2026, 10, 1));
        CHECK(given->provenance.stockDateOrigin == QStringLiteral("option"));
        CHECK(given->allTerritories.activeEstablishments
              == fromFiles->allTerritories.activeEstablishments);
    }
    SECTION("stored once, refused again unless replaced, and a cancel changes nothing")
    {
        SireneImportRequest request = generatedRequest();
        const auto selection = service.select({ QStringLiteral("EPCI:200042190") });
        REQUIRE(selection.ok());
        const auto report = service.read(request, selection.value());
        REQUIRE(report.ok());
        const auto stored =
                workspace.storeSirene(service, report.value(), selection.value(), request);
        REQUIRE(stored.ok());
        CHECK(stored->datasetId > 0);
        CHECK(stored->observations
              == qint64(sireneDatasetContent(report.value(), classification(),
                                             workspace.territories(), selection->storedCodes)
                                .observations.size()));
        const QString before = testsupport::dumpDatabase(path);

        const auto again =
                workspace.storeSirene(service, report.value(), selection.value(), request);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().code == Error::Code::Duplicate);
        CHECK(testsupport::dumpDatabase(path) == before);

        const std::atomic<bool> cancel { true };
        request.replace = true;
        request.cancel = &cancel;
        const auto cancelled =
                workspace.storeSirene(service, report.value(), selection.value(), request);
        REQUIRE_FALSE(cancelled.ok());
        CHECK(cancelled.error().code == Error::Code::Cancelled);
        CHECK(testsupport::dumpDatabase(path) == before);

        request.cancel = nullptr;
        const auto replaced =
                workspace.storeSirene(service, report.value(), selection.value(), request);
        REQUIRE(replaced.ok());
        CHECK(replaced->replacedDatasetIds == QList<qint64> { stored->datasetId });
    }
}
