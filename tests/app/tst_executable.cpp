// The GUI executable as a user starts it: information options work without a display, and
// the window starts and quits cleanly on SIGTERM (a session logout).
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

#include <csignal>

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

private Q_SLOTS:
    void informationWithoutDisplay_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("--version") << QStringList{QStringLiteral("--version")}
                                   << QStringLiteral("vpc-peering-wizard " VPW_VERSION);
        QTest::newRow("-v") << QStringList{QStringLiteral("-v")}
                            << QStringLiteral("vpc-peering-wizard " VPW_VERSION);
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

    void startsAndQuitsOnSigterm() {
        QProcess process;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
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
};

QTEST_GUILESS_MAIN(TestExecutable)
#include "tst_executable.moc"
