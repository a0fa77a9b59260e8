#include "app/core/endpointrule.h"
#include "app/core/firstframe.h"
#include "app/core/logfile.h"
#include "app/core/logging.h"
#include "app/core/unixsignals.h"
#include "app/demobackend.h"
#include "app/provideraccountcheck.h"
#include "app/providers/automationregistry.h"
#include "app/secrets/profilestore.h"
#include "app/secrets/secretstore.h"
#include "app/singleinstance.h"
#include "tools/startupprobe.h"
#include "translations/i18n.h"
#include "ui/cloudsideinstall.h"
#include "ui/doitforme/doitformelauncher.h"
#include "ui/icons.h"
#include "ui/logging.h"
#include "ui/mainwindow.h"
#include "ui/wizard/wizardlauncher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QStandardPaths>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>

namespace {

constexpr int kUsageError = 2;
const char kAppId[] = "io.github.vpc_peering_wizard.VpcPeeringWizard"; // packaging/ names it so

// What the command line asks for, checked. See addOptions() for the meaning of each.
struct Options {
    QString profile;
    QUrl sandboxUrl;
    std::optional<QString> logRules;
    bool logFile = false;
    QString testProviderAccount; // --test-provider-account: test its key, then exit
};

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

QString logFilePath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("logs/vpc-peering-wizard.log"));
}

QString sandboxApiKey() {
    const QString key = qEnvironmentVariable("VPW_SANDBOX_API_KEY");
    return key.isEmpty() ? QStringLiteral("demo") : key;
}

QString sandboxApiSecret() {
    const QString secret = qEnvironmentVariable("VPW_SANDBOX_API_SECRET");
    return secret.isEmpty() ? QStringLiteral("demo") : secret;
}

// A path under the home folder as "~/…": shorter, and the same for every user (the manual page
// is generated from --help at build time).
QString homeAsTilde(const QString &path) {
    const QString home = QDir::homePath();
    return path.startsWith(home + u'/') ? u'~' + path.mid(home.size()) : path;
}

void addOptions(QCommandLineParser &parser) {
    parser.setApplicationDescription(
        QCoreApplication::translate(
            "main",
            "Connects an EMQX Cloud deployment to your Alibaba Cloud or Huawei Cloud VPC.") +
        u'\n' + u'\n' +
        QCoreApplication::translate(
            "main", "Environment:\n"
                    "  QT_LOGGING_RULES        logging rules; they override --log-level\n"
                    "  VPW_SANDBOX_API_KEY     API key for --sandbox-url (default: demo)\n"
                    "  VPW_SANDBOX_API_SECRET  API secret for --sandbox-url (default: demo)\n"
                    "Only one instance runs per user: starting it again raises its window."));
    parser.addHelpOption();
    parser.addOptions({
        {{QStringLiteral("v"), QStringLiteral("version")},
         QCoreApplication::translate("main", "Displays the version of the application and of Qt.")},
        {QStringLiteral("lang"),
         QCoreApplication::translate("main", "Interface language: zh_CN or en."),
         QCoreApplication::translate("main", "language")},
        {QStringLiteral("profile"),
         QCoreApplication::translate(
             "main", "Open the credential profile with this name or id (it becomes the current "
                     "one)."),
         QCoreApplication::translate("main", "name|id")},
        {QStringLiteral("sandbox-url"),
         QCoreApplication::translate(
             "main", "Connect the demo profile to a standalone sandbox (vpc-peering-sandbox) at "
                     "this loopback URL instead of starting one inside the application."),
         QCoreApplication::translate("main", "url")},
        {QStringLiteral("test-provider-account"),
         QCoreApplication::translate(
             "main", "Test the key of the stored provider account with this name or id with one "
                     "read call (as the profiles dialog's Test key does), print the outcome and "
                     "exit: 0 when the key works, 1 otherwise. Opens no window."),
         QCoreApplication::translate("main", "name|id")},
        {QStringLiteral("log-level"),
         QCoreApplication::translate(
             "main", "Log level of the vpw.* categories: debug, info (default), warning or "
                     "critical."),
         QCoreApplication::translate("main", "level")},
        {QStringLiteral("log-file"),
         QCoreApplication::translate(
             "main", "Also write the log to %1 (kept under 1 MiB; the 3 previous files are "
                     "kept as .1, .2, .3).")
             .arg(homeAsTilde(logFilePath()))},
    });
}

void printUsageError(const QString &message) {
    std::fprintf(stderr, "vpc-peering-wizard: %s\n", qPrintable(message));
}

// The standalone sandbox listens on loopback only (and http is only allowed there).
bool isLoopbackUrl(const QUrl &url) {
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") &&
           vpw::isLoopbackHost(url.host());
}

// Parses and checks the command line; prints and exits itself for --help, --version and
// unknown options (exit code 1), returns nullopt after printing any other usage error.
std::optional<Options> processArguments(const QCoreApplication &app) {
    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("%s %s\n%s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()),
                    qPrintable(QCoreApplication::translate("main", "Qt %1 (built with Qt %2)")
                                   .arg(QLatin1String(qVersion()), QLatin1String(QT_VERSION_STR))));
        std::exit(0);
    }

    Options options;
    options.profile = parser.value(QStringLiteral("profile"));
    options.logFile = parser.isSet(QStringLiteral("log-file"));
    options.testProviderAccount = parser.value(QStringLiteral("test-provider-account"));
    if (parser.isSet(QStringLiteral("log-level"))) {
        options.logRules = vpw::logRulesForLevel(parser.value(QStringLiteral("log-level")));
        if (!options.logRules) {
            printUsageError(QCoreApplication::translate(
                "main", "--log-level must be debug, info, warning or critical."));
            return std::nullopt;
        }
    }
    if (parser.isSet(QStringLiteral("sandbox-url"))) {
        options.sandboxUrl = QUrl(parser.value(QStringLiteral("sandbox-url")), QUrl::StrictMode);
        if (!isLoopbackUrl(options.sandboxUrl)) {
            printUsageError(QCoreApplication::translate(
                "main", "--sandbox-url must be an http:// URL on this computer, "
                        "such as http://127.0.0.1:8080."));
            return std::nullopt;
        }
    }
    return options;
}

// Installs the --log-level rules (QT_LOGGING_RULES still overrides them) and, when asked, the
// log file; uninstalls the file before it closes.
class Logging {
public:
    explicit Logging(const Options &options) {
        if (options.logRules)
            QLoggingCategory::setFilterRules(*options.logRules);
        if (!options.logFile)
            return;
        m_file = std::make_unique<vpw::RotatingLogFile>(logFilePath());
        QString error;
        if (!m_file->open(&error)) {
            qCWarning(vpw::lcCore).noquote() << "no log file:" << error;
            m_file.reset();
            return;
        }
        vpw::installLogFile(m_file.get());
        qCInfo(vpw::lcCore).noquote() << "logging to" << m_file->path();
    }
    ~Logging() { vpw::installLogFile(nullptr); }
    Logging(const Logging &) = delete;
    Logging &operator=(const Logging &) = delete;

private:
    std::unique_ptr<vpw::RotatingLogFile> m_file;
};

// The profile `nameOrId` names: its id first, then its exact name, then ignoring case.
std::optional<vpw::secrets::Profile> findProfile(const vpw::secrets::ProfileStore &profiles,
                                                 const QString &nameOrId) {
    const auto all = profiles.profiles();
    for (Qt::CaseSensitivity sensitivity : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
        for (const auto &profile : all) {
            if ((sensitivity == Qt::CaseSensitive && profile.id == nameOrId) ||
                profile.name.compare(nameOrId, sensitivity) == 0)
                return profile;
        }
    }
    return std::nullopt;
}

bool openRequestedProfile(vpw::secrets::ProfileStore &profiles, const QString &nameOrId) {
    if (nameOrId.isEmpty())
        return true;
    if (const auto profile = findProfile(profiles, nameOrId)) {
        qCInfo(vpw::lcCore).noquote() << "opening profile" << profile->id;
        profiles.setCurrent(profile->id);
        return true;
    }
    QStringList names;
    for (const auto &profile : profiles.profiles())
        names << QStringLiteral("\"%1\" (%2)").arg(profile.name, profile.id);
    printUsageError(QCoreApplication::translate(
                        "main", "no profile is named \"%1\" or has that id. Profiles: %2")
                        .arg(nameOrId, names.join(QStringLiteral(", "))));
    return false;
}

// A second start: asks the first one to raise its window, then ends this process.
int activateRunningInstance(vpw::SingleInstance &instance) {
    QObject::connect(&instance, &vpw::SingleInstance::activated, &instance, [] {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                         "main", "VPC Peering Wizard is already running: its window "
                                 "was brought to the front.")));
        QCoreApplication::exit(0);
    });
    QObject::connect(
        &instance, &vpw::SingleInstance::activationFailed, &instance, [](const QString &error) {
            printUsageError(
                QCoreApplication::translate("main", "already running, but %1.").arg(error));
            QCoreApplication::exit(1);
        });
    instance.activatePrimary();
    return QCoreApplication::exec();
}

void raiseWindow(QWidget *window) {
    qCInfo(vpw::ui::lcUi) << "raising the main window for a second start";
    window->show();
    window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window->raise();
    window->activateWindow();
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
    QApplication::setStyle(new vpw::ui::ApplicationStyle);
    configure(app, locale);
    QApplication::setApplicationDisplayName(
        QCoreApplication::translate("main", "VPC Peering Wizard"));
    QGuiApplication::setDesktopFileName(QLatin1String(kAppId));
    const auto options = processArguments(app);
    if (!options)
        return kUsageError;
    const Logging logging(*options);
    if (!options->testProviderAccount.isEmpty()) { // a command, not a session: no instance
        vpw::secrets::ProfileStore profiles;
        vpw::secrets::SecretStore secrets;
        return vpw::testProviderAccount(profiles, secrets, options->testProviderAccount);
    }

    vpw::SingleInstance instance(QStringLiteral("vpc-peering-wizard"));
    QString instanceError;
    bool claimed = false;
    switch (instance.claim(&instanceError)) {
    case vpw::SingleInstance::Role::Secondary:
        return activateRunningInstance(instance);
    case vpw::SingleInstance::Role::Unchecked:
        qCWarning(vpw::lcCore).noquote() << "not checking for a running instance:" << instanceError;
        break;
    case vpw::SingleInstance::Role::Primary:
        claimed = true; // it listens for later starts once the window is on screen
        break;
    }
    vpw::quitOnTerminationSignals(app);

    vpw::secrets::ProfileStore profiles;
    vpw::secrets::SecretStore secrets;
    if (!openRequestedProfile(profiles, options->profile))
        return kUsageError;
    // The status panel comes once the first frame is on screen: no session has listed anything
    // before that (docs/performance.md).
    vpw::ui::MainWindow window(&profiles, &secrets, nullptr,
                               vpw::ui::MainWindow::PanelTiming::AfterFirstFrame);
    vpw::ui::installPeeringWizards(&window); // "New peering…" opens the setup wizard
    // "Do it for me" first where a provider's API can do the cloud-side steps (issue 16).
    vpw::registerAutomations();
    QDir().mkpath(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    vpw::ui::installDoItForMe(&window, &profiles, &secrets,
                              QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    vpw::ui::installCloudSide(&window, &profiles, &secrets,
                              QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    QObject::connect(&instance, &vpw::SingleInstance::activationRequested, &window,
                     [&window] { raiseWindow(&window); });

    std::unique_ptr<vpw::DemoBackend> demo;
    if (options->sandboxUrl.isValid()) {
        // A standalone sandbox: the demo profile points at it with the given credentials.
        secrets.setSessionSecret(QString::fromLatin1(vpw::secrets::ProfileStore::DemoProfileId),
                                 sandboxApiSecret());
        profiles.setDemoConnection(options->sandboxUrl, sandboxApiKey());
    } else {
        demo = std::make_unique<vpw::DemoBackend>(&profiles, &secrets);
        QObject::connect(demo.get(), &vpw::DemoBackend::ready, &window, [&window, &profiles] {
            if (profiles.current().demo)
                window.connectProfile();
        });
        QObject::connect(demo.get(), &vpw::DemoBackend::failed, &window,
                         &vpw::ui::MainWindow::showConnectionProblem);
    }
    window.show();
    window.connectProfile();
    // What the first frame does not show waits until it is on screen (docs/performance.md):
    // the single-instance socket (a later start retries until it listens), the window icon (its
    // pixels rendered at build time, 16 to 72 px: ui::resourceIcon, no QtSvg), the tray
    // icon (a D-Bus query for a tray, then that icon) and the built-in sandbox (its thread, its
    // SQLite state and its seed).
    vpw::runAfterFirstFrame(&window, [&demo, &window, &instance, claimed] {
        if (claimed) {
            QString error;
            if (!instance.listen(&error))
                qCWarning(vpw::lcCore).noquote()
                    << "a second start will not find this one:" << error;
        }
        QApplication::setWindowIcon(
            vpw::ui::resourceIcon(QStringLiteral(":/icons/vpc-peering-wizard.svg")));
        window.createTrayIcon();
        if (demo)
            demo->start();
        window.askOnFirstStart(); // an EMQX Cloud deployment, or the demo (first start only)
    });
    return QApplication::exec();
}
