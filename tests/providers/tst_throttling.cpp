// The throttling fault knobs of the real vpc-peering-sandbox process (path in argv[1]):
// --throttle-provider-calls and --provider-rate-limit make both emulators answer with the
// providers' own throttling errors (Alibaba Cloud 400 Throttling.User in its body; Huawei Cloud
// 429 APIGW.0308 with a Retry-After), and the application's clients retry them with capped
// backoff, never sooner than the provider asks.

#include "app/providers/aliyun/client/aliyunclient.h"
#include "app/providers/aliyun/emulator/aliyunemulator.h"
#include "app/providers/huawei/client/huaweiclient.h"
#include "app/providers/huawei/emulator/huaweiemulator.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace vpw;

namespace {

QString g_executable;

template <typename T> struct Outcome {
    bool finished = false;
    bool ok = false;
    T value{};
    cloud::ProviderError error;
    int attempts = 0;
    qint64 elapsedMs = 0;
};

// Starts `job` and collects its outcome once it has finished (run several at once with it).
template <typename T>
std::shared_ptr<Outcome<T>> watch(cloud::ProviderCall<T> *job, const QElapsedTimer &since) {
    auto out = std::make_shared<Outcome<T>>();
    job->onFinished(job, [out, &since](const cloud::ProviderCall<T> &j) {
        out->finished = true;
        out->ok = j.isOk();
        out->value = j.value();
        out->error = j.error();
        out->attempts = j.attempts();
        out->elapsedMs = since.elapsed();
    });
    return out;
}

template <typename T> Outcome<T> run(cloud::ProviderCall<T> *job) {
    QElapsedTimer timer;
    timer.start();
    const auto out = watch(job, timer);
    QSignalSpy destroyed(job, &QObject::destroyed);
    destroyed.wait(30000);
    return *out;
}

// A running sandbox and the two emulators' addresses from its start lines.
struct Sandbox {
    std::unique_ptr<QProcess> process;
    QUrl aliyun;
    QUrl huawei;

    bool start(const QStringList &extra) {
        process = std::make_unique<QProcess>();
        process->setProgram(g_executable);
        process->setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                          QStringLiteral("--api-key"), QStringLiteral("k"),
                                          QStringLiteral("--api-secret"), QStringLiteral("s")} +
                              extra);
        process->start();
        if (!process->waitForStarted())
            return false;
        static const QRegularExpression line(
            QStringLiteral("^(aliyun|huawei) emulator: (http://127\\.0\\.0\\.1:[0-9]+)\\n$"));
        QSignalSpy output(process.get(), &QProcess::readyReadStandardOutput);
        while (aliyun.isEmpty() || huawei.isEmpty()) {
            if (!process->canReadLine()) {
                if (process->state() == QProcess::NotRunning || !output.wait(10000))
                    return false;
                continue;
            }
            const QRegularExpressionMatch match =
                line.match(QString::fromUtf8(process->readLine()));
            if (match.hasMatch())
                (match.captured(1) == QLatin1String("aliyun") ? aliyun : huawei) =
                    QUrl(match.captured(2));
        }
        return true;
    }

    ~Sandbox() {
        if (process && process->state() != QProcess::NotRunning) {
            process->terminate();
            process->waitForFinished(10000);
        }
    }
};

cloud::ClientOptions fastBackoff(int maxAttempts) {
    cloud::ClientOptions options;
    options.initialBackoffMs = 10; // the backoff alone would retry within 10-20 ms
    options.maxBackoffMs = 40;
    options.maxAttempts = maxAttempts;
    return options;
}

std::unique_ptr<aliyun::Client> aliyunClient(const QUrl &url, int maxAttempts,
                                             int initialBackoffMs = 10) {
    aliyun::Account account;
    account.accessKeyId = QLatin1String(aliyun::kDemoAccessKeyId);
    account.accessKeySecret = QLatin1String(aliyun::kDemoAccessKeySecret);
    account.endpointOverride = url;
    auto client = std::make_unique<aliyun::Client>(account);
    cloud::ClientOptions options = fastBackoff(maxAttempts);
    options.initialBackoffMs = initialBackoffMs;
    options.maxBackoffMs = 8 * initialBackoffMs;
    client->setOptions(options);
    return client;
}

std::unique_ptr<huawei::Client> huaweiClient(const QUrl &url, int maxAttempts) {
    huawei::Account account;
    account.accessKey = QLatin1String(huawei::kDemoAccessKey);
    account.secretKey = QLatin1String(huawei::kDemoSecretKey);
    account.projectId = QLatin1String(huawei::kOperatorProject);
    account.endpointOverride = url;
    auto client = std::make_unique<huawei::Client>(account);
    client->setOptions(fastBackoff(maxAttempts));
    return client;
}

} // namespace

class TestThrottling : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpNamesTheKnobs();
    void badValuesAreRefused_data();
    void badValuesAreRefused();
    void theProvidersOwnAnswers();
    void firstCallsThrottledThenRetried();
    void rateLimitPerOperation();
};

void TestThrottling::initTestCase() {
    QVERIFY2(QFileInfo(g_executable).isExecutable(), qPrintable(g_executable));
    // Without the variables, the emulators take the demo keys the clients below use.
    qunsetenv(aliyun::kAccessKeyIdVariable);
    qunsetenv(aliyun::kAccessKeySecretVariable);
    qunsetenv(huawei::kAccessKeyVariable);
    qunsetenv(huawei::kSecretKeyVariable);
}

void TestThrottling::helpNamesTheKnobs() {
    QProcess process;
    process.start(g_executable, {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(10000));
    const QByteArray help = process.readAllStandardOutput();
    QVERIFY2(help.contains("--provider-rate-limit <n>"), help.constData());
    QVERIFY(help.contains("--throttle-provider-calls <n>"));
    QVERIFY(help.contains("Throttling.User"));
    QVERIFY(help.contains("APIGW.0308"));
}

void TestThrottling::badValuesAreRefused_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("negative rate") << QStringList{QStringLiteral("--provider-rate-limit"),
                                                  QStringLiteral("-1")}
                                   << QByteArray("--provider-rate-limit must be");
    QTest::newRow("not a number") << QStringList{QStringLiteral("--throttle-provider-calls"),
                                                 QStringLiteral("some")}
                                  << QByteArray("--throttle-provider-calls must be");
    QTest::newRow("too many") << QStringList{QStringLiteral("--throttle-provider-calls"),
                                             QStringLiteral("1000001")}
                              << QByteArray("--throttle-provider-calls must be");
}

void TestThrottling::badValuesAreRefused() {
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    QProcess process;
    process.start(g_executable, QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                            QStringLiteral("--api-key"), QStringLiteral("k"),
                                            QStringLiteral("--api-secret"), QStringLiteral("s")} +
                                    arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    const QByteArray error = process.readAllStandardError();
    QVERIFY2(error.contains(message), error.constData());
}

// The raw answers, as the providers' SDKs see them: status, code, body shape, Retry-After.
void TestThrottling::theProvidersOwnAnswers() {
    Sandbox sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--throttle-provider-calls"), QStringLiteral("1")}));
    // A signed call, made by the client with one attempt, so the refusal is its answer.
    auto ali = aliyunClient(sandbox.aliyun, 1);
    const auto aliRefused = run(ali->describeCens());
    QCOMPARE(aliRefused.error.httpStatus, 400);
    QCOMPARE(aliRefused.error.code, QStringLiteral("Throttling.User"));
    QCOMPARE(aliRefused.error.message, QStringLiteral("Request was denied due to user flow "
                                                      "control."));
    QVERIFY(!aliRefused.error.requestId.isEmpty()); // from the body's RequestId
    QVERIFY(aliRefused.error.throttled);
    QVERIFY(!aliRefused.error.retryAfterSeconds); // Alibaba Cloud does not say when
    QVERIFY(!aliRefused.error.explanation.isEmpty());

    auto hw = huaweiClient(sandbox.huawei, 1);
    const auto hwRefused = run(hw->listVpcs());
    QCOMPARE(hwRefused.error.httpStatus, 429);
    QCOMPARE(hwRefused.error.code, QStringLiteral("APIGW.0308"));
    QVERIFY(hwRefused.error.throttled);
    QVERIFY(!hwRefused.error.requestId.isEmpty());
    QCOMPARE(hwRefused.error.retryAfterSeconds, std::optional<int>(1));
    QVERIFY(!hwRefused.error.explanation.isEmpty());

    // The knob is spent: the next calls are served.
    QVERIFY(run(ali->describeCens()).ok);
    QVERIFY(run(hw->listVpcs()).ok);
}

void TestThrottling::firstCallsThrottledThenRetried() {
    Sandbox sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--throttle-provider-calls"), QStringLiteral("6")}));
    // Four attempts, all throttled: the call ends with the provider's code, not sooner.
    auto ali = aliyunClient(sandbox.aliyun, 4);
    const auto gaveUp = run(ali->describeCens());
    QCOMPARE(gaveUp.attempts, 4);
    QCOMPARE(gaveUp.error.code, QStringLiteral("Throttling.User"));
    // Two more refusals, then the third attempt is served.
    const auto cens = run(ali->describeCens());
    QVERIFY2(cens.ok, qPrintable(cens.error.debugString()));
    QCOMPARE(cens.attempts, 3);
    QVERIFY(!cens.value.isEmpty());

    auto hw = huaweiClient(sandbox.huawei, 4);
    const auto hwGaveUp = run(hw->listVpcs());
    QCOMPARE(hwGaveUp.attempts, 4);
    QCOMPARE(hwGaveUp.error.code, QStringLiteral("APIGW.0308"));
    const auto vpcs = run(hw->listVpcs());
    QVERIFY2(vpcs.ok, qPrintable(vpcs.error.debugString()));
    QCOMPARE(vpcs.attempts, 3);
    QVERIFY(!vpcs.value.isEmpty());
    // Each retry waited for the Retry-After of 1 s the gateway asked for, although the client's
    // own backoff is 10-40 ms.
    QVERIFY2(vpcs.elapsedMs >= 2000, qPrintable(QString::number(vpcs.elapsedMs)));
}

// One call of an operation per second: two at once, the second is throttled and retried; a
// call of another operation at the same moment is not throttled.
void TestThrottling::rateLimitPerOperation() {
    Sandbox sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--provider-rate-limit"), QStringLiteral("1")}));
    QElapsedTimer since;
    since.start();
    auto hw = huaweiClient(sandbox.huawei, 4);
    const auto first = watch(hw->listVpcs(), since);
    const auto second = watch(hw->listVpcs(), since);
    const auto other = watch(hw->listSecurityGroups(), since);
    // Alibaba Cloud sends no Retry-After: the client's capped backoff (here 300 ms doubling,
    // half of it jitter, so the fourth attempt comes at least 1.05 s after the first) outlasts
    // the second.
    auto ali = aliyunClient(sandbox.aliyun, 4, 300);
    const auto cens1 = watch(ali->describeCens(), since);
    const auto cens2 = watch(ali->describeCens(), since);
    const auto vpcs = watch(ali->describeVpcs(), since);
    QTRY_VERIFY_WITH_TIMEOUT(first->finished && second->finished && other->finished &&
                                 cens1->finished && cens2->finished && vpcs->finished,
                             20000);
    for (const auto *o : {first.get(), second.get()})
        QVERIFY2(o->ok, qPrintable(o->error.debugString()));
    QVERIFY2(other->ok, qPrintable(other->error.debugString()));
    for (const auto *o : {cens1.get(), cens2.get()})
        QVERIFY2(o->ok, qPrintable(o->error.debugString()));
    QVERIFY2(vpcs->ok, qPrintable(vpcs->error.debugString()));
    // Exactly one of each pair was throttled (once: the Retry-After of 1 s reopens the window).
    QCOMPARE(first->attempts + second->attempts, 3);
    QVERIFY(std::max(first->elapsedMs, second->elapsedMs) >= 900);
    QCOMPARE(other->attempts, 1);
    QVERIFY2(cens1->attempts + cens2->attempts > 2,
             qPrintable(QStringLiteral("%1 + %2").arg(cens1->attempts).arg(cens2->attempts)));
    QCOMPARE(vpcs->attempts, 1);
}

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        qCritical("usage: %s <vpc-peering-sandbox>", argv[0]);
        return 2;
    }
    g_executable = QString::fromLocal8Bit(argv[argc - 1]);
    TestThrottling test;
    return QTest::qExec(&test, argc - 1, argv);
}

#include "tst_throttling.moc"
