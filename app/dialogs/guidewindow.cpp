// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/guidewindow.h"

#include <QDialogButtonBox>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace app {

GuideWindow::GuideWindow(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("User guide — ESS dashboard"));
    setObjectName(QStringLiteral("guideWindow"));
    resize(900, 760);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(QUrl(QStringLiteral("qrc") + guidePath()));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    back->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QWidget::setEnabled);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
}

GuideWindow::~GuideWindow() = default;

QString GuideWindow::guidePath()
{
    return QLocale().language() == QLocale::English ? QStringLiteral(":/help/guide_en.html")
                                                    : QStringLiteral(":/help/guide_fr.html");
}

} // namespace app
