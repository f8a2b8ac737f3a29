// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/format/french.h"
#include "support/qtprinters.h"

#include <catch2/catch.hpp>

#include <QLocale>

using namespace core;

namespace {
const QString nnbsp = QString(QChar(0x202F));
QString fr(const char *utf8WithUnderscores)
{
    // "_" stands for U+202F in expectations, to keep them readable.
    return QString::fromUtf8(utf8WithUnderscores).replace(u'_', QChar(0x202F));
}
} // namespace

TEST_CASE("numbers use a decimal comma and narrow no-break spaces", "[format]")
{
    CHECK(format::number(12345.6, 1) == fr("12_345,6"));
    CHECK(format::number(2820) == fr("2_820"));
    CHECK(format::number(999) == QStringLiteral("999"));
    CHECK(format::number(1234567) == fr("1_234_567"));
    CHECK(format::number(-1500.25, 2) == QString(QChar(0x2212)) + fr("1_500,25"));
    CHECK(format::number(-0.01, 1) == QStringLiteral("0,0"));
    CHECK(format::compact(10.0) == QStringLiteral("10"));
    CHECK(format::compact(13.5) == QStringLiteral("13,5"));
    CHECK(format::compact(22.333, 1) == QStringLiteral("22,3"));
}

TEST_CASE("percentages, points and ranges follow French typography", "[format]")
{
    CHECK(format::percent(10) == fr("10_%"));
    CHECK(format::percent(10.7) == fr("10,7_%"));
    CHECK(format::points(1.26) == fr("+1,3_pt"));
    CHECK(format::points(-0.5) == QString(QChar(0x2212)) + fr("0,5_pt"));
    CHECK(format::range(8, 9, true) == QString::fromUtf8("8\u2013") + fr("9_%"));
    CHECK(format::value(std::nullopt, QStringLiteral("percent"), 8.0, 9.0)
          == QString::fromUtf8("8\u2013") + fr("9_%"));
    CHECK(format::value(std::nullopt, QStringLiteral("count")) == format::notAvailable());
    CHECK(format::value(2820.0, QStringLiteral("count")) == fr("2_820"));
    CHECK(format::csvNumber(12345.6) == QStringLiteral("12345,6"));
    CHECK(format::csvNumber(10) == QStringLiteral("10"));
}

TEST_CASE("generated sentences get French typography in one place", "[format]")
{
    const QChar n = format::kNarrowNbsp;
    CHECK(format::typography(QStringLiteral("L'ESS : 10 % ; voir « ici »"))
          == QStringLiteral("L’ESS") + n + QStringLiteral(":") + QStringLiteral(" 10") + n
                  + QStringLiteral("%") + n + QStringLiteral("; voir «") + n + QStringLiteral("ici")
                  + n + QStringLiteral("»"));
    // English spacing gains the narrow space; URLs and times are left alone.
    CHECK(format::typography(QStringLiteral("Source: x"))
          == QStringLiteral("Source") + n + QStringLiteral(": x"));
    CHECK(format::typography(QStringLiteral("https://insee.fr 10:30"))
          == QStringLiteral("https://insee.fr 10:30"));
    // A capital after a full stop; idempotent.
    const QString once = format::typography(QStringLiteral("Données 2020. niveau : Nord ?"));
    CHECK(once.startsWith(QStringLiteral("Données 2020. Niveau")));
    CHECK(format::typography(once) == once);
}

TEST_CASE("territories take the French preposition their names need", "[format]")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    CHECK(format::locative(QStringLiteral("COM:59606"), QStringLiteral("Valenciennes"))
          == QStringLiteral("à Valenciennes"));
    CHECK(format::locative(QStringLiteral("COM:59000"), QStringLiteral("Le Quesnoy"))
          == QStringLiteral("au Quesnoy"));
    CHECK(format::locative(QStringLiteral("COM:59564"), QStringLiteral("La Sentinelle"))
          == QStringLiteral("à La Sentinelle"));
    CHECK(format::locative(QStringLiteral("EPCI:200042190"), QStringLiteral("Porte du Hainaut"))
          == QStringLiteral("dans la Porte du Hainaut"));
    CHECK(format::locative(QStringLiteral("DEP:59"), QStringLiteral("Nord"))
          == QStringLiteral("dans le Nord"));
    CHECK(format::locative(QStringLiteral("REG:32"), QStringLiteral("Hauts-de-France"))
          == QStringLiteral("en Hauts-de-France"));
    CHECK(format::locative(QStringLiteral("FR"), QStringLiteral("France"))
          == QStringLiteral("en France"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    CHECK(format::locative(QStringLiteral("DEP:59"), QStringLiteral("Nord"))
          == QStringLiteral("in Nord"));
    QLocale::setDefault(before);
}

TEST_CASE("the English interface gets English numbers and dates", "[format]")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    CHECK(format::isEnglish());
    CHECK(format::number(12345.6, 1) == QStringLiteral("12,345.6"));
    CHECK(format::number(-1234567) == QChar(0x2212) + QStringLiteral("1,234,567"));
    CHECK(format::compact(10.50, 1) == QStringLiteral("10.5"));
    CHECK(format::compact(10.0, 1) == QStringLiteral("10"));
    CHECK(format::percent(10.0) == QStringLiteral("10%"));
    CHECK(format::percent(7.25, 2) == QStringLiteral("7.25%"));
    CHECK(format::points(1.2) == QStringLiteral("+1.2 pp"));
    CHECK(format::range(8, 9, true)
          == QStringLiteral("8") + format::kEnDash + QStringLiteral("9%"));
    CHECK(format::value(1234.0, QStringLiteral("euro")) == QStringLiteral("€1,234"));
    CHECK(format::longDate(QDate(2025, 11, 27)) == QStringLiteral("27 November 2025"));
    CHECK(format::longDate(QDate(2026, 3, 1)) == QStringLiteral("1 March 2026"));
    // No French spacing before colons in English sentences; the apostrophe stays typographic.
    CHECK(format::typography(QStringLiteral("Source: the ESS's share, 10%."))
          == QStringLiteral("Source: the ESS’s share, 10%."));
    // CSV cells keep the French spreadsheet convention of the ";" files.
    CHECK(format::csvNumber(12345.6) == QStringLiteral("12345,6"));

    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    CHECK_FALSE(format::isEnglish());
    CHECK(format::number(12345.6, 1)
          == QStringLiteral("12") + format::kNarrowNbsp + QStringLiteral("345,6"));
    CHECK(format::percent(10.0) == QStringLiteral("10") + format::kNarrowNbsp + u'%');
    CHECK(format::longDate(QDate(2025, 11, 27)) == QStringLiteral("27 novembre 2025"));
    CHECK(format::longDate(QDate(2026, 3, 1)) == QStringLiteral("1er mars 2026"));
    QLocale::setDefault(before);
}

TEST_CASE("ISO dates read as long dates, other text is kept", "[format]")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    CHECK(format::longDate(QStringLiteral("2025-11-27")) == QStringLiteral("27 novembre 2025"));
    CHECK(format::longDate(QStringLiteral("2025-11-27T10:00:00Z"))
          == QStringLiteral("27 novembre 2025"));
    CHECK(format::longDate(QStringLiteral("vers 2024")) == QStringLiteral("vers 2024"));
    QLocale::setDefault(before);
}

TEST_CASE("CSV cells are quoted only when they must be", "[format]")
{
    CHECK(format::csvCell(QStringLiteral("Valenciennes")) == QStringLiteral("Valenciennes"));
    CHECK(format::csvCell(QStringLiteral("12,5")) == QStringLiteral("12,5"));
    CHECK(format::csvCell(QStringLiteral("a;b")) == QStringLiteral("\"a;b\""));
    CHECK(format::csvCell(QStringLiteral("« dit \"x\" »"))
          == QStringLiteral("\"« dit \"\"x\"\" »\""));
    CHECK(format::csvCell(QStringLiteral("ligne\nsuite")) == QStringLiteral("\"ligne\nsuite\""));
    CHECK(format::csvCell(QStringLiteral("ligne\r\nsuite"))
          == QStringLiteral("\"ligne\r\nsuite\""));
    CHECK(format::csvCell(QString()).isEmpty());
}
