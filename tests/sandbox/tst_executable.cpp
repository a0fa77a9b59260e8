// Smoke test of the standalone vpc-peering-sandbox executable (path in argv[1]): the
// "listening on" line, auth over real HTTP, SIGTERM -> exit code 0, and the refusals.
#include "sandboxtestclient.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <sys/resource.h>

using namespace vpw::sandbox::test;

namespace {
QString g_executable;

const QString kKey = QStringLiteral("k");
const QString kSecret = QStringLiteral("s");

QStringList serverArguments(const QStringList &extra = {}) {
    return QStringList{QStringLiteral("--port"),       QStringLiteral("0"),
                       QStringLiteral("--api-key"),    kKey,
                       QStringLiteral("--api-secret"), kSecret} +
           extra;
}

// A CEN ID ("cen-" + 18 [a-z0-9]) distinct for every `n`.
QString cenId(int n) {
    return QStringLiteral("cen-") + QString::number(n).rightJustified(18, u'a');
}

bool stop(QProcess &process) {
    QSignalSpy finished(&process, &QProcess::finished);
    process.terminate();
    return finished.wait(10000) || process.state() == QProcess::NotRunning;
}
} // namespace

class TestExecutable : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startCallStop();
    void refusals_data();
    void refusals();
    void helpAndVersion();
    void fullDiskAcknowledgesOnlyWhatIsSaved();
    void fullDiskAtFirstStartLeavesNothing();
    void longDurationsDoNotWrap_data();
    void longDurationsDoNotWrap();
    void secretSources_data();
    void secretSources();
    void debugLoggingShowsNoSecret();

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

    // Then one line per provider emulator, each on a port of its own.
    QList<QUrl> emulators;
    for (const char *name : {"aliyun", "huawei"}) {
        QSignalSpy output(&process, &QProcess::readyReadStandardOutput);
        while (!process.canReadLine() && output.wait(10000)) {
        }
        const QString line = QString::fromUtf8(process.readLine());
        const QRegularExpression pattern(
            QStringLiteral("^%1 emulator: (http://127\\.0\\.0\\.1:[0-9]+)\\n$")
                .arg(QLatin1String(name)));
        const QRegularExpressionMatch match = pattern.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        emulators.append(QUrl(match.captured(1)));
        QVERIFY(emulators.last().port() != url.port());
    }
    // An unsigned call is refused in Alibaba Cloud's shape; Huawei's gateway answers 401.
    QNetworkAccessManager network;
    QNetworkRequest aliyunRequest(emulators.at(0));
    aliyunRequest.setRawHeader("x-acs-action", "DescribeCens");
    std::unique_ptr<QNetworkReply> reply(network.post(aliyunRequest, QByteArray()));
    QSignalSpy done(reply.get(), &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    QVERIFY(reply->readAll().contains("\"Code\":\"MissingAccessKeyId\""));
    QUrl huaweiUrl = emulators.at(1);
    huaweiUrl.setPath(QStringLiteral("/v2.0/vpc/peerings"));
    reply.reset(network.get(QNetworkRequest(huaweiUrl)));
    QSignalSpy huaweiDone(reply.get(), &QNetworkReply::finished);
    QVERIFY(huaweiDone.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    QVERIFY(reply->readAll().contains("\"error_code\":\"APIGW.0301\""));

    Client client(url, QStringLiteral("smoke-key"), QStringLiteral("smoke-secret"));
    const Reply authorized = client.get(QStringLiteral("/api/v1/deployments"));
    QCOMPARE(authorized.status, 200);
    QCOMPARE(authorized.data().size(), 6);
    const Reply anonymous =
        client.send("GET", QStringLiteral("/api/v1/deployments"), {}, {}, false);
    QCOMPARE(anonymous.status, 401);
    QCOMPARE(anonymous.code(), QStringLiteral("UNAUTHORIZED"));

    QSignalSpy finished(&process, &QProcess::finished);
    process.terminate(); // SIGTERM
    QVERIFY(finished.wait(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().isEmpty()); // exactly three lines were printed
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
    const auto withOption = [&credentials](const char *option, const char *value) {
        return QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                           QString::fromLatin1(option), QString::fromLatin1(value)} +
               credentials;
    };
    QTest::newRow("port above 65535") << withOption("--port", "65536") << "--port";
    QTest::newRow("negative port") << withOption("--port", "-1") << "--port";
    QTest::newRow("time scale negative") << withOption("--time-scale", "-2") << "--time-scale";
    QTest::newRow("time scale not a number")
        << withOption("--time-scale", "fast") << "--time-scale";
    QTest::newRow("time scale NaN") << withOption("--time-scale", "nan") << "--time-scale";
    QTest::newRow("time scale infinite") << withOption("--time-scale", "inf") << "--time-scale";
    QTest::newRow("time scale too small")
        << withOption("--time-scale", "0.0000001") << "--time-scale";
    QTest::newRow("time scale too large") << withOption("--time-scale", "1e7") << "--time-scale";
    QTest::newRow("auto-attach negative")
        << withOption("--auto-attach-after", "-1") << "--auto-attach-after";
    QTest::newRow("auto-attach NaN")
        << withOption("--auto-attach-after", "nan") << "--auto-attach-after";
    QTest::newRow("auto-attach over a year")
        << withOption("--auto-attach-after", "1e12") << "--auto-attach-after";
    QTest::newRow("rate limit negative") << withOption("--rate-limit", "-5") << "--rate-limit";
    QTest::newRow("rate limit over int")
        << withOption("--rate-limit", "99999999999") << "--rate-limit";
    QTest::newRow("rate limit over a million")
        << withOption("--rate-limit", "1000001") << "--rate-limit";
    QTest::newRow("clock offset +9.2e18")
        << withOption("--clock-offset-ms", "9200000000000000000") << "--clock-offset-ms";
    QTest::newRow("clock offset -9.2e18")
        << withOption("--clock-offset-ms", "-9200000000000000000") << "--clock-offset-ms";
    QTest::newRow("clock offset over ten years")
        << withOption("--clock-offset-ms", "400000000000") << "--clock-offset-ms";
    QTest::newRow("clock offset not whole")
        << withOption("--clock-offset-ms", "1.5") << "--clock-offset-ms";
    QTest::newRow("secret file missing") << QStringList{QStringLiteral("--port"),
                                                        QStringLiteral("0"),
                                                        QStringLiteral("--api-key"),
                                                        QStringLiteral("k"),
                                                        QStringLiteral("--api-secret-file"),
                                                        QStringLiteral("@DIR@/missing")}
                                         << "--api-secret-file";
    QTest::newRow("secret file empty") << QStringList{QStringLiteral("--port"),
                                                      QStringLiteral("0"),
                                                      QStringLiteral("--api-key"),
                                                      QStringLiteral("k"),
                                                      QStringLiteral("--api-secret-file"),
                                                      QStringLiteral("@DIR@/empty")}
                                       << "is empty";
    QTest::newRow("secret twice") << (QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                                  QStringLiteral("--api-secret-file"),
                                                  QStringLiteral("@CORRUPT@")} +
                                      credentials)
                                  << "exclude each other";
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
    QFile(dir.filePath(QStringLiteral("empty"))).open(QIODevice::WriteOnly);
    arguments.replaceInStrings(QStringLiteral("@CORRUPT@"), corrupt);
    arguments.replaceInStrings(QStringLiteral("@DIR@"), dir.path());

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
    for (const char *option :
         {"--port", "--bind", "--api-key", "--api-secret", "--time-scale", "--auto-attach-after",
          "--rate-limit", "--state-file", "--api-secret-file", "VPW_SANDBOX_API_SECRET",
          "--aliyun-port", "--huawei-port", "VPW_SANDBOX_ALIYUN_ACCESS_KEY_ID",
          "VPW_SANDBOX_ALIYUN_ACCESS_KEY_SECRET", "VPW_SANDBOX_HUAWEI_ACCESS_KEY",
          "VPW_SANDBOX_HUAWEI_SECRET_KEY", "--no-provider-emulators"})
        QVERIFY2(text.contains(option), option);

    QProcess version;
    version.start(g_executable, {QStringLiteral("--version")});
    QVERIFY(version.waitForFinished(10000));
    QCOMPARE(version.exitCode(), 0);
    QVERIFY(version.readAllStandardOutput().contains(VPW_VERSION));
}

// A real full disk, unprivileged and offline: the child's file size limit (RLIMIT_FSIZE, with
// SIGXFSZ ignored) makes the kernel refuse writes past it with EFBIG, as ENOSPC would, and it
// holds for root too. Every acknowledged creation must survive; the first one that cannot be
// saved is refused with 503 STORAGE_FAILED and leaves no trace, in memory or on disk.
void TestExecutable::fullDiskAcknowledgesOnlyWhatIsSaved() {
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral("full.json"));
    const QStringList arguments = serverArguments({QStringLiteral("--state-file"), state});
    {
        QProcess first;
        first.start(g_executable, arguments);
        QVERIFY(waitForListeningLine(first).isValid());
        QVERIFY(stop(first));
    }
    const rlim_t limit = rlim_t(QFileInfo(state).size() + 4096); // room for a few peerings

    QProcess limited;
    limited.setChildProcessModifier([limit] {
        const rlimit fileSize{limit, limit};
        setrlimit(RLIMIT_FSIZE, &fileSize);
        std::signal(SIGXFSZ, SIG_IGN);
    });
    limited.start(g_executable, arguments);
    const QUrl url = waitForListeningLine(limited);
    QVERIFY2(url.isValid(), limited.readAllStandardError().constData());
    QStringList acknowledged;
    Reply refused;
    {
        Client client(url, kKey, kSecret);
        for (int i = 0; i < 60 && refused.status == 0; ++i) {
            const Reply reply =
                client.post(peeringsPath(seed::aliyun),
                            aliyunBody(QStringLiteral("192.168.%1.0/24").arg(30 + i), cenId(i)));
            if (reply.status == 201)
                acknowledged.append(reply.string("id"));
            else
                refused = reply;
        }
        QVERIFY(!acknowledged.isEmpty());
        QCOMPARE(refused.status, 503);
        QCOMPARE(refused.code(), QStringLiteral("STORAGE_FAILED"));
        // Memory is as before the refused request: the acknowledged ones and the seed's three.
        QCOMPARE(client.get(peeringsPath(seed::aliyun)).data().size(), 3 + acknowledged.size());
    }
    limited.kill(); // a crash right after: only the disk counts
    QVERIFY(limited.waitForFinished(10000));

    QProcess restarted;
    restarted.start(g_executable, arguments);
    const QUrl again = waitForListeningLine(restarted);
    QVERIFY2(again.isValid(), restarted.readAllStandardError().constData());
    Client client(again, kKey, kSecret);
    const QJsonArray peerings = client.get(peeringsPath(seed::aliyun)).data();
    QCOMPARE(peerings.size(), 3 + acknowledged.size());
    for (const QString &id : std::as_const(acknowledged))
        QCOMPARE(client.get(peeringPath(seed::aliyun, id)).status, 200);
    QVERIFY(stop(restarted));
}

// The first start with a state file, on a disk that fills up while it creates and seeds the
// database (the same RLIMIT_FSIZE seam, at several sizes, so it fills at every stage): the
// start fails saying why, in SQLite's words, and leaves no file behind, so the next start, with
// room again, seeds afresh instead of loading a half-made, empty state.
void TestExecutable::fullDiskAtFirstStartLeavesNothing() {
    int failedStarts = 0;
    for (const rlim_t limit :
         {rlim_t(2048), rlim_t(8192), rlim_t(16384), rlim_t(24576), rlim_t(32768), rlim_t(49152)}) {
        QTemporaryDir dir;
        const QString state = dir.filePath(QStringLiteral("state.json"));
        const QStringList arguments = serverArguments({QStringLiteral("--state-file"), state});
        QProcess limited;
        limited.setChildProcessModifier([limit] {
            const rlimit fileSize{limit, limit};
            setrlimit(RLIMIT_FSIZE, &fileSize);
            std::signal(SIGXFSZ, SIG_IGN);
        });
        limited.start(g_executable, arguments);
        QElapsedTimer timer;
        timer.start();
        while (!limited.canReadLine() && limited.state() != QProcess::NotRunning &&
               timer.elapsed() < 10000)
            QTest::qWait(10);
        if (limited.canReadLine()) { // listening
            QVERIFY(stop(limited));
            continue; // room enough at this size
        }
        QVERIFY(limited.state() == QProcess::NotRunning);
        ++failedStarts;
        const QString message = QString::fromUtf8(limited.readAllStandardError());
        const QString what = QStringLiteral("limit %1: %2").arg(limit).arg(message);
        qDebug().noquote() << what.trimmed();
        // SQLite's reason after the file name, not nothing.
        QVERIFY2(message.contains(QRegularExpression(QStringLiteral("state\\.json: \\S"))),
                 qPrintable(what));
        QVERIFY2(message.contains(QStringLiteral("disk")), qPrintable(what));
        QVERIFY2(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 qPrintable(what + QDir(dir.path()).entryList(QDir::Files).join(u' ')));

        QProcess again;
        again.start(g_executable, arguments);
        const QUrl url = waitForListeningLine(again);
        QVERIFY2(url.isValid(), again.readAllStandardError().constData());
        Client client(url, kKey, kSecret);
        QVERIFY2(client.get(QStringLiteral("/api/v1/deployments")).data().size() >= 2,
                 qPrintable(what));
        QVERIFY(stop(again));
    }
    QVERIFY(failedStarts >= 2); // the sizes do reach the creation and the seeding
}

void TestExecutable::longDurationsDoNotWrap_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<qint64>("windowSeconds"); // expiresAt - createdAt of a new Aliyun peering

    // Both wrapped past 2^31 ms in 32-bit arithmetic: an immediate attach, an immediate failure.
    QTest::newRow("auto-attach after 3,000,000 s")
        << QStringList{QStringLiteral("--auto-attach-after"), QStringLiteral("3000000")}
        << qint64(600);
    QTest::newRow("time scale 0.0001")
        << QStringList{QStringLiteral("--time-scale"), QStringLiteral("0.0001")} << qint64(6000000);
    QTest::newRow("both at their limits")
        << QStringList{QStringLiteral("--time-scale"), QStringLiteral("0.000001"),
                       QStringLiteral("--auto-attach-after"), QStringLiteral("31622400")}
        << qint64(600000000);
}

void TestExecutable::longDurationsDoNotWrap() {
    QFETCH(QStringList, arguments);
    QFETCH(qint64, windowSeconds);

    QProcess process;
    process.start(g_executable, serverArguments(arguments));
    const QUrl url = waitForListeningLine(process);
    QVERIFY2(url.isValid(), process.readAllStandardError().constData());
    Client client(url, kKey, kSecret);
    const Reply created = client.post(peeringsPath(seed::aliyun), aliyunBody());
    QCOMPARE(created.status, 201);
    const QDateTime createdAt =
        QDateTime::fromString(created.string("createdAt"), Qt::ISODateWithMs);
    const QDateTime expiresAt =
        QDateTime::fromString(created.string("expiresAt"), Qt::ISODateWithMs);
    QVERIFY(createdAt.isValid());
    QCOMPARE(createdAt.secsTo(expiresAt), windowSeconds);
    // Any request applies due transitions first: none is due for a long time.
    const Reply later = client.get(peeringPath(seed::aliyun, created.string("id")));
    QCOMPARE(later.string("state"), QStringLiteral("pending"));
    QVERIFY(stop(process));
}

// --api-secret-file and VPW_SANDBOX_API_SECRET keep the secret out of /proc/PID/cmdline.
void TestExecutable::secretSources_data() {
    QTest::addColumn<QByteArray>("fileContent"); // empty: from the environment
    QTest::newRow("file") << QByteArray("file-secret-1");
    QTest::newRow("file with a line break") << QByteArray("file-secret-2\r\n");
    QTest::newRow("environment") << QByteArray();
}

void TestExecutable::secretSources() {
    QFETCH(QByteArray, fileContent);
    const QString secret =
        QStringLiteral("hidden-%1")
            .arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
    QTemporaryDir dir;
    const QString secretFile = dir.filePath(QStringLiteral("secret"));
    QStringList arguments{QStringLiteral("--port"), QStringLiteral("0"),
                          QStringLiteral("--api-key"), kKey};
    QProcess process;
    QString expected = secret;
    if (fileContent.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("VPW_SANDBOX_API_SECRET"), secret);
        process.setProcessEnvironment(environment);
    } else {
        QFile file(secretFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(fileContent);
        file.close();
        expected = QString::fromLatin1(fileContent.trimmed());
        arguments << QStringLiteral("--api-secret-file") << secretFile;
    }
    process.start(g_executable, arguments);
    const QUrl url = waitForListeningLine(process);
    QVERIFY2(url.isValid(), process.readAllStandardError().constData());
    QCOMPARE(Client(url, kKey, expected).get(QStringLiteral("/api/v1/deployments")).status, 200);
    QCOMPARE(Client(url, kKey, QStringLiteral("other"))
                 .get(QStringLiteral("/api/v1/deployments"))
                 .status,
             401);
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(process.processId()));
    QVERIFY(cmdline.open(QIODevice::ReadOnly));
    QVERIFY(!cmdline.readAll().contains(expected.toUtf8()));
    QVERIFY(stop(process));
}

// At full debug logging, neither the secret nor its Basic encoding appears in any output
// (qt.httpserver prints every request's headers at debug level).
void TestExecutable::debugLoggingShowsNoSecret() {
    const QString secret = QStringLiteral("never-in-a-log-4f1d");
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    environment.insert(QStringLiteral("QT_FORCE_STDERR_LOGGING"), QStringLiteral("1"));
    environment.insert(QStringLiteral("VPW_SANDBOX_API_SECRET"), secret);
    process.setProcessEnvironment(environment);
    process.start(g_executable, {QStringLiteral("--port"), QStringLiteral("0"),
                                 QStringLiteral("--api-key"), kKey});
    const QUrl url = waitForListeningLine(process);
    QVERIFY2(url.isValid(), process.readAllStandardError().constData());
    Client client(url, kKey, secret);
    QCOMPARE(client.get(QStringLiteral("/api/v1/deployments")).status, 200);
    QCOMPARE(client.post(peeringsPath(seed::aliyun), aliyunBody()).status, 201);
    QVERIFY(stop(process));

    const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
    // The capture works: the sandbox's own debug line for the request is there.
    QVERIFY2(output.contains("GET /api/v1/deployments -> 200"), output.constData());
    QVERIFY(!output.contains(secret.toUtf8()));
    QVERIFY(!output.contains((kKey + u':' + secret).toUtf8().toBase64()));
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
