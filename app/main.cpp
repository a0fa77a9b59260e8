#include "app/core/firstframe.h"
#include "app/core/unixsignals.h"
#include "app/demobackend.h"
#include "app/secrets/profilestore.h"
#include "app/secrets/secretstore.h"
#include "tools/startupprobe.h"
#include "translations/i18n.h"
#include "ui/mainwindow.h"
#include "ui/wizard/wizardlauncher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstring>

namespace {

bool wantsInformationOnly(int argc, char **argv) {
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"--help", "-h", "-?", "--help-all", "--version", "-v"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

// The language is needed before the parser is built (its texts are translated), so --lang is
// read from argv first; the parser then only documents and checks it.
QLocale requestedLocale(int argc, char **argv) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg.startsWith("--lang="))
            return QLocale(QString::fromLocal8Bit(arg.mid(7)));
        if (arg == "--lang" && i + 1 < argc)
            return QLocale(QString::fromLocal8Bit(argv[i + 1]));
    }
    return QLocale();
}

void configure(QCoreApplication &app, const QLocale &locale) {
    QCoreApplication::setOrganizationName(QStringLiteral("vpc-peering-wizard"));
    QCoreApplication::setApplicationName(QStringLiteral("vpc-peering-wizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VPW_VERSION));
    vpw::installTranslators(app, locale);
}

void processArguments(const QCoreApplication &app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Connects an EMQX Cloud deployment to your Alibaba Cloud or Huawei Cloud VPC."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("lang"),
                      QCoreApplication::translate("main", "Interface language: zh_CN or en."),
                      QCoreApplication::translate("main", "language")});
    parser.process(app);
}

} // namespace

int main(int argc, char **argv) {
    const QLocale locale = requestedLocale(argc, argv);

    // --help and --version print and exit without a display: no widgets for them.
    if (wantsInformationOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        configure(app, locale);
        processArguments(app);
        return 0;
    }

    QApplication app(argc, argv);
    vpw::installStartupProbe(app); // scripts/bench.sh only (VPW_STARTUP_PROBE)
    configure(app, locale);
    QApplication::setApplicationDisplayName(
        QCoreApplication::translate("main", "VPC Peering Wizard"));
    QGuiApplication::setDesktopFileName(QStringLiteral("vpc-peering-wizard"));
    processArguments(app);
    vpw::quitOnTerminationSignals(app);

    vpw::secrets::ProfileStore profiles;
    vpw::secrets::SecretStore secrets;
    vpw::ui::MainWindow window(&profiles, &secrets);
    vpw::ui::installPeeringWizards(&window); // "New peering…" opens the setup wizard
    vpw::DemoBackend demo(&profiles, &secrets);
    QObject::connect(&demo, &vpw::DemoBackend::ready, &window, [&window, &profiles] {
        if (profiles.current().demo)
            window.connectProfile();
    });
    QObject::connect(&demo, &vpw::DemoBackend::failed, &window,
                     &vpw::ui::MainWindow::showConnectionProblem);
    window.show();
    window.connectProfile();
    // What the first frame does not show waits until it is on screen (docs/performance.md):
    // the window icon (an SVG: QtSvg and its icon engine render every size the window manager
    // is given) and the built-in sandbox (its QHttpServer initialises the TLS backend: OpenSSL
    // and the system CA store).
    vpw::runAfterFirstFrame(&window, [&demo] {
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/vpc-peering-wizard.svg")));
        demo.start();
    });
    return QApplication::exec();
}
