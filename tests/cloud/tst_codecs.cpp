// The client's offline parts: the wire codec seen through ApiError (field paths), HTTP dates,
// Retry-After, backoff bounds, the endpoint rule and the operator-facing error sentences. The
// codec itself is tested in tests/wire.

#include "app/cloud/apierror.h"
#include "app/cloud/clientoptions.h"
#include "app/cloud/clockskew.h"
#include "app/cloud/codecs.h"
#include "app/cloud/endpoint.h"

#include <QTest>

using namespace vpw;
using namespace vpw::cloud;

class TestCodecs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void decodeErrorsBecomeApiErrors();
    void readsErrorBody();
    void endpointUsesTheOneRule_data();
    void endpointUsesTheOneRule();
    void httpDate();
    void retryAfter_data();
    void retryAfter();
    void backoffStaysWithinBounds();
    void skewEstimateIsMedian();
    void everyErrorHasAdvice_data();
    void everyErrorHasAdvice();
};

void TestCodecs::decodeErrorsBecomeApiErrors() {
    const Decoded<QList<Peering>> decoded =
        decodePeeringList(R"({"data":[{"id":"peer-1","deploymentId":7}]})");
    QVERIFY(!decoded.value);
    QCOMPARE(decoded.error.kind, ApiError::Decode);
    QCOMPARE(decoded.error.field, QStringLiteral("data[0].deploymentId"));
    QCOMPARE(decoded.error.message, QStringLiteral("data[0].deploymentId: expected a string"));
    QVERIFY(!decoded.error.isTransient());

    const Decoded<Deployment> notJson = decodeDeployment("<html>");
    QCOMPARE(notJson.error.kind, ApiError::Decode);
    QVERIFY(notJson.error.field.isEmpty());
    QVERIFY(notJson.error.message.startsWith(QLatin1String("not valid JSON")));
}

void TestCodecs::readsErrorBody() {
    ApiError error;
    error.kind = ApiError::Http;
    readErrorBody(
        R"({"code":"RESOURCES_BOUND","message":"m","resources":[{"id":"r1","name":"n","type":"t"}]})",
        error);
    QCOMPARE(error.code, QStringLiteral("RESOURCES_BOUND"));
    QCOMPARE(error.resources.size(), 1);
    QCOMPARE(error.resources.first().name, QStringLiteral("n"));
    ApiError html;
    readErrorBody("<html>Bad Gateway</html>", html);
    QVERIFY(html.code.isEmpty());
    QVERIFY(html.message.isEmpty());
}

void TestCodecs::endpointUsesTheOneRule_data() {
    QTest::addColumn<QString>("url");
    QTest::newRow("https host") << "https://api.example.com";
    QTest::newRow("http loopback") << "http://127.0.0.1:8080";
    QTest::newRow("http host") << "http://api.example.com";
    QTest::newRow("user info") << "https://key:secret@api.example.com";
    QTest::newRow("empty") << QString();
}

void TestCodecs::endpointUsesTheOneRule() {
    QFETCH(QString, url);
    const std::optional<EndpointProblem> problem = checkEndpoint(QUrl(url));
    const std::optional<QString> text = Endpoint::checkBaseUrl(QUrl(url));
    QCOMPARE(text.has_value(), problem.has_value());
    if (problem)
        QCOMPARE(*text, endpointProblemText(*problem, QUrl(url)));
    Endpoint endpoint;
    endpoint.baseUrl = QUrl(url);
    QCOMPARE(endpoint.problem(), problem);
}

void TestCodecs::httpDate() {
    const auto parsed = parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT");
    QVERIFY(parsed);
    QCOMPARE(*parsed, QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC));
    QVERIFY(!parseHttpDate("yesterday"));
    QVERIFY(!parseHttpDate(""));
}

void TestCodecs::retryAfter_data() {
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("seconds"); // -1 = none
    QTest::newRow("seconds") << QByteArray("120") << 120;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("padded") << QByteArray(" 7 ") << 7;
    QTest::newRow("http date") << QByteArray("Wed, 01 May 2024 10:01:30 GMT") << 90;
    QTest::newRow("date in the past") << QByteArray("Wed, 01 May 2024 09:00:00 GMT") << 0;
    QTest::newRow("negative") << QByteArray("-5") << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("missing") << QByteArray() << -1;
}

void TestCodecs::retryAfter() {
    QFETCH(QByteArray, header);
    QFETCH(int, seconds);
    const QDateTime serverNow(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    const auto parsed = parseRetryAfter(header, serverNow);
    QCOMPARE(parsed.value_or(-1), seconds);
}

void TestCodecs::backoffStaysWithinBounds() {
    ClientOptions options;
    options.initialBackoffMs = 100;
    options.maxBackoffMs = 1000;
    for (int round = 0; round < 50; ++round) {
        for (int failed = 1; failed <= 8; ++failed) {
            const int nominal = std::min(1000, 100 << (failed - 1));
            const int delay = backoffDelayMs(options, failed);
            QVERIFY(delay >= nominal / 2);
            QVERIFY(delay <= nominal);
        }
    }
}

void TestCodecs::skewEstimateIsMedian() {
    ClockSkewEstimator estimator;
    QVERIFY(!estimator.skewMs());
    const QDateTime local(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    const qint64 t = local.toMSecsSinceEpoch();
    // Server 30 s ahead; the Date header truncates to the second.
    estimator.addSample(local.addSecs(30), t - 100, t + 100);
    QCOMPARE(*estimator.skewMs(), 30500);
    estimator.addSample(local.addSecs(30), t - 400, t + 400);
    estimator.addSample(local.addSecs(95), t - 10, t + 10); // one outlier
    QCOMPARE(*estimator.skewMs(), 30500);
}

void TestCodecs::everyErrorHasAdvice_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const int http = ApiError::Http;
    QTest::newRow("network") << int(ApiError::Network) << 0 << QString();
    QTest::newRow("invalid endpoint") << int(ApiError::Network) << 0 << "INVALID_ENDPOINT";
    QTest::newRow("timeout") << int(ApiError::Timeout) << 0 << QString();
    QTest::newRow("tls") << int(ApiError::Tls) << 0 << QString();
    QTest::newRow("https required") << int(ApiError::Tls) << 0 << "HTTPS_REQUIRED";
    QTest::newRow("decode") << int(ApiError::Decode) << 200 << QString();
    QTest::newRow("too large") << int(ApiError::Decode) << 200 << "TOO_LARGE";
    QTest::newRow("truncated") << int(ApiError::Decode) << 200 << "TRUNCATED";
    const char *codes[][2] = {
        {"400", "BAD_REQUEST"},     {"401", "UNAUTHORIZED"},         {"403", "EDITION_UNSUPPORTED"},
        {"404", "NOT_FOUND"},       {"405", "METHOD_NOT_ALLOWED"},   {"409", "DUPLICATE"},
        {"409", "NOT_RUNNING"},     {"409", "RESOURCES_BOUND"},      {"413", "PAYLOAD_TOO_LARGE"},
        {"422", "INVALID_FIELD"},   {"422", "CIDR_RESERVED"},        {"422", "CIDR_OVERLAP"},
        {"422", "REGION_MISMATCH"}, {"422", "IDEMPOTENCY_MISMATCH"}, {"429", "RATE_LIMITED"},
        {"500", "INTERNAL_ERROR"},  {"503", "SERVICE_UNAVAILABLE"},  {"418", ""},
    };
    for (const auto &row : codes)
        QTest::addRow("%s %s", row[0], row[1])
            << http << QByteArray(row[0]).toInt() << QString::fromLatin1(row[1]);
}

void TestCodecs::everyErrorHasAdvice() {
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, code);
    ApiError error;
    error.kind = ApiError::Kind(kind);
    error.httpStatus = status;
    error.code = code;
    error.field = QStringLiteral("cidr");
    error.retryAfterSeconds = 5;
    const QString advice = error.userMessage();
    QVERIFY(!advice.isEmpty());
    QVERIFY(advice.endsWith(QLatin1Char('.')));
    QVERIFY(!error.debugString().isEmpty());
}

QTEST_GUILESS_MAIN(TestCodecs)
#include "tst_codecs.moc"
