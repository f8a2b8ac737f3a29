// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/format/french.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace core::format {

bool isEnglish()
{
    return QLocale().language() == QLocale::English;
}

namespace {
QChar decimalPoint()
{
    return isEnglish() ? u'.' : u',';
}

QString groupDigits(const QString &digits)
{
    // French groups by three from the right with a narrow no-break space (Imprimerie nationale).
    // Four-digit numbers are grouped too ("2 820"), as the press does in tables. English: a
    // comma ("2,820").
    const QChar separator = isEnglish() ? QChar(u',') : kNarrowNbsp;
    QString out;
    const qsizetype n = digits.size();
    out.reserve(n + n / 3);
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out += separator;
        out += digits.at(i);
    }
    return out;
}
} // namespace

QString number(double value, int decimals)
{
    if (!std::isfinite(value))
        return notAvailable();
    QString text = QString::number(std::fabs(value), 'f', decimals);
    // Rounding can produce "-0": a negative sign only for values that stay non-zero.
    const bool negative = value < 0 && std::any_of(text.cbegin(), text.cend(), [](QChar c) {
                              return c >= u'1' && c <= u'9';
                          });
    const qsizetype dot = text.indexOf(u'.');
    QString intPart = dot < 0 ? text : text.left(dot);
    QString frac = dot < 0 ? QString() : text.mid(dot + 1);
    QString out = groupDigits(intPart);
    if (!frac.isEmpty())
        out += decimalPoint() + frac;
    if (negative)
        out.prepend(QChar(0x2212));
    return out;
}

QString compact(double value, int maxDecimals)
{
    QString text = number(value, maxDecimals);
    const QChar point = decimalPoint();
    if (maxDecimals > 0 && text.contains(point)) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text;
}

QString percent(double value, int maxDecimals)
{
    if (isEnglish())
        return compact(value, maxDecimals) + u'%';
    return compact(value, maxDecimals) + kNarrowNbsp + u'%';
}

QString points(double value, int maxDecimals)
{
    QString text = compact(value, maxDecimals);
    if (value > 0 && text != u"0")
        text.prepend(u'+');
    if (isEnglish())
        return text + QStringLiteral(" pp");
    return text + kNarrowNbsp + QStringLiteral("pt");
}

QString range(double low, double high, bool percentUnit, int maxDecimals)
{
    QString text = compact(low, maxDecimals) + kEnDash + compact(high, maxDecimals);
    if (percentUnit)
        text += isEnglish() ? QStringLiteral("%") : kNarrowNbsp + QStringLiteral("%");
    return text;
}

QString notAvailable()
{
    return QCoreApplication::translate("core::format", "not available");
}

QString value(std::optional<double> v, const QString &unit, std::optional<double> low,
              std::optional<double> high)
{
    const bool isPercent = unit == u"percent";
    if (!v) {
        if (low && high)
            return range(*low, *high, isPercent);
        return notAvailable();
    }
    if (isPercent)
        return percent(*v);
    if (unit == u"euro")
        return isEnglish() ? QStringLiteral("€") + compact(*v, 0)
                           : compact(*v, 0) + kNarrowNbsp + QStringLiteral("€");
    if (unit == u"ratio")
        return compact(*v, 1);
    return compact(*v, 1);
}

QString longDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    if (isEnglish())
        return QLocale(QLocale::English, QLocale::UnitedKingdom)
                .toString(date, QStringLiteral("d MMMM yyyy"));
    const QLocale fr(QLocale::French, QLocale::France);
    const QString rest = fr.toString(date, QStringLiteral("MMMM yyyy"));
    return date.day() == 1 ? QStringLiteral("1er ") + rest
                           : QStringLiteral("%1 %2").arg(date.day()).arg(rest);
}

QString longDate(const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate.left(10), Qt::ISODate);
    return date.isValid() ? longDate(date) : isoDate;
}

QString semicolonList(const QStringList &items)
{
    return items.join(isEnglish() ? QStringLiteral("; ") : QStringLiteral(" ; "));
}

QString csvNumber(double value)
{
    QString text = QString::number(value, 'g', 15);
    text.replace(u'.', u',');
    return text;
}

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Format)
};

/// A capital after a full stop that ends a sentence ("… 2020. Niveau : …").
QString capitalAfterStop(QString out)
{
    static const QRegularExpression afterStop(QStringLiteral("([a-zà-ÿ0-9\\)»]\\. +)(\\p{Ll})"));
    QRegularExpressionMatchIterator it = afterStop.globalMatch(out);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out[m.capturedStart(2)] = m.captured(2).at(0).toUpper();
    }
    return out;
}

QString englishTypography(QString text)
{
    text.replace(u'\'', QChar(0x2019));
    return capitalAfterStop(text);
}

bool isSpace(QChar c)
{
    return c == u' ' || c == QChar(0x00A0) || c == kNarrowNbsp;
}
} // namespace

QString typography(const QString &text)
{
    if (isEnglish())
        return englishTypography(text);
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (c == u'\'') {
            out += QChar(0x2019);
            continue;
        }
        if (c == u';' || c == u':' || c == u'!' || c == u'?' || c == u'%') {
            // "https://", "10:30", "?x=1": not punctuation of a sentence.
            const bool sentence = next.isNull() || isSpace(next) || next == u'\n' || next == u')'
                    || next == u'.' || next == u',' || next == u'»';
            if (sentence) {
                while (!out.isEmpty() && isSpace(out.back()))
                    out.chop(1);
                if (!out.isEmpty() && out.back() != u'\n' && out.back() != u'(')
                    out += kNarrowNbsp;
            }
            out += c;
            continue;
        }
        if (c == u'«') {
            out += c;
            out += kNarrowNbsp;
            while (i + 1 < text.size() && isSpace(text.at(i + 1)))
                ++i;
            continue;
        }
        if (c == u'»') {
            while (!out.isEmpty() && isSpace(out.back()))
                out.chop(1);
            out += kNarrowNbsp;
            out += c;
            continue;
        }
        out += c;
    }
    return capitalAfterStop(out);
}

QString locative(const QString &code, const QString &name)
{
    if (QLocale().language() != QLocale::French)
        return Tr::tr("in %1").arg(name);
    // The territories that are not communes, by code: the usual French phrasing for each.
    static const QHash<QString, QString> table {
        { QStringLiteral("FR"), QStringLiteral("en France") },
        { QStringLiteral("REG:32"), QStringLiteral("en Hauts-de-France") },
        { QStringLiteral("DEP:59"), QStringLiteral("dans le Nord") },
        { QStringLiteral("DEP:62"), QStringLiteral("dans le Pas-de-Calais") },
        { QStringLiteral("ARR:596"),
          QStringLiteral("dans l’arrondissement de Valenciennes (CAVM + CAPH)") },
        { QStringLiteral("EPCI:245901160"), QStringLiteral("à Valenciennes Métropole") },
        { QStringLiteral("EPCI:200042190"), QStringLiteral("dans la Porte du Hainaut") },
    };
    if (const auto it = table.constFind(code); it != table.constEnd())
        return it.value();
    if (code.startsWith(u"COM:")) {
        // Communes: "à", contracted with a leading article ("Le Quesnoy" -> "au Quesnoy").
        if (name.startsWith(u"Le "))
            return QStringLiteral("au ") + name.mid(3);
        if (name.startsWith(u"Les "))
            return QStringLiteral("aux ") + name.mid(4);
        return QStringLiteral("à ") + name;
    }
    return QStringLiteral("dans le territoire «%1%2%1»").arg(kNarrowNbsp).arg(name);
}

QString csvCell(QString text)
{
    if (text.contains(u';') || text.contains(u'"') || text.contains(u'\n')
        || text.contains(u'\r')) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        text = u'"' + text + u'"';
    }
    return text;
}

} // namespace core::format
