// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/exportdialog.h"

#include "app/settings.h"
#include "core/charts/chartnames.h"
#include "core/format/french.h"
#include "core/render/chartexporter.h"
#include "core/render/preexportcheck.h"
#include "core/workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace app {

namespace {
QString editionDate(const core::Workspace &workspace, QDateTime *time = nullptr)
{
    QStringList dates;
    for (const core::Source &s : workspace.sources())
        dates << s.published;
    const QDateTime when = core::render::editionTime(dates);
    if (time)
        *time = when;
    return core::format::longDate(when.date());
}

const int kPreviewWidth = 560;
const int kPreviewHeight = 420;
} // namespace

ExportDialog::ExportDialog(const core::Workspace &workspace, const core::charts::ChartSpec &spec,
                           QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_spec(spec)
{
    setWindowTitle(tr("Export the chart"));
    setObjectName(QStringLiteral("exportDialog"));
    m_editionDate = editionDate(workspace);

    m_preset = new QComboBox(this);
    for (const core::render::Preset &p : core::render::presets())
        m_preset->addItem(tr("%1 (%2 × %3 px)")
                                  .arg(core::charts::presetLabel(p.name))
                                  .arg(qRound(p.size.width() * p.scale))
                                  .arg(qRound(p.size.height() * p.scale)),
                          p.name);
    m_preset->addItem(tr("Custom size"), QString());
    m_width = new QSpinBox(this);
    m_width->setRange(200, 8000);
    m_width->setValue(1200);
    m_width->setSuffix(tr(" px"));
    m_height = new QSpinBox(this);
    m_height->setRange(200, 8000);
    m_height->setValue(675);
    m_height->setSuffix(tr(" px"));
    m_scale = new QDoubleSpinBox(this);
    m_scale->setRange(0.5, 6);
    m_scale->setSingleStep(0.5);
    m_scale->setValue(2);
    m_format = new QComboBox(this);
    m_format->addItem(tr("PNG image"), QStringLiteral("png"));
    m_format->addItem(tr("SVG drawing"), QStringLiteral("svg"));
    m_format->addItem(tr("PDF document"), QStringLiteral("pdf"));
    m_transparent = new QCheckBox(tr("&Transparent background"), this);
    m_sizeLabel = new QLabel(this);
    m_findings = new QListWidget(this);
    m_findings->setWordWrap(true);
    m_findings->setMinimumWidth(300);

    auto *form = new QFormLayout;
    form->addRow(tr("&Preset:"), m_preset);
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    form->addRow(tr("&Scale:"), m_scale);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(QString(), m_transparent);
    form->addRow(tr("Output:"), m_sizeLabel);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("exportPreview"));
    m_preview->setFixedSize(kPreviewWidth + 16, kPreviewHeight + 16);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setStyleSheet(QStringLiteral("background: #e5e8ec;"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &ExportDialog::exportFile);

    auto *side = new QVBoxLayout;
    side->addLayout(form);
    side->addWidget(new QLabel(tr("Pre-export check:"), this));
    side->addWidget(m_findings);
    side->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_preview, 1);
    top->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);

    const auto update = [this] { updatePreview(); };
    connect(m_preset, &QComboBox::currentIndexChanged, this, update);
    connect(m_width, &QSpinBox::valueChanged, this, update);
    connect(m_height, &QSpinBox::valueChanged, this, update);
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, update);
    connect(m_format, &QComboBox::currentIndexChanged, this, update);
    connect(m_transparent, &QCheckBox::toggled, this, update);
    updatePreview();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::setPreset(const QString &name)
{
    const int i = m_preset->findData(name);
    if (i >= 0)
        m_preset->setCurrentIndex(i);
}

core::render::RenderOptions ExportDialog::currentOptions() const
{
    core::render::RenderOptions options;
    const auto preset = core::render::presetByName(m_preset->currentData().toString());
    if (preset) {
        options = core::render::withPreset(options, *preset);
    } else {
        options.size = QSizeF(m_width->value(), m_height->value());
        options.scale = m_scale->value();
    }
    options.transparent = m_transparent->isChecked();
    options.editionDate = m_editionDate;
    options.byline = m_workspace.defaults().byline;
    return options;
}

QSize ExportDialog::outputPixels() const
{
    const core::render::RenderOptions options = currentOptions();
    return (options.size * options.scale).toSize();
}

QStringList ExportDialog::findings() const
{
    QStringList list;
    for (int i = 0; i < m_findings->count(); ++i)
        list << m_findings->item(i)->text();
    return list;
}

void ExportDialog::updatePreview()
{
    const bool custom = !core::render::presetByName(m_preset->currentData().toString());
    m_width->setEnabled(custom);
    m_height->setEnabled(custom);
    m_scale->setEnabled(custom);
    core::render::RenderOptions options = currentOptions();
    const QSize pixels = (options.size * options.scale).toSize();
    const auto format = *core::render::fileFormatFromName(m_format->currentData().toString());
    const bool a4 =
            !custom && core::render::presetByName(m_preset->currentData().toString())->a4Page;
    m_sizeLabel->setText(format == core::render::FileFormat::Png
                                 ? tr("%1 × %2 px").arg(pixels.width()).arg(pixels.height())
                                 : (a4 && format == core::render::FileFormat::Pdf
                                            ? tr("A4 landscape, vector")
                                            : tr("%1 × %2 px, vector")
                                                      .arg(pixels.width())
                                                      .arg(pixels.height())));

    // The preview is the same composition at the chosen logical size, scaled down to fit.
    const qreal fit =
            std::min(kPreviewWidth / options.size.width(), kPreviewHeight / options.size.height());
    options.scale = fit * devicePixelRatioF();
    QImage image = core::render::renderImage(m_spec, options);
    if (options.transparent) {
        QImage board(image.size(), QImage::Format_ARGB32_Premultiplied);
        QPainter p(&board);
        const int cell = 8;
        for (int y = 0; y < board.height(); y += cell)
            for (int x = 0; x < board.width(); x += cell)
                p.fillRect(x, y, cell, cell,
                           ((x + y) / cell) % 2 ? QColor(0xcc, 0xcc, 0xcc) : Qt::white);
        p.drawImage(0, 0, image);
        p.end();
        image = board;
    }
    image.setDevicePixelRatio(devicePixelRatioF());
    m_preview->setPixmap(QPixmap::fromImage(image));

    m_findings->clear();
    for (const core::render::Finding &f :
         core::render::checkChart(m_spec, currentOptions(), format))
        m_findings->addItem(f.message);
    if (m_findings->count() == 0)
        m_findings->addItem(tr("No problem found: title, source, year, unit, text size and "
                               "colours are fine."));
}

void ExportDialog::exportFile()
{
    const QString suffix = m_format->currentData().toString();
    QString dir = settings::lastExportDir();
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString preset = m_preset->currentData().toString();
    // The kit's French names: part-emploi-cavm-caph-reseaux-sociaux.png.
    const QString suggested =
            QStringLiteral("%1/%2-%3%4.%5")
                    .arg(dir, core::charts::chartFileStem(m_spec.id),
                         core::charts::territoryFolder(m_workspace.territories(),
                                                       m_spec.territoryCode),
                         preset.isEmpty() ? QString() : u'-' + core::charts::presetFileStem(preset),
                         suffix);
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the chart"), suggested,
            m_format->currentText() + QStringLiteral(" (*.%1)").arg(suffix));
    if (path.isEmpty())
        return;
    settings::setLastExportDir(QFileInfo(path).absolutePath());
    core::render::pinHashSeed();
    core::render::FileMetadata meta;
    meta.author = m_workspace.defaults().byline;
    editionDate(m_workspace, &meta.creationTime);
    const auto p = core::render::presetByName(preset);
    meta.a4Page = p && p->a4Page;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto st = core::render::exportChart(
            m_spec, currentOptions(), *core::render::fileFormatFromName(suffix), path, meta);
    QApplication::restoreOverrideCursor();
    if (!st) {
        QMessageBox::critical(this, tr("Export the chart"), st.error().message);
        return;
    }
    m_writtenPath = path;
    accept();
}

} // namespace app
