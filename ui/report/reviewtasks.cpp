#include "reviewtasks.h"

#include "reportpainter.h"
#include "store/workspace.h"
#include "tasks/task.h"

namespace Crm::Ui {

QFuture<ReviewBuild> buildReviewAsync(const QString &workspacePath, const Core::Report::CampaignReviewRequest &request,
                                      const QString &pdfPath)
{
    return Core::Tasks::run([workspacePath, request, pdfPath](const Core::ProgressSink &progress) {
        ReviewBuild build;
        auto workspace = Core::Store::Workspace::open(workspacePath);
        if (!workspace) {
            build.error = workspace.error().describe();
            return build;
        }
        auto connection = workspace->connect();
        if (!connection) {
            build.error = connection.error().describe();
            return build;
        }
        auto document = Core::Report::buildCampaignReview(connection->database(), request, progress);
        if (!document) {
            build.error = document.error().describe();
            return build;
        }
        build.document = std::move(document).value();
        if (!pdfPath.isEmpty()) {
            ReportPainter painter(*build.document);
            painter.setPageSize(ReportPainter::pageSizeFor(request.locale.territory()));
            if (auto ok = painter.writePdf(pdfPath); !ok) {
                build.error = ok.error().describe();
                return build;
            }
            build.pdfPath = pdfPath;
        }
        return build;
    });
}

}  // namespace Crm::Ui
