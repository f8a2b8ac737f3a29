// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/charts/chartspec.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QSpinBox;

namespace core {
class Workspace;
}
namespace core::render {
struct RenderOptions;
}

namespace app {

/// Exports one chart: preset or custom size, format, transparent background, with a live
/// preview of the chosen size and the pre-export findings. GUI thread.
class ExportDialog final : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const core::Workspace &workspace, const core::charts::ChartSpec &spec,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    /// Selects a preset by name ("social", ...) as the user would.
    void setPreset(const QString &name);
    [[nodiscard]] QSize outputPixels() const;
    [[nodiscard]] QLabel *preview() const { return m_preview; }
    [[nodiscard]] QStringList findings() const;
    /// The file written, once accepted.
    [[nodiscard]] QString writtenPath() const { return m_writtenPath; }

private:
    [[nodiscard]] core::render::RenderOptions currentOptions() const;
    void updatePreview();
    void exportFile();

    const core::Workspace &m_workspace;
    core::charts::ChartSpec m_spec;
    QString m_editionDate;
    QComboBox *m_preset = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QDoubleSpinBox *m_scale = nullptr;
    QComboBox *m_format = nullptr;
    QCheckBox *m_transparent = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_sizeLabel = nullptr;
    QListWidget *m_findings = nullptr;
    QString m_writtenPath;
};

} // namespace app
