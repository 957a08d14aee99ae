#include "charts.h"

#include "chartexport.h"
#include "chartvalueproxymodel.h"
#include "tables/roles.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QVBarModelMapper>
#include <QValueAxis>

#include <functional>

namespace Crm::Ui::Charts {

namespace {

// A chart view that rebuilds what the model mapper does not keep up to date (axes,
// hand-built series) whenever the model changes, and offers Copy / Save as PNG / SVG.
class ChartView final : public QChartView
{
public:
    ChartView(QAbstractItemModel *model, const ChartSpec &spec, QWidget *parent)
        : QChartView(new QChart, parent)
        , m_model(model)
        , m_spec(spec)
    {
        setRenderHint(QPainter::Antialiasing);
        setMinimumHeight(220);
        chart()->setTitle(spec.title);
        chart()->legend()->setAlignment(Qt::AlignBottom);
        chart()->setMargins(QMargins(4, 4, 4, 4));
        applyPalette();
        setAccessibleName(spec.title);
        QObject::connect(model, &QAbstractItemModel::modelReset, this, [this] { rebuild(); });
        QObject::connect(model, &QAbstractItemModel::layoutChanged, this, [this] { rebuild(); });
        QObject::connect(model, &QAbstractItemModel::dataChanged, this, [this] { rebuild(); });
        QObject::connect(model, &QAbstractItemModel::rowsInserted, this, [this] { rebuild(); });
        QObject::connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { rebuild(); });
    }

    std::function<void()> onRebuild;

    void rebuild()
    {
        if (onRebuild) {
            onRebuild();
        }
    }

    QStringList categories() const
    {
        QStringList labels;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            labels << m_model->index(row, m_spec.labelColumn).data().toString();
        }
        return labels;
    }

    double value(int row, int column) const { return m_model->index(row, column).data(ChartValueRole).toDouble(); }

    std::pair<double, double> valueRange() const
    {
        double low = 0;
        double high = 0;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            for (int column = m_spec.firstValueColumn; column <= lastColumn(); ++column) {
                low = std::min(low, value(row, column));
                high = std::max(high, value(row, column));
            }
        }
        return {low, high > low ? high : low + 1};
    }

    int lastColumn() const { return m_spec.lastValueColumn < 0 ? m_model->columnCount() - 1 : m_spec.lastValueColumn; }

    QAbstractItemModel *model() const { return m_model; }
    const ChartSpec &spec() const { return m_spec; }

    void setTitle(const QString &title)
    {
        m_spec.title = title;
        chart()->setTitle(title);
        setAccessibleName(title);
    }

protected:
    void contextMenuEvent(QContextMenuEvent *event) override { execChartMenu(this, m_spec.title, event->globalPos()); }

    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange) {
            applyPalette();
        }
        QChartView::changeEvent(event);
    }

private:
    // Follows the system light/dark palette instead of Qt Charts' fixed themes.
    void applyPalette()
    {
        const QPalette pal = palette();
        const bool dark = pal.color(QPalette::Window).lightness() < 128;
        chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        chart()->setBackgroundBrush(pal.base());
        chart()->setTitleBrush(pal.text());
        chart()->legend()->setLabelColor(pal.color(QPalette::Text));
        QFont titleFont = font();
        titleFont.setBold(true);
        chart()->setTitleFont(titleFont);
    }

    QAbstractItemModel *m_model;
    ChartSpec m_spec;
};

void styleAxis(QAbstractAxis *axis, const QPalette &palette)
{
    axis->setLabelsBrush(palette.text());
    axis->setTitleBrush(palette.text());
}

QValueAxis *makeValueAxis(ChartView *view, Qt::Alignment alignment)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(view->spec().valueAxisTitle);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    styleAxis(axis, view->palette());
    view->chart()->addAxis(axis, alignment);
    return axis;
}

QBarCategoryAxis *makeCategoryAxis(ChartView *view, Qt::Alignment alignment)
{
    auto *axis = new QBarCategoryAxis;
    styleAxis(axis, view->palette());
    view->chart()->addAxis(axis, alignment);
    return axis;
}

void setCategories(QBarCategoryAxis *axis, const QStringList &labels)
{
    axis->clear();
    axis->append(labels);
    axis->setLabelsAngle(labels.size() > 14 ? -90 : 0);
}

void setValueRange(QValueAxis *axis, std::pair<double, double> range, bool stacked, ChartView *view)
{
    if (stacked) {
        double high = 1;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            double sum = 0;
            for (int column = view->spec().firstValueColumn; column <= view->lastColumn(); ++column) {
                sum += std::max(0.0, view->value(row, column));
            }
            high = std::max(high, sum);
        }
        range.second = high;
    }
    axis->setRange(range.first, range.second);
    axis->applyNiceNumbers();
}

}  // namespace

QWidget *createBarChart(QAbstractItemModel *model, const ChartSpec &spec, BarLayout layout, QWidget *parent)
{
    auto *view = new ChartView(model, spec, parent);
    QAbstractBarSeries *series = nullptr;
    if (layout == BarLayout::Stacked) {
        series = new QStackedBarSeries;
    } else {
        series = new QBarSeries;
    }
    view->chart()->addSeries(series);
    // The mapper reads DisplayRole, so it gets the numbers through ChartValueProxyModel.
    auto *proxy = new ChartValueProxyModel(view);
    proxy->setSourceModel(model);
    auto *mapper = new QVBarModelMapper(view);
    mapper->setFirstBarSetColumn(spec.firstValueColumn);
    mapper->setLastBarSetColumn(spec.lastValueColumn);
    mapper->setSeries(series);
    mapper->setModel(proxy);
    auto *categoryAxis = makeCategoryAxis(view, Qt::AlignBottom);
    auto *valueAxis = makeValueAxis(view, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    view->onRebuild = [view, categoryAxis, valueAxis, layout, spec, mapper] {
        mapper->setLastBarSetColumn(view->lastColumn());
        mapper->setRowCount(-1);  // every row, also after a reset
        setCategories(categoryAxis, view->categories());
        setValueRange(valueAxis, view->valueRange(), layout == BarLayout::Stacked, view);
        view->chart()->legend()->setVisible(view->lastColumn() > spec.firstValueColumn);
    };
    view->rebuild();
    return view;
}

QWidget *createLineChart(QAbstractItemModel *model, const ChartSpec &spec, QWidget *parent)
{
    auto *view = new ChartView(model, spec, parent);
    auto *categoryAxis = makeCategoryAxis(view, Qt::AlignBottom);
    auto *valueAxis = makeValueAxis(view, Qt::AlignLeft);
    view->onRebuild = [view, categoryAxis, valueAxis, spec] {
        view->chart()->removeAllSeries();
        const int rows = view->model()->rowCount();
        for (int column = spec.firstValueColumn; column <= view->lastColumn(); ++column) {
            auto *series = new QLineSeries;
            series->setName(view->model()->headerData(column, Qt::Horizontal).toString());
            for (int row = 0; row < rows; ++row) {
                series->append(row, view->value(row, column));
            }
            view->chart()->addSeries(series);
            series->attachAxis(categoryAxis);
            series->attachAxis(valueAxis);
        }
        setCategories(categoryAxis, view->categories());
        setValueRange(valueAxis, view->valueRange(), false, view);
        view->chart()->legend()->setVisible(view->lastColumn() > spec.firstValueColumn);
    };
    view->rebuild();
    return view;
}

QWidget *createFunnelChart(QAbstractItemModel *model, const ChartSpec &spec, QWidget *parent)
{
    auto *view = new ChartView(model, spec, parent);
    auto *categoryAxis = makeCategoryAxis(view, Qt::AlignLeft);
    auto *valueAxis = makeValueAxis(view, Qt::AlignBottom);
    view->onRebuild = [view, categoryAxis, valueAxis, spec] {
        view->chart()->removeAllSeries();
        auto *series = new QHorizontalBarSeries;
        auto *set = new QBarSet(view->model()->headerData(spec.firstValueColumn, Qt::Horizontal).toString());
        QStringList labels = view->categories();
        // Horizontal bars grow upwards; the funnel's first step belongs on top.
        for (int row = view->model()->rowCount() - 1; row >= 0; --row) {
            set->append(view->value(row, spec.firstValueColumn));
        }
        std::reverse(labels.begin(), labels.end());
        series->append(set);
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
        series->setLabelsPrecision(12);
        view->chart()->addSeries(series);
        series->attachAxis(categoryAxis);
        series->attachAxis(valueAxis);
        setCategories(categoryAxis, labels);
        categoryAxis->setLabelsAngle(0);
        setValueRange(valueAxis, view->valueRange(), false, view);
        view->chart()->legend()->setVisible(false);
    };
    view->rebuild();
    return view;
}

void setChartTitle(QWidget *chart, const QString &title)
{
    if (auto *view = dynamic_cast<ChartView *>(chart)) {
        view->setTitle(title);
    }
}

QString chartTitle(const QWidget *chart)
{
    const auto *view = dynamic_cast<const ChartView *>(chart);
    return view ? view->spec().title : QString();
}

}  // namespace Crm::Ui::Charts
