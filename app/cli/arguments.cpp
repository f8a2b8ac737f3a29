// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/arguments.h"

#include <QCommandLineParser>

#include <algorithm>

namespace app::cli {

namespace {
const OptionSpec *findSpec(const QList<OptionSpec> &specs, QStringView name)
{
    const auto it = std::find_if(specs.cbegin(), specs.cend(),
                                 [&](const OptionSpec &s) { return s.name == name; });
    return it == specs.cend() ? nullptr : &*it;
}

/// "--name" for "--name=value", "-name" or "--name".
QString optionName(const QString &arg)
{
    qsizetype start = 0;
    while (start < arg.size() && arg.at(start) == u'-')
        ++start;
    const qsizetype eq = arg.indexOf(u'=', start);
    return QStringLiteral("--") + arg.mid(start, eq < 0 ? -1 : eq - start);
}
} // namespace

bool Arguments::parse(const QStringList &args, const QList<OptionSpec> &specs, int maxPositionals)
{
    // QCommandLineParser reads the words; this class adds what it leaves to the caller (a single
    // option given twice, the number of positionals) and says each error in the user's language:
    // the parser's own messages are English only and name options without their dashes.
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    for (const OptionSpec &s : specs) {
        QCommandLineOption option(s.name.mid(2));
        if (s.takesValue)
            option.setValueName(QStringLiteral("value"));
        parser.addOption(option);
    }
    QStringList known;
    for (const OptionSpec &s : specs)
        known << s.name;
    if (!parser.parse(QStringList { QStringLiteral("ess-dashboard") } + args)) {
        if (const QStringList unknown = parser.unknownOptionNames(); !unknown.isEmpty()) {
            // Named as the user wrote it ("-x", "--x").
            QString written = QStringLiteral("--") + unknown.first();
            for (const QString &arg : args) {
                if (arg.startsWith(u'-') && optionName(arg) == written) {
                    written = arg.left(arg.indexOf(u'=') < 0 ? arg.size() : arg.indexOf(u'='));
                    break;
                }
            }
            m_error = tr("Unknown option \"%1\". Accepted options: %2.")
                              .arg(written, known.join(QStringLiteral(", ")));
            return false;
        }
        // The only other errors: a flag written with "=value", or a value missing at the end.
        for (const QString &arg : args) {
            if (!arg.startsWith(u'-') || !arg.contains(u'='))
                continue;
            const QString name = optionName(arg);
            if (const OptionSpec *s = findSpec(specs, name); s && !s->takesValue) {
                m_error = tr("The option %1 takes no value.").arg(name);
                return false;
            }
        }
        const QString last = args.isEmpty() ? QString() : args.last();
        m_error = tr("The option %1 needs a value.").arg(optionName(last));
        return false;
    }
    for (const OptionSpec &s : specs) {
        const QString name = s.name.mid(2);
        if (!parser.isSet(name))
            continue;
        QStringList values = s.takesValue ? parser.values(name) : QStringList {};
        if (!s.takesValue)
            values.resize(parser.optionNames().count(name));
        if (values.size() > 1 && !s.repeatable) {
            m_error = tr("The option %1 is given twice.").arg(s.name);
            return false;
        }
        m_values.insert(s.name, values);
    }
    m_positionals = parser.positionalArguments();
    if (m_positionals.size() > maxPositionals) {
        m_error = tr("Unexpected argument \"%1\".").arg(m_positionals.at(maxPositionals));
        return false;
    }
    return true;
}

QString Arguments::value(const QString &name, const QString &fallback) const
{
    const QStringList v = m_values.value(name);
    return v.isEmpty() ? fallback : v.last();
}

} // namespace app::cli
