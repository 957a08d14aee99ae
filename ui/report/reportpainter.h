#pragma once

#include "common/result.h"
#include "report/reportdocument.h"

#include <QFont>
#include <QLocale>
#include <QPageSize>
#include <QString>

class QIODevice;
class QPagedPaintDevice;

namespace Crm::Ui {

// Lays a ReportDocument out on pages and paints it with QPainter: a cover page, running
// headers, "page X of Y" footers, tables that repeat their header row when they continue
// on the next page, and charts drawn as vector graphics (no bitmaps). Works on any paged
// device: QPdfWriter for files, QPrinter for printing and print preview.
class ReportPainter
{
public:
    explicit ReportPainter(Core::Report::ReportDocument document);

    // A4 everywhere but the United States and Canada, which use Letter.
    static QPageSize pageSizeFor(QLocale::Territory territory);
    // The report font for a language: Noto Sans CJK SC for zh_CN, TC for zh_TW, and a Latin
    // sans serif with CJK fallbacks for English (customer names may be Chinese). Falls back
    // to whatever the system has.
    static QStringList fontFamilies(const QString &language);

    void setPageSize(const QPageSize &pageSize) { m_pageSize = pageSize; }
    QPageSize pageSize() const { return m_pageSize; }

    // Paints every page on a device whose page size is already set (QPrinter from a dialog
    // or a preview, QPdfWriter) and that no painter is active on. Lays the document out
    // twice with the device's own font metrics: once to count the pages, then to paint
    // them with "Page N of M" footers, so printers that paginate differently from the PDF
    // still print the right total. Returns the number of pages painted, 0 on failure.
    int paint(QPagedPaintDevice &device) const;

    // The pages paint() gives on `device`, drawing nothing on it.
    int countPages(QPagedPaintDevice &device) const;
    // The pages of the PDF that writePdf() writes.
    int countPages() const;

    // One figure of the review as SVG, laid out as in the PDF (title, legend, chart,
    // caption) at the width of the page's text: vector shapes, text as text.
    Core::VoidResult writeFigureSvg(const Core::Report::ReportFigure &figure, QIODevice &output) const;
    // Every figure of the review as an SVG file in `directory` (created when missing),
    // numbered in report order and named after the figure: "02-tiers.svg".
    // Returns the paths written.
    Core::Result<QStringList> writeFigures(const QString &directory) const;

    // Writes a PDF (PDF 1.4, fonts embedded, laid out in points) through QSaveFile.
    Core::VoidResult writePdf(const QString &path) const;

private:
    int layOut(QPagedPaintDevice &device, int totalPages, bool dry) const;

    Core::Report::ReportDocument m_document;
    QPageSize m_pageSize;
    QLocale m_locale;
};

}  // namespace Crm::Ui
