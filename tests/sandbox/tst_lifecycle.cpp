// The state machine of design.md §4 with a sped-up clock (--time-scale): the Aliyun window
// closing, attach and fail controls, automatic attach, delete rules and bound resources.
#include "sandboxtestclient.h"

#include "app/providers/aliyun/module.h"
#include "app/providers/huawei/module.h"
#include "app/sandbox/lifecycle.h"
#include "app/sandbox/server.h"

#include <QDateTime>
#include <QTest>

using namespace vpw::sandbox;
using namespace vpw::sandbox::test;

namespace {

const QString kKey = QStringLiteral("k");
const QString kSecret = QStringLiteral("s");

QDateTime timeOf(const QJsonObject &peering, const char *key) {
    return QDateTime::fromString(peering.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
}

QString control(const QString &id, const char *action) {
    return QStringLiteral("/sandbox/v1/peerings/") + id + u'/' + QLatin1String(action);
}

} // namespace

class TestLifecycle : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void aliyunWindowExpiryFailsThePeering();
    void attachAfterWindowIsRefused();
    void attachMakesPendingRunning();
    void expireClosesTheWindowNow();
    void expireRefused_data();
    void expireRefused();
    void huaweiFailWithReason();
    void huaweiFailDefaultReason();
    void failWithCode();
    void autoAttach_data();
    void autoAttach();
    void deleteGoesThroughDeletingThenDisappears();
    void deleteRefusedWhileResourcesBoundUnlessForced();
    void unbindingResourcesAllowsDelete();
    void failedPeeringReleasesCidrAndPeeringId();
    void deletingPeeringCannotBeDeletedAgain();

private:
    void startServer(double timeScale, std::optional<double> autoAttach = std::nullopt);
    QJsonObject create(const QString &deploymentId, const QJsonObject &body);
    QString stateOf(const QString &deploymentId, const QString &id);

    std::unique_ptr<Server> m_server;
    std::unique_ptr<Client> m_client;
};

void TestLifecycle::startServer(double timeScale, std::optional<double> autoAttach) {
    Options options;
    options.apiKey = kKey;
    options.apiSecret = kSecret;
    options.timeScale = timeScale;
    options.autoAttachAfterSeconds = autoAttach;
    m_server = std::make_unique<Server>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_client = std::make_unique<Client>(m_server->baseUrl(), kKey, kSecret);
}

void TestLifecycle::cleanup() {
    m_client.reset();
    m_server.reset();
}

QJsonObject TestLifecycle::create(const QString &deploymentId, const QJsonObject &body) {
    const Reply reply = m_client->post(peeringsPath(deploymentId), body);
    if (reply.status != 201)
        qWarning() << "create failed:" << reply.status << reply.body;
    return reply.json();
}

QString TestLifecycle::stateOf(const QString &deploymentId, const QString &id) {
    const Reply reply = m_client->get(peeringPath(deploymentId, id));
    return reply.status == 404 ? QStringLiteral("(removed)") : reply.string("state");
}

void TestLifecycle::aliyunWindowExpiryFailsThePeering() {
    startServer(600); // the 10-minute window lasts one second
    const QJsonObject created = create(seed::aliyun, aliyunBody());
    const QString id = created.value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(timeOf(created, "createdAt").msecsTo(timeOf(created, "expiresAt")), 1000);
    QCOMPARE(stateOf(seed::aliyun, id), QStringLiteral("pending"));

    QTRY_COMPARE_WITH_TIMEOUT(stateOf(seed::aliyun, id), QStringLiteral("failed"), 5000);
    const QJsonObject failed = m_client->get(peeringPath(seed::aliyun, id)).json();
    QVERIFY(failed.value(QStringLiteral("failureReason"))
                .toString()
                .contains(QStringLiteral("10 minutes")));
    QCOMPARE(failed.value(QStringLiteral("failureCode")).toString(),
             QStringLiteral("window_closed"));
    // It failed when the window closed, not whenever somebody looked.
    QCOMPARE(timeOf(failed, "updatedAt"), timeOf(failed, "expiresAt"));
}

void TestLifecycle::attachAfterWindowIsRefused() {
    startServer(600);
    const QString id = create(seed::aliyun, aliyunBody()).value(QStringLiteral("id")).toString();
    // Attach after the deadline is refused even if the timer has not fired yet: each request
    // evaluates the due transitions first. Wait for the deadline via the list endpoint.
    QTRY_VERIFY_WITH_TIMEOUT(
        QDateTime::currentDateTimeUtc() >
            timeOf(m_client->get(peeringPath(seed::aliyun, id)).json(), "expiresAt"),
        5000);
    const Reply attach = m_client->send("POST", control(id, "attach"));
    QCOMPARE(attach.status, 409);
    QCOMPARE(attach.code(), QStringLiteral("INVALID_STATE"));
    QCOMPARE(stateOf(seed::aliyun, id), QStringLiteral("failed"));
}

void TestLifecycle::attachMakesPendingRunning() {
    startServer(1);
    const QString id = create(seed::aliyun, aliyunBody()).value(QStringLiteral("id")).toString();
    const Reply attached = m_client->send("POST", control(id, "attach"));
    QCOMPARE(attached.status, 200);
    QCOMPARE(attached.string("state"), QStringLiteral("running"));
    QCOMPARE(stateOf(seed::aliyun, id), QStringLiteral("running"));
    QCOMPARE(m_client->send("POST", control(id, "attach")).status, 409);
}

void TestLifecycle::expireClosesTheWindowNow() {
    startServer(1); // a real 10-minute window: the control must not wait for it
    const QJsonObject created = create(seed::aliyun, aliyunBody());
    const QString id = created.value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    const Reply expired = m_client->send("POST", control(id, "expire"));
    QCOMPARE(expired.status, 200);
    QCOMPARE(expired.string("state"), QStringLiteral("failed"));
    // The same reason and timing as a window that ran out by itself.
    QCOMPARE(expired.string("failureReason"),
             vpw::providers::aliyun::module().failureReason(vpw::FailureCode::WindowClosed));
    QCOMPARE(expired.string("failureCode"), QStringLiteral("window_closed"));
    const QJsonObject body = expired.json();
    QVERIFY(timeOf(body, "expiresAt") < timeOf(created, "expiresAt"));
    QVERIFY(timeOf(body, "expiresAt") >= timeOf(created, "createdAt"));
    QCOMPARE(timeOf(body, "updatedAt"), timeOf(body, "expiresAt"));
    QCOMPARE(stateOf(seed::aliyun, id), QStringLiteral("failed"));
    // A failed peering no longer holds its CIDR: the same request can be created again.
    QCOMPARE(m_client->post(peeringsPath(seed::aliyun), aliyunBody()).status, 201);
}

void TestLifecycle::expireRefused_data() {
    QTest::addColumn<QString>("deployment");
    QTest::addColumn<bool>("attachFirst");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("huawei: no window")
        << seed::huawei << false << 409 << QStringLiteral("INVALID_STATE");
    QTest::newRow("aliyun: already running")
        << seed::aliyun << true << 409 << QStringLiteral("INVALID_STATE");
}

void TestLifecycle::expireRefused() {
    QFETCH(QString, deployment);
    QFETCH(bool, attachFirst);
    QFETCH(int, status);
    QFETCH(QString, code);
    startServer(1);
    const bool huawei = deployment == seed::huawei;
    const QString id = create(deployment, huawei ? huaweiBody() : aliyunBody())
                           .value(QStringLiteral("id"))
                           .toString();
    QVERIFY(!id.isEmpty());
    if (attachFirst)
        QCOMPARE(m_client->send("POST", control(id, "attach")).status, 200);
    const QString before = stateOf(deployment, id);
    const Reply refused = m_client->send("POST", control(id, "expire"));
    QCOMPARE(refused.status, status);
    QCOMPARE(refused.code(), code);
    QCOMPARE(stateOf(deployment, id), before);
    QCOMPARE(m_client->send("POST", control(QStringLiteral("peer-nope"), "expire")).status, 404);
}

void TestLifecycle::huaweiFailWithReason() {
    startServer(1);
    const QString id = create(seed::huawei, huaweiBody()).value(QStringLiteral("id")).toString();
    const Reply failed =
        m_client->send("POST", control(id, "fail"), "{\"reason\":\"Peer VPC not found.\"}");
    QCOMPARE(failed.status, 200);
    QCOMPARE(failed.string("state"), QStringLiteral("failed"));
    QCOMPARE(failed.string("failureReason"), QStringLiteral("Peer VPC not found."));
    QCOMPARE(failed.string("failureCode"), QStringLiteral("rejected")); // the default code
}

void TestLifecycle::huaweiFailDefaultReason() {
    startServer(1);
    const QString id = create(seed::huawei, huaweiBody()).value(QStringLiteral("id")).toString();
    const Reply failed = m_client->send("POST", control(id, "fail"));
    QCOMPARE(failed.status, 200);
    QVERIFY(!failed.string("failureReason").isEmpty());
    QCOMPARE(failed.string("failureCode"), QStringLiteral("rejected"));
}

// The control sets the code asked for, with the provider module's reason for it; an unknown
// code is refused and the peering stays pending.
void TestLifecycle::failWithCode() {
    startServer(1);
    const QString id = create(seed::huawei, huaweiBody()).value(QStringLiteral("id")).toString();
    const Reply refused =
        m_client->send("POST", control(id, "fail"), "{\"failureCode\":\"quota_exceeded\"}");
    QCOMPARE(refused.status, 422);
    QCOMPARE(stateOf(seed::huawei, id), QStringLiteral("pending"));
    const Reply failed =
        m_client->send("POST", control(id, "fail"), "{\"failureCode\":\"not_found\"}");
    QCOMPARE(failed.status, 200);
    QCOMPARE(failed.string("failureCode"), QStringLiteral("not_found"));
    QCOMPARE(failed.string("failureReason"),
             vpw::providers::huawei::module().failureReason(vpw::FailureCode::NotFound));
    // The list carries it too.
    QCOMPARE(m_client->get(peeringPath(seed::huawei, id)).string("failureCode"),
             QStringLiteral("not_found"));
}

void TestLifecycle::autoAttach_data() {
    QTest::addColumn<QString>("deploymentId");
    QTest::addColumn<double>("timeScale");
    QTest::addColumn<double>("autoAttach");
    QTest::addColumn<QString>("finalState");

    QTest::newRow("aliyun attaches before the window closes")
        << seed::aliyun << 1.0 << 0.3 << "running";
    QTest::newRow("huawei attaches") << seed::huawei << 1.0 << 0.3 << "running";
    QTest::newRow("aliyun window closes first") << seed::aliyun << 600.0 << 900.0 << "failed";
    QTest::newRow("huawei has no window") << seed::huawei << 600.0 << 900.0 << "running";
}

void TestLifecycle::autoAttach() {
    QFETCH(QString, deploymentId);
    QFETCH(double, timeScale);
    QFETCH(double, autoAttach);
    QFETCH(QString, finalState);

    startServer(timeScale, autoAttach);
    const QJsonObject body = deploymentId == seed::aliyun ? aliyunBody() : huaweiBody();
    const QString id = create(deploymentId, body).value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(deploymentId, id), finalState, 5000);
}

void TestLifecycle::deleteGoesThroughDeletingThenDisappears() {
    startServer(5); // removal 1 s after the DELETE
    const QString path = peeringPath(seed::huawei, seed::huaweiRunning);
    const Reply deleted = m_client->del(path);
    QCOMPARE(deleted.status, 202);
    QCOMPARE(deleted.string("state"), QStringLiteral("deleting"));
    QCOMPARE(stateOf(seed::huawei, seed::huaweiRunning), QStringLiteral("deleting"));
    QTRY_COMPARE_WITH_TIMEOUT(m_client->get(path).status, 404, 5000);
    QCOMPARE(m_client->get(peeringsPath(seed::huawei)).data().size(), 0);
}

void TestLifecycle::deleteRefusedWhileResourcesBoundUnlessForced() {
    startServer(600);
    const QString path = peeringPath(seed::aliyun, seed::runningBound);
    const Reply refused = m_client->del(path);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.code(), QStringLiteral("RESOURCES_BOUND"));
    const QJsonObject resource =
        refused.json().value(QStringLiteral("resources")).toArray().at(0).toObject();
    QCOMPARE(resource.value(QStringLiteral("id")).toString(), QStringLiteral("res-demo0kafka"));
    QCOMPARE(resource.value(QStringLiteral("type")).toString(), QStringLiteral("kafka"));
    QCOMPARE(stateOf(seed::aliyun, seed::runningBound), QStringLiteral("running"));

    const Reply forced = m_client->del(path + QStringLiteral("?force=true"));
    QCOMPARE(forced.status, 202);
    QCOMPARE(forced.string("state"), QStringLiteral("deleting"));
    QTRY_COMPARE_WITH_TIMEOUT(m_client->get(path).status, 404, 5000);
}

void TestLifecycle::unbindingResourcesAllowsDelete() {
    startServer(600);
    const QString id = create(seed::aliyun, aliyunBody()).value(QStringLiteral("id")).toString();
    QCOMPARE(m_client->send("POST", control(id, "attach")).status, 200);
    const Reply bound = m_client->send("POST", control(id, "resources"),
                                       "{\"name\":\"bridge-to-kafka\",\"type\":\"kafka\"}");
    QCOMPARE(bound.status, 201);
    const QString resourceId = bound.string("id");
    QVERIFY(resourceId.startsWith(QStringLiteral("res-")));
    const QJsonArray listed = m_client->get(peeringPath(seed::aliyun, id))
                                  .json()
                                  .value(QStringLiteral("boundResources"))
                                  .toArray();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("bridge-to-kafka"));

    QCOMPARE(m_client->del(peeringPath(seed::aliyun, id)).code(),
             QStringLiteral("RESOURCES_BOUND"));
    const Reply unbound = m_client->del(control(id, "resources") + u'/' + resourceId);
    QCOMPARE(unbound.status, 204);
    QVERIFY(unbound.hasHeader("Date"));
    QCOMPARE(m_client->del(peeringPath(seed::aliyun, id)).status, 202);
}

void TestLifecycle::failedPeeringReleasesCidrAndPeeringId() {
    startServer(1);
    const QJsonObject first = create(seed::huawei, huaweiBody());
    const QString id = first.value(QStringLiteral("id")).toString();
    QCOMPARE(m_client->post(peeringsPath(seed::huawei), huaweiBody()).code(),
             QStringLiteral("CIDR_OVERLAP"));
    QCOMPARE(m_client->send("POST", control(id, "fail")).status, 200);
    // The operator retries with the same Huawei peering and CIDR.
    const Reply retry = m_client->post(peeringsPath(seed::huawei), huaweiBody());
    QCOMPARE(retry.status, 201);
    QVERIFY(retry.string("id") != id);
}

void TestLifecycle::deletingPeeringCannotBeDeletedAgain() {
    startServer(1); // removal after 5 s: the second DELETE sees `deleting`
    const QString path = peeringPath(seed::huawei, seed::huaweiRunning);
    QCOMPARE(m_client->del(path).status, 202);
    const Reply again = m_client->del(path);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.code(), QStringLiteral("NOT_RUNNING"));
    QCOMPARE(again.string("state"), QStringLiteral("deleting"));
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
