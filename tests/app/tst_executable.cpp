// The GUI executable as a user starts it: information options work without a display and
// document every option, usage errors say what is wrong, the window starts and quits cleanly on
// SIGTERM (a session logout), and a whole demo session logged at debug level leaks neither the
// API secret nor an Authorization header into any output.
#include "app/secrets/profilestore.h"
#include "tests/app/appenvironment.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace vpw;

class TestExecutable : public QObject {
    Q_OBJECT

private:
    static QProcessEnvironment environmentWithoutDisplay() {
        auto env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        return env;
    }

    static QByteArray runToEnd(const QStringList &arguments, const QProcessEnvironment &env,
                               int *exitCode) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(VPW_WIZARD_EXE), arguments);
        if (!process.waitForFinished(20000)) {
            process.kill();
            process.waitForFinished();
        }
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return process.readAllStandardOutput() + process.readAllStandardError();
    }

    static QByteArray readFile(const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void informationWithoutDisplay_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("--version") << QStringList{QStringLiteral("--version")}
                                   << QStringLiteral("vpc-peering-wizard " VPW_VERSION);
        QTest::newRow("-v") << QStringList{QStringLiteral("-v")}
                            << QStringLiteral("vpc-peering-wizard " VPW_VERSION);
        QTest::newRow("--version names Qt")
            << QStringList{QStringLiteral("--version")}
            << QStringLiteral("Qt %1 (built with Qt " QT_VERSION_STR ")")
                   .arg(QLatin1String(qVersion()));
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")}
                                << QStringLiteral("Usage:");
        QTest::newRow("-h after another option")
            << QStringList{QStringLiteral("--lang=en"), QStringLiteral("-h")}
            << QStringLiteral("--version");
    }

    void informationWithoutDisplay() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        int exitCode = 0;
        const QString output =
            QString::fromUtf8(runToEnd(arguments, environmentWithoutDisplay(), &exitCode));
        QCOMPARE(exitCode, 0);
        QVERIFY2(output.contains(expected), qPrintable(output));
    }

    void helpIsTranslated() {
        auto env = environmentWithoutDisplay();
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("zh_CN"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
        int exitCode = 0;
        const QString output = QString::fromUtf8(
            runToEnd({QStringLiteral("--lang=zh_CN"), QStringLiteral("--help")}, env, &exitCode));
        QCOMPARE(exitCode, 0);
        QVERIFY2(output.contains(QStringLiteral("阿里云")), qPrintable(output));
    }

    void helpDocumentsEveryOption_data() {
        QTest::addColumn<QString>("text");
        for (const char *text :
             {"--lang <language>", "--profile <name|id>", "--sandbox-url <url>",
              "--log-level <level>", "--log-file", "--test-provider-account <name|id>", "--version",
              "--help", "QT_LOGGING_RULES", "VPW_SANDBOX_API_KEY", "VPW_SANDBOX_API_SECRET",
              "vpc-peering-wizard.log"})
            QTest::newRow(text) << QString::fromLatin1(text);
    }

    void helpDocumentsEveryOption() {
        QFETCH(QString, text);
        int exitCode = 0;
        const QString output =
            QString::fromUtf8(runToEnd({QStringLiteral("--lang=en"), QStringLiteral("--help")},
                                       environmentWithoutDisplay(), &exitCode));
        QCOMPARE(exitCode, 0);
        QVERIFY2(output.contains(text), qPrintable(output));
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown log level")
            << QStringList{QStringLiteral("--log-level=loud")}
            << QStringLiteral("--log-level must be debug, info, warning or critical");
        QTest::newRow("sandbox off this computer")
            << QStringList{QStringLiteral("--sandbox-url=http://192.0.2.10:8080")}
            << QStringLiteral("--sandbox-url must be an http:// URL on this computer");
        QTest::newRow("sandbox not a URL")
            << QStringList{QStringLiteral("--sandbox-url=127.0.0.1:8080")}
            << QStringLiteral("--sandbox-url must be an http:// URL on this computer");
        QTest::newRow("unknown profile lists the profiles")
            << QStringList{QStringLiteral("--profile=Production")}
            << QStringLiteral("no profile is named \"Production\" or has that id. Profiles: "
                              "\"Sandbox — local demo\" (sandbox-demo)");
    }

    void usageErrors() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QTemporaryDir root;
        int exitCode = 0;
        const QString output =
            QString::fromUtf8(runToEnd(QStringList{QStringLiteral("--lang=en")} + arguments,
                                       vpw::test::isolatedAppEnvironment(root.path()), &exitCode));
        QCOMPARE(exitCode, 2);
        QVERIFY2(output.contains(expected), qPrintable(output));
    }

    void opensTheRequestedProfile_data() {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("expected"); // the profile's name
        QTest::newRow("by name") << QStringLiteral("Production") << QStringLiteral("Production");
        QTest::newRow("by name, other case")
            << QStringLiteral("staging") << QStringLiteral("Staging");
        QTest::newRow("by id") << QStringLiteral("<id of Staging>") << QStringLiteral("Staging");
        QTest::newRow("the demo profile")
            << QStringLiteral("sandbox-demo") << QStringLiteral("Sandbox — local demo");
    }

    // --profile makes the profile the current one, as choosing it in the window does.
    void opensTheRequestedProfile() {
        QFETCH(QString, requested);
        QFETCH(QString, expected);
        QTemporaryDir root;
        // Where the executable's ProfileStore keeps its settings under XDG_CONFIG_HOME.
        const QString conf =
            root.filePath(QStringLiteral("config/vpc-peering-wizard/vpc-peering-wizard.conf"));
        QString stagingId;
        {
            QSettings settings(conf, QSettings::IniFormat);
            secrets::ProfileStore store(&settings);
            for (const char *name : {"Production", "Staging"}) {
                secrets::Profile profile;
                profile.name = QString::fromLatin1(name);
                profile.endpoint = QUrl(QStringLiteral("https://peering.example.com"));
                profile.apiKey = QStringLiteral("key-") + profile.name;
                QVERIFY(!store.add(profile));
                stagingId = profile.id; // the last one added
            }
            // Start from another profile than the one asked for, so the change is visible.
            if (expected != QStringLiteral("Production"))
                QVERIFY(!store.setCurrent(store.profiles().at(1).id)); // Production (by name)
            QVERIFY(store.current().name != expected);
        }
        requested.replace(QStringLiteral("<id of Staging>"), stagingId);

        QProcess app;
        app.setProcessEnvironment(vpw::test::isolatedAppEnvironment(root.path()));
        app.start(QStringLiteral(VPW_WIZARD_EXE),
                  {QStringLiteral("--lang=en"), QStringLiteral("--profile"), requested});
        QVERIFY(app.waitForStarted());
        QString output;
        QTRY_VERIFY_WITH_TIMEOUT((output += QString::fromUtf8(app.readAllStandardError()))
                                     .contains(QStringLiteral("opening profile")),
                                 30000);
        ::kill(pid_t(app.processId()), SIGTERM);
        QVERIFY(app.waitForFinished(10000));
        QCOMPARE(app.exitCode(), 0);

        QSettings settings(conf, QSettings::IniFormat);
        secrets::ProfileStore store(&settings);
        QCOMPARE(store.current().name, expected);
    }

    void startsAndQuitsOnSigterm() {
        QTemporaryDir root;
        QProcess process;
        process.setProcessEnvironment(vpw::test::isolatedAppEnvironment(root.path()));
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral(VPW_WIZARD_EXE), {QStringLiteral("--lang=en")});
        QVERIFY(process.waitForStarted());
        // Running means the event loop is up: it then prints nothing and waits for the user.
        QVERIFY(!process.waitForFinished(1500));
        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

    void debugSessionLeaksNoSecret_data() {
        QTest::addColumn<bool>("standaloneSandbox");
        QTest::newRow("built-in demo sandbox") << false;
        QTest::newRow("standalone sandbox, known secret") << true;
    }

    // A whole demo session at debug level with the log file on: the profile connects, the
    // deployments and peerings are fetched (every request carries the secret), and nothing the
    // processes print or write holds the secret or an Authorization header.
    void debugSessionLeaksNoSecret() {
        QFETCH(bool, standaloneSandbox);
        QTemporaryDir root;
        auto env = vpw::test::isolatedAppEnvironment(root.path());
        QStringList arguments{QStringLiteral("--lang=en"), QStringLiteral("--log-level"),
                              QStringLiteral("debug"), QStringLiteral("--log-file")};
        // The built-in sandbox's secret is random and only in memory; the standalone one's is
        // chosen here, so the outputs can be searched for it.
        const QString secret = QStringLiteral("leak-canary-7f3a9c41d2e8b605");
        // The provider emulators' secrets (the demo's emulated accounts, handed to the profiles
        // dialog in memory) are canaries too.
        const QString aliyunSecret = QStringLiteral("leakCanaryAliyun7f3a9c41d2e8b6");
        const QString huaweiSecret = QStringLiteral("leakCanaryHuawei7f3a9c41d2e8b605abcdefgh");
        env.insert(QStringLiteral("VPW_SANDBOX_ALIYUN_ACCESS_KEY_SECRET"), aliyunSecret);
        env.insert(QStringLiteral("VPW_SANDBOX_HUAWEI_SECRET_KEY"), huaweiSecret);
        QProcess sandbox;
        if (standaloneSandbox) {
            auto sandboxEnv = env;
            sandboxEnv.insert(QStringLiteral("QT_LOGGING_RULES"),
                              QStringLiteral("vpw.*.debug=true"));
            sandbox.setProcessEnvironment(sandboxEnv);
            sandbox.start(QStringLiteral(VPW_SANDBOX_EXE),
                          {QStringLiteral("--port"), QStringLiteral("0"),
                           QStringLiteral("--api-key"), QStringLiteral("demo"),
                           QStringLiteral("--api-secret"), secret});
            QVERIFY(sandbox.waitForReadyRead(20000));
            const QString line = QString::fromUtf8(sandbox.readLine()).trimmed();
            QVERIFY2(line.startsWith(QStringLiteral("listening on ")), qPrintable(line));
            env.insert(QStringLiteral("VPW_SANDBOX_API_SECRET"), secret);
            arguments << QStringLiteral("--sandbox-url") << line.mid(13);
        }

        QProcess app;
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(VPW_WIZARD_EXE), arguments);
        QVERIFY(app.waitForStarted());
        const QString logFile = vpw::test::appLogFile(root.path());
        // The session is under way once a request authenticated with the secret was answered.
        static const QRegularExpression answered(
            QStringLiteral("debug vpw\\.cloud: \"GET\" \"/deployments[^\"]*\" -> 200"));
        QTRY_VERIFY_WITH_TIMEOUT(QString::fromUtf8(readFile(logFile)).contains(answered), 30000);
        ::kill(pid_t(app.processId()), SIGTERM);
        QVERIFY(app.waitForFinished(10000));
        QCOMPARE(app.exitCode(), 0);
        if (standaloneSandbox) {
            sandbox.terminate();
            QVERIFY(sandbox.waitForFinished(10000));
        }

        const QList<std::pair<QString, QByteArray>> outputs = {
            {QStringLiteral("application stdout"), app.readAllStandardOutput()},
            {QStringLiteral("application stderr"), app.readAllStandardError()},
            {QStringLiteral("log file"), readFile(logFile)},
            {QStringLiteral("sandbox stdout"),
             standaloneSandbox ? sandbox.readAllStandardOutput() : QByteArray()},
            {QStringLiteral("sandbox stderr"),
             standaloneSandbox ? sandbox.readAllStandardError() : QByteArray()},
        };
        for (const auto &[name, bytes] : outputs) {
            const QString text = QString::fromUtf8(bytes);
            QVERIFY2(!text.contains(QStringLiteral("Authorization"), Qt::CaseInsensitive),
                     qPrintable(name));
            QVERIFY2(!text.contains(QStringLiteral("Basic "), Qt::CaseInsensitive),
                     qPrintable(name));
            QVERIFY2(!text.contains(secret), qPrintable(name));
            QVERIFY2(!text.contains(aliyunSecret), qPrintable(name));
            QVERIFY2(!text.contains(huaweiSecret), qPrintable(name));
        }
        // The outputs searched are the debug ones: every layer that handled the secret spoke.
        const QString log = QString::fromUtf8(readFile(logFile));
        QVERIFY2(log.contains(QStringLiteral("debug vpw.secrets: ")), qPrintable(log));
        const QString sandboxLog =
            QString::fromUtf8(standaloneSandbox ? outputs.at(4).second : readFile(logFile));
        QVERIFY2(sandboxLog.contains(QStringLiteral("vpw.sandbox: GET /api/v1/deployments")),
                 qPrintable(sandboxLog));
    }

    // --log-level sets the default; QT_LOGGING_RULES still has the last word.
    void loggingRulesOverrideLogLevel() {
        QTemporaryDir root;
        auto env = vpw::test::isolatedAppEnvironment(root.path());
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("vpw.sandbox.debug=false"));
        QProcess app;
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(VPW_WIZARD_EXE),
                  {QStringLiteral("--log-level=debug"), QStringLiteral("--log-file")});
        QVERIFY(app.waitForStarted());
        const QString logFile = vpw::test::appLogFile(root.path());
        // The sandbox logs a request before the client receives its answer.
        QTRY_VERIFY_WITH_TIMEOUT(QString::fromUtf8(readFile(logFile))
                                     .contains(QStringLiteral("debug vpw.cloud: \"GET\"")),
                                 30000);
        ::kill(pid_t(app.processId()), SIGTERM);
        QVERIFY(app.waitForFinished(10000));
        const QString log = QString::fromUtf8(readFile(logFile));
        QVERIFY2(!log.contains(QStringLiteral("debug vpw.sandbox:")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("info vpw.core: logging to")), qPrintable(log));
    }
};

QTEST_GUILESS_MAIN(TestExecutable)
#include "tst_executable.moc"
