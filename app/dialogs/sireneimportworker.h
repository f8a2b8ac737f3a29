// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>

namespace app {

/// What to import from the SIRENE register into which database.
struct SireneImportJob
{
    QString databasePath;
    QString unitsPath; ///< StockUniteLegale CSV or ZIP
    QString establishmentsPath; ///< StockEtablissement CSV or ZIP
    QStringList territoryCodes; ///< default ARR:596
    QString classificationPath; ///< empty: the shipped convention
    bool replace = false;
};

/// Runs one register import on a worker thread with its own database connection and reports
/// by queued signals. Created on the GUI thread, then moved to its QThread; cancel() may be
/// called from any thread.
class SireneImportWorker final : public QObject
{
    Q_OBJECT
public:
    explicit SireneImportWorker(SireneImportJob job, QObject *parent = nullptr);

    /// Asks the import to stop; the database is left as it was.
    void cancel() { m_cancel = true; }

    /// Reads both files, then writes the dataset in one transaction. Emits finished() or failed().
    void run();

signals:
    /// CSV bytes read so far of both files, their total, and data rows read.
    void progress(qint64 bytesRead, qint64 totalBytes, qint64 rows);
    void finished(qint64 datasetId, const QString &summary);
    /// `cancelled` is true when the user stopped the import.
    void failed(const QString &message, bool cancelled);

private:
    SireneImportJob m_job;
    std::atomic<bool> m_cancel { false };
};

} // namespace app
