// ApiClient under the sandbox's injected faults: retries and backoff, Retry-After, idempotent
// POST retries, timeouts, the size cap, broken bodies, TLS and network failures, aborts, and
// logs free of secrets.

#include "sandboxfixture.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTest>

using namespace vpw;
using namespace vpw::test;
using cloud::ApiError;

namespace {

const QString ListRoute = QStringLiteral("GET /api/v1/deployments");
const QString CreateRoute = QStringLiteral("POST /api/v1/deployments/{deploymentId}/peerings");

QJsonObject faults(std::initializer_list<std::pair<QString, QJsonValue>> members) {
    QJsonObject object;
    for (const auto &[key, value] : members)
        object.insert(key, value);
    return object;
}

// Everything logged while alive (all categories, debug included).
class LogCapture {
public:
    LogCapture() {
        s_lines.clear();
        m_previous = qInstallMessageHandler(&LogCapture::handle);
        QLoggingCategory::setFilterRules(QStringLiteral("vpw.*=true"));
    }
    ~LogCapture() {
        QLoggingCategory::setFilterRules({});
        qInstallMessageHandler(m_previous);
    }
    static const QStringList &lines() { return s_lines; }

private:
    static void handle(QtMsgType, const QMessageLogContext &, const QString &message) {
        s_lines << message;
    }
    static inline QStringList s_lines;
    QtMessageHandler m_previous = nullptr;
};

} // namespace

#define VERIFY_ENDED_ONCE(outcome)                                                                 \
    do {                                                                                           \
        QVERIFY2((outcome).finished, "the job never emitted finished()");                          \
        QCOMPARE((outcome).finishedCount, 1);                                                      \
    } while (false)

class TestResilience : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void retriesServerErrors_data();
    void retriesServerErrors();
    void givesUpAfterMaxAttempts();
    void neverRetriesClientErrors();
    void honoursRetryAfter();
    void longRetryAfterEndsTheJob();
    void serverRateLimitIsReported();
    void retriedPostCreatesExactlyOnePeering();
    void timesOutOnHang();
    void capsResponseSize();
    void malformedBodyIsDecodeError();
    void truncatedBodyIsDecodeError();
    void tlsFailureIsReportedNeverIgnored();
    void untrustedCertificateIsRefused();
    void plainHttpOnlyForLoopback_data();
    void plainHttpOnlyForLoopback();
    void connectionRefusedIsNetworkError();
    void abortEndsSilently();
    void destroyingClientDropsJobs();
    void logsNeverContainSecrets();

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
};

void TestResilience::init() {
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->start());
}

void TestResilience::cleanup() {
    m_sandbox.reset();
}

void TestResilience::retriesServerErrors_data() {
    QTest::addColumn<int>("status");
    QTest::newRow("500") << 500;
    QTest::newRow("502") << 502;
    QTest::newRow("503") << 503;
    QTest::newRow("504") << 504;
}

void TestResilience::retriesServerErrors() {
    QFETCH(int, status);
    QVERIFY(m_sandbox->setFaults(
        faults({{QStringLiteral("status"), status}, {QStringLiteral("count"), 2}})));
    auto client = m_sandbox->client();
    const auto outcome = run(client->listDeployments());
    VERIFY_ENDED_ONCE(outcome);
    QVERIFY2(outcome.ok, qPrintable(outcome.error.debugString()));
    QCOMPARE(outcome.attempts, 3);
    QCOMPARE(m_sandbox->requestCount(ListRoute), 3);
    // Two backoffs, each at least half its nominal delay (40 ms, then 80 ms).
    QVERIFY2(outcome.elapsedMs >= 20 + 40, qPrintable(QString::number(outcome.elapsedMs)));
}

void TestResilience::givesUpAfterMaxAttempts() {
    QVERIFY(m_sandbox->setFaults(faults({{QStringLiteral("status"), 503}})));
    auto client = m_sandbox->client();
    const auto outcome = run(client->listDeployments());
    VERIFY_ENDED_ONCE(outcome);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.kind, ApiError::Http);
    QCOMPARE(outcome.error.httpStatus, 503);
    QCOMPARE(outcome.error.code, QStringLiteral("SERVICE_UNAVAILABLE"));
    QCOMPARE(outcome.attempts, SandboxFixture::fastOptions().maxAttempts);
    QCOMPARE(m_sandbox->requestCount(ListRoute), SandboxFixture::fastOptions().maxAttempts);
}

void TestResilience::neverRetriesClientErrors() {
    auto client = m_sandbox->client();
    cloud::Endpoint endpoint = client->endpoint();
    endpoint.apiSecret = QStringLiteral("wrong");
    client->setEndpoint(endpoint);
    const auto outcome = run(client->listDeployments());
    VERIFY_ENDED_ONCE(outcome);
    QCOMPARE(outcome.error.httpStatus, 401);
    QCOMPARE(outcome.attempts, 1);
    QCOMPARE(m_sandbox->requestCount(ListRoute), 1);
}

void TestResilience::honoursRetryAfter() {
    QVERIFY(m_sandbox->setFaults(faults({{QStringLiteral("forceRateLimit"), true},
                                         {QStringLiteral("retryAfter"), 1},
                                         {QStringLiteral("count"), 1}})));
    auto client = m_sandbox->client();
    const auto outcome = run(client->listDeployments());
    VERIFY_ENDED_ONCE(outcome);
    QVERIFY2(outcome.ok, qPrintable(outcome.error.debugString()));
    QCOMPARE(outcome.attempts, 2);
    QCOMPARE(m_sandbox->requestCount(ListRoute), 2);
    // The backoff alone would be ~40 ms: the second attempt waited for Retry-After.
    QVERIFY2(outcome.elapsedMs >= 1000, qPrintable(QString::number(outcome.elapsedMs)));
}

void TestResilience::longRetryAfterEndsTheJob() {
    QVERIFY(m_sandbox->setFaults(
        faults({{QStringLiteral("forceRateLimit"), true}, {QStringLiteral("retryAfter"), 3600}})));
    auto client = m_sandbox->client();
    const auto outcome = run(client->listDeployments());
    VERIFY_ENDED_ONCE(outcome);
    QCOMPARE(outcome.error.kind, ApiError::Http);
    QCOMPARE(outcome.error.httpStatus, 429);
    QCOMPARE(outcome.error.code, QStringLiteral("RATE_LIMITED"));
    QCOMPARE(outcome.error.retryAfterSeconds, std::optional<int>(3600));
    QCOMPARE(outcome.attempts, 1);
    QVERIFY(outcome.elapsedMs < 5000);
    QVERIFY(!outcome.error.userMessage().isEmpty());
}

void TestResilience::serverRateLimitIsReported() {
    m_sandbox = std::make_unique<SandboxFixture>();
    sandbox::Options options;
    options.rateLimit = 2;
    QVERIFY(m_sandbox->start(options));
    cloud::ClientOptions clientOptions = SandboxFixture::fastOptions();
    clientOptions.maxRetryAfterSeconds = 0; // report any wait instead of sleeping through it
    auto client = m_sandbox->client(clientOptions);
    QVERIFY(run(client->listDeployments()).ok);
    QVERIFY(run(client->listDeployments()).ok);
    const auto limited = run(client->listDeployments());
    VERIFY_ENDED_ONCE(limited);
    QCOMPARE(limited.error.httpStatus, 429);
    QCOMPARE(limited.error.code, QStringLiteral("RATE_LIMITED"));
    QVERIFY(limited.error.retryAfterSeconds.has_value());
    QVERIFY(*limited.error.retryAfterSeconds >= 1);
    QVERIFY(limited.error.isTransient());
}

void TestResilience::retriedPostCreatesExactlyOnePeering() {
    // The first POST takes effect on the server but its answer is lost (503 "after").
    QVERIFY(m_sandbox->setFaults(faults({{QStringLiteral("status"), 503},
                                         {QStringLiteral("when"), QStringLiteral("after")},
                                         {QStringLiteral("method"), QStringLiteral("POST")},
                                         {QStringLiteral("count"), 1}})));
    auto client = m_sandbox->client();
    const PeeringRequest request = aliyunRequest();
    const auto created = run(client->createPeering(seed::AliyunDeployment, request));
    VERIFY_ENDED_ONCE(created);
    QVERIFY2(created.ok, qPrintable(created.error.debugString()));
    QCOMPARE(created.attempts, 2);
    QCOMPARE(m_sandbox->requestCount(CreateRoute), 2);

    const auto list = run(client->listPeerings(seed::AliyunDeployment));
    QVERIFY(list.ok);
    int withThisCen = 0;
    for (const Peering &p : *list.value)
        withThisCen += p.peeringId == request.peeringId ? 1 : 0;
    QCOMPARE(withThisCen, 1);
    QCOMPARE(list.value->size(), 4); // 3 seeded + 1
}

void TestResilience::timesOutOnHang() {
    QVERIFY(m_sandbox->setFaults(faults({{QStringLiteral("hang"), true}})));
    cloud::ClientOptions options = SandboxFixture::fastOptions();
    options.transferTimeoutMs = 300;
    options.maxAttempts = 2;
    auto client = m_sandbox->client(options);
    const auto outcome = run(client->listDeployments());
    VERIFY_ENDED_ONCE(outcome);
    QCOMPARE(outcome.error.kind, ApiError::Timeout);
    QCOMPARE(outcome.error.httpStatus, 0);
    QCOMPARE(outcome.attempts, 2); // a GET that timed out is retried
    QCOMPARE(m_sandbox->requestCount(ListRoute), 2);
    // Qt's transfer timer is coarse (it may fire a few percent early).
    QVERIFY2(outcome.elapsedMs >= 2 * 300 * 0.9 && outcome.elapsedMs < 5000,
             qPrintable(QString::number(outcome.elapsedMs)));
}

void TestResilience::capsResponseSize() {
    cloud::ClientOptions options = SandboxFixture::fastOptions();
    options.maxResponseBytes = 256; // the deployment list is larger
    auto client = m_sandbox->client(options);
    const auto outcome = run(client->listDeployments());
    VERIFY_ENDED_ONCE(outcome);
    QCOMPARE(outcome.error.kind, ApiError::Decode);
    QCOMPARE(outcome.error.code, QLatin1String(ApiError::TooLarge));
    QCOMPARE(outcome.attempts, 1);
    QCOMPARE(cloud::ClientOptions().maxResponseBytes, 1024 * 1024);
}

void TestResilience::malformedBodyIsDecodeError() {
    QVERIFY(m_sandbox->setFaults(faults({{QStringLiteral("malformedJson"), true}})));
    auto client = m_sandbox->client();
    const auto outcome = run(client->listDeployments());
    VERIFY_ENDED_ONCE(outcome);
    QCOMPARE(outcome.error.kind, ApiError::Decode);
    QVERIFY2(outcome.error.message.contains(QLatin1String("JSON")),
             qPrintable(outcome.error.message));
    QCOMPARE(outcome.attempts, 1);
    QVERIFY(!outcome.error.userMessage().isEmpty());
}

void TestResilience::truncatedBodyIsDecodeError() {
    QVERIFY(m_sandbox->setFaults(faults({{QStringLiteral("truncatedBody"), true}})));
    auto client = m_sandbox->client();
    const auto outcome = run(client->getPeering(seed::AliyunDeployment, seed::Pending));
    VERIFY_ENDED_ONCE(outcome);
    QCOMPARE(outcome.error.kind, ApiError::Decode);
    QCOMPARE(outcome.error.code, QLatin1String(ApiError::Truncated));
    QCOMPARE(outcome.attempts, 1);
}

void TestResilience::tlsFailureIsReportedNeverIgnored() {
    // https:// to the (plain-HTTP) sandbox: the handshake fails, and nothing is sent in clear.
    auto client = m_sandbox->client();
    cloud::Endpoint endpoint = client->endpoint();
    endpoint.baseUrl.setScheme(QStringLiteral("https"));
    client->setEndpoint(endpoint);
    const auto outcome = run(client->listDeployments());
    VERIFY_ENDED_ONCE(outcome);
    QCOMPARE(outcome.error.kind, ApiError::Tls);
    QCOMPARE(outcome.attempts, 1); // a TLS failure does not cure itself
    QCOMPARE(m_sandbox->requestCount(ListRoute), 0);
}

// A real TLS server with a self-signed certificate (tests/cloud/tls): the client must refuse
// it, report Tls with the reason, and never send the request.
void TestResilience::untrustedCertificateIsRefused() {
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    QFile certFile(QFINDTESTDATA("tls/selfsigned.crt"));
    QFile keyFile(QFINDTESTDATA("tls/selfsigned.key"));
    QVERIFY(certFile.open(QIODevice::ReadOnly));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certFile.readAll()));
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    QVERIFY(!tls.localCertificate().isNull());
    QVERIFY(!tls.privateKey().isNull());
    QSslServer server;
    server.setSslConfiguration(tls);
    QVERIFY(server.listen(QHostAddress::LocalHost));

    auto client = m_sandbox->client();
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(server.serverPort());
    client->setEndpoint({url, QStringLiteral("k"), QStringLiteral("s")});
    const auto outcome = run(client->listDeployments());
    VERIFY_ENDED_ONCE(outcome);
    QCOMPARE(outcome.error.kind, ApiError::Tls);
    QVERIFY2(outcome.error.message.contains(QLatin1String("self signed"), Qt::CaseInsensitive) ||
                 outcome.error.message.contains(QLatin1String("self-signed"), Qt::CaseInsensitive),
             qPrintable(outcome.error.message));
    QCOMPARE(outcome.attempts, 1);
    QVERIFY(!outcome.error.userMessage().isEmpty());
}

void TestResilience::plainHttpOnlyForLoopback_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    const int tls = ApiError::Tls;
    const int network = ApiError::Network;
    const QString https = QLatin1String(ApiError::HttpsRequired);
    const QString invalid = QLatin1String(ApiError::InvalidEndpoint);
    QTest::newRow("http to a public host") << "http://api.example.com" << tls << https;
    QTest::newRow("http to a private address") << "http://10.0.0.8:8080" << tls << https;
    QTest::newRow("http to IPv6") << "http://[2001:db8::1]/" << tls << https;
    QTest::newRow("no endpoint") << QString() << network << invalid;
    QTest::newRow("ftp scheme") << "ftp://api.example.com" << network << invalid;
    QTest::newRow("credentials in the URL") << "https://k:s@api.example.com" << network << invalid;
}

void TestResilience::plainHttpOnlyForLoopback() {
    QFETCH(QString, url);
    QFETCH(int, kind);
    QFETCH(QString, code);
    auto client = m_sandbox->client();
    client->setEndpoint({QUrl(url), QStringLiteral("k"), QStringLiteral("s")});
    const auto outcome = run(client->listDeployments());
    VERIFY_ENDED_ONCE(outcome);
    QCOMPARE(int(outcome.error.kind), kind);
    QCOMPARE(outcome.error.code, code);
    QCOMPARE(outcome.attempts, 0); // refused before any connection
    QVERIFY(!outcome.error.userMessage().isEmpty());
}

void TestResilience::connectionRefusedIsNetworkError() {
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    auto client = m_sandbox->client();
    cloud::Endpoint endpoint = client->endpoint();
    endpoint.baseUrl.setPort(port);
    client->setEndpoint(endpoint);
    const auto outcome = run(client->listDeployments());
    VERIFY_ENDED_ONCE(outcome);
    QCOMPARE(outcome.error.kind, ApiError::Network);
    QVERIFY(outcome.error.code.isEmpty());
    QCOMPARE(outcome.attempts, SandboxFixture::fastOptions().maxAttempts);
}

void TestResilience::abortEndsSilently() {
    QVERIFY(m_sandbox->setFaults(faults({{QStringLiteral("hang"), true}})));
    auto client = m_sandbox->client();
    auto *job = client->listDeployments();
    QSignalSpy finished(job, &cloud::ApiJob::finished);
    QSignalSpy destroyed(job, &QObject::destroyed);
    QTRY_COMPARE(m_sandbox->requestCount(ListRoute), 1); // the request is in flight
    job->abort();
    QVERIFY(destroyed.wait(5000));
    QCOMPARE(finished.count(), 0);
}

void TestResilience::destroyingClientDropsJobs() {
    QVERIFY(m_sandbox->setFaults(faults({{QStringLiteral("hang"), true}})));
    auto client = m_sandbox->client();
    auto *hanging = client->listDeployments();
    auto *queued = client->getDeployment(seed::AliyunDeployment);
    QSignalSpy hangingFinished(hanging, &cloud::ApiJob::finished);
    QSignalSpy queuedFinished(queued, &cloud::ApiJob::finished);
    QSignalSpy hangingDestroyed(hanging, &QObject::destroyed);
    QSignalSpy queuedDestroyed(queued, &QObject::destroyed);
    QTRY_COMPARE(m_sandbox->requestCount(ListRoute), 1);
    client.reset();
    QCOMPARE(hangingDestroyed.count(), 1);
    QCOMPARE(queuedDestroyed.count(), 1);
    QCOMPARE(hangingFinished.count(), 0);
    QCOMPARE(queuedFinished.count(), 0);
}

void TestResilience::logsNeverContainSecrets() {
    LogCapture capture;
    QVERIFY(m_sandbox->setFaults(
        faults({{QStringLiteral("status"), 503}, {QStringLiteral("count"), 1}})));
    auto client = m_sandbox->client();
    const cloud::Endpoint endpoint = client->endpoint();
    QVERIFY(run(client->listDeployments()).ok); // one retry logged
    QVERIFY(run(client->createPeering(seed::AliyunDeployment, aliyunRequest())).ok);
    cloud::Endpoint wrong = endpoint;
    wrong.apiSecret = QStringLiteral("wrong-secret-value");
    client->setEndpoint(wrong);
    QVERIFY(!run(client->listDeployments()).ok);

    QVERIFY(LogCapture::lines().size() >= 4);
    const QString credentials = endpoint.apiKey + QLatin1Char(':') + endpoint.apiSecret;
    const QString basic = QString::fromLatin1(credentials.toUtf8().toBase64());
    for (const QString &line : LogCapture::lines()) {
        QVERIFY2(!line.contains(endpoint.apiSecret), qPrintable(line));
        QVERIFY2(!line.contains(QLatin1String("wrong-secret-value")), qPrintable(line));
        QVERIFY2(!line.contains(basic), qPrintable(line));
        QVERIFY2(!line.contains(QLatin1String("Authorization")), qPrintable(line));
    }
}

QTEST_GUILESS_MAIN(TestResilience)
#include "tst_resilience.moc"
