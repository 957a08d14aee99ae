#include "common/translations.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/recentworkspaces.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CRM Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(CRM_VERSION));
    QApplication::setOrganizationName(QStringLiteral("CRM Workbench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "CRM analytics workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("lang"),
                      QApplication::translate("main", "Interface language: en, zh_CN or zh_TW."),
                      QStringLiteral("LANG")});
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QApplication::translate("main", "Workspace file (.crmdb) to open."));
    parser.process(app);
    Crm::Core::installTranslators(app, Crm::Core::resolveLanguage(parser.value(QStringLiteral("lang"))));

    Crm::Ui::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty()) {
        window.openWorkspace(QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath());
    } else if (const QStringList recent = Crm::Ui::RecentWorkspaces().paths(); !recent.isEmpty()) {
        window.openWorkspace(recent.constFirst());
    }
    return QApplication::exec();
}
