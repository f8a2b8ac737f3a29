// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/aboutdialog.h"

#include "core/format/french.h"
#include "core/workspace.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace app {

AboutDialog::AboutDialog(const core::Workspace &workspace, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About the ESS dashboard"));
    setObjectName(QStringLiteral("aboutDialog"));
    resize(760, 620);

    QList<core::Source> sources;
    for (const core::Source &s : workspace.sources())
        if (!s.key.isEmpty()) // the shipped reference data; imports are in the
                              // Sources tab
            sources.append(s);
    std::sort(sources.begin(), sources.end(),
              [](const auto &a, const auto &b) { return a.id < b.id; });
    QString rows;
    for (const core::Source &s : sources) {
        const QString title = s.url.isEmpty()
                ? s.title.toHtmlEscaped()
                : QStringLiteral("<a href=\"%1\">%2</a>")
                          .arg(s.url.toHtmlEscaped(), s.title.toHtmlEscaped());
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(title, s.publisher.toHtmlEscaped(),
                             core::format::longDate(s.published).toHtmlEscaped(),
                             s.licence.toHtmlEscaped());
    }

    const QString html = tr("<h2>ESS dashboard %1</h2>"
                            "<p>The weight of the social and solidarity economy in Valenciennes "
                            "Métropole "
                            "(CAVM) and Porte du Hainaut (CAPH), for PHARE. Every figure shows "
                            "its source, "
                            "year and method (published, computed or estimated); where no source "
                            "gives a "
                            "value, the dashboard says \"not available\".</p>")
                                 .arg(QStringLiteral(ESS_VERSION))
            + QStringLiteral("<table cellpadding=\"3\">")
            + tr("<tr><td><b>Version</b></td><td>%1</td></tr>").arg(QStringLiteral(ESS_VERSION))
            + tr("<tr><td><b>Licence</b></td><td>GNU General Public License, version 3 "
                 "or later "
                 "(GPL-3.0-or-later). This program comes with no warranty.</td></tr>")
            + tr("<tr><td><b>Qt</b></td><td>%1 (built with %2)</td></tr>")
                      .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))
            + tr("<tr><td><b>Reference data</b></td><td>version %1 "
                 "(data/manifest.json)</td></tr>")
                      .arg(workspace.referenceDataVersion())
            + tr("<tr><td><b>Database</b></td><td>%1</td></tr>")
                      .arg(QDir::toNativeSeparators(workspace.databasePath()).toHtmlEscaped())
            + tr("<tr><td><b>Font</b></td><td>Lato, SIL Open Font License "
                 "1.1</td></tr>")
            + QStringLiteral("</table>")
            + tr("<h3>Data sources</h3>"
                 "<p>Territories: Insee and DGCL under the Licence Ouverte / Etalab "
                 "2.0. ESS "
                 "figures: the publications below, quoted with attribution. Imported "
                 "tables and "
                 "the SIRENE register are listed in the Sources tab.</p>")
            + tr("<table border=\"1\" cellspacing=\"0\" "
                 "cellpadding=\"3\"><tr><th>Title</th>"
                 "<th>Publisher</th><th>Published</th><th>Licence</th></tr>%1</table>")
                      .arg(rows);

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("aboutText"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setHtml(html);

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/ess-dashboard.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(m_browser, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::text() const
{
    return m_browser->toPlainText();
}

} // namespace app
