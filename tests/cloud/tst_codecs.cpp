// The client's offline parts: strict JSON decoding with field paths, RFC 3339 and HTTP dates,
// Retry-After, backoff bounds, endpoint rules and the operator-facing error sentences.

#include "app/cloud/apierror.h"
#include "app/cloud/clientoptions.h"
#include "app/cloud/clockskew.h"
#include "app/cloud/codecs.h"
#include "app/cloud/endpoint.h"
#include "app/cloud/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace vpw;
using namespace vpw::cloud;

namespace {

QJsonObject validPeering() {
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("pcx-1")},
        {QStringLiteral("deploymentId"), QStringLiteral("d1")},
        {QStringLiteral("provider"), QStringLiteral("aliyun")},
        {QStringLiteral("peeringId"), QStringLiteral("cen-7qthudw0ll6jmc3abc")},
        {QStringLiteral("accountId"), QStringLiteral("1688123456789012")},
        {QStringLiteral("vpcId"), QStringLiteral("vpc-uf6o8d1dj8sjwxi6o1abc")},
        {QStringLiteral("cidr"), QStringLiteral("192.168.1.0/24")},
        {QStringLiteral("state"), QStringLiteral("pending")},
        {QStringLiteral("createdAt"), QStringLiteral("2024-05-01T10:00:00Z")},
        {QStringLiteral("updatedAt"), QStringLiteral("2024-05-01T10:00:00.250Z")},
        {QStringLiteral("expiresAt"), QStringLiteral("2024-05-01T18:10:00+08:00")},
        {QStringLiteral("failureReason"), QJsonValue::Null},
        {QStringLiteral("boundResources"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("r1")},
                                {QStringLiteral("name"), QStringLiteral("kafka-1")},
                                {QStringLiteral("type"), QStringLiteral("kafka")}}}},
    };
}

QJsonObject validDeployment() {
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("d1")},
        {QStringLiteral("name"), QStringLiteral("prod")},
        {QStringLiteral("platform"), QStringLiteral("huawei")},
        {QStringLiteral("region"), QStringLiteral("cn-north-4")},
        {QStringLiteral("edition"), QStringLiteral("dedicated")},
        {QStringLiteral("vpcId"), QStringLiteral("ab78be2d-782f-42a5-aa72-35879f6890ff")},
        {QStringLiteral("cidr"), QStringLiteral("172.20.0.0/16")},
        {QStringLiteral("cloudAccountId"), QStringLiteral("77b6a44cba5143ab91d13ab9a8ff44fd")},
        {QStringLiteral("reservedCidrs"),
         QJsonArray{QStringLiteral("10.10.0.0/24~10.32.255.0/24")}},
    };
}

QByteArray json(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray listOf(const QJsonObject &item, int count, int brokenIndex, const QJsonObject &broken) {
    QJsonArray data;
    for (int i = 0; i < count; ++i)
        data << (i == brokenIndex ? broken : item);
    return json(QJsonObject{{QStringLiteral("data"), data}});
}

} // namespace

class TestCodecs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void decodesPeering();
    void decodesDeployment();
    void peeringDecodeErrors_data();
    void peeringDecodeErrors();
    void listErrorsNameTheIndex();
    void deploymentDecodeErrors_data();
    void deploymentDecodeErrors();
    void encodesRequest();
    void readsErrorBodyLeniently();
    void rfc3339_data();
    void rfc3339();
    void httpDate();
    void retryAfter_data();
    void retryAfter();
    void backoffStaysWithinBounds();
    void skewEstimateIsMedian();
    void endpointRules_data();
    void endpointRules();
    void everyErrorHasAdvice_data();
    void everyErrorHasAdvice();
};

void TestCodecs::decodesPeering() {
    const Decoded<Peering> decoded = decodePeering(json(validPeering()));
    QVERIFY2(decoded.value, qPrintable(decoded.error.message));
    const Peering &p = *decoded.value;
    QCOMPARE(p.provider, Provider::Aliyun);
    QCOMPARE(p.state, PeeringState::Pending);
    QCOMPARE(p.cidr.toString(), QStringLiteral("192.168.1.0/24"));
    QCOMPARE(p.createdAt, QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC));
    QCOMPARE(p.updatedAt, QDateTime(QDate(2024, 5, 1), QTime(10, 0, 0, 250), Qt::UTC));
    QCOMPARE(*p.expiresAt, QDateTime(QDate(2024, 5, 1), QTime(10, 10), Qt::UTC));
    QVERIFY(p.failureReason.isEmpty());
    QCOMPARE(p.boundResources.size(), 1);
    QCOMPARE(p.boundResources.first().type, QStringLiteral("kafka"));

    QJsonObject huawei = validPeering();
    huawei[QStringLiteral("provider")] = QStringLiteral("huawei");
    huawei[QStringLiteral("expiresAt")] = QJsonValue::Null;
    huawei[QStringLiteral("state")] = QStringLiteral("failed");
    huawei[QStringLiteral("failureReason")] = QStringLiteral("rejected <b>by</b> peer");
    huawei[QStringLiteral("futureMember")] = 42; // ignored: forward compatible
    const Decoded<Peering> h = decodePeering(json(huawei));
    QVERIFY2(h.value, qPrintable(h.error.message));
    QVERIFY(!h.value->expiresAt);
    QCOMPARE(h.value->failureReason, QStringLiteral("rejected <b>by</b> peer"));
}

void TestCodecs::decodesDeployment() {
    const Decoded<QList<Deployment>> list =
        decodeDeploymentList(listOf(validDeployment(), 2, -1, {}));
    QVERIFY2(list.value, qPrintable(list.error.message));
    QCOMPARE(list.value->size(), 2);
    QCOMPARE(list.value->first().platform, Provider::Huawei);
    QCOMPARE(list.value->first().reservedCidrs.size(), 1);
    const Decoded<QList<Deployment>> empty = decodeDeploymentList(R"({"data":[]})");
    QVERIFY(empty.value);
    QVERIFY(empty.value->isEmpty());
}

void TestCodecs::peeringDecodeErrors_data() {
    QTest::addColumn<QString>("member");
    QTest::addColumn<QJsonValue>("value"); // Undefined = removed
    QTest::addColumn<QString>("field");

    const QJsonValue removed = QJsonValue(QJsonValue::Undefined);
    QTest::newRow("id missing") << "id" << removed << "id";
    QTest::newRow("id a number") << "id" << QJsonValue(7) << "id";
    QTest::newRow("id empty") << "id" << QJsonValue(QString()) << "id";
    QTest::newRow("id null") << "id" << QJsonValue(QJsonValue::Null) << "id";
    QTest::newRow("provider unknown")
        << "provider" << QJsonValue(QStringLiteral("aws")) << "provider";
    QTest::newRow("state unknown") << "state" << QJsonValue(QStringLiteral("active")) << "state";
    QTest::newRow("cidr with host bits")
        << "cidr" << QJsonValue(QStringLiteral("192.168.1.5/24")) << "cidr";
    QTest::newRow("cidr garbage") << "cidr" << QJsonValue(QStringLiteral("lan")) << "cidr";
    QTest::newRow("createdAt missing") << "createdAt" << removed << "createdAt";
    QTest::newRow("createdAt without zone")
        << "createdAt" << QJsonValue(QStringLiteral("2024-05-01T10:00:00")) << "createdAt";
    QTest::newRow("createdAt epoch number") << "createdAt" << QJsonValue(1714557600) << "createdAt";
    QTest::newRow("updatedAt not a date")
        << "updatedAt" << QJsonValue(QStringLiteral("yesterday")) << "updatedAt";
    QTest::newRow("expiresAt missing (must be null)") << "expiresAt" << removed << "expiresAt";
    QTest::newRow("expiresAt bad")
        << "expiresAt" << QJsonValue(QStringLiteral("soon")) << "expiresAt";
    QTest::newRow("failureReason missing") << "failureReason" << removed << "failureReason";
    QTest::newRow("failureReason a bool") << "failureReason" << QJsonValue(true) << "failureReason";
    QTest::newRow("boundResources missing") << "boundResources" << removed << "boundResources";
    QTest::newRow("boundResources an object")
        << "boundResources" << QJsonValue(QJsonObject()) << "boundResources";
    QTest::newRow("boundResources item not an object")
        << "boundResources" << QJsonValue(QJsonArray{1}) << "boundResources[0]";
    QTest::newRow("boundResources item without name")
        << "boundResources"
        << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("r")},
                                             {QStringLiteral("type"), QStringLiteral("t")}}})
        << "boundResources[0].name";
}

void TestCodecs::peeringDecodeErrors() {
    QFETCH(QString, member);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    QJsonObject object = validPeering();
    if (value.isUndefined())
        object.remove(member);
    else
        object.insert(member, value);
    const Decoded<Peering> decoded = decodePeering(json(object));
    QVERIFY(!decoded.value);
    QCOMPARE(decoded.error.kind, ApiError::Decode);
    QCOMPARE(decoded.error.field, field);
    QVERIFY2(decoded.error.message.startsWith(field + QLatin1String(": ")),
             qPrintable(decoded.error.message));
}

void TestCodecs::listErrorsNameTheIndex() {
    QJsonObject broken = validPeering();
    broken[QStringLiteral("createdAt")] = QStringLiteral("2024-13-45T99:00:00Z");
    const Decoded<QList<Peering>> decoded = decodePeeringList(listOf(validPeering(), 4, 2, broken));
    QVERIFY(!decoded.value);
    QCOMPARE(decoded.error.field, QStringLiteral("data[2].createdAt"));
    QCOMPARE(decoded.error.message, QStringLiteral("data[2].createdAt: expected an RFC 3339 time"));

    QCOMPARE(decodePeeringList(R"({"items":[]})").error.field, QStringLiteral("data"));
    QCOMPARE(decodePeeringList(R"({"data":{}})").error.field, QStringLiteral("data"));
    QCOMPARE(decodePeeringList(R"({"data":[3]})").error.field, QStringLiteral("data[0]"));
    const Decoded<QList<Peering>> notJson = decodePeeringList("{\"data\": [");
    QCOMPARE(notJson.error.kind, ApiError::Decode);
    QVERIFY(notJson.error.message.contains(QLatin1String("not valid JSON")));
    QVERIFY(!decodePeering("[1,2]").value);
    QVERIFY(!decodePeering("").value);
}

void TestCodecs::deploymentDecodeErrors_data() {
    QTest::addColumn<QString>("member");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("field");
    const QJsonValue removed = QJsonValue(QJsonValue::Undefined);
    QTest::newRow("platform unknown")
        << "platform" << QJsonValue(QStringLiteral("gcp")) << "platform";
    QTest::newRow("edition unknown")
        << "edition" << QJsonValue(QStringLiteral("enterprise")) << "edition";
    QTest::newRow("region missing") << "region" << removed << "region";
    QTest::newRow("cloudAccountId number")
        << "cloudAccountId" << QJsonValue(1688) << "cloudAccountId";
    QTest::newRow("reservedCidrs a string")
        << "reservedCidrs" << QJsonValue(QStringLiteral("10.10.0.0/16")) << "reservedCidrs";
    QTest::newRow("reservedCidrs item a number")
        << "reservedCidrs" << QJsonValue(QJsonArray{10}) << "reservedCidrs[0]";
    QTest::newRow("cidr missing") << "cidr" << removed << "cidr";
}

void TestCodecs::deploymentDecodeErrors() {
    QFETCH(QString, member);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    QJsonObject object = validDeployment();
    if (value.isUndefined())
        object.remove(member);
    else
        object.insert(member, value);
    const Decoded<QList<Deployment>> decoded = decodeDeploymentList(listOf(object, 1, -1, {}));
    QVERIFY(!decoded.value);
    QCOMPARE(decoded.error.field, QStringLiteral("data[0].") + field);
}

void TestCodecs::encodesRequest() {
    PeeringRequest request;
    request.peeringId = QStringLiteral("cen-x");
    request.accountId = QStringLiteral("1");
    request.vpcId = QStringLiteral("vpc-y");
    request.cidr = *Cidr::fromString(QStringLiteral("192.168.0.0/24"));
    QJsonObject object = QJsonDocument::fromJson(encodePeeringRequest(request)).object();
    QCOMPARE(object.size(), 4); // region left out when empty
    QCOMPARE(object.value(QLatin1String("cidr")).toString(), QStringLiteral("192.168.0.0/24"));
    request.region = QStringLiteral("cn-hangzhou");
    object = QJsonDocument::fromJson(encodePeeringRequest(request)).object();
    QCOMPARE(object.value(QLatin1String("region")).toString(), request.region);
}

void TestCodecs::readsErrorBodyLeniently() {
    ApiError error;
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

void TestCodecs::rfc3339_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid = rejected
    const QDateTime ten(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    QTest::newRow("Z") << "2024-05-01T10:00:00Z" << ten;
    QTest::newRow("offset") << "2024-05-01T18:00:00+08:00" << ten;
    QTest::newRow("negative offset") << "2024-05-01T05:00:00-05:00" << ten;
    QTest::newRow("milliseconds") << "2024-05-01T10:00:00.000Z" << ten;
    QTest::newRow("no zone") << "2024-05-01T10:00:00" << QDateTime();
    QTest::newRow("date only") << "2024-05-01" << QDateTime();
    QTest::newRow("space separator") << "2024-05-01 10:00:00Z" << QDateTime();
    QTest::newRow("month 13") << "2024-13-01T10:00:00Z" << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
}

void TestCodecs::rfc3339() {
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const auto parsed = parseRfc3339(text);
    QCOMPARE(parsed.has_value(), expected.isValid());
    if (parsed) {
        QCOMPARE(*parsed, expected);
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
    }
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

void TestCodecs::endpointRules_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https host") << "https://api.example.com" << true;
    QTest::newRow("https with path") << "https://api.example.com/emqx/" << true;
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080" << true;
    QTest::newRow("http 127.5.6.7") << "http://127.5.6.7" << true;
    QTest::newRow("http localhost") << "http://localhost:9000" << true;
    QTest::newRow("http LOCALHOST") << "http://LOCALHOST" << true;
    QTest::newRow("http ::1") << "http://[::1]:8080" << true;
    QTest::newRow("http host") << "http://api.example.com" << false;
    QTest::newRow("http private address") << "http://192.168.1.10" << false;
    QTest::newRow("http localhost.example") << "http://localhost.example.com" << false;
    QTest::newRow("http 128.0.0.1") << "http://128.0.0.1" << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("relative") << "api.example.com" << false;
    QTest::newRow("ftp") << "ftp://api.example.com" << false;
    QTest::newRow("user info") << "https://key:secret@api.example.com" << false;
    QTest::newRow("query") << "https://api.example.com/?token=x" << false;
}

void TestCodecs::endpointRules() {
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    const auto problem = Endpoint::checkBaseUrl(QUrl(url));
    QCOMPARE(!problem.has_value(), accepted);
    if (problem) {
        QVERIFY(!problem->isEmpty());
        QVERIFY(!problem->contains(QLatin1String("secret@"))); // never echoes credentials
    }
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
