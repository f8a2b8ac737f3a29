// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace app::cli {

/// One accepted option: "--db" with a value, "--json" as a flag; repeatable or not.
struct OptionSpec
{
    QString name;
    bool takesValue = true;
    bool repeatable = false;
};

/// Command-line options of one command, parsed strictly: an unknown option, a missing value
/// or a repeated single option is an error naming it.
class Arguments
{
    Q_DECLARE_TR_FUNCTIONS(Arguments)
public:
    [[nodiscard]] bool parse(const QStringList &args, const QList<OptionSpec> &specs,
                             int maxPositionals);
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] bool has(const QString &name) const { return m_values.contains(name); }
    [[nodiscard]] QString value(const QString &name, const QString &fallback = {}) const;
    [[nodiscard]] QStringList values(const QString &name) const { return m_values.value(name); }
    [[nodiscard]] const QStringList &positionals() const { return m_positionals; }

private:
    QHash<QString, QStringList> m_values;
    QStringList m_positionals;
    QString m_error;
};

} // namespace app::cli
