// Fault injection (PUT /sandbox/v1/faults), the rate limit and the request counters: each
// fault kind, deterministic patterns, filters, and that controls are never affected.
#include "sandboxtestclient.h"

#include "app/sandbox/requeststats.h"
#include "app/sandbox/server.h"

#include <QTest>

using namespace vpw::sandbox;
using namespace vpw::sandbox::test;

namespace {

const QString kKey = QStringLiteral("k");
const QString kSecret = QStringLiteral("s");
const QString kDeployments = QStringLiteral("/api/v1/deployments");
const QString kFaults = QStringLiteral("/sandbox/v1/faults");

} // namespace

class TestFaults : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void latencyDelaysApiOnly();
    void errorRatePattern_data();
    void errorRatePattern();
    void countClearsFaultsAfterNRequests();
    void errorAfterHandlingThenIdempotentRetry();
    void forcedRateLimit();
    void malformedJson();
    void truncatedBody();
    void hangNeverAnswersButServerStaysUp();
    void filtersByMethodAndPath();
    void controlsAreNeverFaulted();
    void faultsRoundTripAndClear();
    void statsCountRequests();
    void rateLimitPerMinuteScaled();

private:
    void startServer(int rateLimit = 0, double timeScale = 1);
    void setFaults(const QJsonObject &faults);

    std::unique_ptr<Server> m_server;
    std::unique_ptr<Client> m_client;
};

void TestFaults::startServer(int rateLimit, double timeScale) {
    Options options;
    options.apiKey = kKey;
    options.apiSecret = kSecret;
    options.rateLimit = rateLimit;
    options.timeScale = timeScale;
    m_server = std::make_unique<Server>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_client = std::make_unique<Client>(m_server->baseUrl(), kKey, kSecret);
}

void TestFaults::setFaults(const QJsonObject &faults) {
    const Reply reply = m_client->put(kFaults, faults);
    QVERIFY2(reply.status == 200, reply.body.constData());
}

void TestFaults::cleanup() {
    m_client.reset();
    m_server.reset();
}

void TestFaults::latencyDelaysApiOnly() {
    startServer();
    setFaults({{QStringLiteral("latencyMs"), 500}});
    const Reply slow = m_client->get(kDeployments);
    QCOMPARE(slow.status, 200);
    QVERIFY2(slow.elapsedMs >= 490, QByteArray::number(slow.elapsedMs).constData());
    const Reply control = m_client->get(QStringLiteral("/sandbox/v1/stats"));
    QCOMPARE(control.status, 200);
    QVERIFY(control.elapsedMs < 400); // controls are never delayed
}

void TestFaults::errorRatePattern_data() {
    QTest::addColumn<QJsonObject>("faults");
    QTest::addColumn<QList<int>>("statuses");

    QTest::newRow("half: first fails, retry passes")
        << QJsonObject{{QStringLiteral("errorRate"), 0.5}}
        << QList<int>{503, 200, 503, 200, 503, 200};
    QTest::newRow("a third with 500")
        << QJsonObject{{QStringLiteral("errorRate"), 1.0 / 3}, {QStringLiteral("status"), 500}}
        << QList<int>{500, 200, 200, 500, 200, 200};
    QTest::newRow("status alone fails all")
        << QJsonObject{{QStringLiteral("status"), 502}} << QList<int>{502, 502, 502};
    QTest::newRow("rate zero never fails")
        << QJsonObject{{QStringLiteral("errorRate"), 0}} << QList<int>{200, 200, 200};
}

void TestFaults::errorRatePattern() {
    QFETCH(QJsonObject, faults);
    QFETCH(QList<int>, statuses);
    startServer();
    setFaults(faults);
    QList<int> seen;
    for (int i = 0; i < statuses.size(); ++i) {
        const Reply reply = m_client->get(kDeployments);
        seen.append(reply.status);
        if (reply.status >= 500) {
            QVERIFY(reply.isJson());
            QVERIFY(reply.code() == QLatin1String("SERVICE_UNAVAILABLE") ||
                    reply.code() == QLatin1String("INTERNAL_ERROR"));
            QVERIFY(reply.hasHeader("Date"));
        }
    }
    QCOMPARE(seen, statuses);
}

void TestFaults::countClearsFaultsAfterNRequests() {
    startServer();
    setFaults({{QStringLiteral("status"), 500}, {QStringLiteral("count"), 2}});
    QCOMPARE(m_client->get(kDeployments).status, 500);
    QCOMPARE(m_client->get(kDeployments).status, 500);
    QCOMPARE(m_client->get(kDeployments).status, 200);
    QCOMPARE(m_client->get(kFaults).json().value(QStringLiteral("errorRate")).toDouble(), 0.0);
}

void TestFaults::errorAfterHandlingThenIdempotentRetry() {
    startServer();
    setFaults({{QStringLiteral("status"), 503},
               {QStringLiteral("when"), QStringLiteral("after")},
               {QStringLiteral("method"), QStringLiteral("POST")},
               {QStringLiteral("count"), 1}});
    const Client::Headers key{{"Idempotency-Key", "lost-answer"}};
    const Reply lost = m_client->post(peeringsPath(seed::aliyun), aliyunBody(), key);
    QCOMPARE(lost.status, 503);
    // The peering exists although the answer was lost...
    QCOMPARE(m_client->get(peeringsPath(seed::aliyun)).data().size(), 4);
    // ...and the retry with the same key gets it, without creating a second one.
    const Reply retry = m_client->post(peeringsPath(seed::aliyun), aliyunBody(), key);
    QCOMPARE(retry.status, 201);
    QCOMPARE(retry.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(m_client->get(peeringsPath(seed::aliyun)).data().size(), 4);
}

void TestFaults::forcedRateLimit() {
    startServer();
    setFaults({{QStringLiteral("forceRateLimit"), true}, {QStringLiteral("retryAfter"), 7}});
    const Reply reply = m_client->get(kDeployments);
    QCOMPARE(reply.status, 429);
    QCOMPARE(reply.code(), QStringLiteral("RATE_LIMITED"));
    QCOMPARE(reply.header("Retry-After"), QByteArray("7"));
}

void TestFaults::malformedJson() {
    startServer();
    setFaults({{QStringLiteral("malformedJson"), true}});
    const Reply reply = m_client->get(peeringsPath(seed::aliyun));
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.body.isEmpty());
    QVERIFY(!reply.isJson());
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
}

void TestFaults::truncatedBody() {
    startServer();
    setFaults({{QStringLiteral("truncatedBody"), true}});
    const Reply reply = m_client->get(peeringsPath(seed::aliyun));
    QVERIFY(reply.finished);
    // Content-Length promised more than arrived before the server closed the connection.
    QCOMPARE(reply.error, QNetworkReply::RemoteHostClosedError);
    QVERIFY(!reply.isJson());
}

void TestFaults::hangNeverAnswersButServerStaysUp() {
    startServer();
    setFaults({{QStringLiteral("hang"), true}, {QStringLiteral("count"), 1}});
    const Reply hung = m_client->send("GET", kDeployments, {}, {}, true, 500);
    QCOMPARE(hung.status, 0);
    QVERIFY(hung.error != QNetworkReply::NoError);
    QVERIFY(hung.elapsedMs >= 450);
    QCOMPARE(m_client->get(kDeployments).status, 200);
    const Reply stats = m_client->get(QStringLiteral("/sandbox/v1/stats"));
    QCOMPARE(stats.json().value(QStringLiteral("total")).toInt(), 2);
}

void TestFaults::filtersByMethodAndPath() {
    startServer();
    setFaults({{QStringLiteral("status"), 500},
               {QStringLiteral("method"), QStringLiteral("get")},
               {QStringLiteral("path"),
                QStringLiteral("/api/v1/deployments/{deploymentId}/peerings/{id}")}});
    QCOMPARE(m_client->get(kDeployments).status, 200);
    QCOMPARE(m_client->get(peeringsPath(seed::aliyun)).status, 200);
    QCOMPARE(m_client->get(peeringPath(seed::aliyun, seed::pending)).status, 500);
    QCOMPARE(m_client->del(peeringPath(seed::huawei, seed::huaweiRunning)).status, 202);
}

void TestFaults::controlsAreNeverFaulted() {
    startServer();
    setFaults({{QStringLiteral("status"), 500}, {QStringLiteral("hang"), false}});
    QCOMPARE(m_client->get(QStringLiteral("/sandbox/v1/stats")).status, 200);
    QCOMPARE(m_client
                 ->send("POST", QStringLiteral("/sandbox/v1/peerings/") + seed::pending +
                                    QStringLiteral("/attach"))
                 .status,
             200);
    QCOMPARE(m_client->get(kFaults).status, 200);
}

void TestFaults::faultsRoundTripAndClear() {
    startServer();
    const Reply set = m_client->put(kFaults, {{QStringLiteral("latencyMs"), 10},
                                              {QStringLiteral("errorRate"), 0.25},
                                              {QStringLiteral("count"), 5}});
    QCOMPARE(set.status, 200);
    QCOMPARE(set.json().value(QStringLiteral("latencyMs")).toInt(), 10);
    QCOMPARE(set.json().value(QStringLiteral("errorRate")).toDouble(), 0.25);
    QCOMPARE(set.json().value(QStringLiteral("status")).toInt(), 503);
    QCOMPARE(set.json().value(QStringLiteral("count")).toInt(), 5);
    QCOMPARE(m_client->get(kFaults).json(), set.json());
    const Reply cleared = m_client->del(kFaults);
    QCOMPARE(cleared.status, 204);
    QCOMPARE(m_client->get(kFaults).json().value(QStringLiteral("latencyMs")).toInt(), 0);
}

void TestFaults::statsCountRequests() {
    startServer();
    QCOMPARE(m_client->del(QStringLiteral("/sandbox/v1/stats")).status, 204);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_client->get(kDeployments).status, 200);
    QCOMPARE(m_client->post(peeringsPath(seed::aliyun), aliyunBody()).status, 201);
    QCOMPARE(m_client->send("GET", kDeployments, {}, {}, false).status, 401);
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/unknown")).status, 404);

    const QJsonObject stats = m_client->get(QStringLiteral("/sandbox/v1/stats")).json();
    QCOMPARE(stats.value(QStringLiteral("total")).toInt(), 6);
    const QJsonObject routes = stats.value(QStringLiteral("routes")).toObject();
    QCOMPARE(routes.value(QStringLiteral("GET /api/v1/deployments")).toInt(), 4);
    QCOMPARE(
        routes.value(QStringLiteral("POST /api/v1/deployments/{deploymentId}/peerings")).toInt(),
        1);
    QCOMPARE(routes.value(QStringLiteral("GET /api/v1/unknown")).toInt(), 1);
    const QJsonObject statuses = stats.value(QStringLiteral("statuses")).toObject();
    QCOMPARE(statuses.value(QStringLiteral("200")).toInt(), 3);
    QCOMPARE(statuses.value(QStringLiteral("401")).toInt(), 1);
    QVERIFY(!stats.value(QStringLiteral("since")).toString().isEmpty());
    QCOMPARE(m_server->stats().total(), 6); // the in-process view agrees
}

void TestFaults::rateLimitPerMinuteScaled() {
    startServer(3, 60); // 3 requests per (scaled) minute = per second
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_client->get(kDeployments).status, 200);
    const Reply limited = m_client->get(kDeployments);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.code(), QStringLiteral("RATE_LIMITED"));
    QCOMPARE(limited.header("Retry-After"), QByteArray("1"));
    QCOMPARE(m_client->get(QStringLiteral("/sandbox/v1/stats")).status, 200); // not limited
    QTRY_COMPARE_WITH_TIMEOUT(m_client->get(kDeployments).status, 200, 3000);
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
