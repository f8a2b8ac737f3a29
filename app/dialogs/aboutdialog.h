// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace core {
class Workspace;
}

namespace app {

/// Aide › À propos: version, licence, Qt version, reference-data version and
/// the shipped data sources with their licences. Reads core::Workspace; GUI
/// thread.
class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const core::Workspace &workspace, QWidget *parent = nullptr);
    ~AboutDialog() override;

    /// What the dialog shows, as plain text.
    [[nodiscard]] QString text() const;

private:
    QTextBrowser *m_browser = nullptr;
};

} // namespace app
