// EMQX's side of the sandbox coupled to the provider emulators (docs/providers-emulated.md
// "EMQX's side"), on an injected clock: the sandbox, both emulators and the operator's clients
// read the same ManualClock; the operator's calls go through the application's clients over
// loopback, the peering API through the sandbox's request pipeline.

#include "app/providers/aliyun/client/aliyunclient.h"
#include "app/providers/emqxcoupling.h"
#include "app/providers/huawei/client/huaweiclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace vpw;

namespace {

const QString kDeployment = QStringLiteral("d7f3a1c2"); // Alibaba Cloud, dedicated
const QString kEmqxVpc = QStringLiteral("vpc-bp1x8d2k4m6n0q2s4u6w8");
const QString kRunningCen = QStringLiteral("cen-7qthudw0ll6jmc3abc"); // holds EMQX's VPC
const QString kOperatorVpc = QStringLiteral("vpc-bp1operator0new00001");
const QString kHuaweiDeployment = QStringLiteral("e2b9c4d5");
const QString kHuaweiEmqxVpc = QStringLiteral("ab78be2d-782f-42a5-aa72-35879f6890ff");
const QString kHuaweiOperatorVpc = QStringLiteral("9daeac7c-a98f-430f-8e38-67f9c044e299");
const QString kTrialVpc = QStringLiteral("0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f");
const QString kTrialProject = QStringLiteral("5e6f7a8b9c0d4e1f8a2b3c4d5e6f7a8b");

template <typename Job> auto run(Job *job) {
    using Value = std::decay_t<decltype(job->value())>;
    struct Out {
        bool ok = false;
        Value value{};
        QString code;
    } out;
    job->onFinished(job, [&out](const auto &j) {
        out.ok = j.isOk();
        out.value = j.value();
        out.code = j.error().code;
    });
    QSignalSpy destroyed(job, &QObject::destroyed);
    destroyed.wait(20000);
    return out;
}

cloud::ClientOptions fastOptions() {
    cloud::ClientOptions options;
    options.initialBackoffMs = 10;
    options.maxBackoffMs = 50;
    options.deadlineMs = 15000;
    options.maxAttempts = 1; // a refusal is seen as it is
    return options;
}

} // namespace

class TestEmqxCoupling : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aliyunGrantThenAttachRuns();
    void aliyunAttachBeforeGrantRefused();
    void aliyunAttachAfterWindowFails();
    void aliyunSandboxAttachPlaysOperator();
    void aliyunSandboxAttachTellsRefusal();
    void aliyunSeededPendingIsCoherent();
    void aliyunEnterpriseCenCannotComplete();
    void aliyunUnknownCenKeepsExplicitControl();
    void aliyunCouplingSurvivesRestart();
    void huaweiPendingRequestAccepted();
    void huaweiRefusals_data();
    void huaweiRefusals();
    void awsKeepsExplicitControl();

private:
    void startAll();
    void stopAll();
    QJsonObject api(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    QJsonObject createAliyun(const QString &cenId);
    QJsonObject peering(const QJsonObject &created);
    std::unique_ptr<aliyun::Client> aliyunClient();
    std::unique_ptr<huawei::Client> huaweiClient();
    QString newHuaweiRequest(const QString &peerVpc, const QString &peerProject);
    void settle();

    QTemporaryDir m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<sandbox::Server> m_server;
    std::unique_ptr<aliyun::Emulator> m_aliyun;
    std::unique_ptr<huawei::Emulator> m_huawei;
};

void TestEmqxCoupling::init() {
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(QStringLiteral("state.db")));
    m_clock = std::make_unique<ManualClock>(QDateTime::currentMSecsSinceEpoch());
    startAll();
    // One VPC belongs to one CEN: free EMQX's VPC from the running demo peering's CEN.
    QVERIFY(m_aliyun->detachChildInstance(kRunningCen, kEmqxVpc));
}

void TestEmqxCoupling::cleanup() {
    stopAll();
}

void TestEmqxCoupling::startAll() {
    const QString state = m_dir.filePath(QStringLiteral("state.db"));
    sandbox::Options options;
    options.apiKey = QStringLiteral("key");
    options.apiSecret = QStringLiteral("secret");
    options.clock = m_clock.get();
    options.stateFile = state;
    m_server = std::make_unique<sandbox::Server>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    aliyun::EmulatorOptions aliyunOptions;
    aliyunOptions.clock = m_clock.get();
    aliyunOptions.stateFile = state;
    huawei::EmulatorOptions huaweiOptions;
    huaweiOptions.clock = m_clock.get();
    huaweiOptions.stateFile = state;
    m_aliyun = std::make_unique<aliyun::Emulator>(aliyunOptions);
    m_huawei = std::make_unique<huawei::Emulator>(huaweiOptions);
    QVERIFY2(m_aliyun->start(&error), qPrintable(error));
    QVERIFY2(m_huawei->start(&error), qPrintable(error));
    coupleProviderEmulators(m_server.get(), m_aliyun.get(), m_huawei.get());
}

void TestEmqxCoupling::stopAll() {
    m_server.reset();
    m_aliyun.reset();
    m_huawei.reset();
}

// Lets the queued reconciliation after an emulator change run.
void TestEmqxCoupling::settle() {
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

QJsonObject TestEmqxCoupling::api(const QByteArray &method, const QString &path,
                                  const QJsonObject &body) {
    sandbox::HttpRequest request;
    request.method = method;
    request.path = path;
    request.headers = {{"Authorization", "Basic " + QByteArray("key:secret").toBase64()}};
    if (!body.isEmpty()) {
        request.headers.append(
            qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    const sandbox::HttpResponse response = m_server->handle(request);
    QJsonObject out = QJsonDocument::fromJson(response.body).object();
    out.insert(QStringLiteral("_status"), response.status);
    return out;
}

QJsonObject TestEmqxCoupling::createAliyun(const QString &cenId) {
    return api("POST", QStringLiteral("/api/v1/deployments/%1/peerings").arg(kDeployment),
               {{QStringLiteral("peeringId"), cenId},
                {QStringLiteral("accountId"), QLatin1String(aliyun::kOperatorUid)},
                {QStringLiteral("vpcId"), kOperatorVpc},
                {QStringLiteral("cidr"), QStringLiteral("192.168.50.0/24")}});
}

QJsonObject TestEmqxCoupling::peering(const QJsonObject &created) {
    return api("GET", QStringLiteral("/api/v1/deployments/%1/peerings/%2")
                          .arg(created.value(QStringLiteral("deploymentId")).toString(),
                               created.value(QStringLiteral("id")).toString()));
}

std::unique_ptr<aliyun::Client> TestEmqxCoupling::aliyunClient() {
    aliyun::Account account;
    account.accessKeyId = m_aliyun->options().accessKeyId;
    account.accessKeySecret = m_aliyun->options().accessKeySecret;
    account.endpointOverride = m_aliyun->baseUrl();
    auto client = std::make_unique<aliyun::Client>(account);
    client->setOptions(fastOptions());
    client->setClock(m_clock.get());
    return client;
}

std::unique_ptr<huawei::Client> TestEmqxCoupling::huaweiClient() {
    huawei::Account account;
    account.accessKey = m_huawei->options().accessKey;
    account.secretKey = m_huawei->options().secretKey;
    account.projectId = QLatin1String(huawei::kOperatorProject);
    account.endpointOverride = m_huawei->baseUrl();
    auto client = std::make_unique<huawei::Client>(account);
    client->setOptions(fastOptions());
    client->setClock(m_clock.get());
    return client;
}

// The Alibaba Cloud chain's provider steps: a new CEN, the operator's VPC, then (after the
// submission to EMQX granted EMQX's VPC) EMQX's VPC; running once Attached.
void TestEmqxCoupling::aliyunGrantThenAttachRuns() {
    auto client = aliyunClient();
    const auto cen = run(client->createCen(QStringLiteral("emqx")));
    QVERIFY(cen.ok);
    m_clock->advanceMs(6000); // Creating -> Active
    QVERIFY(
        run(client->attachCenChildInstance(cen.value, kOperatorVpc, QStringLiteral("cn-hangzhou")))
            .ok);
    const QJsonObject created = createAliyun(cen.value);
    QCOMPARE(created.value(QStringLiteral("_status")).toInt(), 201);
    QCOMPARE(created.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));

    const auto attach = run(client->attachCenChildInstance(
        cen.value, kEmqxVpc, QStringLiteral("cn-hangzhou"), QLatin1String(aliyun::kEmqxUid)));
    QVERIFY2(attach.ok, qPrintable(attach.code));
    settle();
    // Attaching for 10 s: still pending, no timer involved.
    m_clock->advanceMs(9000);
    QCOMPARE(peering(created).value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    m_clock->advanceMs(1500);
    const QJsonObject running = peering(created);
    QCOMPARE(running.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
    // It took effect when the attachment became Attached.
    QCOMPARE(running.value(QStringLiteral("updatedAt")).toString(),
             created.value(QStringLiteral("createdAt")).toString().isEmpty()
                 ? QString()
                 : running.value(QStringLiteral("updatedAt")).toString());
    const auto child = m_aliyun->childAttachment(cen.value, kEmqxVpc);
    QVERIFY(child);
    QCOMPARE(QDateTime::fromString(running.value(QStringLiteral("updatedAt")).toString(),
                                   Qt::ISODateWithMs),
             child->attachedAt);
}

void TestEmqxCoupling::aliyunAttachBeforeGrantRefused() {
    auto client = aliyunClient();
    const auto cen = run(client->createCen(QStringLiteral("emqx")));
    m_clock->advanceMs(6000);
    // Not submitted to EMQX yet: no grant, the cross-account attach is refused.
    const auto early = run(client->attachCenChildInstance(
        cen.value, kEmqxVpc, QStringLiteral("cn-hangzhou"), QLatin1String(aliyun::kEmqxUid)));
    QVERIFY(!early.ok);
    QCOMPARE(early.code, QStringLiteral("Forbbiden.AttachChildInstanceAcrossUid"));
    createAliyun(cen.value);
    const auto late = run(client->attachCenChildInstance(
        cen.value, kEmqxVpc, QStringLiteral("cn-hangzhou"), QLatin1String(aliyun::kEmqxUid)));
    QVERIFY2(late.ok, qPrintable(late.code));
}

void TestEmqxCoupling::aliyunAttachAfterWindowFails() {
    auto client = aliyunClient();
    const auto cen = run(client->createCen(QStringLiteral("emqx")));
    m_clock->advanceMs(6000);
    const QJsonObject created = createAliyun(cen.value);
    // Attached 5 s after the 10-minute window closed.
    m_clock->advanceMs(595'000);
    QVERIFY(run(client->attachCenChildInstance(cen.value, kEmqxVpc, QStringLiteral("cn-hangzhou"),
                                               QLatin1String(aliyun::kEmqxUid)))
                .ok);
    settle();
    QCOMPARE(peering(created).value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    m_clock->advanceMs(15'000);
    const QJsonObject failed = peering(created);
    QCOMPARE(failed.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QCOMPARE(failed.value(QStringLiteral("failureCode")).toString(),
             QStringLiteral("window_closed"));
}

// The demo's "finish the provider side now": the sandbox's attach control makes the
// operator's AttachCenChildInstance against the emulator (counted there), not a transition.
void TestEmqxCoupling::aliyunSandboxAttachPlaysOperator() {
    auto client = aliyunClient();
    const auto cen = run(client->createCen(QStringLiteral("emqx")));
    m_clock->advanceMs(6000);
    const QJsonObject created = createAliyun(cen.value);
    const int before = m_aliyun->requestCount(QStringLiteral("AttachCenChildInstance"));
    const QJsonObject played =
        api("POST", QStringLiteral("/sandbox/v1/peerings/%1/attach")
                        .arg(created.value(QStringLiteral("id")).toString()));
    QCOMPARE(played.value(QStringLiteral("_status")).toInt(), 200);
    QCOMPARE(played.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QCOMPARE(m_aliyun->requestCount(QStringLiteral("AttachCenChildInstance")), before + 1);
    m_clock->advanceMs(10'000);
    QCOMPARE(peering(created).value(QStringLiteral("state")).toString(), QStringLiteral("running"));
}

// The operator's call refused by the emulator (the CEN is still Creating): the control says
// why, with the provider's code, and the peering stays pending.
void TestEmqxCoupling::aliyunSandboxAttachTellsRefusal() {
    auto client = aliyunClient();
    const auto cen = run(client->createCen(QStringLiteral("emqx")));
    const QJsonObject created = createAliyun(cen.value);
    QCOMPARE(created.value(QStringLiteral("_status")).toInt(), 201);
    const QJsonObject played =
        api("POST", QStringLiteral("/sandbox/v1/peerings/%1/attach")
                        .arg(created.value(QStringLiteral("id")).toString()));
    QCOMPARE(played.value(QStringLiteral("_status")).toInt(), 409);
    const QString text = QString::fromUtf8(QJsonDocument(played).toJson());
    QVERIFY2(text.contains(QStringLiteral("InvalidOperation.CenInstanceStatus")), qPrintable(text));
    QCOMPARE(peering(created).value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
}

// The seeded pending peering: EMQX's grant is in the emulator's seed; it waits for the
// operator (no timer), and while EMQX's VPC is in the running demo peering's CEN the
// operator's attach is refused as Alibaba Cloud does (one VPC, one CEN).
// A CEN with an Enterprise transit router in the deployment's region (providers-api.md §2.3):
// EMQX's grant is the Basic path's, the operator's attach is refused there, the client can tell
// the edition beforehand, and the peering fails when its window closes, as at Alibaba Cloud.
void TestEmqxCoupling::aliyunEnterpriseCenCannotComplete() {
    auto client = aliyunClient();
    const auto cen = run(client->createCen(QStringLiteral("emqx-enterprise")));
    m_clock->advanceMs(6000);
    QVERIFY(run(client->createTransitRouter(cen.value, QStringLiteral("cn-hangzhou"))).ok);
    m_clock->advanceMs(6000);
    QCOMPARE(run(client->cenEdition(cen.value, QStringLiteral("cn-hangzhou"))).value,
             aliyun::CenEdition::Enterprise);
    const QJsonObject created = createAliyun(cen.value);
    QCOMPARE(created.value(QStringLiteral("_status")).toInt(), 201);
    const QJsonObject played =
        api("POST", QStringLiteral("/sandbox/v1/peerings/%1/attach")
                        .arg(created.value(QStringLiteral("id")).toString()));
    QCOMPARE(played.value(QStringLiteral("_status")).toInt(), 409);
    const QString text = QString::fromUtf8(QJsonDocument(played).toJson());
    QVERIFY2(text.contains(QStringLiteral("OperationUnsupported.TransitRouterType")),
             qPrintable(text));
    m_clock->advanceMs(601'000);
    const QJsonObject failed = peering(created);
    QCOMPARE(failed.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QCOMPARE(failed.value(QStringLiteral("failureCode")).toString(),
             QStringLiteral("window_closed"));
}

void TestEmqxCoupling::aliyunSeededPendingIsCoherent() {
    const QString path =
        QStringLiteral("/api/v1/deployments/%1/peerings/peer-demo0pending").arg(kDeployment);
    m_clock->advanceMs(60'000);
    QCOMPARE(api("GET", path).value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    auto client = aliyunClient();
    QVERIFY(run(client->attachCenChildInstance(kRunningCen, kEmqxVpc, QStringLiteral("cn-hangzhou"),
                                               QLatin1String(aliyun::kEmqxUid)))
                .ok); // back where the seed has it
    const QJsonObject refused =
        api("POST", QStringLiteral("/sandbox/v1/peerings/peer-demo0pending/attach"));
    QCOMPARE(refused.value(QStringLiteral("_status")).toInt(), 409);
    const QString text = QString::fromUtf8(QJsonDocument(refused).toJson());
    QVERIFY2(text.contains(QStringLiteral("ChildInstanceAlreadyAttached")), qPrintable(text));
    // Freed, the same call goes through (the grant was seeded).
    QVERIFY(m_aliyun->detachChildInstance(kRunningCen, kEmqxVpc));
    QCOMPARE(api("POST", QStringLiteral("/sandbox/v1/peerings/peer-demo0pending/attach"))
                 .value(QStringLiteral("_status"))
                 .toInt(),
             200);
    m_clock->advanceMs(10'000);
    QCOMPARE(api("GET", path).value(QStringLiteral("state")).toString(), QStringLiteral("running"));
}

// A CEN the emulated account does not hold: the explicit control, as before.
void TestEmqxCoupling::aliyunUnknownCenKeepsExplicitControl() {
    const QJsonObject created = createAliyun(QStringLiteral("cen-4kq2m8x1n7p3r5s9tz"));
    QCOMPARE(created.value(QStringLiteral("_status")).toInt(), 201);
    QCOMPARE(api("POST", QStringLiteral("/sandbox/v1/peerings/%1/attach")
                             .arg(created.value(QStringLiteral("id")).toString()))
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("running"));
}

void TestEmqxCoupling::aliyunCouplingSurvivesRestart() {
    auto client = aliyunClient();
    const auto cen = run(client->createCen(QStringLiteral("emqx")));
    m_clock->advanceMs(6000);
    const QJsonObject created = createAliyun(cen.value);
    client.reset();
    stopAll(); // the grant and the pending peering are on disk
    startAll();
    client = aliyunClient();
    QVERIFY(run(client->attachCenChildInstance(cen.value, kEmqxVpc, QStringLiteral("cn-hangzhou"),
                                               QLatin1String(aliyun::kEmqxUid)))
                .ok);
    settle();
    client.reset();
    stopAll(); // Attaching, not yet Attached: the sandbox restarts before it notices
    m_clock->advanceMs(11'000);
    startAll();
    QCOMPARE(peering(created).value(QStringLiteral("state")).toString(), QStringLiteral("running"));
}

QString TestEmqxCoupling::newHuaweiRequest(const QString &peerVpc, const QString &peerProject) {
    auto client = huaweiClient();
    const auto created = run(
        client->createVpcPeering(QStringLiteral("emqx"), kHuaweiOperatorVpc, peerVpc, peerProject));
    if (!created.ok)
        return {};
    return created.value.id;
}

void TestEmqxCoupling::huaweiPendingRequestAccepted() {
    const QString id = newHuaweiRequest(kHuaweiEmqxVpc, QLatin1String(huawei::kEmqxProject));
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_huawei->peeringStatus(id), QStringLiteral("PENDING_ACCEPTANCE"));
    const QJsonObject created =
        api("POST", QStringLiteral("/api/v1/deployments/%1/peerings").arg(kHuaweiDeployment),
            {{QStringLiteral("peeringId"), id},
             {QStringLiteral("accountId"), QLatin1String(huawei::kOperatorUserId)},
             {QStringLiteral("vpcId"), kHuaweiOperatorVpc},
             {QStringLiteral("cidr"), QStringLiteral("192.168.110.0/24")}});
    QCOMPARE(created.value(QStringLiteral("_status")).toInt(), 201);
    QCOMPARE(created.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
    QCOMPARE(m_huawei->peeringStatus(id), QStringLiteral("ACTIVE"));
}

void TestEmqxCoupling::huaweiRefusals_data() {
    QTest::addColumn<QString>("peerVpc"); // empty: a request that does not exist
    QTest::addColumn<QString>("peerProject");
    QTest::addColumn<QString>("accountId");
    QTest::addColumn<QString>("failureCode");
    const QString emqx = QLatin1String(huawei::kEmqxProject);
    const QString user = QLatin1String(huawei::kOperatorUserId);
    QTest::newRow("no such request") << QString() << emqx << user << "not_found";
    QTest::newRow("towards another VPC") << kTrialVpc << kTrialProject << user << "wrong_vpc";
    QTest::newRow("another account entered")
        << kHuaweiEmqxVpc << emqx << QStringLiteral("00112233445566778899aabbccddeeff")
        << "wrong_account";
}

void TestEmqxCoupling::huaweiRefusals() {
    QFETCH(QString, peerVpc);
    QFETCH(QString, peerProject);
    QFETCH(QString, accountId);
    QFETCH(QString, failureCode);
    const QString id = peerVpc.isEmpty() ? QStringLiteral("5c8e1f3a-2b4d-4e6f-8a0b-1c2d3e4f5a6b")
                                         : newHuaweiRequest(peerVpc, peerProject);
    QVERIFY(!id.isEmpty());
    const QJsonObject created =
        api("POST", QStringLiteral("/api/v1/deployments/%1/peerings").arg(kHuaweiDeployment),
            {{QStringLiteral("peeringId"), id},
             {QStringLiteral("accountId"), accountId},
             {QStringLiteral("vpcId"), kHuaweiOperatorVpc},
             {QStringLiteral("cidr"), QStringLiteral("192.168.110.0/24")}});
    QCOMPARE(created.value(QStringLiteral("_status")).toInt(), 201);
    QCOMPARE(created.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QCOMPARE(created.value(QStringLiteral("failureCode")).toString(), failureCode);
    if (!peerVpc.isEmpty()) // EMQX did not accept it
        QCOMPARE(m_huawei->peeringStatus(id), QStringLiteral("PENDING_ACCEPTANCE"));
}

// AWS has no emulator: its peerings keep the explicit control.
void TestEmqxCoupling::awsKeepsExplicitControl() {
    const QJsonObject created =
        api("POST", QStringLiteral("/api/v1/deployments/f4a6c8e0/peerings"),
            {{QStringLiteral("peeringId"), QStringLiteral("pcx-0f1e2d3c4b5a69788")},
             {QStringLiteral("accountId"), QStringLiteral("123456789012")},
             {QStringLiteral("vpcId"), QStringLiteral("vpc-0fedcba9876543210")},
             {QStringLiteral("cidr"), QStringLiteral("192.168.70.0/24")}});
    QCOMPARE(created.value(QStringLiteral("_status")).toInt(), 201);
    m_clock->advanceMs(3600'000);
    QCOMPARE(peering(created).value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QCOMPARE(api("POST", QStringLiteral("/sandbox/v1/peerings/%1/attach")
                             .arg(created.value(QStringLiteral("id")).toString()))
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("running"));
}

QTEST_GUILESS_MAIN(TestEmqxCoupling)
#include "tst_emqxcoupling.moc"
