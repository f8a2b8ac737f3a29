// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace core::import {

/// A cell read as a number: a value, or missing (an empty cell or a secrecy/missing marker).
struct ParsedNumber
{
    enum class Missing { No, Empty, Marker };
    std::optional<double> value; ///< empty when missing; a missing value is never zero
    Missing missing = Missing::No;
    bool percent = false; ///< written with a '%' sign; the value stays in percent (10 % -> 10)
};

/// Parses the numbers and years found in statistics tables. Stateless, any thread.
///
/// Accepted numbers: "12345.6", "12 345,6", "12 345" (U+0020, U+00A0, U+202F or U+2009 between
/// groups of three digits), "-3", "−3" (U+2212), "+3", "10 %", "10,0%", "1.5E-3". A single
/// ',' or '.' is the decimal separator ("1,234" is 1.234 and "1.234" is 1.234: French files
/// write decimals with a comma, English exports with a dot, and neither writes thousands with a
/// lone separator as often as both write decimals). When both ',' and '.' appear, the last
/// one is the decimal separator and the other must separate groups of three digits, so
/// "1.234,5" and "1,234.5" are 1234.5; a separator repeated with groups of three ("1.234.567",
/// "1,234,567") separates thousands. Anything else is not a number.
/// Missing markers, case-insensitive after trimming: "", "s", "nd", "n.d.", "n.d", "secret",
/// "c", "x", "na", "n/a", "nc", "-", "–", "—", "..".
class ValueParser
{
    Q_DECLARE_TR_FUNCTIONS(ValueParser)
public:
    static constexpr int kMinYear = 1900;
    static constexpr int kMaxYear = 2100;

    /// A number, or an Error (Code::Parse) whose message says what was expected.
    [[nodiscard]] static Result<ParsedNumber> parseNumber(QStringView text);
    [[nodiscard]] static bool isMissingMarker(QStringView text);
    /// A year 1900–2100. Error Code::Parse when the text is not a whole number,
    /// Code::Validation when the year is out of range; the message says what was expected.
    [[nodiscard]] static Result<int> parseYear(QStringView text);
    /// What a number cell may contain, for messages.
    [[nodiscard]] static QString expectedNumber();
    /// Trims spaces including U+00A0 and U+202F.
    [[nodiscard]] static QStringView trimmed(QStringView text);
};

} // namespace core::import
