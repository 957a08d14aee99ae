#include "charts/chartexport.h"
#include "charts/charts.h"
#include "charts/heatmapview.h"
#include "export/svgpaintdevice.h"
#include "tables/datatablemodel.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <functional>

using namespace Crm::Ui;
using Crm::Core::Report::DataColumn;
using Crm::Core::Report::DataTable;

namespace {

struct SvgElement
{
    QString name;
    QXmlStreamAttributes attributes;
    QString text;
};

// Parses an SVG document; `error` is set when it is not well-formed XML.
QList<SvgElement> parseSvg(const QByteArray &svg, QString *error)
{
    QList<SvgElement> elements;
    QXmlStreamReader reader(svg);
    QList<qsizetype> open;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            open << elements.size();
            elements.append({reader.name().toString(), reader.attributes(), {}});
        } else if (reader.isCharacters() && !open.isEmpty()) {
            elements[open.back()].text += reader.text();
        } else if (reader.isEndElement()) {
            open.removeLast();
        }
    }
    if (reader.hasError()) {
        *error = reader.errorString();
    }
    return elements;
}

QList<SvgElement> ofName(const QList<SvgElement> &elements, const QString &name)
{
    QList<SvgElement> found;
    for (const SvgElement &e : elements) {
        if (e.name == name) {
            found << e;
        }
    }
    return found;
}

QByteArray paintSvg(QSize size, const std::function<void(QPainter &)> &paint)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    SvgPaintDevice device(&buffer, QSizeF(size));
    QPainter painter(&device);
    paint(painter);
    painter.end();
    return bytes;
}

// Keeps the output for a look when CRM_TEST_OUTPUT names a directory.
void keep(const QString &name, const QByteArray &bytes)
{
    const QString dir = qEnvironmentVariable("CRM_TEST_OUTPUT");
    if (!dir.isEmpty()) {
        QFile file(QDir(dir).filePath(name));
        if (file.open(QIODevice::WriteOnly)) {
            file.write(bytes);
        }
    }
}

DataTable tierTable()
{
    DataTable table;
    table.addColumn(QStringLiteral("tier"), DataColumn::Type::Text);
    table.addColumn(QStringLiteral("customers"), DataColumn::Type::Integer);
    table.rows = {{QStringLiteral("Regular"), 3120},
                  {QStringLiteral("Silver"), 1240},
                  {QStringLiteral("Gold"), 530},
                  {QStringLiteral("钻石会员"), 110}};
    return table;
}

}  // namespace

class TestSvgExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldWriteOneElementPerPrimitive();
    void shouldEscapeMarkupInText();
    void shouldKeepChineseAsText();
    void shouldPlaceTextAtBaselineInPainterFont();
    void shouldApplyTransformAndClipInDeviceSpace();
    void shouldEmbedImagesAsPng();
    void shouldWriteGradients();
    void shouldRasteriseLikeQPainter();
    void shouldExportBarChartWithLabelsAndBars();
    void shouldExportFunnelAndLineCharts();
    void shouldExportHeatmapWithCellText();
};

void TestSvgExport::shouldWriteOneElementPerPrimitive()
{
    // Given a drawing of one rectangle, one line and one text
    const QByteArray svg = paintSvg(QSize(200, 100), [](QPainter &p) {
        p.setPen(QPen(Qt::black, 2));
        p.setBrush(QColor(0x1f, 0x4e, 0x79));
        p.drawRect(QRectF(10, 10, 50, 30));
        p.drawLine(QPointF(0, 90), QPointF(200, 90));
        p.drawText(QPointF(80, 40), QStringLiteral("Revenue"));
    });
    keep(QStringLiteral("primitives.svg"), svg);
    // Then the document is well-formed and has exactly those three shapes
    QString error;
    const QList<SvgElement> elements = parseSvg(svg, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(elements.front().name, QStringLiteral("svg"));
    QCOMPARE(elements.front().attributes.value(QStringLiteral("width")).toString(), QStringLiteral("200"));
    QCOMPARE(elements.front().attributes.value(QStringLiteral("viewBox")).toString(), QStringLiteral("0 0 200 100"));
    QCOMPARE(ofName(elements, QStringLiteral("rect")).size(), 1);
    QCOMPARE(ofName(elements, QStringLiteral("line")).size(), 1);
    QCOMPARE(ofName(elements, QStringLiteral("text")).size(), 1);
    QCOMPARE(ofName(elements, QStringLiteral("path")).size(), 0);
    const SvgElement rect = ofName(elements, QStringLiteral("rect")).front();
    QCOMPARE(rect.attributes.value(QStringLiteral("x")).toString(), QStringLiteral("10"));
    QCOMPARE(rect.attributes.value(QStringLiteral("width")).toString(), QStringLiteral("50"));
    QCOMPARE(rect.attributes.value(QStringLiteral("fill")).toString(), QStringLiteral("#1f4e79"));
    QCOMPARE(rect.attributes.value(QStringLiteral("stroke")).toString(), QStringLiteral("#000000"));
    QCOMPARE(rect.attributes.value(QStringLiteral("stroke-width")).toString(), QStringLiteral("2"));
    const SvgElement line = ofName(elements, QStringLiteral("line")).front();
    QCOMPARE(line.attributes.value(QStringLiteral("x2")).toString(), QStringLiteral("200"));
    QCOMPARE(line.attributes.value(QStringLiteral("fill")).toString(), QStringLiteral("none"));
    QCOMPARE(ofName(elements, QStringLiteral("text")).front().text, QStringLiteral("Revenue"));
}

void TestSvgExport::shouldEscapeMarkupInText()
{
    const QString nasty = QStringLiteral("R&D <b>\"quoted\"</b> > 5 ' \x01 end");
    const QByteArray svg = paintSvg(QSize(300, 50), [&](QPainter &p) {
        p.setFont(QFont(QStringLiteral("Sans & <Serif>")));
        p.drawText(QPointF(5, 30), nasty);
    });
    QString error;
    const QList<SvgElement> texts = ofName(parseSvg(svg, &error), QStringLiteral("text"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // One run or several, the text reads back exactly, without the control character
    // XML 1.0 cannot carry.
    QString text;
    for (const SvgElement &t : texts) {
        text += t.text;
    }
    QCOMPARE(text, QString(nasty).remove(QChar(0x01)));
    QVERIFY(svg.contains("R&amp;D &lt;b&gt;"));
    QVERIFY(!svg.contains("<b>"));
    QVERIFY(texts.front().attributes.value(QStringLiteral("font-family")).contains(QStringLiteral("Sans & <Serif>")));
}

void TestSvgExport::shouldKeepChineseAsText()
{
    const QString label = QStringLiteral("会员等级分布 會員");
    const QByteArray svg = paintSvg(QSize(300, 60), [&](QPainter &p) {
        QFont font(QStringLiteral("Noto Sans CJK SC"));
        font.setPixelSize(20);
        p.setFont(font);
        p.drawText(QRectF(0, 0, 300, 60), Qt::AlignCenter, label);
    });
    keep(QStringLiteral("chinese.svg"), svg);
    QString error;
    const QList<SvgElement> elements = parseSvg(svg, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QString text;
    for (const SvgElement &t : ofName(elements, QStringLiteral("text"))) {
        text += t.text;
        QCOMPARE(t.attributes.value(QStringLiteral("font-size")).toString(), QStringLiteral("20"));
    }
    QCOMPARE(text.remove(QLatin1Char(' ')), QString(label).remove(QLatin1Char(' ')));
    // Text, not glyph outlines.
    QCOMPARE(ofName(elements, QStringLiteral("path")).size(), 0);
    QVERIFY(svg.contains(label.left(6).toUtf8()));
}

void TestSvgExport::shouldPlaceTextAtBaselineInPainterFont()
{
    // Given a 12 pt bold font on a 96 dpi device: 16 px
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    SvgPaintDevice device(&buffer, QSizeF(200, 100));
    device.setResolution(96);
    QCOMPARE(device.logicalDpiY(), 96);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(12);
    font.setBold(true);
    qreal ascent = 0;
    {
        QPainter p(&device);
        p.setFont(font);
        ascent = QFontMetricsF(p.font(), &device).ascent();
        // drawText(rect) puts the first line's baseline one ascent below the top
        p.drawText(QRectF(20, 30, 160, 40), Qt::AlignLeft | Qt::AlignTop, QStringLiteral("Top"));
    }
    QString error;
    const QList<SvgElement> texts = ofName(parseSvg(bytes, &error), QStringLiteral("text"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(texts.size(), 1);
    const QXmlStreamAttributes &a = texts.front().attributes;
    QCOMPARE(a.value(QStringLiteral("font-size")).toString(), QStringLiteral("16"));
    QCOMPARE(a.value(QStringLiteral("font-weight")).toString(), QStringLiteral("700"));
    QVERIFY(a.value(QStringLiteral("font-family")).startsWith(QStringLiteral("'DejaVu Sans'")));
    QCOMPARE(a.value(QStringLiteral("x")).toDouble(), 20.0);
    QCOMPARE(qRound(a.value(QStringLiteral("y")).toDouble() * 1000), qRound((30.0 + ascent) * 1000));
}

void TestSvgExport::shouldApplyTransformAndClipInDeviceSpace()
{
    const QByteArray svg = paintSvg(QSize(200, 200), [](QPainter &p) {
        p.translate(50, 20);
        p.setClipRect(QRectF(0, 0, 100, 100));  // device 50,20 – 150,120
        p.scale(2, 2);
        p.setClipRect(QRectF(10, 10, 100, 100), Qt::IntersectClip);  // device 70,40 – 250,240
        p.rotate(90);
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::red);
        p.drawRect(QRectF(0, -10, 5, 5));
    });
    keep(QStringLiteral("transform.svg"), svg);
    QString error;
    const QList<SvgElement> elements = parseSvg(svg, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The clip is the intersection in device coordinates: 70,40 – 150,120.
    const QList<SvgElement> clipPaths = ofName(elements, QStringLiteral("clipPath"));
    QCOMPARE(clipPaths.size(), 1);
    qsizetype clipIndex = -1;
    for (qsizetype i = 0; i < elements.size(); ++i) {
        if (elements.at(i).name == QLatin1String("clipPath")) {
            clipIndex = i;
        }
    }
    QCOMPARE(elements.at(clipIndex + 1).attributes.value(QStringLiteral("d")).toString(),
             QStringLiteral("M70,40L150,40L150,120L70,120Z"));
    // translate(50,20) · scale(2) · rotate(90) = matrix(0 2 -2 0 50 20)
    bool found = false;
    for (const SvgElement &g : ofName(elements, QStringLiteral("g"))) {
        found = found || g.attributes.value(QStringLiteral("transform")) == QLatin1String("matrix(0 2 -2 0 50 20)");
    }
    QVERIFY(found);
    QCOMPARE(ofName(elements, QStringLiteral("rect")).size(), 1);
}

void TestSvgExport::shouldEmbedImagesAsPng()
{
    QImage image(4, 2, QImage::Format_ARGB32);
    image.fill(QColor(10, 200, 30));
    image.setPixelColor(0, 0, QColor(255, 0, 0));
    const QByteArray svg = paintSvg(QSize(100, 100), [&](QPainter &p) {
        p.setOpacity(0.5);
        p.drawImage(QRectF(10, 10, 40, 20), image);
    });
    QString error;
    const QList<SvgElement> images = ofName(parseSvg(svg, &error), QStringLiteral("image"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(images.size(), 1);
    const QXmlStreamAttributes &a = images.front().attributes;
    QCOMPARE(a.value(QStringLiteral("width")).toString(), QStringLiteral("40"));
    QCOMPARE(a.value(QStringLiteral("opacity")).toString(), QStringLiteral("0.5"));
    const QString href = a.value(QStringLiteral("http://www.w3.org/1999/xlink"), QStringLiteral("href")).toString();
    QVERIFY(href.startsWith(QStringLiteral("data:image/png;base64,")));
    const QImage back = QImage::fromData(QByteArray::fromBase64(href.mid(22).toLatin1()), "PNG");
    QCOMPARE(back.size(), QSize(4, 2));
    QCOMPARE(back.pixelColor(0, 0), QColor(255, 0, 0));
    QCOMPARE(back.pixelColor(3, 1), QColor(10, 200, 30));
}

void TestSvgExport::shouldWriteGradients()
{
    const QByteArray svg = paintSvg(QSize(100, 100), [](QPainter &p) {
        QLinearGradient gradient(QPointF(0, 0), QPointF(100, 0));
        gradient.setColorAt(0, Qt::white);
        gradient.setColorAt(1, QColor(0, 0, 255, 128));
        p.setPen(Qt::NoPen);
        p.setBrush(gradient);
        p.drawRect(QRectF(0, 0, 100, 50));
        p.drawRect(QRectF(0, 50, 100, 50));
    });
    QString error;
    const QList<SvgElement> elements = parseSvg(svg, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<SvgElement> gradients = ofName(elements, QStringLiteral("linearGradient"));
    QCOMPARE(gradients.size(), 1);  // written once, used twice
    const QString id = gradients.front().attributes.value(QStringLiteral("id")).toString();
    for (const SvgElement &rect : ofName(elements, QStringLiteral("rect"))) {
        QCOMPARE(rect.attributes.value(QStringLiteral("fill")).toString(), QStringLiteral("url(#%1)").arg(id));
    }
    const QList<SvgElement> stops = ofName(elements, QStringLiteral("stop"));
    QCOMPARE(stops.size(), 2);
    QCOMPARE(stops.at(1).attributes.value(QStringLiteral("stop-color")).toString(), QStringLiteral("#0000ff"));
    QCOMPARE(stops.at(1).attributes.value(QStringLiteral("stop-opacity")).toString(),
             QStringLiteral("0.502"));  // 128/255
}

// The same shapes painted by QPainter into an image and written as SVG, rasterised by
// librsvg, agree pixel for pixel up to anti-aliasing. Needs rsvg-convert (librsvg2-bin).
void TestSvgExport::shouldRasteriseLikeQPainter()
{
    const QString rsvg = QStandardPaths::findExecutable(QStringLiteral("rsvg-convert"));
    if (rsvg.isEmpty()) {
        QSKIP("rsvg-convert (librsvg2-bin) is not installed");
    }
    const QSize size(240, 160);
    auto paint = [](QPainter &p) {
        p.setRenderHint(QPainter::Antialiasing);
        p.fillRect(QRectF(0, 0, 240, 160), Qt::white);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x1f, 0x4e, 0x79));
        p.drawRect(QRectF(10, 10, 60, 100));
        QPainterPath donut;  // odd-even fill: a hole
        donut.addEllipse(QPointF(130, 60), 45, 45);
        donut.addEllipse(QPointF(130, 60), 20, 20);
        p.setBrush(QColor(0xf5, 0x85, 0x18));
        p.drawPath(donut);
        p.save();
        p.translate(200, 100);
        p.rotate(30);
        p.setClipRect(QRectF(-20, -20, 40, 25));
        p.setBrush(QColor(0x54, 0xa2, 0x4b));
        p.drawEllipse(QPointF(0, 0), 30, 30);
        p.restore();
        QLinearGradient gradient(QPointF(10, 0), QPointF(230, 0));
        gradient.setColorAt(0, Qt::red);
        gradient.setColorAt(1, Qt::blue);
        p.setBrush(gradient);
        p.drawRect(QRectF(10, 130, 220, 20));
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(Qt::black, 3, Qt::DashLine, Qt::FlatCap));
        p.drawLine(QPointF(10, 120), QPointF(230, 120));
        p.setPen(QPen(QColor(0, 0, 0, 128), 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolyline(QPolygonF({QPointF(80, 20), QPointF(100, 100), QPointF(120, 30)}));
    };
    QImage expected(size, QImage::Format_ARGB32);
    expected.fill(Qt::white);
    {
        QPainter p(&expected);
        paint(p);
    }
    QTemporaryDir dir;
    const QString svgPath = dir.filePath(QStringLiteral("shapes.svg"));
    const QString pngPath = dir.filePath(QStringLiteral("shapes.png"));
    const QByteArray svg = paintSvg(size, paint);
    keep(QStringLiteral("shapes.svg"), svg);
    QFile file(svgPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(svg);
    file.close();
    QProcess process;
    process.start(rsvg, {QStringLiteral("-o"), pngPath, svgPath});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QImage actual(pngPath);
    QCOMPARE(actual.size(), size);
    actual = actual.convertToFormat(QImage::Format_ARGB32);
    // Pixels that differ by more than a quarter of the range: only edge pixels may, where
    // two anti-aliasing rasterisers disagree.
    int differing = 0;
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width(); ++x) {
            const QColor a = expected.pixelColor(x, y);
            const QColor b = actual.pixelColor(x, y);
            if (a.alpha() == 0 || b.alpha() == 0) {
                ++differing;
                continue;
            }
            const int d = std::max(
                {std::abs(a.red() - b.red()), std::abs(a.green() - b.green()), std::abs(a.blue() - b.blue())});
            differing += d > 64 ? 1 : 0;
        }
    }
    const double share = double(differing) / double(size.width() * size.height());
    QVERIFY2(share < 0.005, qPrintable(QStringLiteral("%1% of pixels differ").arg(share * 100)));
}

void TestSvgExport::shouldExportBarChartWithLabelsAndBars()
{
    DataTableModel model;
    model.setTable(tierTable(), {{QStringLiteral("customers"), QStringLiteral("Customers")}});
    Charts::ChartSpec spec;
    spec.title = QStringLiteral("Tier distribution");
    spec.valueAxisTitle = QStringLiteral("Customers");
    std::unique_ptr<QWidget> chart(Charts::createBarChart(&model, spec, Charts::BarLayout::Grouped, nullptr));
    chart->resize(640, 400);
    chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(chart.get()));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto ok = Charts::writeChartSvg(chart.get(), buffer);
    QVERIFY2(ok, ok ? "" : qPrintable(ok.error().message));
    keep(QStringLiteral("barchart.svg"), buffer.data());
    chart->grab().save(qEnvironmentVariable("CRM_TEST_OUTPUT", QDir::tempPath()) + QStringLiteral("/barchart.png"));
    QString error;
    const QList<SvgElement> elements = parseSvg(buffer.data(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList texts;
    for (const SvgElement &t : ofName(elements, QStringLiteral("text"))) {
        texts << t.text.trimmed();
    }
    const QString all = texts.join(QLatin1Char('|'));
    // Title, axis title, every category (Chinese included) and the value axis ticks
    for (const QString &label : {QStringLiteral("Tier distribution"), QStringLiteral("Customers"),
                                 QStringLiteral("Regular"), QStringLiteral("Silver"), QStringLiteral("Gold"),
                                 QStringLiteral("钻石会员"), QStringLiteral("0"), QStringLiteral("4000")}) {
        QVERIFY2(texts.contains(label), qPrintable(label + QStringLiteral(" missing in ") + all));
    }
    // One bar per category, all in the bar set's colour: heights proportional to the values.
    QHash<QString, QList<double>> heightsByFill;
    for (const SvgElement &r : ofName(elements, QStringLiteral("rect"))) {
        heightsByFill[r.attributes.value(QStringLiteral("fill")).toString()]
            << r.attributes.value(QStringLiteral("height")).toDouble();
    }
    QList<double> bars;
    for (auto it = heightsByFill.cbegin(); it != heightsByFill.cend(); ++it) {
        if (it.value().size() == 4) {
            bars = it.value();
        }
    }
    QCOMPARE(bars.size(), 4);
    QVERIFY(bars.at(0) > 0);
    QCOMPARE(qRound(1000 * bars.at(1) / bars.at(0)), qRound(1000 * 1240.0 / 3120.0));
    QCOMPARE(qRound(1000 * bars.at(3) / bars.at(0)), qRound(1000 * 110.0 / 3120.0));
    // Vector output: no embedded screenshots
    QCOMPARE(ofName(elements, QStringLiteral("image")).size(), 0);
}

void TestSvgExport::shouldExportFunnelAndLineCharts()
{
    DataTable table;
    table.addColumn(QStringLiteral("step"), DataColumn::Type::Text);
    table.addColumn(QStringLiteral("customers"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("repeat"), DataColumn::Type::Integer);
    table.rows = {{QStringLiteral("Acquired"), 1878, 900},
                  {QStringLiteral("Repeat buyers"), 1227, 700},
                  {QStringLiteral("Active"), 691, 400}};
    DataTableModel model;
    model.setTable(table,
                   {{QStringLiteral("customers"), QStringLiteral("Customers")},
                    {QStringLiteral("repeat"), QStringLiteral("Repeat")}});
    Charts::ChartSpec spec;
    spec.title = QStringLiteral("Churn funnel");
    std::unique_ptr<QWidget> funnel(Charts::createFunnelChart(&model, spec, nullptr));
    spec.title = QStringLiteral("Customers by step");
    spec.lastValueColumn = 2;
    std::unique_ptr<QWidget> line(Charts::createLineChart(&model, spec, nullptr));
    for (QWidget *chart : {funnel.get(), line.get()}) {
        chart->resize(600, 360);
        chart->show();
        QVERIFY(QTest::qWaitForWindowExposed(chart));
    }
    QBuffer funnelSvg;
    funnelSvg.open(QIODevice::WriteOnly);
    QVERIFY(Charts::writeChartSvg(funnel.get(), funnelSvg));
    keep(QStringLiteral("funnel.svg"), funnelSvg.data());
    QBuffer lineSvg;
    lineSvg.open(QIODevice::WriteOnly);
    QVERIFY(Charts::writeChartSvg(line.get(), lineSvg));
    keep(QStringLiteral("line.svg"), lineSvg.data());
    QString error;
    QStringList texts;
    for (const SvgElement &t : ofName(parseSvg(funnelSvg.data(), &error), QStringLiteral("text"))) {
        texts << t.text.trimmed();
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The steps and the value labels on the bars
    for (const QString &label : {QStringLiteral("Churn funnel"), QStringLiteral("Acquired"),
                                 QStringLiteral("Repeat buyers"), QStringLiteral("1878"), QStringLiteral("691")}) {
        QVERIFY2(texts.contains(label), qPrintable(label + QStringLiteral(" missing in ") + texts.join(u'|')));
    }
    // Two series and their legend
    const QList<SvgElement> elements = parseSvg(lineSvg.data(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    texts.clear();
    for (const SvgElement &t : ofName(elements, QStringLiteral("text"))) {
        texts << t.text.trimmed();
    }
    QVERIFY(texts.contains(QStringLiteral("Customers")));
    QVERIFY(texts.contains(QStringLiteral("Repeat")));
    // Qt Charts strokes a series segment by segment: per series colour, two segments
    // joining the three points (the grid has other colours and more lines).
    QHash<QString, QList<SvgElement>> segmentsByStroke;
    for (const SvgElement &e : ofName(elements, QStringLiteral("line"))) {
        segmentsByStroke[e.attributes.value(QStringLiteral("stroke")).toString()] << e;
    }
    int series = 0;
    for (const QList<SvgElement> &segments : std::as_const(segmentsByStroke)) {
        if (segments.size() == 2
            && segments.at(0).attributes.value(QStringLiteral("x2"))
                == segments.at(1).attributes.value(QStringLiteral("x1"))
            && segments.at(0).attributes.value(QStringLiteral("y2"))
                == segments.at(1).attributes.value(QStringLiteral("y1"))) {
            ++series;
        }
    }
    QCOMPARE(series, 2);
}

void TestSvgExport::shouldExportHeatmapWithCellText()
{
    DataTable table;
    table.addColumn(QStringLiteral("cohort"), DataColumn::Type::Text);
    table.addColumn(QStringLiteral("m0"), DataColumn::Type::Percent);
    table.addColumn(QStringLiteral("m1"), DataColumn::Type::Percent);
    table.rows = {{QStringLiteral("2024-01"), 1.0, 0.25}, {QStringLiteral("2024-02"), 1.0, 0.5}};
    DataTableModel model;
    model.setTable(table);
    Charts::HeatmapView heatmap(QStringLiteral("Retention"));
    heatmap.setModel(&model);
    heatmap.setFirstValueColumn(1);
    // Its numbers export like any table, from the chart's own menu
    QCOMPARE(heatmap.tableView()->actions().size(), 1);
    QCOMPARE(heatmap.tableView()->contextMenuPolicy(), Qt::DefaultContextMenu);
    heatmap.resize(400, 240);
    heatmap.show();
    QVERIFY(QTest::qWaitForWindowExposed(&heatmap));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(Charts::writeChartSvg(&heatmap, buffer));
    keep(QStringLiteral("heatmap.svg"), buffer.data());
    QString error;
    const QList<SvgElement> elements = parseSvg(buffer.data(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList texts;
    for (const SvgElement &t : ofName(elements, QStringLiteral("text"))) {
        texts << t.text.trimmed();
    }
    for (const QString &label : {QStringLiteral("Retention"), QStringLiteral("2024-01"), QStringLiteral("2024-02"),
                                 QStringLiteral("25.0%"), QStringLiteral("50.0%"), QStringLiteral("100.0%")}) {
        QVERIFY2(texts.contains(label), qPrintable(label + QStringLiteral(" missing in ") + texts.join(u'|')));
    }
}

QTEST_MAIN(TestSvgExport)
#include "tst_svgexport.moc"
