// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/format/french.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace core::format {

namespace {
QString groupDigits(const QString &digits)
{
    // French groups by three from the right with a narrow no-break space (Imprimerie nationale).
    // Four-digit numbers are grouped too ("2 820"), as the press does in tables.
    QString out;
    const qsizetype n = digits.size();
    out.reserve(n + n / 3);
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out += kNarrowNbsp;
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
    const bool negative = value < 0
            && std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'1' && c <= u'9'; });
    const qsizetype dot = text.indexOf(u'.');
    QString intPart = dot < 0 ? text : text.left(dot);
    QString frac = dot < 0 ? QString() : text.mid(dot + 1);
    QString out = groupDigits(intPart);
    if (!frac.isEmpty())
        out += u',' + frac;
    if (negative)
        out.prepend(QChar(0x2212));
    return out;
}

QString compact(double value, int maxDecimals)
{
    QString text = number(value, maxDecimals);
    if (maxDecimals > 0 && text.contains(u',')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u','))
            text.chop(1);
    }
    return text;
}

QString percent(double value, int maxDecimals)
{
    return compact(value, maxDecimals) + kNarrowNbsp + u'%';
}

QString points(double value, int maxDecimals)
{
    QString text = compact(value, maxDecimals);
    if (value > 0 && text != u"0")
        text.prepend(u'+');
    return text + kNarrowNbsp + QStringLiteral("pt");
}

QString range(double low, double high, bool percentUnit, int maxDecimals)
{
    QString text = compact(low, maxDecimals) + kEnDash + compact(high, maxDecimals);
    if (percentUnit)
        text += kNarrowNbsp + QStringLiteral("%");
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
        return compact(*v, 0) + kNarrowNbsp + QStringLiteral("€");
    if (unit == u"ratio")
        return compact(*v, 1);
    return compact(*v, 1);
}

QString csvNumber(double value)
{
    QString text = QString::number(value, 'g', 15);
    text.replace(u'.', u',');
    return text;
}

} // namespace core::format
