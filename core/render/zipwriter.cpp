// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/zipwriter.h"

#include "core/io/safefile.h"

#include <QFile>
#include <QList>

#include <zip.h>

#include <algorithm>

namespace core::render {

namespace {

struct DosStamp
{
    zip_uint16_t time = 0;
    zip_uint16_t date = 0;
};

/// `t` in the MS-DOS date and time fields of a ZIP entry, read on a UTC clock. ZIP entries carry
/// no time zone, and zip_file_set_mtime() reads the local clock: the same kit made in Paris and
/// on a UTC build machine would differ. Years before 1980 are stored as 1980 (as libzip does),
/// after 2107 as 2107 (7 bits).
DosStamp dosStamp(const QDateTime &t)
{
    const QDateTime utc = t.toUTC();
    const int year = std::clamp(utc.date().year(), 1980, 2107);
    const QTime time = utc.time();
    return { zip_uint16_t((time.hour() << 11) | (time.minute() << 5) | (time.second() >> 1)),
             zip_uint16_t(((year - 1980) << 9) | (utc.date().month() << 5) | utc.date().day()) };
}

} // namespace

// Why the bytes are stable: entries go in the order given, with the same name, data and
// modification time (on a UTC clock); libzip writes no extra field of its own (no Unix times,
// uid or gid), and the temporary file it writes through never enters the archive.
Status ZipWriter::write(const QString &zipPath, const QString &root, const QStringList &files,
                        const QDateTime &mtime)
{
    int error = 0;
    zip_t *archive =
            zip_open(QFile::encodeName(zipPath).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        return makeError(Error::Code::Io, tr("Cannot create %1.").arg(zipPath));
    const DosStamp stamp = dosStamp(mtime);
    QList<QByteArray> keep; // libzip reads the buffers at zip_close()
    for (const QString &f : files) {
        QFile file(root + u'/' + f);
        if (!file.open(QIODevice::ReadOnly)) {
            zip_discard(archive);
            return makeError(Error::Code::Io, tr("Cannot read %1.").arg(f));
        }
        keep << file.readAll();
        zip_source_t *src = zip_source_buffer(archive, keep.last().constData(),
                                              zip_uint64_t(keep.last().size()), 0);
        const zip_int64_t index = src ? zip_file_add(archive, f.toUtf8().constData(), src,
                                                     ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE)
                                      : -1;
        if (index < 0 && src)
            zip_source_free(src);
        if (index < 0
            || zip_file_set_dostime(archive, zip_uint64_t(index), stamp.time, stamp.date, 0) != 0) {
            zip_discard(archive);
            return makeError(Error::Code::Io, tr("Cannot add %1 to the ZIP file.").arg(f));
        }
    }
    if (zip_close(archive) != 0) {
        zip_error_t *zipError = zip_get_error(archive);
        const QString message = zip_error_system_type(zipError) == ZIP_ET_SYS
                ? io::systemErrorText(zip_error_code_system(zipError))
                : QString::fromLocal8Bit(zip_strerror(archive));
        zip_discard(archive);
        return makeError(Error::Code::Io, tr("Cannot write %1: %2").arg(zipPath, message));
    }
    return Ok {};
}

} // namespace core::render
