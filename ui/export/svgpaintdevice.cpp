#include "svgpaintdevice.h"

#include <QBuffer>
#include <QFontInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPaintEngine>
#include <QPainterPath>
#include <QPixmap>
#include <QScreen>
#include <QTextItem>
#include <QXmlStreamWriter>

#include <cmath>
#include <optional>
#include <tuple>

namespace Crm::Ui {

namespace {

// What the engine draws itself. Everything else QPainter emulates: pattern and texture
// brushes, conical and extended radial gradients are rendered into an image (drawImage);
// perspective transforms into paths of the mapped outline.
const QPaintEngine::PaintEngineFeatures kFeatures = QPaintEngine::PaintEngineFeatures(QPaintEngine::AllFeatures)
    & ~(QPaintEngine::PaintEngineFeatures(QPaintEngine::PatternBrush) | QPaintEngine::PatternTransform
        | QPaintEngine::PerspectiveTransform | QPaintEngine::ConicalGradientFill | QPaintEngine::PorterDuff
        | QPaintEngine::BlendModes | QPaintEngine::RasterOpModes);

// Short numbers: at most four decimals, no trailing zeros, never "-0".
QString num(qreal value)
{
    if (!std::isfinite(value) || std::abs(value) < 5e-5) {
        return QStringLiteral("0");
    }
    QString text = QString::number(value, 'f', 4);
    while (text.endsWith(QLatin1Char('0'))) {
        text.chop(1);
    }
    if (text.endsWith(QLatin1Char('.'))) {
        text.chop(1);
    }
    return text;
}

QString point(QPointF p)
{
    return num(p.x()) + QLatin1Char(',') + num(p.y());
}

QString matrixText(const QTransform &t)
{
    if (t.type() == QTransform::TxTranslate) {
        return QStringLiteral("translate(%1 %2)").arg(num(t.dx()), num(t.dy()));
    }
    return QStringLiteral("matrix(%1 %2 %3 %4 %5 %6)")
        .arg(num(t.m11()), num(t.m12()), num(t.m21()), num(t.m22()), num(t.dx()), num(t.dy()));
}

// Path data. A subpath whose last point is its first is closed with Z, as QPainter's
// stroker treats it (a join there, not two caps).
QString pathData(const QPainterPath &path)
{
    QString d;
    QPointF start;
    int lastLineStart = -1;  // position in d of a trailing "L" that returns to `start`
    auto closeIfReturned = [&](QPointF last) {
        if (lastLineStart >= 0 && last == start) {
            d.truncate(lastLineStart);
            d += QLatin1Char('Z');
        }
        lastLineStart = -1;
    };
    QPointF last;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        switch (e.type) {
        case QPainterPath::MoveToElement:
            closeIfReturned(last);
            start = e;
            d += QLatin1Char('M') + point(e);
            break;
        case QPainterPath::LineToElement:
            lastLineStart = int(d.size());
            d += QLatin1Char('L') + point(e);
            break;
        case QPainterPath::CurveToElement:
            lastLineStart = -1;
            d += QLatin1Char('C') + point(e);
            break;
        case QPainterPath::CurveToDataElement:
            d += QLatin1Char(' ') + point(e);
            break;
        }
        last = e;
    }
    closeIfReturned(last);
    return d;
}

// An axis-aligned rectangle given as a path (what setClipRect and QGraphicsView make).
std::optional<QRectF> rectangleOf(const QPainterPath &path)
{
    const int count = path.elementCount();
    if (count < 4 || count > 5) {
        return std::nullopt;
    }
    const QRectF bounds = path.boundingRect();
    QPointF previous = path.elementAt(count - 1);
    for (int i = 0; i < count; ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        if ((i == 0) != e.isMoveTo() || e.isCurveTo() || e.type == QPainterPath::CurveToDataElement) {
            return std::nullopt;
        }
        const bool onX = qFuzzyCompare(e.x, bounds.left()) || qFuzzyCompare(e.x, bounds.right());
        const bool onY = qFuzzyCompare(e.y, bounds.top()) || qFuzzyCompare(e.y, bounds.bottom());
        if (!onX || !onY || (e.x != previous.x() && e.y != previous.y())) {
            return std::nullopt;
        }
        previous = e;
    }
    return bounds;
}

QPainterPath intersect(const QPainterPath &a, const QPainterPath &b)
{
    const auto ra = rectangleOf(a);
    const auto rb = rectangleOf(b);
    if (ra && rb) {
        QPainterPath both;
        const QRectF r = ra->intersected(*rb);
        if (!r.isEmpty()) {
            both.addRect(r);
        }
        return both;
    }
    return a.intersected(b);
}

// XML 1.0 cannot carry most control characters, not even escaped.
QString xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (u == 0x9 || u == 0xA || u == 0xD || (u >= 0x20 && u < 0xD800) || (u >= 0xE000 && u < 0xFFFE)) {
            out += c;
        }
    }
    return out;
}

QString genericFamily(const QFont &font)
{
    switch (font.styleHint()) {
    case QFont::Serif:
        return QStringLiteral("serif");
    case QFont::Monospace:
    case QFont::TypeWriter:
        return QStringLiteral("monospace");
    default:
        return QStringLiteral("sans-serif");
    }
}

// The family the font resolved to on this system first (requested names may be aliases
// such as "Sans Serif"), then the requested ones, then the generic family.
QString fontFamilyList(const QFont &font)
{
    QStringList families {QFontInfo(font).family()};
    families << (font.families().isEmpty() ? QStringList {font.family()} : font.families());
    families.removeDuplicates();
    QStringList quoted;
    for (const QString &family : std::as_const(families)) {
        if (!family.isEmpty()) {
            QString name = family;
            name.remove(QLatin1Char('\''));
            quoted << QLatin1Char('\'') + name + QLatin1Char('\'');
        }
    }
    quoted << genericFamily(font);
    return quoted.join(QStringLiteral(", "));
}

QByteArray pngBase64(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes.toBase64();
}

}  // namespace

class SvgPaintEngine final : public QPaintEngine
{
public:
    SvgPaintEngine()
        : QPaintEngine(kFeatures)
    { }

    bool begin(QPaintDevice *device) override
    {
        m_device = static_cast<SvgPaintDevice *>(device);
        if (!m_device->m_output || !m_device->m_output->isWritable()) {
            qWarning("SvgPaintDevice: the output is not open for writing");
            return false;
        }
        m_xml.emplace(m_device->m_output);
        m_xml->setAutoFormatting(true);
        m_xml->setAutoFormattingIndent(1);
        m_nextId = 0;
        m_clip = {};
        m_clipSet = false;
        m_clipEnabled = false;
        m_clipId = -1;
        m_writtenClipId = -1;
        m_openClip = -1;
        m_transformOpen = false;
        m_gradients.clear();
        const QSizeF size = m_device->size();
        m_xml->writeStartDocument();
        m_xml->writeStartElement(QStringLiteral("svg"));
        m_xml->writeDefaultNamespace(QStringLiteral("http://www.w3.org/2000/svg"));
        m_xml->writeNamespace(QStringLiteral("http://www.w3.org/1999/xlink"), QStringLiteral("xlink"));
        m_xml->writeAttribute(QStringLiteral("version"), QStringLiteral("1.1"));
        m_xml->writeAttribute(QStringLiteral("width"), num(size.width()));
        m_xml->writeAttribute(QStringLiteral("height"), num(size.height()));
        m_xml->writeAttribute(QStringLiteral("viewBox"),
                              QStringLiteral("0 0 %1 %2").arg(num(size.width()), num(size.height())));
        if (!m_device->title().isEmpty()) {
            m_xml->writeTextElement(QStringLiteral("title"), xmlSafe(m_device->title()));
        }
        if (!m_device->description().isEmpty()) {
            m_xml->writeTextElement(QStringLiteral("desc"), xmlSafe(m_device->description()));
        }
        return true;
    }

    bool end() override
    {
        closeGroups();
        m_xml->writeEndElement();  // svg
        m_xml->writeEndDocument();
        const bool ok = !m_xml->hasError();
        m_xml.reset();
        return ok;
    }

    Type type() const override { return QPaintEngine::SVG; }

    void updateState(const QPaintEngineState &newState) override
    {
        const DirtyFlags flags = newState.state();
        // The transform first: a clip set in the same update is in its coordinates.
        if (flags & DirtyTransform) {
            m_transform = newState.transform();
        }
        if (flags & DirtyPen) {
            m_pen = newState.pen();
        }
        if (flags & DirtyBrush) {
            m_brush = newState.brush();
        }
        if (flags & DirtyBrushOrigin) {
            m_brushOrigin = newState.brushOrigin();
        }
        if (flags & DirtyHints) {
            m_hints = newState.renderHints();
        }
        if (flags & DirtyOpacity) {
            m_opacity = newState.opacity();
        }
        if (flags & DirtyClipPath) {
            updateClip(newState.clipPath(), newState.clipOperation());
        }
        if (flags & DirtyClipRegion) {
            QPainterPath path;
            path.addRegion(newState.clipRegion());
            updateClip(path, newState.clipOperation());
        }
        if (flags & DirtyClipEnabled) {
            m_clipEnabled = newState.isClipEnabled();
        }
    }

    void drawPath(const QPainterPath &path) override
    {
        if (path.isEmpty()) {
            return;
        }
        beginShape(QStringLiteral("path"));
        m_xml->writeAttribute(QStringLiteral("d"), pathData(path));
        writePaint(true, path.fillRule());
        m_xml->writeEndElement();
    }

    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override
    {
        if (count <= 0) {
            return;
        }
        QStringList coordinates;
        coordinates.reserve(count);
        for (int i = 0; i < count; ++i) {
            coordinates << point(points[i]);
        }
        const bool polyline = mode == PolylineMode;
        beginShape(polyline ? QStringLiteral("polyline") : QStringLiteral("polygon"));
        m_xml->writeAttribute(QStringLiteral("points"), coordinates.join(QLatin1Char(' ')));
        writePaint(!polyline, mode == OddEvenMode ? Qt::OddEvenFill : Qt::WindingFill);
        m_xml->writeEndElement();
    }

    void drawRects(const QRectF *rects, int count) override
    {
        for (int i = 0; i < count; ++i) {
            const QRectF r = rects[i].normalized();
            beginShape(QStringLiteral("rect"));
            m_xml->writeAttribute(QStringLiteral("x"), num(r.x()));
            m_xml->writeAttribute(QStringLiteral("y"), num(r.y()));
            m_xml->writeAttribute(QStringLiteral("width"), num(r.width()));
            m_xml->writeAttribute(QStringLiteral("height"), num(r.height()));
            writePaint(true, Qt::WindingFill);
            m_xml->writeEndElement();
        }
    }

    void drawLines(const QLineF *lines, int count) override
    {
        if (m_pen.style() == Qt::NoPen) {
            return;
        }
        for (int i = 0; i < count; ++i) {
            beginShape(QStringLiteral("line"));
            m_xml->writeAttribute(QStringLiteral("x1"), num(lines[i].x1()));
            m_xml->writeAttribute(QStringLiteral("y1"), num(lines[i].y1()));
            m_xml->writeAttribute(QStringLiteral("x2"), num(lines[i].x2()));
            m_xml->writeAttribute(QStringLiteral("y2"), num(lines[i].y2()));
            writePaint(false, Qt::WindingFill);
            m_xml->writeEndElement();
        }
    }

    void drawEllipse(const QRectF &rect) override
    {
        const QRectF r = rect.normalized();
        beginShape(QStringLiteral("ellipse"));
        m_xml->writeAttribute(QStringLiteral("cx"), num(r.center().x()));
        m_xml->writeAttribute(QStringLiteral("cy"), num(r.center().y()));
        m_xml->writeAttribute(QStringLiteral("rx"), num(r.width() / 2));
        m_xml->writeAttribute(QStringLiteral("ry"), num(r.height() / 2));
        writePaint(true, Qt::WindingFill);
        m_xml->writeEndElement();
    }

    void drawPixmap(const QRectF &target, const QPixmap &pixmap, const QRectF &source) override
    {
        drawImage(target, pixmap.toImage(), source, Qt::AutoColor);
    }

    void drawImage(const QRectF &target, const QImage &image, const QRectF &source,
                   Qt::ImageConversionFlags /*flags*/) override
    {
        if (image.isNull() || target.isEmpty()) {
            return;
        }
        const QRect part = source.toAlignedRect().intersected(image.rect());
        const QImage shown = part == image.rect() ? image : image.copy(part);
        ensureGroups();
        m_xml->writeStartElement(QStringLiteral("image"));
        m_xml->writeAttribute(QStringLiteral("x"), num(target.x()));
        m_xml->writeAttribute(QStringLiteral("y"), num(target.y()));
        m_xml->writeAttribute(QStringLiteral("width"), num(target.width()));
        m_xml->writeAttribute(QStringLiteral("height"), num(target.height()));
        m_xml->writeAttribute(QStringLiteral("preserveAspectRatio"), QStringLiteral("none"));
        if (!(m_hints & QPainter::SmoothPixmapTransform)) {
            m_xml->writeAttribute(QStringLiteral("image-rendering"), QStringLiteral("optimizeSpeed"));
        }
        if (m_opacity < 1) {
            m_xml->writeAttribute(QStringLiteral("opacity"), num(m_opacity));
        }
        m_xml->writeAttribute(QStringLiteral("http://www.w3.org/1999/xlink"), QStringLiteral("href"),
                              QStringLiteral("data:image/png;base64,") + QString::fromLatin1(pngBase64(shown)));
        m_xml->writeEndElement();
    }

    // One <text> per item at its baseline origin. QPainter has already split the line into
    // runs of one font and draws underline, overline and strike-out itself.
    void drawTextItem(const QPointF &p, const QTextItem &item) override
    {
        const QString text = xmlSafe(item.text());
        if (text.trimmed().isEmpty() || m_pen.style() == Qt::NoPen) {
            return;
        }
        const QFont font = item.font();
        const qreal pixels
            = font.pixelSize() > 0 ? qreal(font.pixelSize()) : font.pointSizeF() * m_device->m_dpi / 72.0;
        const bool rightToLeft = item.renderFlags() & QTextItem::RightToLeft;
        ensureGroups();
        brushReference(m_pen.brush());
        m_xml->writeStartElement(QStringLiteral("text"));
        m_xml->writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        m_xml->writeAttribute(QStringLiteral("x"), num(rightToLeft ? p.x() + item.width() : p.x()));
        m_xml->writeAttribute(QStringLiteral("y"), num(p.y()));
        if (rightToLeft) {
            m_xml->writeAttribute(QStringLiteral("direction"), QStringLiteral("rtl"));
        }
        m_xml->writeAttribute(QStringLiteral("font-family"), fontFamilyList(font));
        m_xml->writeAttribute(QStringLiteral("font-size"), num(pixels));
        if (font.weight() != QFont::Normal) {
            m_xml->writeAttribute(QStringLiteral("font-weight"), QString::number(int(font.weight())));
        }
        if (font.style() != QFont::StyleNormal) {
            m_xml->writeAttribute(QStringLiteral("font-style"),
                                  font.style() == QFont::StyleItalic ? QStringLiteral("italic")
                                                                     : QStringLiteral("oblique"));
        }
        // Qt's advance width, so a viewer with other font metrics keeps alignment.
        if (text.size() > 1 && item.width() > 0) {
            m_xml->writeAttribute(QStringLiteral("textLength"), num(item.width()));
            m_xml->writeAttribute(QStringLiteral("lengthAdjust"), QStringLiteral("spacing"));
        }
        writeBrush(QStringLiteral("fill"), m_pen.brush());
        m_xml->writeCharacters(text);
        m_xml->writeEndElement();
    }

private:
    void updateClip(const QPainterPath &path, Qt::ClipOperation operation)
    {
        const QPainterPath mapped = m_transform.map(path);
        switch (operation) {
        case Qt::NoClip:
            m_clip = {};
            m_clipSet = false;
            break;
        case Qt::ReplaceClip:
            m_clip = mapped;
            m_clipSet = true;
            break;
        case Qt::IntersectClip:
            m_clip = m_clipSet ? intersect(m_clip, mapped) : mapped;
            m_clipSet = true;
            break;
        }
        m_clipId = -1;
    }

    void closeGroups()
    {
        if (m_transformOpen) {
            m_xml->writeEndElement();
            m_transformOpen = false;
        }
        if (m_openClip >= 0) {
            m_xml->writeEndElement();
            m_openClip = -1;
        }
    }

    // Opens <g clip-path> (device coordinates) and <g transform> for the current state.
    void ensureGroups()
    {
        int clip = -1;
        if (m_clipEnabled && m_clipSet) {
            if (m_clipId < 0) {
                if (m_writtenClipId >= 0 && m_writtenClip == m_clip) {
                    m_clipId = m_writtenClipId;
                } else {
                    closeGroups();
                    m_clipId = m_nextId++;
                    m_xml->writeStartElement(QStringLiteral("defs"));
                    m_xml->writeStartElement(QStringLiteral("clipPath"));
                    m_xml->writeAttribute(QStringLiteral("id"), QStringLiteral("c%1").arg(m_clipId));
                    m_xml->writeAttribute(QStringLiteral("clipPathUnits"), QStringLiteral("userSpaceOnUse"));
                    m_xml->writeStartElement(QStringLiteral("path"));
                    m_xml->writeAttribute(QStringLiteral("d"),
                                          m_clip.isEmpty() ? QStringLiteral("M0,0") : pathData(m_clip));
                    if (m_clip.fillRule() == Qt::OddEvenFill) {
                        m_xml->writeAttribute(QStringLiteral("clip-rule"), QStringLiteral("evenodd"));
                    }
                    m_xml->writeEndElement();
                    m_xml->writeEndElement();
                    m_xml->writeEndElement();
                    m_writtenClip = m_clip;
                    m_writtenClipId = m_clipId;
                }
            }
            clip = m_clipId;
        }
        if (clip != m_openClip) {
            closeGroups();
            if (clip >= 0) {
                m_xml->writeStartElement(QStringLiteral("g"));
                m_xml->writeAttribute(QStringLiteral("clip-path"), QStringLiteral("url(#c%1)").arg(clip));
                m_openClip = clip;
            }
        }
        if (m_transformOpen && m_openTransform == m_transform) {
            return;
        }
        if (m_transformOpen) {
            m_xml->writeEndElement();
            m_transformOpen = false;
        }
        if (!m_transform.isIdentity()) {
            m_xml->writeStartElement(QStringLiteral("g"));
            m_xml->writeAttribute(QStringLiteral("transform"), matrixText(m_transform));
            m_openTransform = m_transform;
            m_transformOpen = true;
        }
    }

    // Gradient definitions go before the element that uses them (ids are global, and
    // userSpaceOnUse coordinates are those of the element that refers to them).
    void beginShape(const QString &element)
    {
        ensureGroups();
        brushReference(m_brush);
        if (m_pen.style() != Qt::NoPen) {
            brushReference(m_pen.brush());
        }
        m_xml->writeStartElement(element);
    }

    // Writes <linearGradient>/<radialGradient> for a gradient brush (once per brush and
    // brush origin) and returns its id; empty for other brushes.
    QString brushReference(const QBrush &brush)
    {
        const QGradient *gradient = brush.gradient();
        if (!gradient
            || (gradient->type() != QGradient::LinearGradient && gradient->type() != QGradient::RadialGradient)) {
            return {};
        }
        for (const auto &[known, origin, id] : std::as_const(m_gradients)) {
            if (known == brush && origin == m_brushOrigin) {
                return id;
            }
        }
        const QString id = QStringLiteral("g%1").arg(m_nextId++);
        m_xml->writeStartElement(QStringLiteral("defs"));
        if (gradient->type() == QGradient::LinearGradient) {
            const auto *linear = static_cast<const QLinearGradient *>(gradient);
            m_xml->writeStartElement(QStringLiteral("linearGradient"));
            m_xml->writeAttribute(QStringLiteral("x1"), num(linear->start().x()));
            m_xml->writeAttribute(QStringLiteral("y1"), num(linear->start().y()));
            m_xml->writeAttribute(QStringLiteral("x2"), num(linear->finalStop().x()));
            m_xml->writeAttribute(QStringLiteral("y2"), num(linear->finalStop().y()));
        } else {
            const auto *radial = static_cast<const QRadialGradient *>(gradient);
            m_xml->writeStartElement(QStringLiteral("radialGradient"));
            m_xml->writeAttribute(QStringLiteral("cx"), num(radial->center().x()));
            m_xml->writeAttribute(QStringLiteral("cy"), num(radial->center().y()));
            m_xml->writeAttribute(QStringLiteral("r"), num(radial->centerRadius()));
            m_xml->writeAttribute(QStringLiteral("fx"), num(radial->focalPoint().x()));
            m_xml->writeAttribute(QStringLiteral("fy"), num(radial->focalPoint().y()));
        }
        m_xml->writeAttribute(QStringLiteral("id"), id);
        const bool boundingBox = gradient->coordinateMode() == QGradient::ObjectBoundingMode
            || gradient->coordinateMode() == QGradient::ObjectMode;
        m_xml->writeAttribute(QStringLiteral("gradientUnits"),
                              boundingBox ? QStringLiteral("objectBoundingBox") : QStringLiteral("userSpaceOnUse"));
        if (gradient->spread() != QGradient::PadSpread) {
            m_xml->writeAttribute(QStringLiteral("spreadMethod"),
                                  gradient->spread() == QGradient::ReflectSpread ? QStringLiteral("reflect")
                                                                                 : QStringLiteral("repeat"));
        }
        QTransform brushTransform = brush.transform();
        if (!boundingBox) {
            brushTransform *= QTransform::fromTranslate(m_brushOrigin.x(), m_brushOrigin.y());
        }
        if (!brushTransform.isIdentity()) {
            m_xml->writeAttribute(QStringLiteral("gradientTransform"), matrixText(brushTransform));
        }
        for (const QGradientStop &stop : gradient->stops()) {
            m_xml->writeEmptyElement(QStringLiteral("stop"));
            m_xml->writeAttribute(QStringLiteral("offset"), num(stop.first));
            m_xml->writeAttribute(QStringLiteral("stop-color"), stop.second.name(QColor::HexRgb));
            if (stop.second.alpha() < 255) {
                m_xml->writeAttribute(QStringLiteral("stop-opacity"), num(stop.second.alphaF()));
            }
        }
        m_xml->writeEndElement();
        m_xml->writeEndElement();  // defs
        m_gradients.append({brush, m_brushOrigin, id});
        return id;
    }

    // fill="…" / stroke="…" with its opacity; `attribute` is "fill" or "stroke".
    void writeBrush(const QString &attribute, const QBrush &brush)
    {
        if (brush.style() == Qt::NoBrush) {
            m_xml->writeAttribute(attribute, QStringLiteral("none"));
            return;
        }
        const QString gradient = brushReference(brush);
        qreal alpha = m_opacity;
        if (!gradient.isEmpty()) {
            m_xml->writeAttribute(attribute, QStringLiteral("url(#%1)").arg(gradient));
        } else {
            m_xml->writeAttribute(attribute, brush.color().name(QColor::HexRgb));
            alpha *= brush.color().alphaF();
        }
        if (alpha < 1) {
            m_xml->writeAttribute(attribute + QStringLiteral("-opacity"), num(alpha));
        }
    }

    void writePaint(bool filled, Qt::FillRule rule)
    {
        if (filled && m_brush.style() != Qt::NoBrush) {
            writeBrush(QStringLiteral("fill"), m_brush);
            if (rule == Qt::OddEvenFill) {
                m_xml->writeAttribute(QStringLiteral("fill-rule"), QStringLiteral("evenodd"));
            }
        } else {
            m_xml->writeAttribute(QStringLiteral("fill"), QStringLiteral("none"));
        }
        if (!(m_hints & QPainter::Antialiasing)) {
            m_xml->writeAttribute(QStringLiteral("shape-rendering"), QStringLiteral("crispEdges"));
        }
        if (m_pen.style() == Qt::NoPen) {
            return;
        }
        writeBrush(QStringLiteral("stroke"), m_pen.brush());
        const bool cosmetic = m_pen.isCosmetic();
        const qreal width = m_pen.widthF() > 0 ? m_pen.widthF() : 1.0;
        m_xml->writeAttribute(QStringLiteral("stroke-width"), num(width));
        if (cosmetic && m_transform.type() > QTransform::TxTranslate) {
            m_xml->writeAttribute(QStringLiteral("vector-effect"), QStringLiteral("non-scaling-stroke"));
        }
        switch (m_pen.capStyle()) {
        case Qt::SquareCap:
            m_xml->writeAttribute(QStringLiteral("stroke-linecap"), QStringLiteral("square"));
            break;
        case Qt::RoundCap:
            m_xml->writeAttribute(QStringLiteral("stroke-linecap"), QStringLiteral("round"));
            break;
        default:
            break;  // butt is SVG's default
        }
        switch (m_pen.joinStyle()) {
        case Qt::BevelJoin:
            m_xml->writeAttribute(QStringLiteral("stroke-linejoin"), QStringLiteral("bevel"));
            break;
        case Qt::RoundJoin:
            m_xml->writeAttribute(QStringLiteral("stroke-linejoin"), QStringLiteral("round"));
            break;
        default:
            m_xml->writeAttribute(QStringLiteral("stroke-miterlimit"), num(m_pen.miterLimit()));
            break;
        }
        if (m_pen.style() != Qt::SolidLine) {
            QStringList dashes;
            for (const qreal dash : m_pen.dashPattern()) {
                dashes << num(dash * width);
            }
            if (!dashes.isEmpty()) {
                m_xml->writeAttribute(QStringLiteral("stroke-dasharray"), dashes.join(QLatin1Char(' ')));
                if (m_pen.dashOffset() != 0) {
                    m_xml->writeAttribute(QStringLiteral("stroke-dashoffset"), num(m_pen.dashOffset() * width));
                }
            }
        }
    }

    SvgPaintDevice *m_device = nullptr;
    std::optional<QXmlStreamWriter> m_xml;
    QTransform m_transform;
    QPen m_pen;
    QBrush m_brush;
    QPointF m_brushOrigin;
    QPainter::RenderHints m_hints;
    qreal m_opacity = 1;
    QPainterPath m_clip;  // device coordinates
    bool m_clipSet = false;
    bool m_clipEnabled = false;
    int m_clipId = -1;  // id of <clipPath> for m_clip, -1 until written
    QPainterPath m_writtenClip;
    int m_writtenClipId = -1;
    int m_openClip = -1;
    QTransform m_openTransform;
    bool m_transformOpen = false;
    int m_nextId = 0;
    QList<std::tuple<QBrush, QPointF, QString>> m_gradients;  // written gradients, by brush and origin
};

SvgPaintDevice::SvgPaintDevice(QIODevice *output, QSizeF size)
    : m_output(output)
    , m_size(size)
    , m_dpi(96)
{
    // The DPI QFont uses for text laid out without a device (QGraphicsTextItem, widgets).
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        m_dpi = qRound(screen->logicalDotsPerInchY());
    }
}

SvgPaintDevice::~SvgPaintDevice() = default;

QPaintEngine *SvgPaintDevice::paintEngine() const
{
    if (!m_engine) {
        const_cast<SvgPaintDevice *>(this)->m_engine = std::make_unique<SvgPaintEngine>();
    }
    return m_engine.get();
}

int SvgPaintDevice::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth:
        return qCeil(m_size.width());
    case PdmHeight:
        return qCeil(m_size.height());
    case PdmWidthMM:
        return qRound(m_size.width() * 25.4 / m_dpi);
    case PdmHeightMM:
        return qRound(m_size.height() * 25.4 / m_dpi);
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return m_dpi;
    case PdmNumColors:
        return INT_MAX;
    case PdmDepth:
        return 32;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return int(devicePixelRatioFScale());
    default:
        return QPaintDevice::metric(metric);
    }
}

}  // namespace Crm::Ui
