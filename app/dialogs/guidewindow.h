// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace app {

/// Aide › Guide d'utilisation (F1): the user guide embedded in the resources
/// (:/help), in French, or in English when the interface is English. Non-modal;
/// GUI thread.
class GuideWindow final : public QDialog
{
    Q_OBJECT
public:
    explicit GuideWindow(QWidget *parent = nullptr);
    ~GuideWindow() override;

    /// The guide's resource for the current language (QLocale's default, set at
    /// start).
    [[nodiscard]] static QString guidePath();
    [[nodiscard]] QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser = nullptr;
};

} // namespace app
