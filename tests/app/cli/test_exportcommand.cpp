// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/filehashes.h"
#include "support/qtprinters.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the built ess-dashboard in its own process (own hash seed, own fonts).
Run runBinary(const QStringList &args, const QProcessEnvironment &extra = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("SOURCE_DATE_EPOCH"), QStringLiteral("1767225600"));
    env.remove(QStringLiteral("QT_HASH_SEED"));
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ESS_DASHBOARD_BINARY), args);
    p.waitForFinished(600000);
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
             QString::fromUtf8(p.readAllStandardError()) };
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

TEST_CASE("export --list names every chart and preset", "[app][export]")
{
    const Run r = runBinary({ QStringLiteral("export"), QStringLiteral("--list") });
    CHECK(r.exitCode == 0);
    for (const char *id : { "key-figure", "jobs-share", "ess-vs-rest", "families", "evolution",
                            "sources-compared", "social", "square", "slide", "print" })
        CHECK(r.out.contains(QLatin1String(id)));
}

TEST_CASE("two separate processes write byte-identical files", "[app][export]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    for (const QString &format :
         { QStringLiteral("pdf"), QStringLiteral("svg"), QStringLiteral("png") }) {
        QList<QByteArray> outputs;
        for (int run = 0; run < 2; ++run) {
            const QString out = dir.filePath(QStringLiteral("chart-%1.%2").arg(run).arg(format));
            const Run r = runBinary({ QStringLiteral("export"), QStringLiteral("--chart"),
                                      QStringLiteral("jobs-share"), QStringLiteral("--territory"),
                                      QStringLiteral("ARR:596"), QStringLiteral("--format"), format,
                                      QStringLiteral("--out"), out, QStringLiteral("--db"), db });
            INFO(r.err.toStdString());
            REQUIRE(r.exitCode == 0);
            outputs << readAll(out);
        }
        INFO(format.toStdString());
        CHECK(outputs.at(0).size() > 1000);
        CHECK(outputs.at(0) == outputs.at(1));
    }

    // A whole kit (one territory, one preset, with its ZIP), twice.
    QList<QMap<QString, QByteArray>> kits;
    for (int run = 0; run < 2; ++run) {
        const QString kit = dir.filePath(QStringLiteral("kit-%1").arg(run));
        const Run r = runBinary({ QStringLiteral("export"), QStringLiteral("--kit"), kit,
                                  QStringLiteral("--territory"), QStringLiteral("ARR:596"),
                                  QStringLiteral("--preset"), QStringLiteral("print"),
                                  QStringLiteral("--zip"), QStringLiteral("--db"), db });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        kits << testsupport::fileHashes(kit);
    }
    CHECK(kits.at(0).size() > 20);
    CHECK(kits.at(0) == kits.at(1));
}

TEST_CASE("an existing kit folder needs --force, --strict turns findings into errors",
          "[app][export]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    const QString kit = dir.filePath(QStringLiteral("kit"));
    QDir().mkpath(kit);
    QFile keep(kit + QStringLiteral("/notes.txt"));
    REQUIRE(keep.open(QIODevice::WriteOnly));
    keep.write("mine");
    keep.close();
    Run r = runBinary({ QStringLiteral("export"), QStringLiteral("--kit"), kit,
                        QStringLiteral("--territory"), QStringLiteral("200042190"),
                        QStringLiteral("--preset"), QStringLiteral("social"),
                        QStringLiteral("--db"), db });
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("--force")));
    CHECK(QDir(kit).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size() == 1);

    const QString out = dir.filePath(QStringLiteral("tiny.png"));
    const QStringList tiny {
        QStringLiteral("export"),      QStringLiteral("--chart"), QStringLiteral("jobs-share"),
        QStringLiteral("--territory"), QStringLiteral("ARR:596"), QStringLiteral("--format"),
        QStringLiteral("png"),         QStringLiteral("--out"),   out,
        QStringLiteral("--width"),     QStringLiteral("400"),     QStringLiteral("--height"),
        QStringLiteral("225"),         QStringLiteral("--db"),    db
    };
    r = runBinary(tiny);
    CHECK(r.exitCode == 0);
    // The finding names the chart by its label (French or English UI), not by its id.
    CHECK((r.err.contains(QStringLiteral("Part de l’ESS dans l’emploi salarié"))
           || r.err.contains(QStringLiteral("ESS share of salaried jobs"))));
    CHECK(QFile::exists(out));
    QFile::remove(out);
    r = runBinary(tiny + QStringList { QStringLiteral("--strict") });
    CHECK(r.exitCode == 1);
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("charts render the same without any system font", "[app][export]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    // A fontconfig setup with no font at all (fc-list prints nothing with it).
    QDir().mkpath(dir.filePath(QStringLiteral("fonts")));
    QDir().mkpath(dir.filePath(QStringLiteral("cache")));
    const QString conf = dir.filePath(QStringLiteral("fonts.conf"));
    QFile file(conf);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral(
                       "<?xml version=\"1.0\"?>\n<fontconfig><dir>%1</dir><cachedir>%2</cachedir>"
                       "</fontconfig>\n")
                       .arg(dir.filePath(QStringLiteral("fonts")),
                            dir.filePath(QStringLiteral("cache")))
                       .toUtf8());
    file.close();
    for (const QString &chart : { QStringLiteral("key-figure"), QStringLiteral("jobs-share") }) {
        QList<QByteArray> images;
        for (bool withoutFonts : { false, true }) {
            QProcessEnvironment env;
            if (withoutFonts) {
                env.insert(QStringLiteral("FONTCONFIG_FILE"), conf);
                env.insert(QStringLiteral("QT_QPA_FONTDIR"), dir.filePath(QStringLiteral("fonts")));
            }
            const QString out =
                    dir.filePath(QStringLiteral("%1-%2.png").arg(chart).arg(int(withoutFonts)));
            const Run r = runBinary({ QStringLiteral("export"), QStringLiteral("--chart"), chart,
                                      QStringLiteral("--territory"), QStringLiteral("ARR:596"),
                                      QStringLiteral("--format"), QStringLiteral("png"),
                                      QStringLiteral("--out"), out, QStringLiteral("--db"), db },
                                    env);
            INFO(r.err.toStdString());
            REQUIRE(r.exitCode == 0);
            images << readAll(out);
        }
        // Only the shipped Lato is used: the same pixels with or without system fonts.
        INFO(chart.toStdString());
        CHECK(images.at(0).size() > 10000);
        CHECK(images.at(0) == images.at(1));
    }
}

TEST_CASE("the fact sheet of a commune names the level of its figures and the regional value",
          "[app][export][kit]")
{
    // pdftotext (poppler-utils, scripts/install-deps.sh) reads the PDF as a reader's tools do.
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    REQUIRE_FALSE(pdftotext.isEmpty());
    QTemporaryDir dir;
    const QString kit = dir.filePath(QStringLiteral("kit"));
    const Run r = runBinary({ QStringLiteral("--lang"), QStringLiteral("fr"),
                              QStringLiteral("export"), QStringLiteral("--kit"), kit,
                              QStringLiteral("--territory"), QStringLiteral("COM:59606"),
                              QStringLiteral("--preset"), QStringLiteral("social"),
                              QStringLiteral("--db"), dir.filePath(QStringLiteral("kit.sqlite")) });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString sheet = kit + QStringLiteral("/valenciennes/fiche-territoire.pdf");
    REQUIRE(QFile::exists(sheet));
    QProcess p;
    p.start(pdftotext, { sheet, QStringLiteral("-") });
    REQUIRE(p.waitForFinished(60000));
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    text.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ');
    text = text.simplified();
    INFO(text.left(1500).toStdString());
    // Valenciennes has no figure of its own: the manifesto's, for CAVM + CAPH, says so.
    CHECK(text.contains(QStringLiteral("CAVM + CAPH : 10 %")));
    CHECK(text.contains(QStringLiteral("Niveau : CAVM + CAPH (arrondissement de Valenciennes) "
                                       "(pas de chiffre propre pour Valenciennes)")));
    CHECK(text.contains(QStringLiteral("publié en 2025, année des données non précisée")));
    // The manifesto's 20 per structure beside the region's 13,5 per establishment.
    CHECK(text.contains(QStringLiteral("À titre de comparaison, Hauts-de-France : 13,5 salariés "
                                       "par établissement, 2020, unités différentes")));
    CHECK_FALSE(text.contains(QStringLiteral("· publié ·")));
}
