// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/widgets/keyfigurecard.h"

#include "core/charts/chartbuilder.h"
#include "core/format/french.h"
#include "core/indicators/wording.h"
#include "core/workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QScopeGuard>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace app {

namespace {
/// setStyleSheet() polishes the widget again even for the same sheet: only on a change.
void setStyleSheetOnce(QWidget *widget, const QString &sheet)
{
    if (widget->styleSheet() != sheet)
        widget->setStyleSheet(sheet);
}

QLabel *makeLabel(QWidget *parent, const QString &style, bool wrap = true)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(style);
    label->setWordWrap(wrap);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

KeyFigureCard::KeyFigureCard(const QString &title, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("keyFigureCard"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#keyFigureCard { background: white; border: 1px solid #d5dae0; "
                                 "border-radius: 8px; }"));
    setMinimumWidth(200);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(4);

    auto *header = new QHBoxLayout;
    m_title = makeLabel(this, QStringLiteral("color: #1f2328; font-weight: 600; font-size: 11pt;"));
    m_title->setText(title);
    m_baseTitle = title;
    m_copy = new QToolButton(this);
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the sourced sentence to the clipboard"));
    m_copy->setAutoRaise(true);
    m_copy->setEnabled(false);
    connect(m_copy, &QToolButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_sentence);
        m_copy->setText(tr("Copied"));
    });
    m_info = new QToolButton(this);
    m_info->setObjectName(QStringLiteral("recordButton"));
    // An icon rather than "ⓘ": not every system font has the glyph.
    m_info->setIcon(style()->standardIcon(QStyle::SP_MessageBoxInformation));
    m_info->setIconSize(QSize(16, 16));
    m_info->setToolTip(tr("Where this figure comes from: source, year, unit counted, method"));
    m_info->setAccessibleName(tr("Provenance of the figure"));
    m_info->setAutoRaise(true);
    m_info->setEnabled(false);
    connect(m_info, &QToolButton::clicked, this, &KeyFigureCard::showRecord);
    header->addWidget(m_title, 1);
    header->addWidget(m_info, 0, Qt::AlignTop);
    header->addWidget(m_copy, 0, Qt::AlignTop);
    layout->addLayout(header);

    m_value = makeLabel(this, QStringLiteral("color: #0072B2; font-size: 30pt; font-weight: 700;"),
                        false);
    m_value->setAccessibleName(title);
    layout->addWidget(m_value);
    m_detail = makeLabel(this, QStringLiteral("color: #3d444d; font-size: 9.5pt;"));
    layout->addWidget(m_detail);
    m_level =
            makeLabel(this, QStringLiteral("color: #8a4b00; font-size: 9.5pt; font-weight: 600;"));
    layout->addWidget(m_level);
    m_warning = makeLabel(this, QStringLiteral("color: #a40000; font-size: 9.5pt;"));
    layout->addWidget(m_warning);
    m_comparison = makeLabel(this, QStringLiteral("color: #3d444d; font-size: 9.5pt;"));
    layout->addWidget(m_comparison);
    m_extra = makeLabel(this, QStringLiteral("color: #3d444d; font-size: 9.5pt;"));
    layout->addWidget(m_extra);
    m_reference = makeLabel(this, QStringLiteral("color: #00684c; font-size: 9.5pt;"));
    m_reference->setObjectName(QStringLiteral("referenceLine"));
    layout->addWidget(m_reference);
    layout->addStretch(1);
}

void KeyFigureCard::setFigure(const core::Workspace &workspace, const core::KeyFigure &figure,
                              const QString &territoryName, const QString &extra)
{
    m_copy->setText(tr("Copy"));
    // Each show or hide lays the card out again: every line's visibility is set once, at the
    // end, and only changes when it must (a territory switch stays fast).
    // The layout is held meanwhile, so that each show or hide does not lay it out at once.
    bool showLevel = false;
    bool showWarning = false;
    layout()->setEnabled(false);
    const auto applyVisibility = qScopeGuard([&] {
        m_level->setVisible(showLevel);
        m_warning->setVisible(showWarning);
        m_comparison->setVisible(!m_comparisonCode.isEmpty()
                                 && m_comparisonCode != m_referenceCode);
        m_extra->setVisible(!extra.isEmpty());
        layout()->setEnabled(true);
        layout()->activate(); // once, now: the switch is painted laid out
    });
    m_extra->setText(extra);
    m_title->setText(m_baseTitle);
    if (!figure.indicator) {
        // After a failed read, "no source gives it" would be false: say the read failed.
        const bool readFailed = !workspace.readStatus();
        m_value->setText(readFailed ? tr("Read error") : core::format::notAvailable());
        setStyleSheetOnce(
                m_value,
                readFailed ? QStringLiteral("color: #b00020; font-size: 14pt; font-weight: 600;")
                           : QStringLiteral("color: #6b7280; font-size: 20pt; font-weight: 600;"));
        m_detail->setText(readFailed
                                  ? tr("This figure could not be read from the database (see the "
                                       "message in the status bar): it may exist. Do not publish "
                                       "\"not available\".")
                                  : tr("No source gives this figure for %1.").arg(territoryName));
        m_sentence.clear();
        m_record.clear();
        m_comparisonCode.clear();
        m_comparisonUnitsDiffer = false;
        m_copy->setEnabled(false);
        m_info->setEnabled(false);
        setToolTip(QString());
        return;
    }
    const core::indicators::Indicator &ind = *figure.indicator;
    // CAPH's source writes "10 % de l'ensemble de l'activité": the title does not say "emploi".
    m_title->setText(ind.unitCounted == u"activity" ? tr("ESS share of all activity")
                                                    : m_baseTitle);
    const core::charts::ChartBuilder builder(workspace);
    const QString citation =
            ind.sources.isEmpty() ? QString() : builder.citation(ind.sources.first().id);
    const QString levelName = workspace.territories().nameOf(ind.territoryCode);
    const QString value = core::indicators::valueText(ind);
    if (figure.inherited) {
        // A larger area's figure: its territory on the same line, never in the local blue type.
        setStyleSheetOnce(m_value,
                          QStringLiteral("color: #4b5563; font-size: 18pt; font-weight: 600;"));
        const core::Territory *owner = workspace.territories().find(ind.territoryCode);
        m_value->setText(tr("%1: %2").arg(owner ? owner->displayName() : levelName, value));
        if (!m_value->wordWrap()) // "CAVM + CAPH : 8–9 %" must not be cut in a narrow card
            m_value->setWordWrap(true);
    } else {
        setStyleSheetOnce(m_value,
                          QStringLiteral("color: #0072B2; font-size: 30pt; font-weight: 700;"));
        m_value->setText(value);
        if (m_value->wordWrap())
            m_value->setWordWrap(false);
    }
    QStringList detail { core::indicators::statement(ind), core::indicators::yearAndMethod(ind),
                         citation };
    m_detail->setText(detail.join(QStringLiteral(" · ")));
    if (figure.inherited) {
        m_level->setText(
                tr("Level: %1 (no figure of its own for %2)").arg(levelName, territoryName));
        showLevel = true;
    }
    if (!ind.disagreement.isEmpty()) {
        m_warning->setText(QStringLiteral("⚠ ") + ind.disagreement);
        showWarning = true;
    }
    m_comparisonCode = ind.comparison ? ind.comparison->territoryCode : QString();
    m_comparisonUnitsDiffer = ind.comparison && ind.comparison->unitsDiffer;
    QString comparisonCitation;
    if (ind.comparison) {
        const auto &c = *ind.comparison;
        comparisonCitation = builder.citation(c.source.id);
        m_comparison->setText(
                tr("Beside it, %1 (%2)")
                        .arg(core::indicators::comparisonText(
                                     ind, workspace.territories().nameOf(c.territoryCode)),
                             comparisonCitation));
    }
    QStringList tip;
    if (!ind.basis.isEmpty())
        tip << tr("Counted: %1").arg(ind.basis);
    if (!ind.perimeter.isEmpty())
        tip << tr("Perimeter: %1").arg(ind.perimeter);
    if (!ind.formula.isEmpty())
        tip << tr("Computed: %1").arg(ind.formula);
    if (!ind.check.isEmpty())
        tip << ind.check;
    if (!ind.note.isEmpty())
        tip << ind.note;
    setToolTip(tip.join(u'\n'));

    // The full record behind ⓘ: every provenance field, one per line.
    QStringList rows;
    const auto row = [&rows](const QString &label, const QString &text) {
        if (!text.isEmpty())
            rows << QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                            .arg(label.toHtmlEscaped(), text.toHtmlEscaped());
    };
    row(tr("Value"), value);
    row(tr("Territory"), levelName);
    row(tr("Reference year"), ind.year > 0 ? QString::number(ind.year) : tr("not specified"));
    row(tr("Method"), core::methodLabel(ind.method));
    row(tr("Unit counted"), ind.basis);
    row(tr("Perimeter"), ind.perimeter);
    row(tr("Formula"), ind.formula);
    row(tr("Note"), ind.note);
    for (const core::indicators::SourceRef &ref : ind.sources) {
        const core::Source src = workspace.source(ref.id);
        row(tr("Source"), src.title);
        row(tr("Producer"), src.producer.isEmpty() ? src.publisher : src.producer);
        row(tr("Publisher"), src.publisher);
        row(tr("Published"), core::format::longDate(src.published));
        row(tr("Licence"), src.licence);
        row(tr("Address"), src.url);
        row(tr("About the source"), src.note);
    }
    m_record = QStringLiteral("<table cellspacing=\"4\">%1</table>").arg(rows.join(QString()));
    m_info->setEnabled(true);

    const core::Territory *level = workspace.territories().find(ind.territoryCode);
    const bool commune = level && level->kind == core::TerritoryKind::Commune;
    core::indicators::SentenceParts parts;
    parts.place = commune ? tr("In %1").arg(levelName) : tr("In the area %1").arg(levelName);
    parts.territoryName = territoryName;
    parts.inherited = figure.inherited;
    parts.citation = citation;
    if (ind.comparison) {
        parts.comparisonName = workspace.territories().nameOf(ind.comparison->territoryCode);
        parts.comparisonCitation = comparisonCitation;
    }
    m_sentence =
            QStringLiteral("« ") + core::indicators::sentence(ind, parts) + QStringLiteral(" »");
    m_sentence.replace(QStringLiteral("« "), QStringLiteral("«") + QChar(0x202F));
    m_sentence.replace(QStringLiteral(" »"), QString(QChar(0x202F)) + QStringLiteral("»"));
    m_copy->setEnabled(true);
}

void KeyFigureCard::setReference(const core::Workspace &workspace, const core::KeyFigure &reference,
                                 const QString &referenceCode)
{
    const QString name = workspace.territories().nameOf(referenceCode);
    if (!reference.indicator) {
        m_reference->setText(
                !workspace.readStatus()
                        ? tr("Compared with %1: the figure could not be read").arg(name)
                        : tr("Compared with %1: no published figure").arg(name));
    } else {
        const core::indicators::Indicator &ind = *reference.indicator;
        const core::charts::ChartBuilder builder(workspace);
        const QString levelName = workspace.territories().nameOf(ind.territoryCode);
        m_reference->setText(
                tr("Compared with %1: %2 (%3, %4)")
                        .arg(levelName, core::indicators::statement(ind),
                             ind.sources.isEmpty() ? QString()
                                                   : builder.citation(ind.sources.first().id),
                             core::indicators::yearAndMethod(ind, QStringLiteral(", "))));
    }
    // The regional comparison line would say the same thing twice; its caveat stays.
    m_referenceCode = referenceCode;
    if (m_comparisonCode == referenceCode && m_comparisonUnitsDiffer)
        m_reference->setText(tr("%1 — different units").arg(m_reference->text()));
    m_comparison->setVisible(!m_comparisonCode.isEmpty() && m_comparisonCode != referenceCode);
    m_reference->show();
}

QString KeyFigureCard::referenceText() const
{
    return m_reference->text();
}

void KeyFigureCard::showRecord()
{
    if (m_record.isEmpty())
        return;
    QMessageBox box(QMessageBox::Information, m_title->text(), m_record, QMessageBox::Close, this);
    box.setTextFormat(Qt::RichText);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

QString KeyFigureCard::titleText() const
{
    return m_title->text();
}

QString KeyFigureCard::valueText() const
{
    return m_value->text();
}

QString KeyFigureCard::detailText() const
{
    return m_detail->text();
}

} // namespace app
