// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/zipwriter.h"
#include "support/qtprinters.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <zip.h>

#include <ctime>

using namespace core;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/// One entry as libzip reads it back.
struct Entry
{
    QString name;
    QByteArray data;
    time_t mtime = 0;
    zip_uint16_t method = 0;
};

QList<Entry> readZip(const QString &path)
{
    QList<Entry> entries;
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!archive)
        return entries;
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(archive, zip_uint64_t(i), 0, &st) != 0)
            break;
        Entry e { QString::fromUtf8(st.name), QByteArray(qsizetype(st.size), '\0'), st.mtime,
                  st.comp_method };
        zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(i), 0);
        if (!file)
            break;
        const zip_int64_t read = zip_fread(file, e.data.data(), st.size);
        zip_fclose(file);
        if (read != zip_int64_t(st.size))
            break;
        entries << e;
    }
    zip_close(archive);
    return entries;
}

} // namespace

TEST_CASE("the ZIP writer stores the files given, in order, with one time stamp", "[render][zip]")
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("kit"));
    QByteArray text;
    for (int i = 0; i < 200; ++i)
        text += "Part de l'emploi salarié;12,5\n";
    REQUIRE(writeFile(root + QStringLiteral("/README.md"), "# Dossier\n"));
    REQUIRE(writeFile(root + QStringLiteral("/caph/données.csv"), text));
    REQUIRE(writeFile(root + QStringLiteral("/caph/vide.txt"), QByteArray()));
    const QStringList files { QStringLiteral("caph/données.csv"), QStringLiteral("README.md"),
                              QStringLiteral("caph/vide.txt") };
    const QDateTime stamp(QDate(2026, 3, 1), QTime(10, 30), Qt::UTC);
    const QString first = dir.filePath(QStringLiteral("one.zip"));
    REQUIRE(render::ZipWriter::write(first, root, files, stamp).ok());

    const QList<Entry> entries = readZip(first);
    REQUIRE(entries.size() == 3);
    CHECK(entries.at(0).name == files.at(0)); // UTF-8 name, the order given
    CHECK(entries.at(1).name == files.at(1));
    CHECK(entries.at(2).name == files.at(2));
    CHECK(entries.at(0).data == text);
    CHECK(entries.at(0).method == ZIP_CM_DEFLATE);
    CHECK(entries.at(1).data == QByteArray("# Dossier\n"));
    CHECK(entries.at(2).data.isEmpty());
    // libzip reads the DOS time on the local clock: it shows the stamp's UTC clock time.
    for (const Entry &e : entries)
        CHECK(QDateTime::fromSecsSinceEpoch(e.mtime).toString(QStringLiteral("yyyy-MM-dd hh:mm:ss"))
              == QStringLiteral("2026-03-01 10:30:00"));

    SECTION("the same files and time give the same bytes")
    {
        const QString second = dir.filePath(QStringLiteral("two.zip"));
        REQUIRE(render::ZipWriter::write(second, root, files, stamp).ok());
        CHECK(readAll(second).size() > 100);
        CHECK(readAll(second) == readAll(first));
        // The bytes depend on the time stamp (and nothing else varies): a later one differs.
        const QString later = dir.filePath(QStringLiteral("later.zip"));
        REQUIRE(render::ZipWriter::write(later, root, files, stamp.addDays(1)).ok());
        CHECK(readAll(later) != readAll(first));
    }
    SECTION("the bytes do not depend on the local time zone")
    {
        // A POSIX zone (no tz database needed): UTC+1, as Paris in winter.
        const QByteArray previous = qgetenv("TZ");
        const bool hadZone = qEnvironmentVariableIsSet("TZ");
        qputenv("TZ", "CET-1");
        tzset();
        const QString paris = dir.filePath(QStringLiteral("paris.zip"));
        const bool written = render::ZipWriter::write(paris, root, files, stamp).ok();
        if (hadZone)
            qputenv("TZ", previous);
        else
            qunsetenv("TZ");
        tzset();
        REQUIRE(written);
        CHECK(readAll(paris) == readAll(first));
    }
    SECTION("a file that cannot be read leaves no archive and names the file")
    {
        const QString failed = dir.filePath(QStringLiteral("failed.zip"));
        const auto st = render::ZipWriter::write(
                failed, root, { QStringLiteral("README.md"), QStringLiteral("absent.csv") }, stamp);
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().code == Error::Code::Io);
        CHECK(st.error().message.contains(QStringLiteral("absent.csv")));
        CHECK_FALSE(QFile::exists(failed));
    }
}
