#include "commandline.h"
#include "common/translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// Only `crmwb report` paints (fonts need a QGuiApplication); every other command stays a
// plain QCoreApplication so it runs anywhere, display or not.
bool needsGui(int argc, char *argv[])
{
    return argc > 1 && std::strcmp(argv[1], "report") == 0;
}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    if (!needsGui(argc, argv)) {
        return std::make_unique<QCoreApplication>(argc, argv);
    }
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // No window is ever shown: without a display use the offscreen platform instead of failing.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
#endif
    return std::make_unique<QGuiApplication>(argc, argv);
}

}  // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("crmwb"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CRM_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("CRM Workbench"));
    Crm::Core::installTranslators(*app, Crm::Core::resolveLanguage());

    QTextStream out(stdout);
    QTextStream err(stderr);
    Crm::Cli::Console console {out, err};
    const int status = Crm::Cli::runCommandLine(QCoreApplication::arguments(), console);
    out.flush();
    err.flush();
    return status;
}
