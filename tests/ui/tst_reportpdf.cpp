#include "analysis/campaigns/campaigns.h"
#include "analysis/funnel/funnel.h"
#include "analysis/lifecycle/lifecycle.h"
#include "report/campaignreview.h"
#include "report/reportpainter.h"
#include "store/demogenerator.h"
#include "testworkspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFontDatabase>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Crm::Core;
using namespace Crm::Core::Report;
using Crm::Ui::ReportPainter;

namespace {

// Runs a poppler tool and returns its standard output; empty when it fails.
QString runTool(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(tool), arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

bool havePoppler()
{
    for (const char *tool : {"pdftotext", "pdfinfo", "pdffonts", "pdfimages"}) {
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty()) {
            return false;
        }
    }
    return true;
}

// pdftotext breaks lines where the layout wraps; numbers never wrap, so compare on a text
// with all whitespace runs collapsed.
// CJK fonts map some ideographs to their Kangxi-radical twins in the PDF's ToUnicode table
// (行 comes back as U+2F8F); NFKC folds them back.
QString pdfText(const QString &path)
{
    return runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")})
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

bool allFontsEmbedded(const QString &pdffontsOutput)
{
    // Two header lines, then one line per font; the "emb" column must say "yes".
    const QStringList lines = pdffontsOutput.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() <= 2) {
        return false;
    }
    const qsizetype embColumn = lines.at(0).indexOf(QStringLiteral("emb"));
    for (qsizetype i = 2; i < lines.size(); ++i) {
        if (lines.at(i).mid(embColumn, 3) != QLatin1String("yes")) {
            return false;
        }
    }
    return true;
}

int pdfPageCount(const QString &path)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {path});
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return pages.hasMatch() ? pages.captured(1).toInt() : -1;
}

QString pageText(const QString &path, int page)
{
    const QString number = QString::number(page);
    return runTool(QStringLiteral("pdftotext"),
                   {QStringLiteral("-f"), number, QStringLiteral("-l"), number, path, QStringLiteral("-")})
        .simplified();
}

}  // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldPickThePageSizeFromTheTerritory_data();
    void shouldPickThePageSizeFromTheTerritory();
    void shouldWriteAnA4PdfWithEveryFontEmbedded();
    void shouldDrawChartsAsVectorsNotImages();
    void shouldPrintTheNumbersOfTheAnalyses();
    void shouldWriteLetterPagesWhenAsked();
    void shouldRepeatTableHeadersOnEveryPage();
    void shouldRenderChinese_data();
    void shouldRenderChinese();
    void shouldNumberPdfPagesOfTheTotal();
    void shouldWriteEveryFigureAsSvg();
    void shouldNumberPrintedPagesOfTheTotal_data();
    void shouldNumberPrintedPagesOfTheTotal();

private:
    ReportDocument build(const QString &language = QStringLiteral("en"));

    Crm::Test::TestWorkspace m_workspace;
    std::optional<Store::Connection> m_connection;
    QTemporaryDir m_dir;
    QString m_englishPdf;
};

ReportDocument TestReportPdf::build(const QString &language)
{
    CampaignReviewRequest request;
    request.workspaceName = QStringLiteral("demo");
    request.language = language;
    request.locale = QLocale(language);
    auto document = buildCampaignReview(m_connection->database(), request);
    return document ? std::move(document).value() : ReportDocument {};
}

void TestReportPdf::initTestCase()
{
    if (!havePoppler()) {
        QSKIP("poppler-utils (pdftotext, pdfinfo, pdffonts, pdfimages) are not installed");
    }
    QVERIFY(m_workspace.isValid());
    Store::DemoOptions options;
    options.customers = 1500;
    QVERIFY(Store::generateDemo(m_workspace.workspace(), options).hasValue());
    auto connection = m_workspace.workspace().connect();
    QVERIFY(connection.hasValue());
    m_connection.emplace(std::move(connection).value());

    // Generation time: model + two layout passes + writing (the issue asks for < 2 s on the
    // 5000-customer demo; here only a generous bound is asserted, the time is printed).
    QElapsedTimer timer;
    timer.start();
    ReportPainter painter(build());
    painter.setPageSize(QPageSize(QPageSize::A4));
    m_englishPdf = m_dir.filePath(QStringLiteral("review-en.pdf"));
    QVERIFY(painter.writePdf(m_englishPdf).hasValue());
    const qint64 elapsed = timer.elapsed();
    qInfo("Campaign review of a 1500-customer demo generated in %lld ms", elapsed);
    QVERIFY(elapsed < 20000);
}

void TestReportPdf::shouldPickThePageSizeFromTheTerritory_data()
{
    QTest::addColumn<QLocale::Territory>("territory");
    QTest::addColumn<QPageSize::PageSizeId>("expected");
    QTest::newRow("United States") << QLocale::UnitedStates << QPageSize::Letter;
    QTest::newRow("Canada") << QLocale::Canada << QPageSize::Letter;
    QTest::newRow("China") << QLocale::China << QPageSize::A4;
    QTest::newRow("Taiwan") << QLocale::Taiwan << QPageSize::A4;
    QTest::newRow("United Kingdom") << QLocale::UnitedKingdom << QPageSize::A4;
}

void TestReportPdf::shouldPickThePageSizeFromTheTerritory()
{
    QFETCH(QLocale::Territory, territory);
    QFETCH(QPageSize::PageSizeId, expected);
    QCOMPARE(ReportPainter::pageSizeFor(territory).id(), expected);
}

void TestReportPdf::shouldWriteAnA4PdfWithEveryFontEmbedded()
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {m_englishPdf});
    QVERIFY2(info.contains(QStringLiteral("595 x 842 pts (A4)")), qPrintable(info));
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    QVERIFY(pages.hasMatch());
    ReportPainter painter(build());
    painter.setPageSize(QPageSize(QPageSize::A4));
    QCOMPARE(pages.captured(1).toInt(), painter.countPages());
    QVERIFY(pages.captured(1).toInt() >= 6);

    // pdffonts: two header lines, then one line per font; column "emb" must be "yes".
    const QStringList lines
        = runTool(QStringLiteral("pdffonts"), {m_englishPdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 2);
    const qsizetype embColumn = lines.at(0).indexOf(QStringLiteral("emb"));
    for (qsizetype i = 2; i < lines.size(); ++i) {
        QCOMPARE(lines.at(i).mid(embColumn, 3), QStringLiteral("yes"));
    }
    // The English report still needs a CJK face for Chinese customer names.
    QVERIFY(lines.join(QLatin1Char('\n')).contains(QStringLiteral("CJK")));
}

void TestReportPdf::shouldDrawChartsAsVectorsNotImages()
{
    // pdfimages -list prints two header lines and one line per embedded image.
    const QStringList lines = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), m_englishPdf})
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
}

void TestReportPdf::shouldPrintTheNumbersOfTheAnalyses()
{
    const QString text = pdfText(m_englishPdf);
    QVERIFY(!text.isEmpty());
    const QLocale en(QStringLiteral("en"));
    const QDate asOf = QDate(2026, 1, 1);  // the demo's last order day is 2025-12-31

    Analysis::LifecycleRequest lifecycleRequest;
    lifecycleRequest.asOf = asOf;
    auto lifecycle = Analysis::runLifecycle(m_connection->database(), lifecycleRequest);
    QVERIFY(lifecycle.hasValue());
    const QString dormant = en.toString(lifecycle->stageCounts.at(size_t(Analysis::LifecycleStage::Dormant)));
    QVERIFY2(text.contains(QStringLiteral("%1 customers are dormant").arg(dormant)), qPrintable(dormant));

    Analysis::FunnelRequest funnelRequest;
    funnelRequest.lifecycle.asOf = asOf;
    auto funnel = Analysis::runFunnel(m_connection->database(), funnelRequest);
    QVERIFY(funnel.hasValue());
    for (const Analysis::FunnelStep &step : funnel->steps) {
        QVERIFY2(text.contains(en.toString(step.customers)), qPrintable(step.name));
    }

    Analysis::CampaignsRequest campaignsRequest;
    campaignsRequest.asOf = asOf;
    auto campaigns = Analysis::runCampaigns(m_connection->database(), campaignsRequest);
    QVERIFY(campaigns.hasValue());
    for (const Analysis::CampaignStats &stats : campaigns->campaigns) {
        QVERIFY(stats.responseRate.has_value());
        // Contacts and response rate as printed in the campaign table row.
        const QString rate = en.toString(*stats.responseRate * 100, 'f', 1) + QLatin1Char('%');
        QVERIFY2(text.contains(en.toString(stats.contacts)), qPrintable(stats.name));
        QVERIFY2(text.contains(rate), qPrintable(rate));
        if (stats.incrementalRevenue) {
            const qint64 minor = *stats.incrementalRevenue;
            const QString money = (minor < 0 ? QStringLiteral("-") : QString()) + en.toString(std::abs(minor) / 100)
                + QStringLiteral(".%1").arg(std::abs(minor) % 100, 2, 10, QLatin1Char('0'));
            QVERIFY2(text.contains(money), qPrintable(money));
        }
    }
    QVERIFY(text.contains(QStringLiteral("No control group: attributed only")));
    QVERIFY(text.contains(QStringLiteral("Page 2 of")));
    QVERIFY(text.contains(QStringLiteral("Methodology")));
}

void TestReportPdf::shouldWriteLetterPagesWhenAsked()
{
    ReportPainter painter(build());
    painter.setPageSize(ReportPainter::pageSizeFor(QLocale::UnitedStates));
    const QString path = m_dir.filePath(QStringLiteral("letter.pdf"));
    QVERIFY(painter.writePdf(path).hasValue());
    QVERIFY(runTool(QStringLiteral("pdfinfo"), {path}).contains(QStringLiteral("612 x 792 pts (letter)")));
}

void TestReportPdf::shouldRepeatTableHeadersOnEveryPage()
{
    ReportDocument document;
    document.title = QStringLiteral("Long table");
    document.language = QStringLiteral("en");
    document.asOf = QDate(2026, 1, 1);
    ReportSection section;
    section.key = QStringLiteral("long");
    section.title = QStringLiteral("Long");
    ReportTable table;
    table.title = QStringLiteral("Customers");
    table.columns = {{QStringLiteral("id"), DataColumn::Type::Text}, {QStringLiteral("v"), DataColumn::Type::Money}};
    table.headers = {QStringLiteral("HeaderId"), QStringLiteral("HeaderValue")};
    for (int i = 0; i < 150; ++i) {
        table.rows << QVariantList {QStringLiteral("row%1").arg(i), qint64(i * 100)};
    }
    section.blocks << table;
    document.sections << section;
    ReportPainter painter(document);
    painter.setPageSize(QPageSize(QPageSize::A4));
    const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
    QVERIFY(painter.writePdf(path).hasValue());
    const int pages = painter.countPages();
    QVERIFY(pages >= 4);  // cover + 150 rows over several pages
    for (int page = 2; page <= pages; ++page) {
        const QString text = runTool(QStringLiteral("pdftotext"),
                                     {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                      QString::number(page), path, QStringLiteral("-")});
        QVERIFY2(text.contains(QStringLiteral("HeaderId")) && text.contains(QStringLiteral("HeaderValue")),
                 qPrintable(QStringLiteral("page %1").arg(page)));
        if (page > 2) {
            QVERIFY(text.contains(QStringLiteral("Customers (continued)")));
        }
    }
    QVERIFY(pdfText(path).contains(QStringLiteral("row149")));
}

void TestReportPdf::shouldRenderChinese_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fontName");
    QTest::newRow("Simplified") << QStringLiteral("zh_CN") << QStringLiteral("NotoSansCJKsc");
    QTest::newRow("Traditional") << QStringLiteral("zh_TW") << QStringLiteral("NotoSansCJKtc");
}

void TestReportPdf::shouldRenderChinese()
{
    QFETCH(QString, language);
    QFETCH(QString, fontName);
    QTranslator translator;
    if (!translator.load(QStringLiteral(":/i18n/crm_%1.qm").arg(language))) {
        QSKIP("The translation catalog is not built into this test");
    }
    // The catalog's own words, so the test follows the translators' wording.
    const QString title = translator.translate("Crm::Report", "Campaign review");
    const QString summary = translator.translate("Crm::Report", "Executive summary");
    if (title.isEmpty() || summary.isEmpty()) {
        QSKIP("The report is not translated into this language yet");
    }
    QCoreApplication::installTranslator(&translator);
    const ReportDocument document = build(language);
    QCoreApplication::removeTranslator(&translator);
    ReportPainter painter(document);
    painter.setPageSize(QPageSize(QPageSize::A4));
    const QString path = m_dir.filePath(QStringLiteral("review-%1.pdf").arg(language));
    QVERIFY(painter.writePdf(path).hasValue());
    const QString text = pdfText(path);
    QVERIFY2(text.contains(title), qPrintable(text.left(300)));
    QVERIFY2(text.contains(summary), qPrintable(summary));
    // Customer names stay as written (shortened): the dormant table holds Chinese surnames.
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\p{Han}\\*"))));
    const QString fonts = runTool(QStringLiteral("pdffonts"), {path});
    if (QFontDatabase::hasFamily(QStringLiteral("Noto Sans CJK SC"))) {
        QVERIFY2(fonts.contains(fontName), qPrintable(fonts));
    }
    QVERIFY2(allFontsEmbedded(fonts), qPrintable(fonts));
}

void TestReportPdf::shouldNumberPdfPagesOfTheTotal()
{
    const int pages = pdfPageCount(m_englishPdf);
    QVERIFY(pages > 1);
    QVERIFY2(pageText(m_englishPdf, 1).contains(QStringLiteral("Page 1 of %1").arg(pages)),
             qPrintable(pageText(m_englishPdf, 1)));
    QVERIFY(pageText(m_englishPdf, pages).contains(QStringLiteral("Page %1 of %1").arg(pages)));
}

void TestReportPdf::shouldWriteEveryFigureAsSvg()
{
    // Given the review's figures in report order
    const ReportDocument document = build();
    QList<ReportFigure> figures;
    for (const ReportSection &section : document.sections) {
        for (const ReportBlock &block : section.blocks) {
            if (const auto *figure = std::get_if<ReportFigure>(&block)) {
                figures << *figure;
            }
        }
    }
    QVERIFY(figures.size() >= 4);
    // When they are written as SVG files
    const QString dir = m_dir.filePath(QStringLiteral("figures"));
    const auto written = ReportPainter(document).writeFigures(dir);
    QVERIFY2(written, written ? "" : qPrintable(written.error().describe()));
    // Then there is one well-formed file per figure, with its title, categories and
    // caption as text and no embedded bitmaps
    QCOMPARE(written->size(), figures.size());
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const ReportFigure &figure = figures.at(i);
        QCOMPARE(QFileInfo(written->at(i)).fileName(),
                 QStringLiteral("%1-%2.svg").arg(i + 1, 2, 10, QLatin1Char('0')).arg(figure.key));
        QFile file(written->at(i));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader reader(&file);
        QStringList texts;
        int images = 0;
        int shapes = 0;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement() && reader.name() == QLatin1String("text")) {
                texts << reader.readElementText().trimmed();
            } else if (reader.isStartElement() && reader.name() == QLatin1String("image")) {
                ++images;
            } else if (reader.isStartElement()
                       && (reader.name() == QLatin1String("rect") || reader.name() == QLatin1String("path"))) {
                ++shapes;
            }
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QVERIFY2(texts.contains(figure.title), qPrintable(figure.title));
        // Categories may wrap onto two lines, and mixed Chinese and Latin text comes in one
        // run per font: compare without spaces.
        const QString all = texts.join(QString()).remove(QLatin1Char(' '));
        for (const QString &category : figure.categories) {
            QVERIFY2(all.contains(QString(category).remove(QLatin1Char(' '))), qPrintable(category));
        }
        QCOMPARE(images, 0);
        QVERIFY(shapes > figure.categories.size());
    }
}

void TestReportPdf::shouldNumberPrintedPagesOfTheTotal_data()
{
    QTest::addColumn<int>("resolution");
    QTest::addColumn<QPageSize::PageSizeId>("size");
    // 72 dpi as the print preview sets it; 600 and 1200 dpi as printers' own resolutions.
    QTest::newRow("A4, 72 dpi") << 72 << QPageSize::A4;
    QTest::newRow("A4, 600 dpi") << 600 << QPageSize::A4;
    QTest::newRow("Letter, 1200 dpi") << 1200 << QPageSize::Letter;
}

void TestReportPdf::shouldNumberPrintedPagesOfTheTotal()
{
    QFETCH(int, resolution);
    QFETCH(QPageSize::PageSizeId, size);
    // Given a printer (with its default margins, as the print dialog leaves them)
    const QString path = m_dir.filePath(QStringLiteral("printed-%1.pdf").arg(resolution));
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        printer.setResolution(resolution);
        printer.setPageSize(QPageSize(size));
        const ReportPainter painter(build());
        // When the review is printed
        const int painted = painter.paint(printer);
        // Then the count it lays out on the printer is the count printed, on every page's footer
        QCOMPARE(painted, painter.countPages(printer));
        QVERIFY(painted > 1);
    }
    if (const QString keep = qEnvironmentVariable("CRM_TEST_OUTPUT"); !keep.isEmpty()) {
        QFile::copy(path, QDir(keep).filePath(QFileInfo(path).fileName()));  // for a look at the pages
    }
    const int pages = pdfPageCount(path);
    QVERIFY(pages > 1);
    QVERIFY2(pageText(path, 1).contains(QStringLiteral("Page 1 of %1").arg(pages)), qPrintable(pageText(path, 1)));
    const QString last = pageText(path, pages);
    QVERIFY2(last.contains(QStringLiteral("Page %1 of %1").arg(pages)), qPrintable(last));
    // The layout is in points at any resolution: the type keeps its size (the printer's
    // margins leave a little less room than the PDF's full page).
    QVERIFY2(pages < 2 * pdfPageCount(m_englishPdf), qPrintable(QString::number(pages)));
}

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
