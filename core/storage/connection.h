// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace core::storage {

/// A uniquely named QSQLITE connection for the current thread, with a busy timeout and foreign
/// keys on. Closes and removes itself on destruction. Only core/storage includes this header.
class ScopedConnection final
{
public:
    explicit ScopedConnection(const QString &path, bool readOnly = false);
    ~ScopedConnection();
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;

    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QSqlDatabase db() const;
    /// The sqlite3 handle under Qt's connection, for the bulk insert path.
    [[nodiscard]] sqlite3 *handle() const;

private:
    QString m_name;
    QString m_error;
};

} // namespace core::storage
