// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/observation.h"

#include <QCoreApplication>

namespace core {

QString methodKey(Method method)
{
    switch (method) {
    case Method::Published:
        return QStringLiteral("published");
    case Method::Computed:
        return QStringLiteral("computed");
    case Method::Estimated:
        return QStringLiteral("estimated");
    }
    return {};
}

std::optional<Method> methodFromKey(const QString &key)
{
    if (key == u"published")
        return Method::Published;
    if (key == u"computed")
        return Method::Computed;
    if (key == u"estimated")
        return Method::Estimated;
    return std::nullopt;
}

const QStringList &qualifiers()
{
    static const QStringList list { QStringLiteral("exact"), QStringLiteral("approximately"),
                                    QStringLiteral("at_least"), QStringLiteral("at_most") };
    return list;
}

bool isQualifier(const QString &key)
{
    return qualifiers().contains(key);
}

QString qualifierPrefix(const QString &qualifier)
{
    if (qualifier == u"approximately")
        return QCoreApplication::translate("core::Method", "about ");
    if (qualifier == u"at_least")
        return QCoreApplication::translate("core::Method", "more than ");
    if (qualifier == u"at_most")
        return QCoreApplication::translate("core::Method", "at most ");
    return {};
}

QString methodLabel(Method method)
{
    switch (method) {
    case Method::Published:
        return QCoreApplication::translate("core::Method", "published");
    case Method::Computed:
        return QCoreApplication::translate("core::Method", "computed");
    case Method::Estimated:
        return QCoreApplication::translate("core::Method", "estimated");
    }
    return {};
}

} // namespace core
