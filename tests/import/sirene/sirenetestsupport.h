// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/sirene/classification.h"
#include "core/import/sirene/sirenereader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace sirenetest {

inline QString dataPath(const QString &relative)
{
    return QStringLiteral(ESS_TEST_DATA "/sirene/") + relative;
}

/// A file of the small generated SIRENE stock in tests/data/sirene/gen/.
inline QString genFile(const char *name)
{
    return dataPath(QStringLiteral("gen/") + QLatin1String(name));
}

inline const core::sirene::Classification &benchClassification()
{
    static const core::sirene::Classification c =
            core::sirene::Classification::load(
                    QStringLiteral(ESS_SOURCE_DIR "/data/classification/sirene-ess-1.json"))
                    .value();
    return c;
}

/// CAVM and CAPH from the kit's commune lists copied into tests/data/sirene/gen/.
inline std::vector<core::sirene::SireneTerritory> benchTerritories()
{
    std::vector<core::sirene::SireneTerritory> out;
    const struct
    {
        const char *key, *siren, *file;
    } epcis[] = { { "CAVM", "245901160", "gen/communes-cavm.csv" },
                  { "CAPH", "200042190", "gen/communes-caph.csv" } };
    for (const auto &e : epcis) {
        core::sirene::SireneTerritory t;
        t.key = QString::fromLatin1(e.key);
        t.epciSiren = QString::fromLatin1(e.siren);
        t.code = QStringLiteral("EPCI:") + t.epciSiren;
        QFile f(dataPath(QString::fromLatin1(e.file)));
        if (f.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = f.readAll().split('\n');
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QList<QByteArray> cells = lines[i].trimmed().split(',');
                if (cells.size() >= 3 && cells[2] == e.siren)
                    t.communes << QString::fromUtf8(cells[0]);
            }
        }
        out.push_back(t);
    }
    return out;
}

/// Differences between two JSON values, check.py style ("a.b.c: expected 1, got 2"); numbers
/// compare by value, so 12 equals 12.0.
inline void jsonDiff(const QJsonValue &a, const QJsonValue &b, const QString &path,
                     QStringList &out)
{
    if (a.isObject() && b.isObject()) {
        const QJsonObject oa = a.toObject(), ob = b.toObject();
        QStringList keys = oa.keys() + ob.keys();
        keys.removeDuplicates();
        for (const QString &k : keys) {
            const QString p = path.isEmpty() ? k : path + u'.' + k;
            if (!oa.contains(k))
                out << p + QStringLiteral(": missing in expected");
            else if (!ob.contains(k))
                out << p + QStringLiteral(": missing in output");
            else
                jsonDiff(oa.value(k), ob.value(k), p, out);
        }
    } else if (a.isDouble() && b.isDouble()) {
        if (a.toDouble() != b.toDouble())
            out << QStringLiteral("%1: expected %2, got %3")
                            .arg(path)
                            .arg(a.toDouble())
                            .arg(b.toDouble());
    } else if (a != b) {
        out << QStringLiteral("%1: expected %2, got %3")
                        .arg(path,
                             QString::fromUtf8(QJsonDocument(QJsonArray { a })
                                                       .toJson(QJsonDocument::Compact)),
                             QString::fromUtf8(QJsonDocument(QJsonArray { b })
                                                       .toJson(QJsonDocument::Compact)));
    }
}

inline QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace sirenetest
