#pragma once

#include <QPaintDevice>
#include <QSizeF>
#include <QString>

#include <memory>

class QIODevice;
class QPaintEngine;

namespace Crm::Ui {

class SvgPaintEngine;

// A paint device that writes what a QPainter draws as an SVG 1.1 document, so charts and
// report figures leave the workbench as vector graphics without Qt SVG. Paths, polygons,
// rectangles, lines and ellipses become SVG shapes with the pen and brush of the moment
// (solid colours, linear and radial gradients, textures; dashes, caps, joins, cosmetic
// pens); text becomes <text> elements (selectable, searchable, Chinese stays text) in the
// painter's font at its baseline; pixmaps and images are embedded as PNG. Transforms,
// clipping and opacity apply as QPainter defines them. What SVG cannot say (pattern
// brushes, conical gradients, composition modes) QPainter renders into an image first.
//
// One user unit is one device pixel; the document is width × height px. Text laid out for
// the screen (QGraphicsTextItem, widgets) keeps its size only when the resolution equals
// the screen's logical DPI, which is the default.
class SvgPaintDevice final : public QPaintDevice
{
public:
    // Writes to `output` (open for writing) between QPainter::begin() and end().
    SvgPaintDevice(QIODevice *output, QSizeF size);
    ~SvgPaintDevice() override;
    SvgPaintDevice(const SvgPaintDevice &) = delete;
    SvgPaintDevice &operator=(const SvgPaintDevice &) = delete;

    QSizeF size() const { return m_size; }
    // Dots per inch QPainter uses to turn point sizes into pixels; set before painting.
    void setResolution(int dpi) { m_dpi = dpi; }
    int resolution() const { return m_dpi; }
    // <title> and <desc> of the document; set before painting.
    void setTitle(const QString &title) { m_title = title; }
    QString title() const { return m_title; }
    void setDescription(const QString &description) { m_description = description; }
    QString description() const { return m_description; }

    QPaintEngine *paintEngine() const override;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    friend class SvgPaintEngine;
    QIODevice *m_output;
    QSizeF m_size;
    int m_dpi;
    QString m_title;
    QString m_description;
    std::unique_ptr<SvgPaintEngine> m_engine;
};

}  // namespace Crm::Ui
