#include "heatmapview.h"

#include "chartexport.h"
#include "tables/columnfit.h"
#include "tables/roles.h"
#include "tables/tableviewexport.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace Crm::Ui::Charts {

namespace {

// From the base colour (low) to a saturated blue (high), readable in light and dark palettes.
QColor scaleColor(const QPalette &palette, double t)
{
    const QColor low = palette.color(QPalette::Base);
    const QColor high(33, 102, 172);
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(low.redF() + (high.redF() - low.redF()) * t),
                            float(low.greenF() + (high.greenF() - low.greenF()) * t),
                            float(low.blueF() + (high.blueF() - low.blueF()) * t));
}

class LegendBar final : public QWidget
{
public:
    explicit LegendBar(QWidget *parent)
        : QWidget(parent)
    {
        setMinimumHeight(fontMetrics().height() * 2 + 4);
    }

    void setRange(double low, double high)
    {
        m_low = low;
        m_high = high;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        const int barHeight = fontMetrics().height() / 2 + 4;
        const QRect bar(0, 0, std::min(width(), 320), barHeight);
        QLinearGradient gradient(bar.topLeft(), bar.topRight());
        gradient.setColorAt(0, scaleColor(palette(), 0));
        gradient.setColorAt(1, scaleColor(palette(), 1));
        painter.fillRect(bar, gradient);
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawRect(bar.adjusted(0, 0, -1, -1));
        painter.setPen(palette().color(QPalette::Text));
        const QLocale locale;
        const QRect labels(bar.left(), bar.bottom() + 2, bar.width(), fontMetrics().height());
        painter.drawText(labels, Qt::AlignLeft, locale.toString(m_low, 'f', m_high - m_low < 10 ? 1 : 0));
        painter.drawText(labels, Qt::AlignRight, locale.toString(m_high, 'f', m_high - m_low < 10 ? 1 : 0));
    }

private:
    double m_low = 0;
    double m_high = 1;
};

// Black or white, whichever contrasts more with the fill (WCAG relative luminance).
QColor inkOn(const QColor &fill)
{
    const auto linear = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    const double luminance
        = 0.2126 * linear(fill.redF()) + 0.7152 * linear(fill.greenF()) + 0.0722 * linear(fill.blueF());
    // Contrast with white (1.05 / (L + 0.05)) beats contrast with black ((L + 0.05) / 0.05)
    // below L = 0.179.
    return luminance < 0.179 ? QColor(Qt::white) : QColor(Qt::black);
}

}  // namespace

class HeatmapDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    double low = 0;
    double high = 1;
    int firstValueColumn = 0;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QVariant value = index.data(ChartValueRole);
        if (!value.isValid() || index.column() < firstValueColumn) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        const double t = high > low ? (value.toDouble() - low) / (high - low) : 0.0;
        const QColor fill = scaleColor(option.palette, t);
        painter->fillRect(option.rect, fill);
        QStyleOptionViewItem text(option);
        initStyleOption(&text, index);
        text.backgroundBrush = Qt::NoBrush;
        const QColor ink = inkOn(fill);
        text.palette.setColor(QPalette::Text, ink);
        text.palette.setColor(QPalette::HighlightedText, ink);
        text.state &= ~QStyle::State_Selected;
        text.displayAlignment = Qt::AlignCenter;
        QStyledItemDelegate::paint(painter, text, index);
        if (option.state & QStyle::State_Selected) {
            painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2));
            painter->drawRect(option.rect.adjusted(1, 1, -1, -1));
        }
    }
};

HeatmapView::HeatmapView(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_view(new QTableView(this))
    , m_legend(new LegendBar(this))
    , m_delegate(new HeatmapDelegate(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_view->setItemDelegate(m_delegate);
    m_view->setShowGrid(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    limitColumnFitting(m_view);
    m_view->horizontalHeader()->setMinimumSectionSize(52);
    m_view->verticalHeader()->hide();
    m_view->setAccessibleName(title);
    // The numbers behind the colours as CSV or Excel: in this chart's menu, and Ctrl+Shift+S.
    installTableExport(m_view, title);
    m_view->setContextMenuPolicy(Qt::DefaultContextMenu);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend);
}

void HeatmapView::contextMenuEvent(QContextMenuEvent *event)
{
    execChartMenu(this, m_title->text(), event->globalPos(), m_view->actions());
}

void HeatmapView::setModel(QAbstractItemModel *model)
{
    m_view->setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &HeatmapView::updateRange);
    connect(model, &QAbstractItemModel::layoutChanged, this, &HeatmapView::updateRange);
    connect(model, &QAbstractItemModel::dataChanged, this, &HeatmapView::updateRange);
    updateRange();
}

void HeatmapView::setFirstValueColumn(int column)
{
    m_delegate->firstValueColumn = column;
    updateRange();
}

std::pair<double, double> HeatmapView::range() const
{
    return {m_delegate->low, m_delegate->high};
}

void HeatmapView::updateRange()
{
    QAbstractItemModel *model = m_view->model();
    double low = 0;
    double high = 0;
    bool any = false;
    for (int row = 0; model && row < model->rowCount(); ++row) {
        for (int column = m_delegate->firstValueColumn; column < model->columnCount(); ++column) {
            const QVariant value = model->index(row, column).data(ChartValueRole);
            if (!value.isValid()) {
                continue;
            }
            const double number = value.toDouble();
            low = any ? std::min(low, number) : number;
            high = any ? std::max(high, number) : number;
            any = true;
        }
    }
    m_delegate->low = std::min(low, 0.0);
    m_delegate->high = high;
    static_cast<LegendBar *>(m_legend)->setRange(m_delegate->low, high);
    m_view->viewport()->update();
}

}  // namespace Crm::Ui::Charts
