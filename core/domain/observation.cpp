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
