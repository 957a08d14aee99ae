#include "reportpainter.h"

#include "export/svgpaintdevice.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QPicture>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Crm::Ui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Ui::ReportPainter)
};

using namespace Crm::Core::Report;
using Type = DataColumn::Type;

constexpr int kDpi = 72;  // PDF device resolution: one device pixel is one point
constexpr qreal kMarginX = 50;
constexpr qreal kMarginTop = 62;
constexpr qreal kMarginBottom = 54;
constexpr qreal kGap = 10;

const QColor kInk(0x22, 0x22, 0x22);
const QColor kMuted(0x6b, 0x6b, 0x6b);
const QColor kRule(0xc8, 0xc8, 0xc8);
const QColor kAccent(0x1f, 0x4e, 0x79);
const QColor kHeaderFill(0xe8, 0xee, 0xf4);
const QList<QColor> kSeriesColors {QColor(0x9e, 0xb9, 0xd4), QColor(0x1f, 0x4e, 0x79), QColor(0xf5, 0x85, 0x18),
                                   QColor(0x54, 0xa2, 0x4b)};

bool isNumeric(Type type)
{
    return type != Type::Text && type != Type::Date;
}

// "Nice" axis step: 1, 2 or 5 times a power of ten.
double niceStep(double range, int ticks)
{
    if (range <= 0) {
        return 1;
    }
    const double raw = range / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (raw <= factor * magnitude) {
            return factor * magnitude;
        }
    }
    return 10 * magnitude;
}

class Layout
{
public:
    // `painter` paints in points. With `dry`, nothing reaches `device`: the layout runs on
    // the device's font metrics only, to count pages (the painter is a scratch one).
    Layout(QPainter &painter, const ReportDocument &document, const QLocale &locale, QSizeF page, int totalPages,
           bool dry)
        : m_p(painter)
        , m_doc(document)
        , m_locale(locale)
        , m_page(page)
        , m_total(totalPages)
        , m_dry(dry)
        , m_families(ReportPainter::fontFamilies(document.language))
    { }

    int run(QPagedPaintDevice &device)
    {
        useDevice(device);
        m_pages = &device;
        drawCover();
        for (const ReportSection &section : m_doc.sections) {
            drawSection(section);
        }
        return m_pageNumber;
    }

    // A figure on its own (SVG export), as the PDF lays it out: the height it takes with
    // its title and caption, and the figure drawn with its title's top at `top`.
    qreal figureHeight(QPaintDevice &device, const ReportFigure &figure)
    {
        useDevice(device);
        return figureBlockHeight(figure) - kGap;
    }

    void drawFigure(QPaintDevice &device, const ReportFigure &figure, qreal top)
    {
        useDevice(device);
        m_pageNumber = 1;
        m_y = top;
        drawBlock(figure);
    }

private:
    void useDevice(QPaintDevice &device)
    {
        m_device = &device;
        m_dpi = device.logicalDpiY() > 0 ? device.logicalDpiY() : kDpi;
    }

    QFont font(qreal points, bool bold = false) const
    {
        QFont f;
        f.setFamilies(m_families);
        // The painter is scaled from device pixels to points; the font must be sized in
        // points of the scaled system, i.e. pixel size == points at the device's DPI.
        f.setPointSizeF(points * 72.0 / m_dpi);
        f.setBold(bold);
        f.setHintingPreference(QFont::PreferNoHinting);
        return f;
    }

    // Metrics in points (the font's pixel size is its size in points), without hinting, so
    // they are what drawText() lays out on this device; both passes use the same ones.
    QFontMetricsF metrics(const QFont &f) const { return QFontMetricsF(f, m_device); }

    qreal width() const { return m_page.width() - 2 * kMarginX; }
    qreal bottom() const { return m_page.height() - kMarginBottom; }

    void newPage()
    {
        if (m_pageNumber > 0 && !m_dry && m_pages) {
            m_pages->newPage();
        }
        ++m_pageNumber;
        m_y = kMarginTop;
        if (m_pageNumber > 1) {
            drawRunningHeader();
        }
        drawFooter();
    }

    void ensureSpace(qreal height)
    {
        if (m_y + height > bottom()) {
            newPage();
        }
    }

    void drawRunningHeader()
    {
        m_p.setFont(font(8));
        m_p.setPen(kMuted);
        const qreal y = kMarginTop - 28;
        const QRectF line(kMarginX, y, width(), 12);
        const QString left
            = m_doc.workspace.isEmpty() ? m_doc.title : Text::tr("%1 — %2").arg(m_doc.title, m_doc.workspace);
        m_p.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, left);
        m_p.drawText(line, Qt::AlignRight | Qt::AlignVCenter, m_sectionTitle);
        m_p.setPen(QPen(kRule, 0.5));
        m_p.drawLine(QPointF(kMarginX, y + 15), QPointF(kMarginX + width(), y + 15));
    }

    void drawFooter()
    {
        m_p.setFont(font(8));
        m_p.setPen(kMuted);
        const QRectF line(kMarginX, m_page.height() - kMarginBottom + 22, width(), 12);
        const QString page = m_total > 0 ? Text::tr("Page %1 of %2").arg(m_pageNumber).arg(m_total)
                                         : Text::tr("Page %1").arg(m_pageNumber);
        m_p.drawText(line, Qt::AlignHCenter | Qt::AlignVCenter, page);
        m_p.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                     Text::tr("As of %1").arg(m_doc.asOf.toString(Qt::ISODate)));
    }

    void drawCover()
    {
        newPage();
        m_p.setPen(Qt::NoPen);
        m_p.setBrush(kAccent);
        m_p.drawRect(QRectF(0, 0, m_page.width(), 12));
        qreal y = m_page.height() * 0.28;
        m_p.setPen(kAccent);
        m_p.setFont(font(30, true));
        m_p.drawText(QRectF(kMarginX, y, width(), 44), Qt::AlignLeft | Qt::AlignVCenter, m_doc.title);
        y += 56;
        m_p.setFont(font(14));
        m_p.setPen(kInk);
        if (!m_doc.workspace.isEmpty()) {
            m_p.drawText(QRectF(kMarginX, y, width(), 22), Qt::AlignLeft | Qt::AlignVCenter, m_doc.workspace);
            y += 30;
        }
        m_p.setPen(QPen(kRule, 0.8));
        m_p.drawLine(QPointF(kMarginX, y), QPointF(kMarginX + width() * 0.6, y));
        y += 18;
        const QList<std::pair<QString, QString>> facts {
            {Text::tr("Period"),
             Text::tr("%1 to %2").arg(m_doc.periodStart.toString(Qt::ISODate), m_doc.periodEnd.toString(Qt::ISODate))},
            {Text::tr("As-of date"), m_doc.asOf.toString(Qt::ISODate)},
            {Text::tr("Generated"), m_doc.generatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))},
        };
        for (const auto &[label, value] : facts) {
            m_p.setFont(font(11));
            m_p.setPen(kMuted);
            m_p.drawText(QRectF(kMarginX, y, 110, 18), Qt::AlignLeft | Qt::AlignVCenter, label);
            m_p.setPen(kInk);
            m_p.drawText(QRectF(kMarginX + 110, y, width() - 110, 18), Qt::AlignLeft | Qt::AlignVCenter, value);
            y += 22;
        }
        m_p.setFont(font(9));
        m_p.setPen(kMuted);
        m_p.drawText(QRectF(kMarginX, bottom() - 40, width(), 30), Qt::AlignLeft | Qt::TextWordWrap,
                     Text::tr("Confidential: contains customer information. Names are shortened and phone numbers "
                              "masked."));
    }

    void drawSection(const ReportSection &section)
    {
        m_sectionTitle = section.title;
        if (section.startsNewPage || m_pageNumber == 1 || m_y + 120 > bottom()) {
            newPage();
        } else {
            m_y += 14;
        }
        m_p.setFont(font(16, true));
        m_p.setPen(kAccent);
        m_p.drawText(QRectF(kMarginX, m_y, width(), 24), Qt::AlignLeft | Qt::AlignVCenter, section.title);
        m_y += 30;
        for (const ReportBlock &block : section.blocks) {
            std::visit([this](const auto &b) { drawBlock(b); }, block);
        }
    }

    void drawBlock(const ReportParagraph &paragraph)
    {
        const QFont f = font(10);
        const QRectF bounds = metrics(f).boundingRect(QRectF(0, 0, width(), 1e5), Qt::TextWordWrap, paragraph.text);
        ensureSpace(bounds.height());
        m_p.setFont(f);
        m_p.setPen(kInk);
        m_p.drawText(QRectF(kMarginX, m_y, width(), bounds.height() + 2), Qt::TextWordWrap | Qt::AlignLeft,
                     paragraph.text);
        m_y += bounds.height() + 6;
    }

    void drawBlock(const KpiBlock &kpis)
    {
        ReportTable table;
        table.key = QStringLiteral("kpi");
        const bool compare = !kpis.previousHeader.isEmpty();
        table.columns = {{QStringLiteral("label"), Type::Text}, {QStringLiteral("value"), Type::Text}};
        table.headers = {Text::tr("Key figure"), kpis.valueHeader};
        if (compare) {
            table.columns.append({QStringLiteral("previous"), Type::Text});
            table.columns.append({QStringLiteral("change"), Type::Text});
            table.headers << kpis.previousHeader << Text::tr("Change");
        }
        for (const KpiRow &row : kpis.rows) {
            QVariantList cells {row.label, displayText(row.value, row.type, m_locale)};
            if (compare) {
                cells << displayText(row.previous, row.type, m_locale)
                      << displayChange(row.change(), row.type, m_locale);
            }
            table.rows << cells;
        }
        // Right-align the numbers even though they are text here.
        m_rightAlignText = true;
        drawBlock(table);
        m_rightAlignText = false;
    }

    // Natural width: every cell on one line. Minimum: the longest word (cells wrap at
    // spaces), capped so one long name cannot starve the other columns.
    QList<qreal> columnWidths(const ReportTable &table, const QFont &body, const QFont &head,
                              bool *squeezed = nullptr) const
    {
        const QFontMetricsF bodyMetrics = metrics(body);
        const QFontMetricsF headMetrics = metrics(head);
        constexpr qreal padding = 10;
        auto longestWord = [](const QFontMetricsF &m, const QString &text) {
            qreal longest = 0;
            for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                longest = std::max(longest, m.horizontalAdvance(word));
            }
            return longest;
        };
        QList<qreal> natural;
        QList<qreal> minimum;
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            const QString header = table.headers.value(c);
            qreal full = headMetrics.horizontalAdvance(header);
            qreal least = longestWord(headMetrics, header);
            const bool numeric = isNumeric(table.columns.at(c).type) || m_rightAlignText;
            for (const QVariantList &row : table.rows) {
                const QString text = displayText(row.value(c), table.columns.at(c).type, m_locale);
                const qreal w = bodyMetrics.horizontalAdvance(text);
                full = std::max(full, w);
                least = std::max(least, numeric ? w : longestWord(bodyMetrics, text));
            }
            natural << full + padding;
            minimum << std::min(least, numeric ? least : qreal(90)) + padding;
        }
        const qreal naturalTotal = std::accumulate(natural.begin(), natural.end(), 0.0);
        if (naturalTotal <= width()) {
            QList<qreal> widths = natural;
            if (table.key != QLatin1String("kpi")) {
                // Spread the slack so tables fill the text width.
                for (qreal &w : widths) {
                    w += (width() - naturalTotal) / qreal(widths.size());
                }
            }
            return widths;
        }
        QList<qreal> widths = minimum;
        const qreal minimumTotal = std::accumulate(minimum.begin(), minimum.end(), 0.0);
        if (minimumTotal >= width()) {
            if (squeezed) {
                *squeezed = true;
            }
            for (qreal &w : widths) {
                w *= width() / minimumTotal;
            }
            return widths;
        }
        // Share the room left over in proportion to what each column still wants.
        qreal wanted = 0;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            wanted += natural.at(c) - minimum.at(c);
        }
        const qreal room = width() - minimumTotal;
        for (qsizetype c = 0; c < widths.size() && wanted > 0; ++c) {
            widths[c] += room * (natural.at(c) - minimum.at(c)) / wanted;
        }
        return widths;
    }

    qreal rowHeight(const QStringList &cells, const QList<qreal> &widths, const QFont &f) const
    {
        const QFontMetricsF m = metrics(f);
        qreal height = m.height();
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const QRectF r = m.boundingRect(QRectF(0, 0, widths.at(c) - 8, 1e5), Qt::TextWordWrap, cells.at(c));
            height = std::max(height, r.height());
        }
        return height + 6;
    }

    void drawRow(const QStringList &cells, const QList<qreal> &widths, const ReportTable &table, const QFont &f,
                 qreal height, bool header)
    {
        if (header) {
            m_p.setPen(Qt::NoPen);
            m_p.setBrush(kHeaderFill);
            m_p.drawRect(QRectF(kMarginX, m_y, std::accumulate(widths.begin(), widths.end(), 0.0), height));
        }
        m_p.setFont(f);
        m_p.setPen(kInk);
        qreal x = kMarginX;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const bool right = c > 0 && (isNumeric(table.columns.at(c).type) || m_rightAlignText);
            const Qt::Alignment align = (right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
            m_p.drawText(QRectF(x + 4, m_y, widths.at(c) - 8, height), int(align) | Qt::TextWordWrap, cells.at(c));
            x += widths.at(c);
        }
        m_p.setPen(QPen(kRule, header ? 0.8 : 0.3));
        m_p.drawLine(QPointF(kMarginX, m_y + height), QPointF(x, m_y + height));
        m_y += height;
    }

    void drawTableTitle(const QString &title, bool continued)
    {
        if (title.isEmpty()) {
            return;
        }
        m_p.setFont(font(10, true));
        m_p.setPen(kInk);
        const QString text = continued ? Text::tr("%1 (continued)").arg(title) : title;
        m_p.drawText(QRectF(kMarginX, m_y, width(), 16), Qt::AlignLeft | Qt::AlignVCenter, text);
        m_y += 18;
    }

    void drawBlock(const ReportTable &table)
    {
        // Wide tables step down in type size before any column gets squeezed below its words.
        QFont body;
        QFont head;
        QList<qreal> widths;
        for (const qreal size : {8.5, 7.5, 6.5}) {
            body = font(size);
            head = font(size, true);
            bool squeezed = false;
            widths = columnWidths(table, body, head, &squeezed);
            if (!squeezed) {
                break;
            }
        }
        const qreal headerHeight = rowHeight(table.headers, widths, head);
        QList<QStringList> cells;
        for (const QVariantList &row : table.rows) {
            QStringList line;
            for (qsizetype c = 0; c < table.columns.size(); ++c) {
                line << displayText(row.value(c), table.columns.at(c).type, m_locale);
            }
            cells << line;
        }
        const qreal firstRow = cells.isEmpty() ? 0 : rowHeight(cells.front(), widths, body);
        // Keep the title, header and first row together.
        ensureSpace(18 + headerHeight + firstRow);
        drawTableTitle(table.title, false);
        drawRow(table.headers, widths, table, head, headerHeight, true);
        for (const QStringList &line : std::as_const(cells)) {
            const qreal height = rowHeight(line, widths, body);
            if (m_y + height > bottom()) {
                newPage();
                drawTableTitle(table.title, true);
                drawRow(table.headers, widths, table, head, headerHeight, true);
            }
            drawRow(line, widths, table, body, height, false);
        }
        m_y += 4;
        if (!table.note.isEmpty()) {
            const QFont f = font(7.5);
            const QRectF bounds = metrics(f).boundingRect(QRectF(0, 0, width(), 1e5), Qt::TextWordWrap, table.note);
            ensureSpace(bounds.height());
            m_p.setFont(f);
            m_p.setPen(kMuted);
            m_p.drawText(QRectF(kMarginX, m_y, width(), bounds.height() + 2), Qt::TextWordWrap, table.note);
            m_y += bounds.height();
        }
        m_y += kGap;
    }

    QString axisLabel(double value, Type type) const
    {
        if (type == Type::Percent) {
            return m_locale.toString(value * 100.0, 'f', 0) + QLatin1Char('%');
        }
        return m_locale.toString(value, 'f', std::abs(value) < 10 && value != std::floor(value) ? 1 : 0);
    }

    void drawLegend(const ReportFigure &figure, qreal top)
    {
        if (figure.series.size() < 2 || figure.kind == ReportFigure::Kind::Heatmap) {
            return;
        }
        m_p.setFont(font(7.5));
        const QFontMetricsF m = metrics(font(7.5));
        qreal x = kMarginX + width();
        for (qsizetype s = figure.series.size() - 1; s >= 0; --s) {
            const QString name = figure.series.at(s).name;
            const qreal w = m.horizontalAdvance(name);
            x -= w;
            m_p.setPen(kInk);
            m_p.drawText(QRectF(x, top, w + 2, 12), Qt::AlignLeft | Qt::AlignVCenter, name);
            x -= 12;
            m_p.setPen(Qt::NoPen);
            m_p.setBrush(kSeriesColors.at(s % kSeriesColors.size()));
            m_p.drawRect(QRectF(x, top + 2, 8, 8));
            x -= 12;
        }
    }

    void drawBarChart(const ReportFigure &figure, const QRectF &area)
    {
        double maximum = 0;
        for (const FigureSeries &series : figure.series) {
            for (const double v : series.values) {
                if (std::isfinite(v)) {
                    maximum = std::max(maximum, v);
                }
            }
        }
        const double step = niceStep(maximum, 4);
        const double top = std::max(step, std::ceil(maximum / step) * step);
        const QFont small = font(7);
        const QFontMetricsF m = metrics(small);
        const qreal labelWidth = m.horizontalAdvance(axisLabel(top, figure.valueType)) + 6;
        const QRectF plot(area.left() + labelWidth, area.top() + 6, area.width() - labelWidth, area.height() - 36);
        m_p.setFont(small);
        for (double v = 0; v <= top + step / 2; v += step) {
            const qreal y = plot.bottom() - plot.height() * v / top;
            m_p.setPen(QPen(v == 0 ? kMuted : kRule, v == 0 ? 0.6 : 0.3));
            m_p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
            m_p.setPen(kMuted);
            m_p.drawText(QRectF(area.left(), y - 6, labelWidth - 4, 12), Qt::AlignRight | Qt::AlignVCenter,
                         axisLabel(v, figure.valueType));
        }
        const qsizetype groups = figure.categories.size();
        const qsizetype seriesCount = figure.series.size();
        if (groups == 0 || seriesCount == 0) {
            return;
        }
        const qreal groupWidth = plot.width() / qreal(groups);
        const qreal barWidth = groupWidth * 0.7 / qreal(seriesCount);
        for (qsizetype g = 0; g < groups; ++g) {
            const qreal groupLeft = plot.left() + g * groupWidth + groupWidth * 0.15;
            for (qsizetype s = 0; s < seriesCount; ++s) {
                const double v = figure.series.at(s).values.value(g, std::nan(""));
                if (!std::isfinite(v)) {
                    continue;
                }
                const qreal h = plot.height() * v / top;
                m_p.setPen(Qt::NoPen);
                m_p.setBrush(kSeriesColors.at(s % kSeriesColors.size()));
                m_p.drawRect(QRectF(groupLeft + s * barWidth, plot.bottom() - h, barWidth * 0.92, h));
            }
            m_p.setPen(kInk);
            m_p.drawText(QRectF(plot.left() + g * groupWidth, plot.bottom() + 3, groupWidth, 30),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, figure.categories.at(g));
        }
    }

    void drawLineChart(const ReportFigure &figure, const QRectF &area)
    {
        double maximum = 0;
        for (const FigureSeries &series : figure.series) {
            for (const double v : series.values) {
                maximum = std::isfinite(v) ? std::max(maximum, v) : maximum;
            }
        }
        const double step = niceStep(maximum, 4);
        const double top = std::max(step, std::ceil(maximum / step) * step);
        const QRectF plot(area.left() + 36, area.top() + 6, area.width() - 36, area.height() - 24);
        m_p.setFont(font(7));
        for (double v = 0; v <= top + step / 2; v += step) {
            const qreal y = plot.bottom() - plot.height() * v / top;
            m_p.setPen(QPen(kRule, 0.3));
            m_p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
            m_p.setPen(kMuted);
            m_p.drawText(QRectF(area.left(), y - 6, 32, 12), Qt::AlignRight | Qt::AlignVCenter,
                         axisLabel(v, figure.valueType));
        }
        const qsizetype n = figure.categories.size();
        const qreal dx = n > 1 ? plot.width() / qreal(n - 1) : 0;
        for (qsizetype s = 0; s < figure.series.size(); ++s) {
            QPainterPath path;
            bool started = false;
            for (qsizetype i = 0; i < n; ++i) {
                const double v = figure.series.at(s).values.value(i, std::nan(""));
                if (!std::isfinite(v)) {
                    started = false;
                    continue;
                }
                const QPointF point(plot.left() + i * dx, plot.bottom() - plot.height() * v / top);
                started ? path.lineTo(point) : path.moveTo(point);
                started = true;
            }
            m_p.setBrush(Qt::NoBrush);
            m_p.setPen(QPen(kSeriesColors.at(s % kSeriesColors.size()), 1.4));
            m_p.drawPath(path);
        }
        m_p.setPen(kInk);
        for (qsizetype i = 0; i < n; ++i) {
            m_p.drawText(QRectF(plot.left() + i * dx - 30, plot.bottom() + 3, 60, 12), Qt::AlignHCenter,
                         figure.categories.at(i));
        }
    }

    void drawFunnel(const ReportFigure &figure, const QRectF &area)
    {
        if (figure.series.isEmpty() || figure.categories.isEmpty()) {
            return;
        }
        const QList<double> &values = figure.series.front().values;
        const double first = values.value(0, 0);
        const qsizetype n = figure.categories.size();
        const qreal rowHeight = area.height() / qreal(n);
        const qreal labelWidth = area.width() * 0.32;
        const qreal barArea = area.width() - labelWidth;
        m_p.setFont(font(8));
        for (qsizetype i = 0; i < n; ++i) {
            const double v = values.value(i, 0);
            const qreal w = first > 0 ? barArea * v / first : 0;
            const qreal y = area.top() + i * rowHeight;
            const QRectF bar(area.left() + labelWidth + (barArea - w) / 2, y + 3, w, rowHeight - 6);
            m_p.setPen(Qt::NoPen);
            m_p.setBrush(kSeriesColors.at(1).lighter(100 + int(i) * 12));
            m_p.drawRect(bar);
            m_p.setPen(kInk);
            m_p.drawText(QRectF(area.left(), y, labelWidth - 6, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                         figure.categories.at(i));
            const QString label = first > 0
                ? Text::tr("%1 (%2)").arg(m_locale.toString(qint64(v)), axisLabel(v / first, Type::Percent))
                : m_locale.toString(qint64(v));
            m_p.setPen(Qt::white);
            m_p.drawText(QRectF(area.left() + labelWidth, y, barArea, rowHeight), Qt::AlignCenter, label);
        }
    }

    void drawHeatmap(const ReportFigure &figure, const QRectF &area)
    {
        const qsizetype rows = figure.series.size();
        const qsizetype columns = figure.categories.size();
        if (rows == 0 || columns == 0) {
            return;
        }
        const QFont small = font(6.5);
        const QFontMetricsF m = metrics(small);
        qreal labelWidth = 0;
        for (const FigureSeries &series : figure.series) {
            labelWidth = std::max(labelWidth, m.horizontalAdvance(series.name) + 8);
        }
        const qreal headerHeight = 12;
        const qreal cellWidth = (area.width() - labelWidth) / qreal(columns);
        const qreal cellHeight = (area.height() - headerHeight) / qreal(rows);
        m_p.setFont(small);
        for (qsizetype c = 0; c < columns; ++c) {
            m_p.setPen(kMuted);
            m_p.drawText(QRectF(area.left() + labelWidth + c * cellWidth, area.top(), cellWidth, headerHeight),
                         Qt::AlignCenter, figure.categories.at(c));
        }
        for (qsizetype r = 0; r < rows; ++r) {
            const FigureSeries &series = figure.series.at(r);
            const qreal y = area.top() + headerHeight + r * cellHeight;
            m_p.setPen(kInk);
            m_p.drawText(QRectF(area.left(), y, labelWidth - 6, cellHeight), Qt::AlignRight | Qt::AlignVCenter,
                         series.name);
            for (qsizetype c = 0; c < columns; ++c) {
                const double v = series.values.value(c, std::nan(""));
                if (!std::isfinite(v)) {
                    continue;
                }
                // Square-root scale: retention after the first month is small, and differences
                // there matter more than the 100% of month 0.
                const double t = std::sqrt(std::clamp(v, 0.0, 1.0));
                const QColor fill
                    = QColor::fromRgbF(float(1.0 - 0.88 * t), float(1.0 - 0.69 * t), float(1.0 - 0.53 * t));
                const QRectF cell(area.left() + labelWidth + c * cellWidth, y, cellWidth - 0.6, cellHeight - 0.6);
                m_p.setPen(Qt::NoPen);
                m_p.setBrush(fill);
                m_p.drawRect(cell);
                m_p.setPen(t > 0.8 ? Qt::white : kInk);
                m_p.drawText(cell, Qt::AlignCenter, displayText(v, figure.valueType, m_locale));
            }
        }
    }

    static qreal figureBodyHeight(const ReportFigure &figure)
    {
        return figure.kind == ReportFigure::Kind::Heatmap
            ? std::max<qreal>(80, 14 + 15 * qreal(figure.series.size()))
            : (figure.kind == ReportFigure::Kind::Funnel ? 26 * qreal(figure.categories.size()) : 170);
    }

    QRectF captionBoundsOf(const ReportFigure &figure) const
    {
        return figure.caption.isEmpty()
            ? QRectF()
            : metrics(font(7.5)).boundingRect(QRectF(0, 0, width(), 1e5), Qt::TextWordWrap, figure.caption);
    }

    qreal figureBlockHeight(const ReportFigure &figure) const
    {
        return 20 + figureBodyHeight(figure) + captionBoundsOf(figure).height() + kGap;
    }

    void drawBlock(const ReportFigure &figure)
    {
        const qreal height = figureBodyHeight(figure);
        const QRectF captionBounds = captionBoundsOf(figure);
        ensureSpace(figureBlockHeight(figure));
        drawTableTitle(figure.title, false);
        drawLegend(figure, m_y - 16);
        const QRectF area(kMarginX, m_y, width(), height);
        m_p.save();
        switch (figure.kind) {
        case ReportFigure::Kind::Bar:
            drawBarChart(figure, area);
            break;
        case ReportFigure::Kind::Line:
            drawLineChart(figure, area);
            break;
        case ReportFigure::Kind::Funnel:
            drawFunnel(figure, area);
            break;
        case ReportFigure::Kind::Heatmap:
            drawHeatmap(figure, area);
            break;
        }
        m_p.restore();
        m_y += height + 4;
        if (!figure.caption.isEmpty()) {
            m_p.setFont(font(7.5));
            m_p.setPen(kMuted);
            m_p.drawText(QRectF(kMarginX, m_y, width(), captionBounds.height() + 2), Qt::TextWordWrap, figure.caption);
            m_y += captionBounds.height();
        }
        m_y += kGap;
    }

    QPainter &m_p;
    const ReportDocument &m_doc;
    const QLocale &m_locale;
    QSizeF m_page;  // in points
    int m_total = 0;
    bool m_dry = false;
    QStringList m_families;
    QPaintDevice *m_device = nullptr;  // font metrics
    QPagedPaintDevice *m_pages = nullptr;  // new pages; none for a single figure
    int m_dpi = kDpi;
    int m_pageNumber = 0;
    qreal m_y = 0;
    QString m_sectionTitle;
    bool m_rightAlignText = false;
};

void preparePdfWriter(QPdfWriter &writer, const QPageSize &pageSize, const ReportDocument &document)
{
    writer.setResolution(kDpi);
    writer.setPageSize(pageSize);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(document.title);
    writer.setCreator(QStringLiteral("CRM Workbench"));
}

}  // namespace

ReportPainter::ReportPainter(ReportDocument document)
    : m_document(std::move(document))
    , m_pageSize(pageSizeFor(QLocale::system().territory()))
    , m_locale(m_document.language.isEmpty() ? QStringLiteral("en") : m_document.language)
{ }

QPageSize ReportPainter::pageSizeFor(QLocale::Territory territory)
{
    const bool letter = territory == QLocale::UnitedStates || territory == QLocale::Canada;
    return QPageSize(letter ? QPageSize::Letter : QPageSize::A4);
}

QStringList ReportPainter::fontFamilies(const QString &language)
{
    const QStringList simplified {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                                  QStringLiteral("Microsoft YaHei"), QStringLiteral("PingFang SC")};
    const QStringList traditional {QStringLiteral("Noto Sans CJK TC"), QStringLiteral("Source Han Sans TC"),
                                   QStringLiteral("Microsoft JhengHei"), QStringLiteral("PingFang TC")};
    QStringList wanted;
    if (language == QLatin1String("zh_TW")) {
        wanted << traditional << simplified;
    } else if (language == QLatin1String("zh_CN")) {
        wanted << simplified << traditional;
    } else {
        // English: a Latin face first; CJK faces after it for Chinese names.
        wanted << QStringLiteral("Noto Sans") << QStringLiteral("DejaVu Sans") << QStringLiteral("Arial")
               << QStringLiteral("Helvetica") << simplified << traditional;
    }
    QStringList available;
    for (const QString &family : std::as_const(wanted)) {
        if (QFontDatabase::hasFamily(family)) {
            available << family;
        }
    }
    if (available.isEmpty()) {
        available << QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    }
    return available;
}

int ReportPainter::layOut(QPagedPaintDevice &device, int totalPages, bool dry) const
{
    QPicture scratch;
    QPainter painter;
    if (!painter.begin(dry ? static_cast<QPaintDevice *>(&scratch) : &device)) {
        return 0;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const qreal scale = qreal(device.logicalDpiX()) / 72.0;
    painter.scale(scale, scale);
    const QSizeF page(qreal(device.width()) / scale, qreal(device.height()) / scale);
    Layout layout(painter, m_document, m_locale, page, totalPages, dry);
    const int pages = layout.run(device);
    painter.end();
    return pages;
}

int ReportPainter::paint(QPagedPaintDevice &device) const
{
    const int total = countPages(device);
    return total > 0 ? layOut(device, total, false) : 0;
}

int ReportPainter::countPages(QPagedPaintDevice &device) const
{
    return layOut(device, 0, true);
}

int ReportPainter::countPages() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    preparePdfWriter(writer, m_pageSize, m_document);
    return countPages(writer);
}

Core::VoidResult ReportPainter::writeFigureSvg(const ReportFigure &figure, QIODevice &output) const
{
    // Laid out in points at the width of the report's text, drawn at 96 dpi so the SVG has
    // the figure's printed size in CSS pixels; a white card behind it for dark slides.
    constexpr int kSvgDpi = 96;
    constexpr qreal kPad = 12;
    constexpr qreal kTop = 100;  // any top: the painter moves it to kPad
    const qreal scale = kSvgDpi / 72.0;
    const QSizeF page(m_pageSize.size(QPageSize::Point).width(), 1e6);
    qreal height = 0;
    {
        SvgPaintDevice measure(nullptr, QSizeF(1, 1));
        measure.setResolution(kSvgDpi);
        QPicture scratch;
        QPainter painter(&scratch);
        height = Layout(painter, m_document, m_locale, page, 0, true).figureHeight(measure, figure);
    }
    const QSizeF size(page.width() - 2 * kMarginX + 2 * kPad, height + 2 * kPad);
    SvgPaintDevice device(&output, size * scale);
    device.setResolution(kSvgDpi);
    device.setTitle(figure.title);
    device.setDescription(figure.caption);
    QPainter painter;
    if (!painter.begin(&device)) {
        return Core::makeError(Core::Error::Code::Io,
                               Text::tr("Cannot write the figure: %1").arg(output.errorString()));
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    painter.translate(kPad - kMarginX, kPad - kTop);
    Layout(painter, m_document, m_locale, page, 0, false).drawFigure(device, figure, kTop);
    if (!painter.end()) {
        return Core::makeError(Core::Error::Code::Io,
                               Text::tr("Cannot write the figure: %1").arg(output.errorString()));
    }
    return {};
}

Core::Result<QStringList> ReportPainter::writeFigures(const QString &directory) const
{
    if (!QDir().mkpath(directory)) {
        return Core::makeError(Core::Error::Code::Io, Text::tr("Cannot create the folder %1.").arg(directory));
    }
    QStringList written;
    for (const ReportSection &section : m_document.sections) {
        for (const ReportBlock &block : section.blocks) {
            const auto *figure = std::get_if<ReportFigure>(&block);
            if (!figure) {
                continue;
            }
            const QString name = QStringLiteral("%1-%2.svg")
                                     .arg(written.size() + 1, 2, 10, QLatin1Char('0'))
                                     .arg(figure->key.isEmpty() ? section.key : figure->key);
            const QString path = QDir(directory).filePath(name);
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly)) {
                return Core::makeError(Core::Error::Code::Io,
                                       QCoreApplication::translate("Crm::Ui::ReportPainter", "Cannot write %1: %2")
                                           .arg(path, file.errorString()));
            }
            if (auto ok = writeFigureSvg(*figure, file); !ok) {
                file.cancelWriting();
                return ok.error();
            }
            if (!file.commit()) {
                return Core::makeError(Core::Error::Code::Io,
                                       QCoreApplication::translate("Crm::Ui::ReportPainter", "Cannot write %1: %2")
                                           .arg(path, file.errorString()));
            }
            written << path;
        }
    }
    return written;
}

Core::VoidResult ReportPainter::writePdf(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Core::makeError(
            Core::Error::Code::Io,
            QCoreApplication::translate("Crm::Ui::ReportPainter", "Cannot write %1: %2").arg(path, file.errorString()));
    }
    {
        QPdfWriter writer(&file);
        preparePdfWriter(writer, m_pageSize, m_document);
        if (paint(writer) == 0) {
            file.cancelWriting();
            return Core::makeError(Core::Error::Code::Internal, Text::tr("Cannot paint the report."));
        }
    }
    if (!file.commit()) {
        return Core::makeError(
            Core::Error::Code::Io,
            QCoreApplication::translate("Crm::Ui::ReportPainter", "Cannot write %1: %2").arg(path, file.errorString()));
    }
    return {};
}

}  // namespace Crm::Ui
