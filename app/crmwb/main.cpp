#include "commandline.h"
#include "common/translations.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("crmwb"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CRM_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("CRM Workbench"));
    Crm::Core::installTranslators(app, Crm::Core::resolveLanguage());

    QTextStream out(stdout);
    QTextStream err(stderr);
    Crm::Cli::Console console {out, err};
    const int status = Crm::Cli::runCommandLine(QCoreApplication::arguments(), console);
    out.flush();
    err.flush();
    return status;
}
