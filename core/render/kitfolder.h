// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QStringList>

namespace core::render {

/// Where a kit is written: a new private folder beside the final one (".kit.new-PID-RANDOM"),
/// swapped in at the end, so the old kit (ZIP included) stays whole until then and nothing in
/// the new folder can be a link planted by someone else. Also reads and writes the manifest,
/// the list of the files a kit wrote (what --force may remove). Any thread; one kit per folder.
class KitFolder final
{
    // The kit's messages keep one translation context.
    Q_DECLARE_TR_FUNCTIONS(PressKit)
public:
    /// Creates the private build folder of the kit `directory`, after removing the build
    /// folders of kits killed on their way.
    [[nodiscard]] static Result<KitFolder> create(const QString &directory);

    /// The private build folder (absolute).
    [[nodiscard]] const QString &staging() const { return m_staging; }
    /// The path of `relative` in the build folder, its folder created; refuses a name that
    /// would leave the build folder.
    [[nodiscard]] Result<QString> target(const QString &relative) const;
    /// Writes `relative` in the build folder, atomically.
    [[nodiscard]] Status write(const QString &relative, const QByteArray &bytes) const;
    /// Puts the finished kit (its `files`) at the final path. What the old folder holds besides
    /// the files its manifest lists (the user's notes, a kit written before manifests existed)
    /// is carried over, at the same place; the old kit is then removed.
    [[nodiscard]] Status swapIn(const QStringList &files) const;
    /// Removes the build folder (a kit that failed or was cancelled).
    void discard() const;

    /// The manifest's text: a comment line, then `files`, one per line.
    [[nodiscard]] static QByteArray manifest(const QStringList &files);
    /// The files listed in a kit's manifest (plain relative names only).
    [[nodiscard]] static QSet<QString> readManifest(const QString &path);

private:
    struct Owned;
    /// Moves what the old kit (now at m_aside) holds under `relative` and neither kit owns into
    /// the new kit, at the same place; descends into the kits' folders only.
    [[nodiscard]] Status carryOver(const QString &relative, const Owned &owned) const;

    QString m_final;
    QString m_staging;
    QString m_aside; ///< where the old kit goes during the swap
};

} // namespace core::render
