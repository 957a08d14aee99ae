#include "analysis/common/analysisparameters.h"
#include "analysis/common/purchasehistory.h"
#include "commandline.h"
#include "common/translations.h"
#include "report/campaignreview.h"
#include "report/reportpainter.h"
#include "store/workspace.h"
#include "store/workspacesettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace Crm::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Cli)
};

int runReport(const QCommandLineParser &parser, Console &console)
{
    if (!parser.positionalArguments().isEmpty()) {
        return failUsage(console, Text::tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    }
    const QString dbPath = parser.value(QStringLiteral("db"));
    const QString outPath = parser.value(QStringLiteral("out"));
    const QString figuresDir = parser.value(QStringLiteral("figures"));
    if (dbPath.isEmpty() || (outPath.isEmpty() && figuresDir.isEmpty())) {
        return failUsage(console, Text::tr("--db FILE and --out FILE.pdf (or --figures DIR) are required"));
    }
    if (!outPath.isEmpty() && QFileInfo(outPath).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0) {
        return failUsage(console, Text::tr("--out must name a .pdf file"));
    }
    QString language
        = parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang")) : Core::resolveLanguage();
    if (!Core::availableLanguages().contains(language)) {
        return failUsage(
            console, Text::tr("--lang must be one of %1").arg(Core::availableLanguages().join(QStringLiteral(", "))));
    }
    QDate asOf;
    if (parser.isSet(QStringLiteral("as-of"))) {
        asOf = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!asOf.isValid()) {
            return failUsage(console, Text::tr("--as-of must be a date written YYYY-MM-DD"));
        }
    }
    std::optional<QPageSize> pageSize;
    if (parser.isSet(QStringLiteral("page-size"))) {
        const QString name = parser.value(QStringLiteral("page-size")).toLower();
        if (name == QLatin1String("a4")) {
            pageSize = QPageSize(QPageSize::A4);
        } else if (name == QLatin1String("letter")) {
            pageSize = QPageSize(QPageSize::Letter);
        } else {
            return failUsage(console, Text::tr("--page-size must be a4 or letter"));
        }
    }
    // The report's texts follow the installed catalog: install the requested language on
    // top of the one main() chose from the system.
    if (auto *app = QCoreApplication::instance()) {
        Core::installTranslators(*app, language);
    }
    QElapsedTimer timer;
    timer.start();
    auto workspace = Core::Store::Workspace::open(dbPath);
    if (!workspace) {
        return fail(console, workspace.error());
    }
    auto connection = workspace->connect();
    if (!connection) {
        return fail(console, connection.error());
    }
    Core::Report::CampaignReviewRequest request;
    request.asOf = asOf;
    request.workspaceName = QFileInfo(dbPath).completeBaseName();
    request.language = language;
    request.locale = QLocale(language);
    // The segments follow the workspace's stored rules, as in the application.
    auto settings = Core::Store::WorkspaceSettings::load(connection->database());
    if (!settings) {
        return fail(console, settings.error());
    }
    QString problem;
    request.rfm = Core::Analysis::rfmRequest(settings.value(), asOf, &problem);
    if (!problem.isEmpty()) {
        console.err << problem << Qt::endl;
    }
    auto document = Core::Report::buildCampaignReview(connection->database(), request);
    if (!document) {
        return fail(console, document.error());
    }
    Ui::ReportPainter painter(std::move(document).value());
    if (pageSize) {
        painter.setPageSize(*pageSize);
    }
    if (!outPath.isEmpty()) {
        if (auto ok = painter.writePdf(outPath); !ok) {
            return fail(console, ok.error());
        }
        console.out << Text::tr("Wrote %1 (%2 ms).").arg(QFileInfo(outPath).fileName()).arg(timer.elapsed())
                    << Qt::endl;
    }
    if (!figuresDir.isEmpty()) {
        auto figures = painter.writeFigures(figuresDir);
        if (!figures) {
            return fail(console, figures.error());
        }
        for (const QString &path : std::as_const(figures.value())) {
            console.out << Text::tr("Wrote %1.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
        }
    }
    return ExitOk;
}

}  // namespace

Command reportCommand()
{
    Command command;
    command.name = QStringLiteral("report");
    command.summary = Text::tr("Write the campaign review of a workspace as a PDF");
    command.addOptions = [](QCommandLineParser &parser) {
        parser.addOption({QStringLiteral("db"), Text::tr("Workspace file."), Text::tr("FILE")});
        parser.addOption({QStringLiteral("out"), Text::tr("PDF file to write."), Text::tr("FILE.pdf")});
        parser.addOption({QStringLiteral("as-of"), Text::tr("As-of date D (default: the day after the last order)."),
                          Text::tr("YYYY-MM-DD")});
        parser.addOption({QStringLiteral("lang"), Text::tr("Report language: en, zh_CN or zh_TW (default: system)."),
                          Text::tr("LANG")});
        parser.addOption({QStringLiteral("figures"),
                          Text::tr("Also write every chart of the review as an SVG file into DIR (for slides)."),
                          Text::tr("DIR")});
        parser.addOption({QStringLiteral("page-size"),
                          Text::tr("a4 or letter (default: Letter in the US and Canada, A4 elsewhere)."),
                          Text::tr("SIZE")});
    };
    command.run = runReport;
    return command;
}

}  // namespace Crm::Cli
