// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace core::format {

/// Typography for every output (UI, charts, CSV, exports): French (decimal comma, U+202F as
/// thousands separator and before "%", en dash in ranges) unless the default QLocale is
/// English, then English ("12,345.6", "10%", "+1.2 pp"); CSV numbers stay French (";" files).
/// One place, tested.

inline constexpr QChar kNarrowNbsp = QChar(0x202F);
inline constexpr QChar kEnDash = QChar(0x2013);

/// True when the default QLocale is English: numbers, dates and spacing follow English.
[[nodiscard]] bool isEnglish();
/// "12 345,6" with `decimals` digits after the comma (trailing zeros kept); negative with U+2212.
/// English: "12,345.6".
[[nodiscard]] QString number(double value, int decimals = 0);
/// As number(), dropping a ",0" tail: 10 -> "10", 10.5 -> "10,5" (decimals is the maximum).
[[nodiscard]] QString compact(double value, int maxDecimals = 1);
/// "10 %" / "10,7 %" (compact, at most `maxDecimals`).
[[nodiscard]] QString percent(double value, int maxDecimals = 1);
/// "+1,2 pt" / "−0,5 pt": a difference of shares in percentage points (English "+1.2 pp").
[[nodiscard]] QString points(double value, int maxDecimals = 1);
/// "8–9 %" for a percent range, "8–9" otherwise.
[[nodiscard]] QString range(double low, double high, bool percentUnit, int maxDecimals = 1);
/// A value with its unit key ("percent", "count", "euro", "ratio"); "non disponible" when missing.
[[nodiscard]] QString value(std::optional<double> v, const QString &unit,
                            std::optional<double> low = std::nullopt,
                            std::optional<double> high = std::nullopt);
/// The translated "non disponible".
[[nodiscard]] QString notAvailable();
/// French typography of a generated sentence: ’ for the straight apostrophe, U+202F before
/// ";", ":", "!", "?" and "%" (replacing a space, or inserted) and inside « », a capital after
/// a full stop. Idempotent; URLs ("https://") and times ("10:30") are left alone. English:
/// only the apostrophe and the capital.
[[nodiscard]] QString typography(const QString &text);
/// The territory with the preposition French uses for it: "à Valenciennes", "au Quesnoy",
/// "dans la Porte du Hainaut", "dans le Nord", "en Hauts-de-France", "en France". `code` is
/// the typed code ("COM:59606", "EPCI:200042190"); unknown kinds: "dans le territoire X".
/// When the default QLocale is not French: "in X".
[[nodiscard]] QString locative(const QString &code, const QString &name);
/// "27 novembre 2025", "1er mars 2024"; English "27 November 2025"; empty when invalid.
[[nodiscard]] QString longDate(const QDate &date);
/// longDate() of an ISO date ("2025-11-27", time ignored); other text is returned unchanged.
[[nodiscard]] QString longDate(const QString &isoDate);
/// Items joined by semicolons: "a ; b" in French (typography() then narrows the space), "a; b"
/// in English.
[[nodiscard]] QString semicolonList(const QStringList &items);
/// A number for CSV cells: decimal comma, no thousands separator, full precision ("12345,6").
/// `text` without the spaces around it, the narrow no-break space of French files included
/// (QString::trimmed keeps it).
/// Inline: the value parser calls it for every cell of an import.
[[nodiscard]] inline QStringView trimmedSpaces(QStringView text)
{
    qsizetype b = 0;
    qsizetype e = text.size();
    while (b < e && (text[b].isSpace() || text[b] == QChar(0x202F)))
        ++b;
    while (e > b && (text[e - 1].isSpace() || text[e - 1] == QChar(0x202F)))
        --e;
    return text.sliced(b, e - b);
}
[[nodiscard]] QString csvNumber(double value);
/// A CSV cell of the project's files (";" separator): quoted, inner quotes doubled, when it
/// holds ";", a quote or a line break (CR or LF). The one CSV escaping of the project.
[[nodiscard]] QString csvCell(QString text);

} // namespace core::format
