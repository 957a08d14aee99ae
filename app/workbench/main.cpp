#include "common/translations.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/recentworkspaces.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/crm-workbench-256.png")));
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
    parser.addPositionalArgument(
        QStringLiteral("workspace"),
        QApplication::translate("main", "Workspace (.crmdb) to open, or spreadsheet to import."));
    parser.process(app);
    // --lang wins over the choice in the Language menu, which wins over the system locale.
    QString language = parser.value(QStringLiteral("lang"));
    if (language.isEmpty()) {
        language = QSettings().value(QStringLiteral("language")).toString();
    }
    const QString resolved = Crm::Core::resolveLanguage(language);
    Crm::Core::installTranslators(app, resolved);
    // Dates and numbers follow the interface language. Every parser of user text uses the C
    // locale or the widget's own (spin boxes, date edits), so they stay consistent with it.
    QLocale::setDefault(Crm::Core::localeForLanguage(resolved));

    Crm::Ui::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty()) {
        window.openFile(QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath());
    } else if (const QStringList recent = Crm::Ui::RecentWorkspaces().paths(); !recent.isEmpty()) {
        window.openWorkspace(recent.constFirst());
    }
    return QApplication::exec();
}
