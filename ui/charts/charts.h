#pragma once

#include <QList>
#include <QString>

class QAbstractItemModel;
class QWidget;

// The one adapter between the application and Qt Charts (deprecated from Qt 6.10): nothing
// outside ui/charts includes a Qt Charts header, so a move to Qt Graphs stays local.
namespace Crm::Ui::Charts {

// Which columns of a table model a chart shows. Rows are categories (months, segments,
// funnel steps); value columns are read through ChartValueRole.
struct ChartSpec
{
    QString title;
    int labelColumn = 0;
    int firstValueColumn = 1;
    int lastValueColumn = 1;  // inclusive; value columns are contiguous; -1: the model's last column
    QString valueAxisTitle;
};

enum class BarLayout { Grouped, Stacked };

// Every chart follows its model's changes and offers Copy, Save as PNG and Save as SVG on
// right click (chartexport.h).
QWidget *createBarChart(QAbstractItemModel *model, const ChartSpec &spec, BarLayout layout, QWidget *parent);
QWidget *createLineChart(QAbstractItemModel *model, const ChartSpec &spec, QWidget *parent);
// Horizontal bars, first row on top, each labelled with its value: a funnel's steps.
QWidget *createFunnelChart(QAbstractItemModel *model, const ChartSpec &spec, QWidget *parent);

// Changes the title of a chart the functions above made (shown, accessible name, file name).
void setChartTitle(QWidget *chart, const QString &title);
// The title of a chart the functions above made; empty for any other widget.
QString chartTitle(const QWidget *chart);

}  // namespace Crm::Ui::Charts
