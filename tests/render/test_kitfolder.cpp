// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/kitfolder.h"
#include "support/qtprinters.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace core;

TEST_CASE("a kit's manifest lists plain relative names: a hostile line removes nothing",
          "[render][kit]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("manifeste.txt"));
    const QStringList files { QStringLiteral("README.md"), QStringLiteral("caph/part-emploi.csv") };
    QByteArray text = render::KitFolder::manifest(files);
    CHECK(text.startsWith("# "));
    CHECK(text.endsWith("README.md\ncaph/part-emploi.csv\n"));
    // Lines a hand (or an attacker) added: only plain relative names count.
    text += "../secret.txt\n/etc/passwd\ncaph/../../x\n\n  \n# commentaire\n./a\ncommun/b.png\n";
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(text) == text.size());
    f.close();
    CHECK(render::KitFolder::readManifest(path)
          == QSet<QString> { QStringLiteral("README.md"), QStringLiteral("caph/part-emploi.csv"),
                             QStringLiteral("commun/b.png") });
    CHECK(render::KitFolder::readManifest(dir.filePath(QStringLiteral("absent.txt"))).isEmpty());
}

TEST_CASE("a kit is built in a hidden folder beside its own and never written outside it",
          "[render][kit]")
{
    QTemporaryDir dir;
    const QString kit = dir.filePath(QStringLiteral("dossier"));
    auto made = render::KitFolder::create(kit);
    REQUIRE(made.ok());
    const render::KitFolder &folder = made.value();
    const QFileInfo staging(folder.staging());
    CHECK(staging.isDir());
    CHECK(staging.absolutePath() == QFileInfo(dir.path()).absoluteFilePath());
    CHECK(staging.fileName().startsWith(QStringLiteral(".dossier.new-")));
    CHECK_FALSE(QFileInfo::exists(kit)); // nothing at the final place before the swap

    REQUIRE(folder.write(QStringLiteral("caph/part-emploi.csv"), "a;b\n").ok());
    CHECK(QFileInfo::exists(folder.staging() + QStringLiteral("/caph/part-emploi.csv")));
    const auto outside = folder.target(QStringLiteral("../ailleurs.txt"));
    REQUIRE_FALSE(outside.ok());
    CHECK(outside.error().code == Error::Code::InvalidArgument);
    CHECK_FALSE(folder.write(QStringLiteral("caph/../../ailleurs.txt"), "x").ok());
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("ailleurs.txt"))));

    SECTION("the swap puts the kit in place")
    {
        REQUIRE(folder.swapIn({ QStringLiteral("caph/part-emploi.csv") }).ok());
        CHECK(QFileInfo::exists(kit + QStringLiteral("/caph/part-emploi.csv")));
        CHECK_FALSE(QFileInfo::exists(folder.staging()));
    }
    SECTION("a discarded kit leaves nothing")
    {
        folder.discard();
        CHECK_FALSE(QFileInfo::exists(folder.staging()));
        CHECK(QDir(dir.path())
                      .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                      .isEmpty());
    }
}
