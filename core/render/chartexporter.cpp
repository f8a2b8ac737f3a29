// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/chartexporter.h"

#include "core/charts/chartbuilder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace core::render {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)
};
} // namespace

std::optional<FileFormat> fileFormatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == u"png")
        return FileFormat::Png;
    if (n == u"svg")
        return FileFormat::Svg;
    if (n == u"pdf")
        return FileFormat::Pdf;
    return std::nullopt;
}

QImage renderImage(const charts::ChartSpec &spec, const RenderOptions &options)
{
    const ChartScene chart(spec, options);
    const QSize pixels = (options.size * options.scale).toSize();
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(options.transparent ? Qt::transparent : Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                           | QPainter::SmoothPixmapTransform);
    chart.scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(pixels)),
                          QRectF(QPointF(0, 0), options.size));
    painter.end();
    return image;
}

Result<QByteArray> encodeChart(const charts::ChartSpec &spec, const RenderOptions &options,
                               FileFormat format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    switch (format) {
    case FileFormat::Png: {
        QImage image = renderImage(spec, options);
        QImageWriter writer(&buffer, "png");
        writer.setText(QStringLiteral("Title"), spec.title);
        writer.setText(QStringLiteral("Source"), spec.sourceLine);
        writer.setText(QStringLiteral("Description"), charts::altText(spec));
        if (!writer.write(image))
            return makeError(Error::Code::Io,
                             Tr::tr("Cannot encode the PNG image: %1").arg(writer.errorString()));
        break;
    }
    case FileFormat::Svg: {
        const ChartScene chart(spec, options);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(options.size.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), options.size));
        generator.setTitle(spec.title);
        generator.setDescription(charts::altText(spec));
        QPainter painter(&generator);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        chart.scene()->render(&painter, QRectF(QPointF(0, 0), options.size),
                              QRectF(QPointF(0, 0), options.size));
        painter.end();
        break;
    }
    case FileFormat::Pdf: {
        const ChartScene chart(spec, options);
        QPdfWriter writer(&buffer);
        writer.setTitle(spec.title);
        writer.setCreator(QStringLiteral("ESS dashboard (PHARE)"));
        writer.setResolution(96);
        writer.setPageSize(QPageSize(options.size, QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&writer);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        const QRect target = painter.viewport();
        chart.scene()->render(&painter, QRectF(target), QRectF(QPointF(0, 0), options.size));
        painter.end();
        break;
    }
    }
    return bytes;
}

Status writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Io,
                         Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return makeError(Error::Code::Io,
                         Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Ok{};
}

Status exportChart(const charts::ChartSpec &spec, const RenderOptions &options, FileFormat format,
                   const QString &path)
{
    auto bytes = encodeChart(spec, options, format);
    if (!bytes)
        return bytes.error();
    return writeFileAtomically(path, bytes.value());
}

} // namespace core::render
