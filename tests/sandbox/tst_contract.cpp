// The public contract of the sandbox (docs/api.md) over real HTTP on loopback: every error
// status and code, the success shapes, Idempotency-Key and ETag semantics.
#include "sandboxtestclient.h"

#include "app/sandbox/server.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

#include <algorithm>
#include <tuple>

using namespace vpw::sandbox;
using namespace vpw::sandbox::test;

namespace {

const QString kKey = QStringLiteral("test-key");
const QString kSecret = QStringLiteral("test-secret");

QByteArray basic(const QString &key, const QString &secret) {
    return "Basic " + (key + u':' + secret).toUtf8().toBase64();
}

} // namespace

class TestContract : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void errors_data();
    void errors();
    void everyAnswerHasDateHeader();

    void listsDeployments();
    void getsDeployment();
    void getsAwsDeployment();
    void createsAwsPeering();
    void createsAliyunPeering();
    void createsHuaweiPeeringNormalisingIds();
    void createAcceptsMatchingRegion();
    void overlapMessageNamesConflictingCidr();
    void invalidFieldCarriesCoreSuggestion();

    void idempotentReplayCreatesOnePeering();
    void idempotencyKeyWithDifferentBodyIsRejected();
    void idempotencyIgnoresMemberOrder();
    void idempotencyKeyUsableAfterValidationError();

    void etagAndIfNoneMatch();
    void methodNotAllowedListsAllowedMethods();

    void allPeeringsListsEveryDeploymentInOrder();
    void allPeeringsFilterByState_data();
    void allPeeringsFilterByState();
    void allPeeringsPagesThroughThreePages();
    void allPeeringsEtagCoversTheWholeListing();
    void allPeeringsOfAnotherKeyAreNotListed();
    void allPeeringsCountedAndFaultedByTemplate();
    void allPeeringsRateLimited();

private:
    std::unique_ptr<Server> m_server;
    std::unique_ptr<Client> m_client;
};

void TestContract::init() {
    Options options;
    options.apiKey = kKey;
    options.apiSecret = kSecret;
    m_server = std::make_unique<Server>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_client = std::make_unique<Client>(m_server->baseUrl(), kKey, kSecret);
}

void TestContract::cleanup() {
    m_client.reset();
    m_server.reset();
}

void TestContract::errors_data() {
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("authorization"); // empty: the right credentials; "-": none
    QTest::addColumn<QByteArray>("idempotencyKey");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    const QString aliyun = peeringsPath(seed::aliyun);
    const QString huawei = peeringsPath(seed::huawei);
    const auto body = [](QJsonObject object) {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    };
    const auto with = [](QJsonObject object, const char *key, const QJsonValue &value) {
        if (value.isUndefined())
            object.remove(QLatin1String(key));
        else
            object.insert(QLatin1String(key), value);
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    };
    const QByteArray none;
    const QByteArray noAuth = "-";

    // 401
    QTest::newRow("401 no credentials") << QByteArray("GET") << "/api/v1/deployments" << none
                                        << noAuth << none << 401 << "UNAUTHORIZED"
                                        << "";
    QTest::newRow("401 wrong secret")
        << QByteArray("GET") << "/api/v1/deployments" << none << basic(kKey, QStringLiteral("x"))
        << none << 401 << "UNAUTHORIZED"
        << "";
    QTest::newRow("401 wrong key")
        << QByteArray("GET") << "/api/v1/deployments" << none << basic(QStringLiteral("x"), kSecret)
        << none << 401 << "UNAUTHORIZED"
        << "";
    QTest::newRow("401 not base64") << QByteArray("GET") << "/api/v1/deployments" << none
                                    << QByteArray("Basic !!!") << none << 401 << "UNAUTHORIZED"
                                    << "";
    QTest::newRow("401 bearer scheme") << QByteArray("GET") << "/api/v1/deployments" << none
                                       << QByteArray("Bearer abc") << none << 401 << "UNAUTHORIZED"
                                       << "";
    QTest::newRow("401 sandbox controls need auth too")
        << QByteArray("GET") << "/sandbox/v1/stats" << none << noAuth << none << 401
        << "UNAUTHORIZED"
        << "";
    QTest::newRow("401 before 404 under /api/v1")
        << QByteArray("GET") << "/api/v1/nothing" << none << noAuth << none << 401 << "UNAUTHORIZED"
        << "";

    // 404
    QTest::newRow("404 unknown deployment") << QByteArray("GET") << "/api/v1/deployments/nope"
                                            << none << none << none << 404 << "NOT_FOUND"
                                            << "";
    QTest::newRow("404 peerings of unknown deployment")
        << QByteArray("GET") << peeringsPath(QStringLiteral("nope")) << none << none << none << 404
        << "NOT_FOUND"
        << "";
    QTest::newRow("404 unknown peering")
        << QByteArray("GET") << peeringPath(seed::aliyun, QStringLiteral("peer-nope")) << none
        << none << none << 404 << "NOT_FOUND"
        << "";
    QTest::newRow("404 peering of another deployment")
        << QByteArray("GET") << peeringPath(seed::huawei, seed::runningBound) << none << none
        << none << 404 << "NOT_FOUND"
        << "";
    QTest::newRow("404 delete unknown peering")
        << QByteArray("DELETE") << peeringPath(seed::aliyun, QStringLiteral("peer-nope")) << none
        << none << none << 404 << "NOT_FOUND"
        << "";
    QTest::newRow("404 create on unknown deployment")
        << QByteArray("POST") << peeringsPath(QStringLiteral("nope")) << body(aliyunBody()) << none
        << none << 404 << "NOT_FOUND"
        << "";
    QTest::newRow("404 unknown api path")
        << QByteArray("GET") << "/api/v1/nothing" << none << none << none << 404 << "NOT_FOUND"
        << "";
    QTest::newRow("404 outside the api")
        << QByteArray("GET") << "/index.html" << none << noAuth << none << 404 << "NOT_FOUND"
        << "";
    QTest::newRow("404 unknown sandbox path")
        << QByteArray("GET") << "/sandbox/v1/nothing" << none << none << none << 404 << "NOT_FOUND"
        << "";
    QTest::newRow("404 attach unknown peering")
        << QByteArray("POST") << "/sandbox/v1/peerings/peer-nope/attach" << none << none << none
        << 404 << "NOT_FOUND"
        << "";
    QTest::newRow("404 unbind unknown resource")
        << QByteArray("DELETE") << "/sandbox/v1/peerings/peer-demo0running/resources/res-nope"
        << none << none << none << 404 << "NOT_FOUND"
        << "";

    // 405
    QTest::newRow("405 DELETE deployments") << QByteArray("DELETE") << "/api/v1/deployments" << none
                                            << none << none << 405 << "METHOD_NOT_ALLOWED"
                                            << "";
    QTest::newRow("405 PUT peering")
        << QByteArray("PUT") << peeringPath(seed::aliyun, seed::runningBound) << body(aliyunBody())
        << none << none << 405 << "METHOD_NOT_ALLOWED"
        << "";
    QTest::newRow("405 PATCH deployment") << QByteArray("PATCH") << "/api/v1/deployments/d7f3a1c2"
                                          << body({}) << none << none << 405 << "METHOD_NOT_ALLOWED"
                                          << "";
    QTest::newRow("405 GET attach")
        << QByteArray("GET") << "/sandbox/v1/peerings/peer-demo0pending/attach" << none << none
        << none << 405 << "METHOD_NOT_ALLOWED"
        << "";

    // 413
    QTest::newRow("413 body over 64 KiB")
        << QByteArray("POST") << aliyun << QByteArray(64 * 1024 + 1, 'x') << none << none << 413
        << "PAYLOAD_TOO_LARGE"
        << "";

    // 403 (edition first: even a broken body gets the edition answer)
    QTest::newRow("403 shared deployment")
        << QByteArray("POST") << peeringsPath(seed::shared) << body(aliyunBody()) << none << none
        << 403 << "EDITION_UNSUPPORTED"
        << "";
    QTest::newRow("403 trial deployment")
        << QByteArray("POST") << peeringsPath(seed::trial) << QByteArray("not json") << none << none
        << 403 << "EDITION_UNSUPPORTED"
        << "";

    // 400
    QTest::newRow("400 not JSON") << QByteArray("POST") << aliyun << QByteArray("{oops") << none
                                  << none << 400 << "BAD_REQUEST"
                                  << "";
    QTest::newRow("400 empty body")
        << QByteArray("POST") << aliyun << QByteArray(" ") << none << none << 400 << "BAD_REQUEST"
        << "";
    QTest::newRow("400 array body") << QByteArray("POST") << aliyun << QByteArray("[1,2]") << none
                                    << none << 400 << "BAD_REQUEST"
                                    << "";
    QTest::newRow("400 missing peeringId")
        << QByteArray("POST") << aliyun << with(aliyunBody(), "peeringId", QJsonValue::Undefined)
        << none << none << 400 << "BAD_REQUEST"
        << "peeringId";
    QTest::newRow("400 null accountId")
        << QByteArray("POST") << aliyun << with(aliyunBody(), "accountId", QJsonValue::Null) << none
        << none << 400 << "BAD_REQUEST"
        << "accountId";
    QTest::newRow("400 vpcId not a string")
        << QByteArray("POST") << aliyun << with(aliyunBody(), "vpcId", QJsonArray{1}) << none
        << none << 400 << "BAD_REQUEST"
        << "vpcId";
    QTest::newRow("400 cidr a number")
        << QByteArray("POST") << aliyun << with(aliyunBody(), "cidr", 24) << none << none << 400
        << "BAD_REQUEST"
        << "cidr";
    QTest::newRow("400 region a boolean")
        << QByteArray("POST") << aliyun << with(aliyunBody(), "region", true) << none << none << 400
        << "BAD_REQUEST"
        << "region";
    QTest::newRow("400 Idempotency-Key too long")
        << QByteArray("POST") << aliyun << body(aliyunBody()) << none << QByteArray(256, 'k') << 400
        << "BAD_REQUEST"
        << "Idempotency-Key";
    QTest::newRow("400 force neither true nor false")
        << QByteArray("DELETE")
        << peeringPath(seed::aliyun, seed::runningBound) + QStringLiteral("?force=maybe") << none
        << none << none << 400 << "BAD_REQUEST"
        << "force";
    QTest::newRow("400 fail reason not a string")
        << QByteArray("POST") << "/sandbox/v1/peerings/peer-demo0pending/fail"
        << QByteArray("{\"reason\":5}") << none << none << 400 << "BAD_REQUEST"
        << "reason";
    QTest::newRow("400 resource without type")
        << QByteArray("POST") << "/sandbox/v1/peerings/peer-demo0pending/resources"
        << QByteArray("{\"name\":\"x\"}") << none << none << 400 << "BAD_REQUEST"
        << "type";
    QTest::newRow("400 unknown fault")
        << QByteArray("PUT") << "/sandbox/v1/faults" << QByteArray("{\"explode\":true}") << none
        << none << 400 << "BAD_REQUEST"
        << "explode";
    QTest::newRow("400 fault status not 5xx")
        << QByteArray("PUT") << "/sandbox/v1/faults" << QByteArray("{\"status\":404}") << none
        << none << 400 << "BAD_REQUEST"
        << "status";
    // Found by fuzzing (UBSan): a number beyond int was floored into an int.
    QTest::newRow("400 fault status beyond int")
        << QByteArray("PUT") << "/sandbox/v1/faults" << QByteArray("{\"status\":1.9e40}") << none
        << none << 400 << "BAD_REQUEST"
        << "status";
    QTest::newRow("400 fault latency below int")
        << QByteArray("PUT") << "/sandbox/v1/faults" << QByteArray("{\"latencyMs\":-1e300}") << none
        << none << 400 << "BAD_REQUEST"
        << "latencyMs";
    QTest::newRow("400 errorRate above 1")
        << QByteArray("PUT") << "/sandbox/v1/faults" << QByteArray("{\"errorRate\":1.5}") << none
        << none << 400 << "BAD_REQUEST"
        << "errorRate";

    const QString all = QStringLiteral("/api/v1/peerings");
    QTest::newRow("400 all peerings: unknown state")
        << QByteArray("GET") << all + QStringLiteral("?state=pending,active") << none << none
        << none << 400 << "BAD_REQUEST"
        << "state";
    QTest::newRow("400 all peerings: empty state")
        << QByteArray("GET") << all + QStringLiteral("?state=") << none << none << none << 400
        << "BAD_REQUEST"
        << "state";
    QTest::newRow("400 all peerings: limit 0")
        << QByteArray("GET") << all + QStringLiteral("?limit=0") << none << none << none << 400
        << "BAD_REQUEST"
        << "limit";
    QTest::newRow("400 all peerings: limit 501")
        << QByteArray("GET") << all + QStringLiteral("?limit=501") << none << none << none << 400
        << "BAD_REQUEST"
        << "limit";
    QTest::newRow("400 all peerings: limit not a number")
        << QByteArray("GET") << all + QStringLiteral("?limit=ten") << none << none << none << 400
        << "BAD_REQUEST"
        << "limit";
    QTest::newRow("400 all peerings: cursor not base64url")
        << QByteArray("GET") << all + QStringLiteral("?cursor=%21%21") << none << none << none
        << 400 << "BAD_REQUEST"
        << "cursor";
    QTest::newRow("400 all peerings: cursor not one of ours")
        << QByteArray("GET") << all + QStringLiteral("?cursor=aGVsbG8") << none << none << none
        << 400 << "BAD_REQUEST"
        << "cursor";
    QTest::newRow("400 all peerings: empty cursor")
        << QByteArray("GET") << all + QStringLiteral("?cursor=") << none << none << none << 400
        << "BAD_REQUEST"
        << "cursor";
    QTest::newRow("401 all peerings with another key")
        << QByteArray("GET") << all << none << basic(QStringLiteral("other-key"), kSecret) << none
        << 401 << "UNAUTHORIZED"
        << "";
    QTest::newRow("405 POST all peerings") << QByteArray("POST") << all << body(aliyunBody())
                                           << none << none << 405 << "METHOD_NOT_ALLOWED"
                                           << "";

    // 422 INVALID_FIELD (core's format rules)
    QTest::newRow("422 CEN ID without prefix")
        << QByteArray("POST") << aliyun
        << with(aliyunBody(), "peeringId", QStringLiteral("7qthudw0ll6jmc3abc")) << none << none
        << 422 << "INVALID_FIELD"
        << "peeringId";
    QTest::newRow("422 Aliyun account ID with letters")
        << QByteArray("POST") << aliyun
        << with(aliyunBody(), "accountId", QStringLiteral("1688abc")) << none << none << 422
        << "INVALID_FIELD"
        << "accountId";
    QTest::newRow("422 Aliyun VPC ID with CEN prefix")
        << QByteArray("POST") << aliyun
        << with(aliyunBody(), "vpcId", QStringLiteral("cen-uf6o8d1dj8sjwxi6o1abc")) << none << none
        << 422 << "INVALID_FIELD"
        << "vpcId";
    QTest::newRow("422 CIDR with host bits")
        << QByteArray("POST") << aliyun
        << with(aliyunBody(), "cidr", QStringLiteral("192.168.1.5/24")) << none << none << 422
        << "INVALID_FIELD"
        << "cidr";
    QTest::newRow("422 CIDR garbage")
        << QByteArray("POST") << aliyun << with(aliyunBody(), "cidr", QStringLiteral("banana"))
        << none << none << 422 << "INVALID_FIELD"
        << "cidr";
    QTest::newRow("422 CIDR outside provider limits (Huawei, public)")
        << QByteArray("POST") << huawei << with(huaweiBody(), "cidr", QStringLiteral("8.8.8.0/24"))
        << none << none << 422 << "INVALID_FIELD"
        << "cidr";
    QTest::newRow("422 Huawei peering ID not a UUID")
        << QByteArray("POST") << huawei
        << with(huaweiBody(), "peeringId", QStringLiteral("22b76469-08e3")) << none << none << 422
        << "INVALID_FIELD"
        << "peeringId";
    QTest::newRow("422 Huawei user ID too short")
        << QByteArray("POST") << huawei
        << with(huaweiBody(), "accountId", QStringLiteral("0f4ab9d1")) << none << none << 422
        << "INVALID_FIELD"
        << "accountId";
    QTest::newRow("422 CEN ID of NULs")
        << QByteArray("POST") << aliyun
        << with(aliyunBody(), "peeringId", QString(QStringLiteral("cen-") + QString(18, QChar())))
        << none << none << 422 << "INVALID_FIELD"
        << "peeringId";
    QTest::newRow("422 Huawei VPC ID with a NUL inside")
        << QByteArray("POST") << huawei
        << with(huaweiBody(), "vpcId",
                QString(QStringLiteral("9a8b7c6d-5e4f-4a3b-9c2d") + QChar() +
                        QStringLiteral("-1e0f9a8b7c6d")))
        << none << none << 422 << "INVALID_FIELD"
        << "vpcId";
    QTest::newRow("422 region with an escape character")
        << QByteArray("POST") << aliyun
        << with(aliyunBody(), "region",
                QString(QStringLiteral("cn-hang") + QChar(0x1b) + QStringLiteral("zhou")))
        << none << none << 422 << "INVALID_FIELD"
        << "region";
    QTest::newRow("422 region malformed")
        << QByteArray("POST") << aliyun << with(aliyunBody(), "region", QStringLiteral("??"))
        << none << none << 422 << "INVALID_FIELD"
        << "region";

    // 422 rules
    QTest::newRow("422 region mismatch")
        << QByteArray("POST") << aliyun
        << with(aliyunBody(), "region", QStringLiteral("cn-shanghai")) << none << none << 422
        << "REGION_MISMATCH"
        << "region";
    QTest::newRow("422 CIDR in the reserved range")
        << QByteArray("POST") << aliyun << body(aliyunBody(QStringLiteral("10.20.0.0/16"))) << none
        << none << 422 << "CIDR_RESERVED"
        << "cidr";
    QTest::newRow("422 CIDR touching the reserved range edge")
        << QByteArray("POST") << aliyun << body(aliyunBody(QStringLiteral("10.32.255.0/24")))
        << none << none << 422 << "CIDR_RESERVED"
        << "cidr";
    QTest::newRow("422 CIDR overlapping the deployment")
        << QByteArray("POST") << aliyun << body(aliyunBody(QStringLiteral("10.100.8.0/24"))) << none
        << none << 422 << "CIDR_OVERLAP"
        << "cidr";
    QTest::newRow("422 CIDR overlapping a live peering")
        << QByteArray("POST") << aliyun << body(aliyunBody(QStringLiteral("192.168.0.128/25")))
        << none << none << 422 << "CIDR_OVERLAP"
        << "cidr";
    QTest::newRow("422 CIDR overlapping a pending peering")
        << QByteArray("POST") << aliyun << body(aliyunBody(QStringLiteral("192.168.16.0/20")))
        << none << none << 422 << "CIDR_OVERLAP"
        << "cidr";

    // 409
    QTest::newRow("409 duplicate peering ID")
        << QByteArray("POST") << aliyun
        << body(aliyunBody(QStringLiteral("192.168.50.0/24"),
                           QStringLiteral("cen-7qthudw0ll6jmc3abc")))
        << none << none << 409 << "DUPLICATE"
        << "peeringId";
    QTest::newRow("409 delete pending")
        << QByteArray("DELETE") << peeringPath(seed::aliyun, seed::pending) << none << none << none
        << 409 << "NOT_RUNNING"
        << "";
    QTest::newRow("409 delete failed")
        << QByteArray("DELETE") << peeringPath(seed::aliyun, seed::failed) << none << none << none
        << 409 << "NOT_RUNNING"
        << "";
    QTest::newRow("409 delete with bound resources")
        << QByteArray("DELETE") << peeringPath(seed::aliyun, seed::runningBound) << none << none
        << none << 409 << "RESOURCES_BOUND"
        << "";
    QTest::newRow("409 delete with force=false")
        << QByteArray("DELETE")
        << peeringPath(seed::aliyun, seed::runningBound) + QStringLiteral("?force=false") << none
        << none << none << 409 << "RESOURCES_BOUND"
        << "";
    QTest::newRow("409 attach a running peering")
        << QByteArray("POST") << "/sandbox/v1/peerings/peer-demo0running/attach" << none << none
        << none << 409 << "INVALID_STATE"
        << "";
    QTest::newRow("409 fail a failed peering")
        << QByteArray("POST") << "/sandbox/v1/peerings/peer-demo00failed/fail" << none << none
        << none << 409 << "INVALID_STATE"
        << "";
    QTest::newRow("409 bind a resource to a failed peering")
        << QByteArray("POST") << "/sandbox/v1/peerings/peer-demo00failed/resources"
        << QByteArray("{\"name\":\"a\",\"type\":\"kafka\"}") << none << none << 409
        << "INVALID_STATE"
        << "";
}

void TestContract::errors() {
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, idempotencyKey);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);

    Client::Headers headers;
    if (!authorization.isEmpty() && authorization != "-")
        headers.append({"Authorization", authorization});
    if (!idempotencyKey.isEmpty())
        headers.append({"Idempotency-Key", idempotencyKey});
    const Reply reply = m_client->send(method, path, body, headers, authorization.isEmpty());

    QVERIFY(reply.finished);
    QCOMPARE(reply.status, status);
    QVERIFY2(reply.isJson(), reply.body.constData());
    QCOMPARE(reply.code(), code);
    QCOMPARE(reply.field(), field);
    QCOMPARE(reply.json().contains(QStringLiteral("field")), !field.isEmpty());
    QVERIFY(!reply.message().isEmpty());
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    QVERIFY(reply.hasHeader("Date"));
    if (status == 401)
        QVERIFY(reply.header("WWW-Authenticate").startsWith("Basic"));
    if (status == 405)
        QVERIFY(!reply.header("Allow").isEmpty());
    if (code == QLatin1String("RESOURCES_BOUND")) {
        const QJsonArray resources = reply.json().value(QStringLiteral("resources")).toArray();
        QCOMPARE(resources.size(), 1);
        QCOMPARE(resources.at(0)[QStringLiteral("name")].toString(),
                 QStringLiteral("orders-kafka"));
    }
}

void TestContract::everyAnswerHasDateHeader() {
    const Reply ok = m_client->get(QStringLiteral("/api/v1/deployments"));
    const Reply unauthorized =
        m_client->send("GET", QStringLiteral("/api/v1/deployments"), {}, {}, false);
    for (const Reply &reply : {ok, unauthorized}) {
        const QDateTime date =
            QLocale::c().toDateTime(QString::fromLatin1(reply.header("Date")),
                                    QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        QVERIFY2(date.isValid(), reply.header("Date").constData());
        QVERIFY(qAbs(date.secsTo(QDateTime::currentDateTimeUtc().toLocalTime())) < 86400 * 2);
    }
}

void TestContract::listsDeployments() {
    const Reply reply = m_client->get(QStringLiteral("/api/v1/deployments"));
    QCOMPARE(reply.status, 200);
    const QJsonArray data = reply.data();
    QCOMPARE(data.size(), 6);
    QStringList editions;
    for (const QJsonValue &value : data) {
        const QJsonObject d = value.toObject();
        for (const char *key :
             {"id", "name", "platform", "region", "edition", "vpcId", "cidr", "cloudAccountId"})
            QVERIFY2(d.value(QLatin1String(key)).isString(), key);
        QCOMPARE(d.value(QStringLiteral("reservedCidrs")).toArray(),
                 QJsonArray{QStringLiteral("10.10.0.0/24~10.32.255.0/24")});
        editions.append(d.value(QStringLiteral("edition")).toString());
    }
    QCOMPARE(editions, (QStringList{QStringLiteral("dedicated"), QStringLiteral("dedicated"),
                                    QStringLiteral("dedicated"), QStringLiteral("dedicated"),
                                    QStringLiteral("shared"),
                                    QStringLiteral("trial")}));
}

// The AWS demo deployment: us-east-1, the EMQX account ID is 12 digits, its peerings carry
// pcx- peering IDs under peer- record IDs, the rejected one its failure code.
void TestContract::getsAwsDeployment() {
    const Reply reply = m_client->get(QStringLiteral("/api/v1/deployments/") + seed::aws);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.string("platform"), QStringLiteral("aws"));
    QCOMPARE(reply.string("region"), QStringLiteral("us-east-1"));
    QCOMPARE(reply.string("cloudAccountId").size(), 12);
    const QJsonArray peerings = m_client->get(peeringsPath(seed::aws)).data();
    QCOMPARE(peerings.size(), 2);
    for (const QJsonValue &value : peerings) {
        QCOMPARE(value[QStringLiteral("provider")].toString(), QStringLiteral("aws"));
        QVERIFY(value[QStringLiteral("id")].toString().startsWith(QStringLiteral("peer-")));
        QVERIFY(value[QStringLiteral("peeringId")].toString().startsWith(QStringLiteral("pcx-")));
    }
    const Reply rejected = m_client->get(peeringPath(seed::aws, seed::awsRejected));
    QCOMPARE(rejected.string("state"), QStringLiteral("failed"));
    QCOMPARE(rejected.string("failureCode"), QStringLiteral("rejected"));
}

// AWS IDs are checked with the AWS module's formats: a valid request is created pending; an
// old-style 8-hex peering ID is accepted; a 10-hex one, a wrong owner and a /29 are refused.
void TestContract::createsAwsPeering() {
    const auto body = [](const QString &pcx, const QString &owner, const QString &cidr) {
        return QJsonObject{{QStringLiteral("peeringId"), pcx},
                           {QStringLiteral("accountId"), owner},
                           {QStringLiteral("vpcId"), QStringLiteral("vpc-0a1b2c3d4e5f6a7b8")},
                           {QStringLiteral("cidr"), cidr}};
    };
    const Reply created =
        m_client->post(peeringsPath(seed::aws),
                       body(QStringLiteral("pcx-0f1e2d3c4b5a69788"), QStringLiteral("123456789012"),
                            QStringLiteral("192.168.70.0/24")));
    QCOMPARE(created.status, 201);
    QCOMPARE(created.string("state"), QStringLiteral("pending"));
    QVERIFY(created.json().value(QStringLiteral("expiresAt")).isNull());
    QCOMPARE(m_client
                 ->post(peeringsPath(seed::aws),
                        body(QStringLiteral("pcx-1a2b3c4f"), QStringLiteral("123456789012"),
                             QStringLiteral("192.168.71.0/24")))
                 .status,
             201);
    const Reply shortId =
        m_client->post(peeringsPath(seed::aws),
                       body(QStringLiteral("pcx-1a2b3c4d5e"), QStringLiteral("123456789012"),
                            QStringLiteral("192.168.72.0/24")));
    QCOMPARE(shortId.status, 422);
    QCOMPARE(shortId.string("field"), QStringLiteral("peeringId"));
    QCOMPARE(shortId.string("reason"), QStringLiteral("id.length"));
    const Reply owner =
        m_client->post(peeringsPath(seed::aws),
                       body(QStringLiteral("pcx-0f1e2d3c4b5a69789"), QStringLiteral("12345678901"),
                            QStringLiteral("192.168.73.0/24")));
    QCOMPARE(owner.status, 422);
    QCOMPARE(owner.string("field"), QStringLiteral("accountId"));
    const Reply small =
        m_client->post(peeringsPath(seed::aws),
                       body(QStringLiteral("pcx-0f1e2d3c4b5a6978a"), QStringLiteral("123456789012"),
                            QStringLiteral("192.168.74.0/29")));
    QCOMPARE(small.status, 422);
    QCOMPARE(small.string("field"), QStringLiteral("cidr"));
    QCOMPARE(small.string("reason"), QStringLiteral("cidr.provider_prefix"));
}

void TestContract::getsDeployment() {
    const Reply reply = m_client->get(QStringLiteral("/api/v1/deployments/") + seed::huawei);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.string("platform"), QStringLiteral("huawei"));
    QCOMPARE(reply.string("region"), QStringLiteral("cn-north-4"));
    QCOMPARE(reply.string("cloudAccountId").size(), 32);
    QVERIFY(!reply.header("ETag").isEmpty());
}

void TestContract::createsAliyunPeering() {
    const Reply created = m_client->post(peeringsPath(seed::aliyun), aliyunBody());
    QCOMPARE(created.status, 201);
    const QJsonObject p = created.json();
    QVERIFY(p.value(QStringLiteral("id")).toString().startsWith(QStringLiteral("peer-")));
    QCOMPARE(p.value(QStringLiteral("deploymentId")).toString(), seed::aliyun);
    QCOMPARE(p.value(QStringLiteral("provider")).toString(), QStringLiteral("aliyun"));
    QCOMPARE(p.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QCOMPARE(p.value(QStringLiteral("cidr")).toString(), QStringLiteral("192.168.30.0/24"));
    QVERIFY(p.value(QStringLiteral("failureReason")).isNull());
    QCOMPARE(p.value(QStringLiteral("boundResources")).toArray().size(), 0);
    const QDateTime createdAt =
        QDateTime::fromString(p.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
    const QDateTime expiresAt =
        QDateTime::fromString(p.value(QStringLiteral("expiresAt")).toString(), Qt::ISODateWithMs);
    QVERIFY(createdAt.isValid());
    QCOMPARE(createdAt.timeSpec(), Qt::UTC);
    QVERIFY(p.value(QStringLiteral("createdAt")).toString().endsWith(u'Z'));
    QCOMPARE(createdAt.msecsTo(expiresAt), 600 * 1000);
    QCOMPARE(QString::fromLatin1(created.header("Location")),
             peeringPath(seed::aliyun, p.value(QStringLiteral("id")).toString()));

    const Reply fetched =
        m_client->get(peeringPath(seed::aliyun, p.value(QStringLiteral("id")).toString()));
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.json(), p);
    QCOMPARE(m_client->get(peeringsPath(seed::aliyun)).data().size(), 4);
}

void TestContract::createsHuaweiPeeringNormalisingIds() {
    QJsonObject body = huaweiBody();
    body.insert(QStringLiteral("peeringId"),
                QStringLiteral("5C8E1F3A-2B4D-4E6F-8A0B-1C2D3E4F5A6B"));
    body.insert(QStringLiteral("region"), QStringLiteral("cn-north-4"));
    const Reply created = m_client->post(peeringsPath(seed::huawei), body);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.string("peeringId"), QStringLiteral("5c8e1f3a-2b4d-4e6f-8a0b-1c2d3e4f5a6b"));
    QCOMPARE(created.string("provider"), QStringLiteral("huawei"));
    QVERIFY(created.json().value(QStringLiteral("expiresAt")).isNull());
    QVERIFY(created.json().contains(QStringLiteral("expiresAt")));
}

void TestContract::createAcceptsMatchingRegion() {
    QJsonObject body = aliyunBody();
    body.insert(QStringLiteral("region"), QStringLiteral("cn-hangzhou"));
    QCOMPARE(m_client->post(peeringsPath(seed::aliyun), body).status, 201);
}

void TestContract::overlapMessageNamesConflictingCidr() {
    const Reply overlap =
        m_client->post(peeringsPath(seed::aliyun), aliyunBody(QStringLiteral("192.168.0.0/25")));
    QCOMPARE(overlap.code(), QStringLiteral("CIDR_OVERLAP"));
    QVERIFY2(overlap.message().contains(QStringLiteral("192.168.0.0/24")),
             qPrintable(overlap.message()));
    QCOMPARE(overlap.string("conflictingCidr"), QStringLiteral("192.168.0.0/24"));

    const Reply reserved =
        m_client->post(peeringsPath(seed::aliyun), aliyunBody(QStringLiteral("10.16.0.0/12")));
    QCOMPARE(reserved.code(), QStringLiteral("CIDR_RESERVED"));
    QVERIFY2(reserved.message().contains(QStringLiteral("10.10.0.0/24")),
             qPrintable(reserved.message()));
}

void TestContract::invalidFieldCarriesCoreSuggestion() {
    const Reply reply =
        m_client->post(peeringsPath(seed::aliyun), aliyunBody(QStringLiteral("192.168.1.5/24")));
    QCOMPARE(reply.code(), QStringLiteral("INVALID_FIELD"));
    QCOMPARE(reply.string("suggestion"), QStringLiteral("192.168.1.0/24"));
    QVERIFY(reply.message().contains(QStringLiteral("192.168.1.0")));
}

void TestContract::idempotentReplayCreatesOnePeering() {
    const Client::Headers key{{"Idempotency-Key", "retry-1"}};
    const Reply first = m_client->post(peeringsPath(seed::aliyun), aliyunBody(), key);
    const Reply second = m_client->post(peeringsPath(seed::aliyun), aliyunBody(), key);
    QCOMPARE(first.status, 201);
    QCOMPARE(second.status, 201);
    QCOMPARE(second.body, first.body);
    QCOMPARE(second.header("Idempotent-Replayed"), QByteArray("true"));
    QVERIFY(!first.hasHeader("Idempotent-Replayed"));
    QCOMPARE(m_client->get(peeringsPath(seed::aliyun)).data().size(), 4);
}

void TestContract::idempotencyKeyWithDifferentBodyIsRejected() {
    const Client::Headers key{{"Idempotency-Key", "retry-2"}};
    QCOMPARE(m_client->post(peeringsPath(seed::aliyun), aliyunBody(), key).status, 201);
    const Reply other = m_client->post(peeringsPath(seed::aliyun),
                                       aliyunBody(QStringLiteral("192.168.31.0/24")), key);
    QCOMPARE(other.status, 422);
    QCOMPARE(other.code(), QStringLiteral("IDEMPOTENCY_MISMATCH"));
    // The same key on another deployment is another request as well.
    QCOMPARE(m_client->post(peeringsPath(seed::huawei), huaweiBody(), key).code(),
             QStringLiteral("IDEMPOTENCY_MISMATCH"));
    QCOMPARE(m_client->get(peeringsPath(seed::aliyun)).data().size(), 4);
}

void TestContract::idempotencyIgnoresMemberOrder() {
    const QByteArray ordered = QJsonDocument(aliyunBody()).toJson(QJsonDocument::Compact);
    const QByteArray reordered =
        "{ \"cidr\": \"192.168.30.0/24\", \"vpcId\": \"vpc-uf6o8d1dj8sjwxi6o1jkl\",\n"
        "  \"accountId\": \"1688123456789012\", \"peeringId\": \"cen-1a2b3c4d5e6f7g8h9i\" }";
    const Client::Headers key{{"Idempotency-Key", "retry-3"}};
    const Reply first = m_client->send("POST", peeringsPath(seed::aliyun), ordered, key);
    const Reply second = m_client->send("POST", peeringsPath(seed::aliyun), reordered, key);
    QCOMPARE(first.status, 201);
    QCOMPARE(second.status, 201);
    QCOMPARE(second.string("id"), first.string("id"));
}

void TestContract::idempotencyKeyUsableAfterValidationError() {
    const Client::Headers key{{"Idempotency-Key", "retry-4"}};
    const Reply refused =
        m_client->post(peeringsPath(seed::aliyun), aliyunBody(QStringLiteral("10.20.0.0/16")), key);
    QCOMPARE(refused.code(), QStringLiteral("CIDR_RESERVED"));
    const Reply corrected = m_client->post(peeringsPath(seed::aliyun), aliyunBody(), key);
    QCOMPARE(corrected.status, 201);
}

void TestContract::etagAndIfNoneMatch() {
    const QString path = peeringPath(seed::aliyun, seed::pending);
    const Reply first = m_client->get(path);
    QCOMPARE(first.status, 200);
    const QByteArray etag = first.header("ETag");
    QVERIFY(etag.startsWith('"') && etag.endsWith('"'));
    QCOMPARE(m_client->get(path).header("ETag"), etag); // stable while nothing changes

    const Reply notModified = m_client->get(path, {{"If-None-Match", etag}});
    QCOMPARE(notModified.status, 304);
    QVERIFY(notModified.body.isEmpty());
    QCOMPARE(notModified.header("ETag"), etag);
    QVERIFY(notModified.hasHeader("Date"));
    QCOMPARE(m_client->get(path, {{"If-None-Match", "W/" + etag}}).status, 304);
    QCOMPARE(m_client->get(path, {{"If-None-Match", "\"other\", " + etag}}).status, 304);
    QCOMPARE(m_client->get(path, {{"If-None-Match", "\"other\""}}).status, 200);

    QCOMPARE(m_client
                 ->send("POST", QStringLiteral("/sandbox/v1/peerings/") + seed::pending +
                                    QStringLiteral("/attach"))
                 .status,
             200);
    const Reply changed = m_client->get(path, {{"If-None-Match", etag}});
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.string("state"), QStringLiteral("running"));
    QVERIFY(changed.header("ETag") != etag);
}

void TestContract::methodNotAllowedListsAllowedMethods() {
    const Reply reply = m_client->send("PUT", peeringsPath(seed::aliyun));
    QCOMPARE(reply.status, 405);
    QCOMPARE(reply.header("Allow"), QByteArray("GET, POST"));
}

namespace {

const QString kAllPeerings = QStringLiteral("/api/v1/peerings");

QStringList idsOf(const QJsonArray &data) {
    QStringList ids;
    for (const QJsonValue &value : data)
        ids << value[QStringLiteral("id")].toString();
    return ids;
}

// The (deploymentId, createdAt, id) keys of a listing, to check its order.
QList<std::tuple<QString, QString, QString>> keysOf(const QJsonArray &data) {
    QList<std::tuple<QString, QString, QString>> keys;
    for (const QJsonValue &value : data) {
        keys.append({value[QStringLiteral("deploymentId")].toString(),
                     value[QStringLiteral("createdAt")].toString(),
                     value[QStringLiteral("id")].toString()});
    }
    return keys;
}

} // namespace

void TestContract::allPeeringsListsEveryDeploymentInOrder() {
    const Reply reply = m_client->get(kAllPeerings);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json().contains(QStringLiteral("nextCursor")));
    QVERIFY(reply.json().value(QStringLiteral("nextCursor")).isNull());
    QStringList expected{seed::runningBound,  seed::failed,     seed::pending,
                         seed::huaweiRunning, seed::awsRunning, seed::awsRejected};
    QStringList ids = idsOf(reply.data());
    std::sort(expected.begin(), expected.end());
    QStringList sortedIds = ids;
    std::sort(sortedIds.begin(), sortedIds.end());
    QCOMPARE(sortedIds, expected);
    const auto keys = keysOf(reply.data());
    QVERIFY(std::is_sorted(keys.cbegin(), keys.cend()));
    QCOMPARE(reply.data().at(3)[QStringLiteral("deploymentId")].toString(), seed::huawei);
    // The same objects as the per-deployment listing.
    const QJsonArray aliyun = m_client->get(peeringsPath(seed::aliyun)).data();
    for (const QJsonValue &value : aliyun)
        QVERIFY(reply.data().contains(value));
    QVERIFY(!reply.header("ETag").isEmpty());
}

void TestContract::allPeeringsFilterByState_data() {
    QTest::addColumn<QString>("state");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("pending") << "pending" << QStringList{seed::pending};
    QTest::newRow("running") << "running"
                             << QStringList{seed::runningBound, seed::huaweiRunning,
                                            seed::awsRunning};
    QTest::newRow("failed and pending")
        << "failed,pending" << QStringList{seed::failed, seed::pending, seed::awsRejected};
    QTest::newRow("spaces around names")
        << "failed%2C%20pending" << QStringList{seed::failed, seed::pending, seed::awsRejected};
    QTest::newRow("deleting: none") << "deleting" << QStringList{};
    QTest::newRow("every state") << "pending,running,failed,deleting"
                                 << QStringList{seed::runningBound, seed::failed,
                                                seed::pending,      seed::huaweiRunning,
                                                seed::awsRunning,   seed::awsRejected};
}

void TestContract::allPeeringsFilterByState() {
    QFETCH(QString, state);
    QFETCH(QStringList, ids);
    const Reply reply = m_client->get(kAllPeerings + QStringLiteral("?state=") + state);
    QCOMPARE(reply.status, 200);
    QStringList listed = idsOf(reply.data());
    std::sort(listed.begin(), listed.end());
    std::sort(ids.begin(), ids.end());
    QCOMPARE(listed, ids);
}

void TestContract::allPeeringsPagesThroughThreePages() {
    QCOMPARE(m_client->post(peeringsPath(seed::huawei), huaweiBody()).status, 201);
    QCOMPARE(m_client->post(peeringsPath(seed::aliyun), aliyunBody()).status, 201);
    const QJsonArray everything = m_client->get(kAllPeerings).data();
    QCOMPARE(everything.size(), 8);

    QJsonArray collected;
    QString cursor;
    int pages = 0;
    do {
        QString path = kAllPeerings + QStringLiteral("?limit=2");
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + cursor;
        const Reply page = m_client->get(path);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.data().size(), 2);
        for (const QJsonValue &value : page.data())
            collected.append(value);
        const QJsonValue next = page.json().value(QStringLiteral("nextCursor"));
        QVERIFY(next.isString() || next.isNull());
        cursor = next.toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    QCOMPARE(pages, 4);
    QCOMPARE(collected, everything);

    // A cursor stays valid when the peering it points after is gone: no repeat, no skip.
    const Reply first = m_client->get(kAllPeerings + QStringLiteral("?limit=3"));
    const QString next = first.string("nextCursor");
    QVERIFY(!next.isEmpty());
    QCOMPARE(m_client->del(peeringPath(seed::huawei, seed::huaweiRunning)).status, 202);
    const Reply rest = m_client->get(kAllPeerings + QStringLiteral("?limit=500&cursor=") + next);
    QCOMPARE(rest.status, 200);
    QCOMPARE(idsOf(rest.data()), idsOf(everything).mid(3));
}

void TestContract::allPeeringsEtagCoversTheWholeListing() {
    const QString firstPage = kAllPeerings + QStringLiteral("?limit=1");
    const Reply first = m_client->get(firstPage);
    QCOMPARE(first.status, 200);
    const QByteArray etag = first.header("ETag");
    QVERIFY(etag.startsWith('"') && etag.endsWith('"'));
    const Reply notModified = m_client->get(firstPage, {{"If-None-Match", etag}});
    QCOMPARE(notModified.status, 304);
    QVERIFY(notModified.body.isEmpty());
    QCOMPARE(notModified.header("ETag"), etag);
    // Another page of the same listing is another representation.
    const Reply second =
        m_client->get(firstPage + QStringLiteral("&cursor=") + first.string("nextCursor"));
    QCOMPARE(second.status, 200);
    QVERIFY(second.header("ETag") != etag);

    // A change on the last page (the Huawei deployment sorts last) changes the first page's
    // ETag, although the first page's own data is the same.
    QCOMPARE(m_client
                 ->send("POST",
                        QStringLiteral("/sandbox/v1/peerings/") + seed::huaweiRunning +
                            QStringLiteral("/resources"),
                        "{\"name\":\"pg\",\"type\":\"pgsql\"}")
                 .status,
             201);
    const Reply changed = m_client->get(firstPage, {{"If-None-Match", etag}});
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.data(), first.data());
    QVERIFY(changed.header("ETag") != etag);

    // A filtered listing does not change when a peering outside the filter does.
    const QString pendingOnly = kAllPeerings + QStringLiteral("?state=pending");
    const QByteArray pendingTag = m_client->get(pendingOnly).header("ETag");
    QCOMPARE(
        m_client
            ->del(peeringPath(seed::huawei, seed::huaweiRunning) + QStringLiteral("?force=true"))
            .status,
        202);
    QCOMPARE(m_client->get(pendingOnly, {{"If-None-Match", pendingTag}}).status, 304);
}

void TestContract::allPeeringsOfAnotherKeyAreNotListed() {
    // Each sandbox serves one API key: a second server (another account) holds its own
    // peerings, and neither listing shows the other's.
    Options options;
    options.apiKey = QStringLiteral("other-key");
    options.apiSecret = QStringLiteral("other-secret");
    Server other(options);
    QString error;
    QVERIFY2(other.start(&error), qPrintable(error));
    Client otherClient(other.baseUrl(), options.apiKey, options.apiSecret);
    const Reply created = otherClient.post(peeringsPath(seed::huawei), huaweiBody());
    QCOMPARE(created.status, 201);
    const QString otherId = created.string("id");

    QVERIFY(idsOf(otherClient.get(kAllPeerings).data()).contains(otherId));
    const Reply mine = m_client->get(kAllPeerings);
    QCOMPARE(mine.status, 200);
    QVERIFY(!idsOf(mine.data()).contains(otherId));
    QCOMPARE(mine.data().size(), 6);
    Client wrongServer(other.baseUrl(), kKey, kSecret);
    const Reply refused = wrongServer.get(kAllPeerings);
    QCOMPARE(refused.status, 401);
    QVERIFY(!refused.json().contains(QStringLiteral("data")));
}

void TestContract::allPeeringsCountedAndFaultedByTemplate() {
    QCOMPARE(m_client->del(QStringLiteral("/sandbox/v1/stats")).status, 204);
    QCOMPARE(m_client
                 ->put(QStringLiteral("/sandbox/v1/faults"),
                       QJsonObject{{QStringLiteral("status"), 503},
                                   {QStringLiteral("count"), 1},
                                   {QStringLiteral("path"), kAllPeerings}})
                 .status,
             200);
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/deployments")).status, 200); // other path
    const Reply faulted = m_client->get(kAllPeerings + QStringLiteral("?state=pending"));
    QCOMPARE(faulted.status, 503);
    QCOMPARE(faulted.code(), QStringLiteral("SERVICE_UNAVAILABLE"));
    QCOMPARE(m_client->get(kAllPeerings + QStringLiteral("?limit=1")).status, 200);
    const QJsonObject routes = m_client->get(QStringLiteral("/sandbox/v1/stats"))
                                   .json()[QStringLiteral("routes")]
                                   .toObject();
    // Counted under the route template, whatever the query.
    QCOMPARE(routes.value(QStringLiteral("GET /api/v1/peerings")).toInt(), 2);
}

void TestContract::allPeeringsRateLimited() {
    Options options;
    options.apiKey = kKey;
    options.apiSecret = kSecret;
    options.rateLimit = 2;
    Server limited(options);
    QString error;
    QVERIFY2(limited.start(&error), qPrintable(error));
    Client client(limited.baseUrl(), kKey, kSecret);
    QCOMPARE(client.get(kAllPeerings).status, 200);
    QCOMPARE(client.get(kAllPeerings).status, 200);
    const Reply refused = client.get(kAllPeerings);
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.code(), QStringLiteral("RATE_LIMITED"));
    QVERIFY(refused.header("Retry-After").toInt() >= 1);
}

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"
