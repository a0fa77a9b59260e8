// ApiClient against the real sandbox on loopback: every call of the contract, every status and
// error code a typed call can meet, ETag/304, idempotent creates and the clock-skew estimate.

#include "sandboxfixture.h"

#include "app/providers/aliyun/module.h"
#include "app/providers/huawei/module.h"
#include "app/providers/registry.h"
#include "app/sandbox/serverthread.h"

#include <QTest>
#include <QUuid>

using namespace vpw;
using namespace vpw::test;
using cloud::ApiError;

Q_DECLARE_METATYPE(vpw::PeeringRequest)

namespace {

enum class Call { ListDeployments, GetDeployment, ListPeerings, Create, GetPeering, Delete };
enum class Setup { None, WrongSecret, WrongBasePath, ReuseKeyWithOtherBody, OverlongKey };

} // namespace

Q_DECLARE_METATYPE(Call)
Q_DECLARE_METATYPE(Setup)

// Every finished job must have ended exactly once and with its attempts counted.
#define VERIFY_ENDED_ONCE(outcome)                                                                 \
    do {                                                                                           \
        QVERIFY2((outcome).finished, "the job never emitted finished()");                          \
        QCOMPARE((outcome).finishedCount, 1);                                                      \
    } while (false)

class TestApiClient : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listsAndGetsDeployments();
    void listsPeeringsWithEveryField();
    void createsAliyunPeeringWithWindow();
    void createsHuaweiPeeringWithoutWindow();
    void resubmitWithSameKeyReturnsSamePeering();
    void conditionalGetAnswersNotModified();
    void pagesThroughAllPeerings();
    void allPeeringsAnswerNotModified();
    void allPeeringsRefusesBadQuery_data();
    void allPeeringsRefusesBadQuery();
    void deletesRunningPeering();
    void forceDeletesDespiteBoundResources();
    void contractErrors_data();
    void contractErrors();
    void estimatesClockSkew_data();
    void estimatesClockSkew();
    void worksWithServerInItsOwnThread();

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<cloud::ApiClient> m_client;
};

void TestApiClient::init() {
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->start());
    m_client = m_sandbox->client();
}

void TestApiClient::cleanup() {
    m_client.reset();
    m_sandbox.reset();
}

void TestApiClient::listsAndGetsDeployments() {
    const auto list = run(m_client->listDeployments());
    VERIFY_ENDED_ONCE(list);
    QVERIFY2(list.ok, qPrintable(list.error.debugString()));
    QCOMPARE(list.value->size(), 6);
    QCOMPARE(list.attempts, 1);

    const auto one = run(m_client->getDeployment(seed::AliyunDeployment));
    VERIFY_ENDED_ONCE(one);
    QVERIFY2(one.ok, qPrintable(one.error.debugString()));
    const Deployment &d = *one.value;
    QCOMPARE(d.id, seed::AliyunDeployment);
    QCOMPARE(d.provider, &vpw::providers::aliyun::module());
    QCOMPARE(d.region, QStringLiteral("cn-hangzhou"));
    QCOMPARE(d.edition, Edition::Dedicated);
    QCOMPARE(d.cidr.toString(), QStringLiteral("10.100.0.0/16"));
    QCOMPARE(d.vpcId, QStringLiteral("vpc-bp1x8d2k4m6n0q2s4u6w8"));
    QCOMPARE(d.cloudAccountId, QStringLiteral("1688000000000001"));
    QVERIFY(!d.reservedCidrs.isEmpty());

    const auto huawei = run(m_client->getDeployment(seed::HuaweiDeployment));
    QVERIFY(huawei.ok);
    QCOMPARE(huawei.value->provider, &vpw::providers::huawei::module());
}

void TestApiClient::listsPeeringsWithEveryField() {
    const auto list = run(m_client->listPeerings(seed::AliyunDeployment));
    VERIFY_ENDED_ONCE(list);
    QVERIFY2(list.ok, qPrintable(list.error.debugString()));
    QCOMPARE(list.value->size(), 3);
    bool sawFailed = false;
    bool sawBound = false;
    for (const Peering &p : *list.value) {
        QCOMPARE(p.deploymentId, seed::AliyunDeployment);
        QCOMPARE(p.provider, &vpw::providers::aliyun::module());
        QVERIFY(p.createdAt.isValid());
        QCOMPARE(p.createdAt.timeSpec(), Qt::UTC);
        QVERIFY(p.expiresAt.has_value());
        if (p.state == PeeringState::Failed) {
            sawFailed = true;
            QVERIFY(!p.failureReason.isEmpty());
        } else {
            QVERIFY(p.failureReason.isEmpty());
        }
        if (p.id == seed::RunningBound) {
            sawBound = true;
            QCOMPARE(p.boundResources.size(), 1);
            QCOMPARE(p.boundResources.first().name, QStringLiteral("orders-kafka"));
            QCOMPARE(p.boundResources.first().type, QStringLiteral("kafka"));
        }
    }
    QVERIFY(sawFailed);
    QVERIFY(sawBound);
}

void TestApiClient::createsAliyunPeeringWithWindow() {
    const PeeringRequest request = aliyunRequest();
    const auto created = run(m_client->createPeering(seed::AliyunDeployment, request));
    VERIFY_ENDED_ONCE(created);
    QVERIFY2(created.ok, qPrintable(created.error.debugString()));
    const Peering &p = *created.value;
    QVERIFY(!p.id.isEmpty());
    QCOMPARE(p.state, PeeringState::Pending);
    QCOMPARE(p.peeringId, request.peeringId);
    QCOMPARE(p.accountId, request.accountId);
    QCOMPARE(p.vpcId, request.vpcId);
    QCOMPARE(p.cidr, request.cidr);
    QVERIFY(p.expiresAt.has_value());
    QCOMPARE(p.createdAt.secsTo(*p.expiresAt), 600);
    QVERIFY(p.failureReason.isEmpty());
    QVERIFY(!QUuid::fromString(created.idempotencyKey).isNull());
}

void TestApiClient::createsHuaweiPeeringWithoutWindow() {
    PeeringRequest request;
    request.peeringId = QStringLiteral("5e0c8d3a-1b2c-4d5e-8f90-a1b2c3d4e5f6");
    request.accountId = QStringLiteral("0f4ab9d1e2c34b5a8d7e6f5a4b3c2d1e");
    request.vpcId = QStringLiteral("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
    request.cidr = *Cidr::fromString(QStringLiteral("192.168.60.0/24"));
    const auto created = run(m_client->createPeering(seed::HuaweiDeployment, request));
    VERIFY_ENDED_ONCE(created);
    QVERIFY2(created.ok, qPrintable(created.error.debugString()));
    QCOMPARE(created.value->provider, &vpw::providers::huawei::module());
    QVERIFY(!created.value->expiresAt.has_value());
}

void TestApiClient::resubmitWithSameKeyReturnsSamePeering() {
    const QString key = cloud::ApiClient::newIdempotencyKey();
    const auto first = run(m_client->createPeering(seed::AliyunDeployment, aliyunRequest(), key));
    QVERIFY2(first.ok, qPrintable(first.error.debugString()));
    QCOMPARE(first.idempotencyKey, key);
    const auto again = run(m_client->createPeering(seed::AliyunDeployment, aliyunRequest(), key));
    QVERIFY2(again.ok, qPrintable(again.error.debugString()));
    QCOMPARE(again.value->id, first.value->id);

    const auto list = run(m_client->listPeerings(seed::AliyunDeployment));
    QVERIFY(list.ok);
    QCOMPARE(list.value->size(), 4); // 3 seeded + exactly one created
}

void TestApiClient::conditionalGetAnswersNotModified() {
    const auto first = run(m_client->getPeering(seed::AliyunDeployment, seed::Pending));
    VERIFY_ENDED_ONCE(first);
    QVERIFY2(first.ok, qPrintable(first.error.debugString()));
    QVERIFY(!first.value->notModified);
    QVERIFY(first.value->peering.has_value());
    QCOMPARE(first.value->peering->state, PeeringState::Pending);
    const QString etag = first.value->etag;
    QVERIFY(!etag.isEmpty());

    const auto same = run(m_client->getPeering(seed::AliyunDeployment, seed::Pending, etag));
    VERIFY_ENDED_ONCE(same);
    QVERIFY2(same.ok, qPrintable(same.error.debugString()));
    QVERIFY(same.value->notModified);
    QVERIFY(!same.value->peering.has_value());

    QVERIFY(m_sandbox->attach(seed::Pending));
    const auto changed = run(m_client->getPeering(seed::AliyunDeployment, seed::Pending, etag));
    QVERIFY2(changed.ok, qPrintable(changed.error.debugString()));
    QVERIFY(!changed.value->notModified);
    QCOMPARE(changed.value->peering->state, PeeringState::Running);
    QVERIFY(changed.value->etag != etag);
}

void TestApiClient::pagesThroughAllPeerings() {
    // 6 seeded (Aliyun 3, Huawei 1, AWS 2) + 2 = 8 peerings: four pages of two.
    QVERIFY(run(m_client->createPeering(seed::AliyunDeployment, aliyunRequest())).ok);
    QVERIFY(run(m_client->createPeering(seed::AliyunDeployment,
                                        aliyunRequest(QStringLiteral("cen-0z9y8x7w6v5u4t3s2r"),
                                                      QStringLiteral("192.168.80.0/24"))))
                .ok);
    const auto whole = run(m_client->listAllPeerings());
    VERIFY_ENDED_ONCE(whole);
    QVERIFY2(whole.ok, qPrintable(whole.error.debugString()));
    QCOMPARE(whole.value->peerings.size(), 8);
    QVERIFY(whole.value->nextCursor.isEmpty());
    QVERIFY(!whole.value->notModified);

    QList<Peering> collected;
    cloud::PeeringQuery query;
    query.limit = 2;
    int pages = 0;
    do {
        const auto page = run(m_client->listAllPeerings(query));
        VERIFY_ENDED_ONCE(page);
        QVERIFY2(page.ok, qPrintable(page.error.debugString()));
        QCOMPARE(page.value->peerings.size(), 2);
        QVERIFY(!page.value->etag.isEmpty());
        collected += page.value->peerings;
        query.cursor = page.value->nextCursor;
        ++pages;
    } while (!query.cursor.isEmpty() && pages < 10);
    QCOMPARE(pages, 4);
    QStringList wholeIds;
    QStringList pagedIds;
    for (const Peering &peering : std::as_const(whole.value->peerings))
        wholeIds << peering.id;
    for (const Peering &peering : std::as_const(collected))
        pagedIds << peering.id;
    QCOMPARE(pagedIds, wholeIds);
    QCOMPARE(collected.first().deploymentId, seed::AliyunDeployment);
    QCOMPARE(collected.last().deploymentId, seed::AwsDeployment);

    cloud::PeeringQuery pendingOnly;
    pendingOnly.states = {PeeringState::Pending, PeeringState::Deleting};
    const auto pending = run(m_client->listAllPeerings(pendingOnly));
    QVERIFY2(pending.ok, qPrintable(pending.error.debugString()));
    QCOMPARE(pending.value->peerings.size(), 3); // the seeded one and the two new ones
    for (const Peering &peering : std::as_const(pending.value->peerings))
        QCOMPARE(peering.state, PeeringState::Pending);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("GET /api/v1/peerings")), 6); // 1 + 4 pages + 1
}

void TestApiClient::allPeeringsAnswerNotModified() {
    cloud::PeeringQuery query;
    query.states = {PeeringState::Pending, PeeringState::Deleting};
    const auto first = run(m_client->listAllPeerings(query));
    QVERIFY2(first.ok, qPrintable(first.error.debugString()));
    const QString etag = first.value->etag;
    QVERIFY(!etag.isEmpty());

    const auto same = run(m_client->listAllPeerings(query, etag));
    VERIFY_ENDED_ONCE(same);
    QVERIFY2(same.ok, qPrintable(same.error.debugString()));
    QVERIFY(same.value->notModified);
    QVERIFY(same.value->peerings.isEmpty());
    QCOMPARE(same.value->etag, etag);

    QVERIFY(m_sandbox->attach(seed::Pending));
    const auto changed = run(m_client->listAllPeerings(query, etag));
    QVERIFY2(changed.ok, qPrintable(changed.error.debugString()));
    QVERIFY(!changed.value->notModified);
    QVERIFY(changed.value->peerings.isEmpty()); // the pending one is running now
    QVERIFY(changed.value->etag != etag);
}

void TestApiClient::allPeeringsRefusesBadQuery_data() {
    QTest::addColumn<int>("limit");
    QTest::addColumn<QString>("cursor");
    QTest::addColumn<QString>("field");
    QTest::newRow("limit 0") << 0 << QString() << "limit";
    QTest::newRow("limit 501") << 501 << QString() << "limit";
    QTest::newRow("cursor not from the server") << 100 << "bm90IGEgY3Vyc29y"
                                                << "cursor";
}

void TestApiClient::allPeeringsRefusesBadQuery() {
    QFETCH(int, limit);
    QFETCH(QString, cursor);
    QFETCH(QString, field);
    cloud::PeeringQuery query;
    query.limit = limit;
    query.cursor = cursor;
    const auto refused = run(m_client->listAllPeerings(query));
    VERIFY_ENDED_ONCE(refused);
    QVERIFY(!refused.ok);
    QCOMPARE(refused.error.kind, ApiError::Http);
    QCOMPARE(refused.error.httpStatus, 400);
    QCOMPARE(refused.error.code, QStringLiteral("BAD_REQUEST"));
    QCOMPARE(refused.error.field, field);
    QCOMPARE(refused.attempts, 1);
}

void TestApiClient::deletesRunningPeering() {
    const auto deleted = run(m_client->deletePeering(seed::HuaweiDeployment, seed::HuaweiRunning));
    VERIFY_ENDED_ONCE(deleted);
    QVERIFY2(deleted.ok, qPrintable(deleted.error.debugString()));
    QCOMPARE(deleted.value->id, seed::HuaweiRunning);
    QCOMPARE(deleted.value->state, PeeringState::Deleting);
}

void TestApiClient::forceDeletesDespiteBoundResources() {
    const auto deleted =
        run(m_client->deletePeering(seed::AliyunDeployment, seed::RunningBound, true));
    VERIFY_ENDED_ONCE(deleted);
    QVERIFY2(deleted.ok, qPrintable(deleted.error.debugString()));
    QCOMPARE(deleted.value->state, PeeringState::Deleting);
}

void TestApiClient::contractErrors_data() {
    QTest::addColumn<Call>("call");
    QTest::addColumn<QString>("deployment");
    QTest::addColumn<QString>("peering");
    QTest::addColumn<PeeringRequest>("request");
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    const PeeringRequest none;
    const PeeringRequest ok = aliyunRequest();
    const QString aliyun = seed::AliyunDeployment;

    QTest::newRow("401 UNAUTHORIZED: wrong secret")
        << Call::ListDeployments << QString() << QString() << none << Setup::WrongSecret << 401
        << "UNAUTHORIZED" << QString();
    QTest::newRow("404 NOT_FOUND: endpoint path is not the API")
        << Call::ListDeployments << QString() << QString() << none << Setup::WrongBasePath << 404
        << "NOT_FOUND" << QString();
    QTest::newRow("404 NOT_FOUND: get unknown deployment")
        << Call::GetDeployment << "d0000000" << QString() << none << Setup::None << 404
        << "NOT_FOUND" << QString();
    QTest::newRow("404 NOT_FOUND: peerings of unknown deployment")
        << Call::ListPeerings << "d0000000" << QString() << none << Setup::None << 404
        << "NOT_FOUND" << QString();
    QTest::newRow("404 NOT_FOUND: get unknown peering")
        << Call::GetPeering << aliyun << "peer-nosuchthing" << none << Setup::None << 404
        << "NOT_FOUND" << QString();
    QTest::newRow("404 NOT_FOUND: delete unknown peering")
        << Call::Delete << aliyun << "peer-nosuchthing" << none << Setup::None << 404 << "NOT_FOUND"
        << QString();
    QTest::newRow("404 NOT_FOUND: create on unknown deployment")
        << Call::Create << "d0000000" << QString() << ok << Setup::None << 404 << "NOT_FOUND"
        << QString();
    QTest::newRow("403 EDITION_UNSUPPORTED: shared deployment")
        << Call::Create << seed::SharedDeployment << QString() << ok << Setup::None << 403
        << "EDITION_UNSUPPORTED" << QString();
    QTest::newRow("403 EDITION_UNSUPPORTED: trial deployment")
        << Call::Create << seed::TrialDeployment << QString() << ok << Setup::None << 403
        << "EDITION_UNSUPPORTED" << QString();

    PeeringRequest badCen = ok;
    badCen.peeringId = QStringLiteral("vpc-notacenid0000000");
    QTest::newRow("422 INVALID_FIELD: peeringId")
        << Call::Create << aliyun << QString() << badCen << Setup::None << 422 << "INVALID_FIELD"
        << "peeringId";
    PeeringRequest badAccount = ok;
    badAccount.accountId = QStringLiteral("acct-12ab");
    QTest::newRow("422 INVALID_FIELD: accountId")
        << Call::Create << aliyun << QString() << badAccount << Setup::None << 422
        << "INVALID_FIELD"
        << "accountId";
    PeeringRequest badRegion = ok;
    badRegion.region = QStringLiteral("Hangzhou!");
    QTest::newRow("422 INVALID_FIELD: region")
        << Call::Create << aliyun << QString() << badRegion << Setup::None << 422 << "INVALID_FIELD"
        << "region";
    QTest::newRow("422 CIDR_RESERVED")
        << Call::Create << aliyun << QString()
        << aliyunRequest(QStringLiteral("cen-1a2b3c4d5e6f7g8h9i"), QStringLiteral("10.20.0.0/16"))
        << Setup::None << 422 << "CIDR_RESERVED"
        << "cidr";
    QTest::newRow("422 CIDR_OVERLAP: deployment CIDR")
        << Call::Create << aliyun << QString()
        << aliyunRequest(QStringLiteral("cen-1a2b3c4d5e6f7g8h9i"), QStringLiteral("10.100.4.0/24"))
        << Setup::None << 422 << "CIDR_OVERLAP"
        << "cidr";
    QTest::newRow("422 CIDR_OVERLAP: another peering")
        << Call::Create << aliyun << QString()
        << aliyunRequest(QStringLiteral("cen-1a2b3c4d5e6f7g8h9i"), QStringLiteral("192.168.0.0/25"))
        << Setup::None << 422 << "CIDR_OVERLAP"
        << "cidr";
    PeeringRequest otherRegion = ok;
    otherRegion.region = QStringLiteral("cn-beijing");
    QTest::newRow("422 REGION_MISMATCH") << Call::Create << aliyun << QString() << otherRegion
                                         << Setup::None << 422 << "REGION_MISMATCH" << QString();
    QTest::newRow("422 IDEMPOTENCY_MISMATCH: same key, other body")
        << Call::Create << aliyun << QString() << ok << Setup::ReuseKeyWithOtherBody << 422
        << "IDEMPOTENCY_MISMATCH" << QString();
    QTest::newRow("400 BAD_REQUEST: Idempotency-Key over 255 characters")
        << Call::Create << aliyun << QString() << ok << Setup::OverlongKey << 400 << "BAD_REQUEST"
        << "Idempotency-Key";
    QTest::newRow("409 DUPLICATE: peering ID already used")
        << Call::Create << aliyun << QString()
        << aliyunRequest(QStringLiteral("cen-7qthudw0ll6jmc3abc"),
                         QStringLiteral("192.168.70.0/24"))
        << Setup::None << 409 << "DUPLICATE" << QString();
    PeeringRequest huge = ok;
    huge.peeringId = QStringLiteral("cen-") + QString(70 * 1024, QLatin1Char('a'));
    QTest::newRow("413 PAYLOAD_TOO_LARGE: body over 64 KiB")
        << Call::Create << aliyun << QString() << huge << Setup::None << 413 << "PAYLOAD_TOO_LARGE"
        << QString();
    QTest::newRow("409 NOT_RUNNING: delete a pending peering")
        << Call::Delete << aliyun << seed::Pending << none << Setup::None << 409 << "NOT_RUNNING"
        << QString();
    QTest::newRow("409 RESOURCES_BOUND: delete with a bound resource")
        << Call::Delete << aliyun << seed::RunningBound << none << Setup::None << 409
        << "RESOURCES_BOUND" << QString();
}

void TestApiClient::contractErrors() {
    QFETCH(Call, call);
    QFETCH(QString, deployment);
    QFETCH(QString, peering);
    QFETCH(PeeringRequest, request);
    QFETCH(Setup, setup);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);

    cloud::Endpoint endpoint = m_sandbox->endpoint();
    if (setup == Setup::WrongSecret)
        endpoint.apiSecret = QStringLiteral("not-the-secret");
    if (setup == Setup::WrongBasePath)
        endpoint.baseUrl.setPath(QStringLiteral("/console"));
    m_client->setEndpoint(endpoint);

    QString key = cloud::ApiClient::newIdempotencyKey();
    if (setup == Setup::OverlongKey)
        key = QString(300, QLatin1Char('k'));
    if (setup == Setup::ReuseKeyWithOtherBody) {
        const PeeringRequest first = aliyunRequest(QStringLiteral("cen-0z9y8x7w6v5u4t3s2r"),
                                                   QStringLiteral("192.168.80.0/24"));
        QVERIFY(run(m_client->createPeering(deployment, first, key)).ok);
    }

    cloud::ApiError error;
    int attempts = 0;
    int finishedCount = 0;
    const auto take = [&](const auto &outcome) {
        error = outcome.error;
        attempts = outcome.attempts;
        finishedCount = outcome.finishedCount;
        return outcome.ok;
    };
    bool ok = false;
    switch (call) {
    case Call::ListDeployments:
        ok = take(run(m_client->listDeployments()));
        break;
    case Call::GetDeployment:
        ok = take(run(m_client->getDeployment(deployment)));
        break;
    case Call::ListPeerings:
        ok = take(run(m_client->listPeerings(deployment)));
        break;
    case Call::Create:
        ok = take(run(m_client->createPeering(deployment, request, key)));
        break;
    case Call::GetPeering:
        ok = take(run(m_client->getPeering(deployment, peering)));
        break;
    case Call::Delete:
        ok = take(run(m_client->deletePeering(deployment, peering)));
        break;
    }
    QCOMPARE(finishedCount, 1);
    QVERIFY2(!ok, "the call succeeded");
    QCOMPARE(error.kind, ApiError::Http);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.code, code);
    if (!field.isEmpty())
        QCOMPARE(error.field, field);
    QVERIFY(!error.message.isEmpty());       // the server's text, for the UI to show plainly
    QVERIFY(!error.userMessage().isEmpty()); // the translated advice
    QVERIFY(!error.userMessage().contains(code));
    QCOMPARE(attempts, 1); // a 4xx other than 429 is never retried
    if (code == QLatin1String("RESOURCES_BOUND")) {
        QCOMPARE(error.resources.size(), 1);
        QCOMPARE(error.resources.first().name, QStringLiteral("orders-kafka"));
        QVERIFY(error.userMessage().contains(QLatin1String("orders-kafka")));
    }
}

void TestApiClient::estimatesClockSkew_data() {
    QTest::addColumn<qint64>("offsetMs");
    QTest::newRow("server 90 s ahead") << qint64(90000);
    QTest::newRow("server 45 s behind") << qint64(-45000);
    QTest::newRow("same clock") << qint64(0);
}

void TestApiClient::estimatesClockSkew() {
    QFETCH(qint64, offsetMs);
    m_client.reset();
    m_sandbox = std::make_unique<SandboxFixture>();
    sandbox::Options options;
    options.clockOffsetMs = offsetMs;
    QVERIFY(m_sandbox->start(options));
    m_client = m_sandbox->client();
    QVERIFY(!m_client->clockSkewMs().has_value());
    QSignalSpy changed(m_client.get(), &cloud::ApiClient::clockSkewChanged);

    for (int i = 0; i < 3; ++i)
        QVERIFY(run(m_client->listDeployments()).ok);
    QVERIFY(changed.count() >= 1);
    const std::optional<qint64> skew = m_client->clockSkewMs();
    QVERIFY(skew.has_value());
    // The Date header has one-second resolution: the estimate is within about half a second
    // of the truth (plus the loopback round trip); one and a half is a safe bound.
    QVERIFY2(qAbs(*skew - offsetMs) <= 1500,
             qPrintable(QStringLiteral("skew %1 ms, expected %2 ms").arg(*skew).arg(offsetMs)));
    const qint64 serverAhead = QDateTime::currentDateTimeUtc().msecsTo(m_client->serverNow());
    QVERIFY(qAbs(serverAhead - offsetMs) <= 2000);
}

// The app's demo profile runs the sandbox in a ServerThread; the client is in the GUI thread.
void TestApiClient::worksWithServerInItsOwnThread() {
    sandbox::Options options;
    options.apiKey = QStringLiteral("thread-key");
    options.apiSecret = QUuid::createUuid().toString(QUuid::Id128);
    sandbox::ServerThread thread(options);
    QSignalSpy ready(&thread, &sandbox::ServerThread::ready);
    QSignalSpy failed(&thread, &sandbox::ServerThread::failed);
    thread.start();
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 10000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    const QUrl baseUrl = ready.first().first().toUrl();

    cloud::ApiClient client({baseUrl, options.apiKey, options.apiSecret});
    client.setOptions(SandboxFixture::fastOptions());
    const auto list = run(client.listDeployments());
    VERIFY_ENDED_ONCE(list);
    QVERIFY2(list.ok, qPrintable(list.error.debugString()));
    QCOMPARE(list.value->size(), 6);
    const auto created = run(client.createPeering(seed::AliyunDeployment, aliyunRequest()));
    QVERIFY2(created.ok, qPrintable(created.error.debugString()));
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
