// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/charts/chartspec.h"
#include "core/render/chartscene.h"
#include "core/result.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace core::render {

enum class FileFormat { Png, Svg, Pdf };

/// "png", "svg", "pdf" -> format; empty on anything else.
[[nodiscard]] std::optional<FileFormat> fileFormatFromName(const QString &name);

/// Renders a chart to an image of size × scale pixels.
[[nodiscard]] QImage renderImage(const charts::ChartSpec &spec, const RenderOptions &options);
/// Encodes a chart in memory (PNG with text chunks, SVG with title and description, PDF).
[[nodiscard]] Result<QByteArray> encodeChart(const charts::ChartSpec &spec,
                                             const RenderOptions &options, FileFormat format);
/// Writes a chart file atomically (QSaveFile): a failure leaves no partial file.
[[nodiscard]] Status exportChart(const charts::ChartSpec &spec, const RenderOptions &options,
                                 FileFormat format, const QString &path);
/// Writes bytes atomically.
[[nodiscard]] Status writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace core::render
