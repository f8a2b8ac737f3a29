// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/valueparser.h"

#include "core/format/french.h"

#include <array>
#include <charconv>
#include <cmath>

namespace core::import {

namespace {

inline bool isGroupSpace(char16_t c)
{
    return c == u' ' || c == 0x00A0 || c == 0x202F || c == 0x2009;
}

inline bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

Error notANumber()
{
    return makeError(Error::Code::Parse, ValueParser::expectedNumber());
}

} // namespace

QString ValueParser::expectedNumber()
{
    return tr("expected a number such as 12 345,6 or 12345.6 or 10 %, or a secrecy marker "
              "(s, nd, secret, -) or an empty cell");
}

QStringView ValueParser::trimmed(QStringView text)
{
    return format::trimmedSpaces(text);
}

bool ValueParser::isMissingMarker(QStringView text)
{
    const QStringView t = trimmed(text);
    if (t.size() > 6)
        return false;
    static const std::array<QStringView, 15> markers = {
        u"",   u"s",   u"nd", u"n.d.", u"n.d",    u"secret", u"c",  u"x",
        u"na", u"n/a", u"nc", u"-",    u"\u2013", u"\u2014", u"..",
    };
    for (QStringView m : markers) {
        if (t.compare(m, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Result<ParsedNumber> ValueParser::parseNumber(QStringView text)
{
    ParsedNumber result;
    QStringView t = trimmed(text);
    if (t.isEmpty()) {
        result.missing = ParsedNumber::Missing::Empty;
        return result;
    }
    if (!isDigit(t.front().unicode()) && isMissingMarker(t)) {
        result.missing = ParsedNumber::Missing::Marker;
        return result;
    }
    if (t.back() == u'%') {
        result.percent = true;
        t = trimmed(t.chopped(1));
    }

    // Normalise into "[-]digits[.digits][e[-]digits]" then let from_chars do the rounding.
    std::array<char, 96> buf;
    qsizetype n = 0;
    qsizetype i = 0;
    if (i < t.size() && (t[i] == u'-' || t[i] == QChar(0x2212))) {
        buf[n++] = '-';
        ++i;
    } else if (i < t.size() && t[i] == u'+') {
        ++i;
    }

    // Mantissa: digit groups and the separators between them.
    std::array<qsizetype, 32> groups {};
    std::array<char16_t, 32> seps {};
    qsizetype groupCount = 0;
    const qsizetype mantissaStart = i;
    qsizetype current = 0;
    for (; i < t.size(); ++i) {
        const char16_t c = t[i].unicode();
        if (isDigit(c)) {
            ++current;
        } else if (c == u',' || c == u'.' || isGroupSpace(c)) {
            if (groupCount >= 31)
                return notANumber();
            groups[groupCount] = current;
            seps[groupCount] = isGroupSpace(c) ? u' ' : c;
            ++groupCount;
            current = 0;
        } else {
            break;
        }
    }
    groups[groupCount] = current;
    const qsizetype mantissaEnd = i;
    if (mantissaEnd == mantissaStart)
        return notANumber();

    // Decide which separator is decimal.
    int commas = 0, dots = 0, spaces = 0;
    qsizetype lastComma = -1, lastDot = -1;
    for (qsizetype g = 0; g < groupCount; ++g) {
        if (seps[g] == u',') {
            ++commas;
            lastComma = g;
        } else if (seps[g] == u'.') {
            ++dots;
            lastDot = g;
        } else {
            ++spaces;
        }
    }
    qsizetype decimalAt = -1; // index in seps of the decimal separator
    char16_t thousands = 0;
    if (commas && dots) {
        const bool commaLast = lastComma > lastDot;
        if ((commaLast ? commas : dots) != 1)
            return notANumber();
        decimalAt = commaLast ? lastComma : lastDot;
        thousands = commaLast ? u'.' : u',';
    } else if (commas == 1 || dots == 1) {
        decimalAt = commas ? lastComma : lastDot;
    } else if (commas > 1 || dots > 1) {
        thousands = commas ? u',' : u'.';
    }
    if (decimalAt >= 0 && decimalAt != groupCount - 1)
        return notANumber(); // "1,5 000" or "1.5.3"
    const qsizetype integerGroups = decimalAt >= 0 ? decimalAt + 1 : groupCount + 1;
    // Every separator inside the integer part separates thousands: groups of exactly 3 digits
    // after a first group of 1–3.
    if (integerGroups > 1) {
        if (groups[0] < 1 || groups[0] > 3)
            return notANumber();
        for (qsizetype g = 1; g < integerGroups; ++g) {
            if (groups[g] != 3)
                return notANumber();
            const char16_t s = seps[g - 1];
            if (s != u' ' && s != thousands)
                return notANumber();
        }
    }
    if (decimalAt >= 0 && groups[groupCount] == 0)
        return notANumber(); // "12," has no decimals
    if (decimalAt < 0 && groupCount > 0 && groups[groupCount] == 0)
        return notANumber(); // trailing separator
    Q_UNUSED(spaces);

    for (qsizetype k = mantissaStart; k < mantissaEnd; ++k) {
        const char16_t c = t[k].unicode();
        if (isDigit(c)) {
            if (n >= qsizetype(buf.size()) - 12)
                return notANumber();
            buf[n++] = char(c);
        } else if (decimalAt >= 0 && (c == u',' || c == u'.')
                   && k == mantissaEnd - groups[groupCount] - 1)
            buf[n++] = '.';
    }
    if (n == 0 || (n == 1 && buf[0] == '-'))
        return notANumber();

    // Exponent, as spreadsheets write large or small numbers: "1.5E-3".
    if (i < t.size() && (t[i] == u'e' || t[i] == u'E') && !commas && !spaces) {
        buf[n++] = 'e';
        ++i;
        if (i < t.size() && (t[i] == u'-' || t[i] == u'+'))
            buf[n++] = char(t[i++].unicode());
        qsizetype digits = 0;
        while (i < t.size() && isDigit(t[i].unicode()) && digits < 5) {
            buf[n++] = char(t[i++].unicode());
            ++digits;
        }
        if (digits == 0)
            return notANumber();
    }
    if (i != t.size())
        return notANumber();

    double v = 0;
    const auto [ptr, ec] = std::from_chars(buf.data(), buf.data() + n, v);
    if (ec != std::errc() || ptr != buf.data() + n || !std::isfinite(v))
        return notANumber();
    result.value = v;
    return result;
}

Result<int> ValueParser::parseYear(QStringView text)
{
    const QStringView t = trimmed(text);
    bool ok = false;
    int year = 0;
    if (!t.isEmpty() && t.size() <= 6) {
        ok = true;
        for (QChar c : t) {
            if (!isDigit(c.unicode()))
                ok = false;
        }
        if (ok)
            year = t.toInt(&ok);
    }
    if (!ok)
        return makeError(Error::Code::Parse,
                         tr("expected a year written with four digits, between %1 and %2")
                                 .arg(kMinYear)
                                 .arg(kMaxYear));
    if (year < kMinYear || year > kMaxYear)
        return makeError(Error::Code::Validation,
                         tr("expected a year between %1 and %2").arg(kMinYear).arg(kMaxYear));
    return year;
}

} // namespace core::import
