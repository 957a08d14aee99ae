#pragma once

#include "report/campaignreview.h"
#include "report/reportdocument.h"

#include <QFuture>
#include <QString>

#include <optional>

namespace Crm::Ui {

// A campaign review built off the GUI thread, or why it could not be.
struct ReviewBuild
{
    std::optional<Core::Report::ReportDocument> document;
    QString pdfPath;  // set when the worker also wrote the PDF
    QString error;  // empty on success
};

// Builds the review on a worker with its own connection to the workspace; when `pdfPath`
// is not empty, also writes the PDF there (QSaveFile: nothing is left on failure).
QFuture<ReviewBuild> buildReviewAsync(const QString &workspacePath, const Core::Report::CampaignReviewRequest &request,
                                      const QString &pdfPath = {});

}  // namespace Crm::Ui
