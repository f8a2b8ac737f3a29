// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace testsupport {
/// Installs the application's French translation (embedded in ess_app) for the lifetime of
/// the object: what a French user reads, checked word for word. app_tests only.
class FrenchTranslation
{
public:
    FrenchTranslation()
    {
        REQUIRE(m_translator.load(QLocale(QLocale::French), QStringLiteral("ess-dashboard"),
                                  QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&m_translator);
    }
    ~FrenchTranslation() { QCoreApplication::removeTranslator(&m_translator); }
    FrenchTranslation(const FrenchTranslation &) = delete;
    FrenchTranslation &operator=(const FrenchTranslation &) = delete;

private:
    QTranslator m_translator;
};
} // namespace testsupport
