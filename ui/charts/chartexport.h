#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

class QAction;
class QIODevice;
class QPoint;
class QWidget;

namespace Crm::Ui::Charts {

// Writes a chart (a widget from createBarChart() and its siblings, or a HeatmapView) as SVG
// at its current size: shapes as vector paths, labels as selectable text. Qt Charts views
// are rendered through QGraphicsView::render(), other widgets through QWidget::render().
Core::VoidResult writeChartSvg(QWidget *chart, QIODevice &output);
// Same, to a file that is replaced only when writing succeeds.
Core::VoidResult saveChartSvg(QWidget *chart, const QString &path);

// The chart's right-click menu: Copy Chart, Save Chart as PNG…, Save Chart as SVG…, then
// `more` (e.g. a heatmap's Export Table…). `title` names the default file.
void execChartMenu(QWidget *chart, const QString &title, const QPoint &globalPos, const QList<QAction *> &more = {});

}  // namespace Crm::Ui::Charts
