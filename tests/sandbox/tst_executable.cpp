// Smoke test of the standalone vpc-peering-sandbox executable (path in argv[1]): the
// "listening on" line, auth over real HTTP, SIGTERM -> exit code 0, and the refusals.
#include "sandboxtestclient.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vpw::sandbox::test;

namespace {
QString g_executable;
} // namespace

class TestExecutable : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startCallStop();
    void refusals_data();
    void refusals();
    void helpAndVersion();

private:
    static QUrl waitForListeningLine(QProcess &process);
};

void TestExecutable::initTestCase() {
    QVERIFY2(QFileInfo(g_executable).isExecutable(), qPrintable(g_executable));
}

QUrl TestExecutable::waitForListeningLine(QProcess &process) {
    QSignalSpy output(&process, &QProcess::readyReadStandardOutput);
    while (!process.canReadLine()) {
        if (process.state() == QProcess::NotRunning || !output.wait(10000))
            return {};
    }
    const QString line = QString::fromUtf8(process.readLine());
    static const QRegularExpression pattern(
        QStringLiteral("^listening on (http://127\\.0\\.0\\.1:[0-9]+)\\n$"));
    const QRegularExpressionMatch match = pattern.match(line);
    if (!match.hasMatch())
        qWarning() << "unexpected line:" << line;
    return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
}

void TestExecutable::startCallStop() {
    QTemporaryDir dir;
    QProcess process;
    process.setProgram(g_executable);
    process.setArguments({QStringLiteral("--port"), QStringLiteral("0"),
                          QStringLiteral("--api-key"), QStringLiteral("smoke-key"),
                          QStringLiteral("--api-secret"), QStringLiteral("smoke-secret"),
                          QStringLiteral("--time-scale"), QStringLiteral("60"),
                          QStringLiteral("--state-file"), dir.filePath(QStringLiteral("s.json"))});
    process.start();
    QVERIFY(process.waitForStarted());
    const QUrl url = waitForListeningLine(process);
    QVERIFY2(url.isValid() && url.port() > 0, process.readAllStandardError().constData());

    Client client(url, QStringLiteral("smoke-key"), QStringLiteral("smoke-secret"));
    const Reply authorized = client.get(QStringLiteral("/api/v1/deployments"));
    QCOMPARE(authorized.status, 200);
    QCOMPARE(authorized.data().size(), 4);
    const Reply anonymous =
        client.send("GET", QStringLiteral("/api/v1/deployments"), {}, {}, false);
    QCOMPARE(anonymous.status, 401);
    QCOMPARE(anonymous.code(), QStringLiteral("UNAUTHORIZED"));

    QSignalSpy finished(&process, &QProcess::finished);
    process.terminate(); // SIGTERM
    QVERIFY(finished.wait(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().isEmpty()); // exactly one line was printed
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("s.json"))));
}

void TestExecutable::refusals_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    const QStringList credentials{QStringLiteral("--api-key"), QStringLiteral("k"),
                                  QStringLiteral("--api-secret"), QStringLiteral("s")};
    QTest::newRow("non-loopback bind")
        << (QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--bind"),
                        QStringLiteral("0.0.0.0")} +
            credentials)
        << "loopback";
    QTest::newRow("missing credentials")
        << QStringList{QStringLiteral("--port"), QStringLiteral("0")} << "--api-key";
    QTest::newRow("missing port") << credentials << "--port";
    QTest::newRow("bad time scale")
        << (QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                        QStringLiteral("--time-scale"), QStringLiteral("0")} +
            credentials)
        << "--time-scale";
    QTest::newRow("corrupt state file")
        << (QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                        QStringLiteral("--state-file"), QStringLiteral("@CORRUPT@")} +
            credentials)
        << "corrupt state file";
}

void TestExecutable::refusals() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString corrupt = dir.filePath(QStringLiteral("corrupt.json"));
    {
        QFile file(corrupt);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{not json");
    }
    arguments.replaceInStrings(QStringLiteral("@CORRUPT@"), corrupt);

    QProcess process;
    process.start(g_executable, arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

void TestExecutable::helpAndVersion() {
    QProcess help;
    help.start(g_executable, {QStringLiteral("--help")});
    QVERIFY(help.waitForFinished(10000));
    QCOMPARE(help.exitCode(), 0);
    const QByteArray text = help.readAllStandardOutput();
    for (const char *option : {"--port", "--bind", "--api-key", "--api-secret", "--time-scale",
                               "--auto-attach-after", "--rate-limit", "--state-file"})
        QVERIFY2(text.contains(option), option);

    QProcess version;
    version.start(g_executable, {QStringLiteral("--version")});
    QVERIFY(version.waitForFinished(10000));
    QCOMPARE(version.exitCode(), 0);
    QVERIFY(version.readAllStandardOutput().contains(VPW_VERSION));
}

int main(int argc, char *argv[]) {
    // The executable's path comes first; the rest goes to QTest.
    if (argc > 1 && argv[1][0] != '-') {
        g_executable = QString::fromLocal8Bit(argv[1]);
        for (int i = 1; i + 1 < argc; ++i)
            argv[i] = argv[i + 1];
        --argc;
        argv[argc] = nullptr;
    }
    QCoreApplication app(argc, argv);
    TestExecutable test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_executable.moc"
