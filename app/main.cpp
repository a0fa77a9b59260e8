#include "app/core/unixsignals.h"
#include "translations/i18n.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstring>

namespace {

bool wantsInformationOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"--help", "-h", "-?", "--help-all", "--version", "-v"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

void configure(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("vpc-peering-wizard"));
    QCoreApplication::setApplicationName(QStringLiteral("vpc-peering-wizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VPW_VERSION));
    vpw::installTranslators(app);
}

void processArguments(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Connects an EMQX Cloud deployment to your Alibaba Cloud or Huawei Cloud VPC."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
}

} // namespace

int main(int argc, char **argv)
{
    // --help and --version print and exit without a display: no widgets for them.
    if (wantsInformationOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        configure(app);
        processArguments(app);
        return 0;
    }

    QApplication app(argc, argv);
    configure(app);
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "VPC Peering Wizard"));
    processArguments(app);
    vpw::quitOnTerminationSignals(app);

    vpw::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
