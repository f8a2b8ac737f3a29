// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/arguments.h"

namespace app::cli {

bool Arguments::parse(const QStringList &args, const QList<OptionSpec> &specs, int maxPositionals)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString arg = args.at(i);
        if (!arg.startsWith(QStringLiteral("--")) || arg == u"--") {
            if (m_positionals.size() >= maxPositionals) {
                m_error = tr("Unexpected argument \"%1\".").arg(arg);
                return false;
            }
            m_positionals << arg;
            continue;
        }
        QString inlineValue;
        bool hasInline = false;
        if (const qsizetype eq = arg.indexOf(u'='); eq > 0) {
            inlineValue = arg.mid(eq + 1);
            arg = arg.left(eq);
            hasInline = true;
        }
        const auto spec = std::find_if(specs.cbegin(), specs.cend(),
                                       [&](const OptionSpec &s) { return s.name == arg; });
        if (spec == specs.cend()) {
            QStringList known;
            for (const OptionSpec &s : specs)
                known << s.name;
            m_error = tr("Unknown option \"%1\". Accepted options: %2.")
                              .arg(arg, known.join(QStringLiteral(", ")));
            return false;
        }
        if (m_values.contains(arg) && !spec->repeatable) {
            m_error = tr("The option %1 is given twice.").arg(arg);
            return false;
        }
        if (!spec->takesValue) {
            if (hasInline) {
                m_error = tr("The option %1 takes no value.").arg(arg);
                return false;
            }
            m_values[arg] << QString();
            continue;
        }
        if (!hasInline) {
            if (i + 1 >= args.size()) {
                m_error = tr("The option %1 needs a value.").arg(arg);
                return false;
            }
            inlineValue = args.at(++i);
        }
        m_values[arg] << inlineValue;
    }
    return true;
}

QString Arguments::value(const QString &name, const QString &fallback) const
{
    const QStringList v = m_values.value(name);
    return v.isEmpty() ? fallback : v.last();
}

} // namespace app::cli
