#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QTableView;

namespace Crm::Ui::Charts {

class HeatmapDelegate;

// A table whose numeric cells are shaded by value (ChartValueRole) on one colour scale,
// with the scale shown below: cohort retention, R×F grids, P(alive) matrices. Like every
// chart it offers Copy, Save as PNG and Save as SVG on right click, and Export Table… for
// its numbers.
class HeatmapView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeatmapView)

public:
    explicit HeatmapView(const QString &title, QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    // Columns before this one are labels (cohort, size) and stay uncoloured.
    void setFirstValueColumn(int column);
    QTableView *tableView() const { return m_view; }
    // The value range the colours span, from the model's numeric cells.
    std::pair<double, double> range() const;

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void updateRange();

    QLabel *m_title;
    QTableView *m_view;
    QWidget *m_legend;
    HeatmapDelegate *m_delegate;
};

}  // namespace Crm::Ui::Charts
