#include "chartexport.h"

#include "export/filenames.h"
#include "export/svgpaintdevice.h"

#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QCoreApplication>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>

namespace Crm::Ui::Charts {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Ui::Charts)
};

}  // namespace

Core::VoidResult writeChartSvg(QWidget *chart, QIODevice &output)
{
    auto *view = qobject_cast<QChartView *>(chart);
    const QSize size = view ? view->viewport()->size() : chart->size();
    SvgPaintDevice device(&output, QSizeF(size));
    device.setTitle(view ? view->chart()->title() : chart->accessibleName());
    QPainter painter;
    if (!painter.begin(&device)) {
        return Core::makeError(
            Core::Error::Code::Io,
            QCoreApplication::translate("Crm::Ui::Charts", "Cannot write the chart: %1").arg(output.errorString()));
    }
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    if (view) {
        // The scene as the viewport shows it, one scene unit per SVG unit.
        view->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), view->viewport()->rect(), Qt::IgnoreAspectRatio);
    } else {
        chart->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    }
    if (!painter.end()) {
        return Core::makeError(
            Core::Error::Code::Io,
            QCoreApplication::translate("Crm::Ui::Charts", "Cannot write the chart: %1").arg(output.errorString()));
    }
    return {};
}

Core::VoidResult saveChartSvg(QWidget *chart, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Core::makeError(
            Core::Error::Code::Io,
            QCoreApplication::translate("Crm::Ui::Charts", "Cannot write %1: %2").arg(path, file.errorString()));
    }
    if (auto ok = writeChartSvg(chart, file); !ok) {
        file.cancelWriting();
        return ok;
    }
    if (!file.commit()) {
        return Core::makeError(
            Core::Error::Code::Io,
            QCoreApplication::translate("Crm::Ui::Charts", "Cannot write %1: %2").arg(path, file.errorString()));
    }
    return {};
}

void execChartMenu(QWidget *chart, const QString &title, const QPoint &globalPos, const QList<QAction *> &more)
{
    QMenu menu(chart);
    menu.addAction(Text::tr("Copy Chart"), chart, [chart] { QApplication::clipboard()->setPixmap(chart->grab()); });
    menu.addAction(Text::tr("Save Chart as PNG…"), chart, [chart, title] {
        const QString path = QFileDialog::getSaveFileName(
            chart, Text::tr("Save Chart"), suggestedFileName(title, Text::tr("Chart")) + QStringLiteral(".png"),
            Text::tr("PNG images (*.png)"));
        if (!path.isEmpty() && !chart->grab().save(path, "PNG")) {
            QMessageBox::warning(chart, Text::tr("Save Chart"), Text::tr("Cannot write %1.").arg(path));
        }
    });
    menu.addAction(Text::tr("Save Chart as SVG…"), chart, [chart, title] {
        const QString path = QFileDialog::getSaveFileName(
            chart, Text::tr("Save Chart"), suggestedFileName(title, Text::tr("Chart")) + QStringLiteral(".svg"),
            Text::tr("SVG vector images (*.svg)"));
        if (path.isEmpty()) {
            return;
        }
        if (auto ok = saveChartSvg(chart, path); !ok) {
            QMessageBox::warning(chart, Text::tr("Save Chart"), ok.error().message);
        }
    });
    if (!more.isEmpty()) {
        menu.addSeparator();
        menu.addActions(more);
    }
    menu.exec(globalPos);
}

}  // namespace Crm::Ui::Charts
