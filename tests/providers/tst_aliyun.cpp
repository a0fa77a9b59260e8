// The Alibaba Cloud client against the Alibaba Cloud emulator (both real, in-process, over
// loopback on a free port), and the emulator against requests the official SDKs sent
// (providers-api.md Appendix B).

#include "app/providers/aliyun/client/aliyunclient.h"
#include "app/providers/aliyun/emulator/aliyunemulator.h"
#include "app/providers/aliyun/signature/acssignature.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace vpw;
using namespace vpw::aliyun;

namespace {

const QString kNewVpc = QStringLiteral("vpc-bp1operator0new00001");
const QString kEmqxVpc = QStringLiteral("vpc-bp1x8d2k4m6n0q2s4u6w8");
const QString kRegion = QStringLiteral("cn-hangzhou");

template <typename T> struct Outcome {
    bool finished = false;
    int finishedCount = 0;
    bool ok = false;
    T value{};
    cloud::ProviderError error;
    int attempts = 0;
    int requests = 0;
};

template <typename T> Outcome<T> run(cloud::ProviderCall<T> *job) {
    Outcome<T> out;
    job->onFinished(job, [&out](const cloud::ProviderCall<T> &j) {
        out.finished = true;
        ++out.finishedCount;
        out.ok = j.isOk();
        out.value = j.value();
        out.error = j.error();
        out.attempts = j.attempts();
        out.requests = j.requests();
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
    return options;
}

sandbox::HttpRequest rawRequest(const QByteArray &query,
                                const QList<QPair<QByteArray, QByteArray>> &headers,
                                const QByteArray &body = {}) {
    sandbox::HttpRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/");
    request.query = QUrlQuery(QString::fromLatin1(query));
    request.headers = headers;
    request.body = body;
    return request;
}

QJsonObject bodyOf(const sandbox::HttpResponse &response) {
    return QJsonDocument::fromJson(response.body).object();
}

} // namespace

class TestAliyun : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createCenBecomesActive();
    void clientTokenCreatesOne();
    void lostAnswerCreatesOne();
    void attachOwnVpc();
    void crossAccountAttachNeedsGrant();
    void lostAttachAnswerAttachesOnce();
    void listingsFollowEveryPage();
    void securityGroupRuleDuplicateAddsNothing();
    void throttlingIsRetried();
    void transitRoutersTellTheEdition();
    void enterpriseEditionRefusesTheBasicAttach();
    void enterpriseVpcAttachment();
    void refusals();
    void remoteHttpIsNeverSent();
    void nonceReuseRefused();
    void sdkCapturesAreAccepted();
    void stateSurvivesRestart();

private:
    std::unique_ptr<Client> client(const QString &secret = {}, const Clock *clock = nullptr);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Emulator> m_emulator;
};

void TestAliyun::init() {
    m_clock = std::make_unique<ManualClock>(QDateTime::currentMSecsSinceEpoch());
    EmulatorOptions options;
    options.clock = m_clock.get();
    m_emulator = std::make_unique<Emulator>(options);
    QString error;
    QVERIFY2(m_emulator->start(&error), qPrintable(error));
}

void TestAliyun::cleanup() {
    m_emulator.reset();
}

std::unique_ptr<Client> TestAliyun::client(const QString &secret, const Clock *clock) {
    Account account;
    account.accessKeyId = m_emulator->options().accessKeyId;
    account.accessKeySecret = secret.isEmpty() ? m_emulator->options().accessKeySecret : secret;
    account.endpointOverride = m_emulator->baseUrl();
    auto c = std::make_unique<Client>(account);
    c->setOptions(fastOptions());
    c->setClock(clock ? clock : m_clock.get());
    return c;
}

void TestAliyun::createCenBecomesActive() {
    auto c = client();
    const auto created = run(c->createCen(QStringLiteral("emqx-peering")));
    QVERIFY2(created.ok, qPrintable(created.error.debugString()));
    QCOMPARE(created.finishedCount, 1);
    QVERIFY(created.value.startsWith(QLatin1String("cen-")));
    auto listed = run(c->describeCens(created.value));
    QVERIFY(listed.ok);
    QCOMPARE(listed.value.size(), 1);
    QCOMPARE(listed.value.at(0).status, QStringLiteral("Creating"));
    QCOMPARE(listed.value.at(0).name, QStringLiteral("emqx-peering"));
    // Creating: nothing can be attached yet.
    const auto early = run(c->attachCenChildInstance(created.value, kNewVpc, kRegion));
    QVERIFY(!early.ok);
    QCOMPARE(early.error.code, QStringLiteral("InvalidOperation.CenInstanceStatus"));
    QVERIFY(!early.error.explanation.isEmpty());
    m_clock->advanceMs(5000);
    listed = run(c->describeCens(created.value));
    QCOMPARE(listed.value.at(0).status, QStringLiteral("Active"));
}

void TestAliyun::clientTokenCreatesOne() {
    auto c = client();
    const int before = run(c->describeCens()).value.size();
    const auto first = run(c->createCen(QStringLiteral("a"), {}, QStringLiteral("token-1")));
    const auto again = run(c->createCen(QStringLiteral("a"), {}, QStringLiteral("token-1")));
    QVERIFY(first.ok && again.ok);
    QCOMPARE(again.value, first.value);
    QCOMPARE(run(c->describeCens()).value.size(), before + 1);
}

void TestAliyun::lostAnswerCreatesOne() {
    auto c = client();
    const int before = run(c->describeCens()).value.size();
    m_emulator->loseNextAnswers(1);
    const auto created = run(c->createCen(QStringLiteral("lost")));
    QVERIFY2(created.ok, qPrintable(created.error.debugString()));
    QCOMPARE(created.attempts, 2);
    QCOMPARE(run(c->describeCens()).value.size(), before + 1);
}

void TestAliyun::attachOwnVpc() {
    auto c = client();
    const QString cen = run(c->createCen(QStringLiteral("own"))).value;
    m_clock->advanceMs(5000);
    const auto attached = run(c->attachCenChildInstance(cen, kNewVpc, kRegion));
    QVERIFY2(attached.ok, qPrintable(attached.error.debugString()));
    QCOMPARE(attached.value.status, QStringLiteral("Attaching"));
    auto attribute = run(c->describeCenAttachedChildInstanceAttribute(cen, kNewVpc, kRegion));
    QVERIFY(attribute.ok);
    QCOMPARE(attribute.value.status, QStringLiteral("Attaching"));
    QCOMPARE(attribute.value.cidrBlock, QStringLiteral("192.168.50.0/24"));
    m_clock->advanceMs(10000);
    attribute = run(c->describeCenAttachedChildInstanceAttribute(cen, kNewVpc, kRegion));
    QCOMPARE(attribute.value.status, QStringLiteral("Attached"));
    const auto children = run(c->describeCenAttachedChildInstances(cen));
    QCOMPARE(children.value.size(), 1);
    QCOMPARE(children.value.at(0).ownerId, QLatin1String(kOperatorUid));
    const auto vpc = run(c->describeVpcAttribute(kNewVpc));
    QVERIFY(vpc.ok);
    QCOMPARE(vpc.value.associatedCens.size(), 1);
    QCOMPARE(vpc.value.associatedCens.at(0).cenId, cen);
    QCOMPARE(vpc.value.associatedCens.at(0).status, QStringLiteral("Attached"));
    // Attaching again is success with the attachment as it is, and sends no attach.
    const int attaches = m_emulator->requestCount(QStringLiteral("AttachCenChildInstance"));
    const auto again = run(c->attachCenChildInstance(cen, kNewVpc, kRegion));
    QVERIFY(again.ok);
    QCOMPARE(again.value.status, QStringLiteral("Attached"));
    QCOMPARE(m_emulator->requestCount(QStringLiteral("AttachCenChildInstance")), attaches);
}

void TestAliyun::crossAccountAttachNeedsGrant() {
    auto c = client();
    const QString cen = run(c->createCen(QStringLiteral("cross"))).value;
    m_clock->advanceMs(5000);
    const auto refused =
        run(c->attachCenChildInstance(cen, kEmqxVpc, kRegion, QLatin1String(kEmqxUid)));
    QVERIFY(!refused.ok);
    QCOMPARE(refused.error.kind, cloud::ProviderError::Http);
    QCOMPARE(refused.error.httpStatus, 409);
    QCOMPARE(refused.error.code, QStringLiteral("Forbbiden.AttachChildInstanceAcrossUid"));
    QVERIFY(!refused.error.requestId.isEmpty());
    QVERIFY(refused.error.explanation.contains(QLatin1String("10-minute")));
    QVERIFY(m_emulator->grantInstanceToCen(kEmqxVpc, QLatin1String(kEmqxUid), cen,
                                           QLatin1String(kOperatorUid)));
    // Seeded: EMQX's VPC is attached to the running demo CEN already.
    const auto taken =
        run(c->attachCenChildInstance(cen, kEmqxVpc, kRegion, QLatin1String(kEmqxUid)));
    QCOMPARE(taken.error.code, QStringLiteral("InvalidOperation.ChildInstanceAlreadyAttached"));
}

void TestAliyun::lostAttachAnswerAttachesOnce() {
    auto c = client();
    const QString cen = run(c->createCen(QStringLiteral("lost-attach"))).value;
    m_clock->advanceMs(5000);
    m_emulator->loseNextAnswers(0);
    // The read before the attach succeeds (an error answer is not "lost"), the attach's
    // answer is lost: the job starts over from the read and finds the attachment.
    const int reads =
        m_emulator->requestCount(QStringLiteral("DescribeCenAttachedChildInstanceAttribute"));
    auto *job = c->attachCenChildInstance(cen, kNewVpc, kRegion);
    m_emulator->loseNextAnswers(1);
    const auto attached = run(job);
    QVERIFY2(attached.ok, qPrintable(attached.error.debugString()));
    QCOMPARE(m_emulator->requestCount(QStringLiteral("AttachCenChildInstance")), 1);
    QCOMPARE(m_emulator->requestCount(QStringLiteral("DescribeCenAttachedChildInstanceAttribute")),
             reads + 2);
    QCOMPARE(attached.value.status, QStringLiteral("Attaching"));
    QCOMPARE(run(c->describeCenAttachedChildInstances(cen)).value.size(), 1);
}

void TestAliyun::listingsFollowEveryPage() {
    auto c = client();
    const int before = run(c->describeCens()).value.size();
    for (int i = 0; i < 52; ++i)
        QVERIFY(run(c->createCen(QStringLiteral("bulk-%1").arg(i))).ok);
    const auto all = run(c->describeCens());
    QVERIFY(all.ok);
    QCOMPARE(all.value.size(), before + 52);
    QCOMPARE(all.requests, 2); // 50 per page
    const auto vpcs = run(c->describeVpcs());
    QVERIFY(vpcs.ok);
    QCOMPARE(vpcs.value.size(), 4); // the operator's in cn-hangzhou, not EMQX's
}

void TestAliyun::securityGroupRuleDuplicateAddsNothing() {
    auto c = client();
    const auto groups = run(c->describeSecurityGroups(kNewVpc));
    QVERIFY(groups.ok);
    QCOMPARE(groups.value.size(), 1);
    const QString sg = groups.value.at(0).id;
    SecurityGroupRule rule;
    rule.portRange = QStringLiteral("1883/1883");
    rule.sourceCidr = QStringLiteral("10.100.0.0/16");
    rule.description = QStringLiteral("emqx-peering");
    QVERIFY(run(c->authorizeSecurityGroup(sg, rule)).ok);
    QVERIFY(run(c->authorizeSecurityGroup(sg, rule)).ok); // another token: a duplicate
    const auto attribute = run(c->describeSecurityGroupAttribute(sg));
    QVERIFY(attribute.ok);
    QCOMPARE(attribute.value.rules.size(), 1);
    QCOMPARE(attribute.value.rules.at(0).sourceCidr, QStringLiteral("10.100.0.0/16"));
    QCOMPARE(attribute.value.rules.at(0).policy, QStringLiteral("Accept"));
    const auto missing = run(c->authorizeSecurityGroup(QStringLiteral("sg-nope"), rule));
    QCOMPARE(missing.error.code, QStringLiteral("InvalidSecurityGroupId.NotFound"));
    QCOMPARE(missing.error.httpStatus, 404);
}

void TestAliyun::throttlingIsRetried() {
    auto c = client();
    m_emulator->throttleNext(2);
    const auto vpcs = run(c->describeVpcs());
    QVERIFY2(vpcs.ok, qPrintable(vpcs.error.debugString()));
    QCOMPARE(vpcs.attempts, 3);
    m_emulator->throttleNext(10);
    const auto gaveUp = run(c->describeVpcs());
    QVERIFY(!gaveUp.ok);
    QCOMPARE(gaveUp.error.code, QStringLiteral("Throttling.User"));
    QVERIFY(gaveUp.error.throttled);
    QCOMPARE(gaveUp.attempts, fastOptions().maxAttempts);
    m_emulator->throttleNext(0);
}

void TestAliyun::transitRoutersTellTheEdition() {
    auto c = client();
    const auto routers = run(c->listTransitRouters(QStringLiteral("cen-9zy8xw7vu6ts5rq4po")));
    QVERIFY(routers.ok);
    QCOMPARE(routers.value.size(), 1);
    QCOMPARE(routers.value.at(0).type, QStringLiteral("Basic"));
    QCOMPARE(routers.value.at(0).regionId, kRegion);
}

// A CEN whose region has an Enterprise transit router (CreateTransitRouter, what a CEN created
// today gets): the client tells the edition, and AttachCenChildInstance — the Basic path EMQX
// Cloud's flow uses — is refused there with an explanation; other regions stay Basic.
void TestAliyun::enterpriseEditionRefusesTheBasicAttach() {
    auto c = client();
    const QString cen = run(c->createCen(QStringLiteral("enterprise"))).value;
    QVERIFY(!cen.isEmpty());
    QCOMPARE(run(c->cenEdition(cen, kRegion)).value, CenEdition::None);
    const auto tooEarly = run(c->createTransitRouter(cen, kRegion));
    QCOMPARE(tooEarly.error.code, QStringLiteral("IncorrectStatus.CenInstance"));
    QVERIFY(!tooEarly.error.explanation.isEmpty());
    m_clock->advanceMs(5000);
    const QString token = Client::newClientToken();
    const auto router = run(c->createTransitRouter(cen, kRegion, token));
    QVERIFY2(router.ok, qPrintable(router.error.debugString()));
    QVERIFY(router.value.startsWith(QLatin1String("tr-")));
    QCOMPARE(run(c->createTransitRouter(cen, kRegion, token)).value, router.value); // replayed
    const auto second = run(c->createTransitRouter(cen, kRegion));
    QCOMPARE(second.error.code, QStringLiteral("InvalidOperation.TransitRouterExists"));
    const auto edition = run(c->cenEdition(cen, kRegion));
    QVERIFY2(edition.ok, qPrintable(edition.error.debugString()));
    QCOMPARE(edition.value, CenEdition::Enterprise);
    const auto routers = run(c->listTransitRouters(cen));
    QCOMPARE(routers.value.size(), 1);
    QCOMPARE(routers.value.at(0).type, QStringLiteral("Enterprise"));
    QCOMPARE(routers.value.at(0).id, router.value);

    const auto refused = run(c->attachCenChildInstance(cen, kNewVpc, kRegion));
    QVERIFY(!refused.ok);
    QCOMPARE(refused.error.httpStatus, 400);
    QCOMPARE(refused.error.code, QStringLiteral("OperationUnsupported.TransitRouterType"));
    QVERIFY(refused.error.explanation.contains(QLatin1String("Enterprise")));
    // EMQX's grant (GrantInstanceToCen, the Basic path) does not make the attach possible.
    QVERIFY(m_emulator->grantInstanceToCen(kEmqxVpc, QLatin1String(kEmqxUid), cen,
                                           QLatin1String(kOperatorUid)));
    QCOMPARE(
        run(c->attachCenChildInstance(cen, kEmqxVpc, kRegion, QLatin1String(kEmqxUid))).error.code,
        QStringLiteral("OperationUnsupported.TransitRouterType"));
    // Another region of the same CEN still takes the Basic attach.
    const QString shanghaiVpc = QStringLiteral("vpc-uf6operator0sh000001");
    QVERIFY(run(c->attachCenChildInstance(cen, shanghaiVpc, QStringLiteral("cn-shanghai"))).ok);
    QCOMPARE(run(c->cenEdition(cen, QStringLiteral("cn-shanghai"))).value, CenEdition::Basic);
    // A Basic CEN of the seed is Basic.
    QCOMPARE(run(c->cenEdition(QStringLiteral("cen-9zy8xw7vu6ts5rq4po"), kRegion)).value,
             CenEdition::Basic);
}

// The Enterprise path (providers-api.md §2.3): a VPC attachment with zone mappings, Attaching
// then Attached; another account's VPC only with its owner's GrantInstanceToTransitRouter.
void TestAliyun::enterpriseVpcAttachment() {
    auto c = client();
    const QString cen = run(c->createCen(QStringLiteral("enterprise"))).value;
    m_clock->advanceMs(5000);
    QVERIFY(run(c->createTransitRouter(cen, kRegion)).ok);
    const QList<ZoneMapping> zones{
        {QStringLiteral("vsw-bp1zonej000000001"), QStringLiteral("cn-hangzhou-j")}};
    const auto creating = run(c->createTransitRouterVpcAttachment(cen, kNewVpc, zones));
    QCOMPARE(creating.error.code, QStringLiteral("IncorrectStatus.Status")); // router Creating
    m_clock->advanceMs(5000);
    m_emulator->loseNextAnswers(1); // a lost answer: the ClientToken makes the retry replay it
    const auto attached = run(c->createTransitRouterVpcAttachment(cen, kNewVpc, zones));
    QVERIFY2(attached.ok, qPrintable(attached.error.debugString()));
    QVERIFY(attached.value.id.startsWith(QLatin1String("tr-attach-")));
    auto listed = run(c->listTransitRouterVpcAttachments(cen));
    QCOMPARE(listed.value.size(), 1);
    QCOMPARE(listed.value.at(0).status, QStringLiteral("Attaching"));
    QCOMPARE(listed.value.at(0).zoneMappings.size(), 1);
    QCOMPARE(listed.value.at(0).zoneMappings.at(0).zoneId, QStringLiteral("cn-hangzhou-j"));
    m_clock->advanceMs(10000);
    listed = run(c->listTransitRouterVpcAttachments(cen));
    QCOMPARE(listed.value.at(0).status, QStringLiteral("Attached"));
    QCOMPARE(listed.value.at(0).vpcOwnerId, QLatin1String(kOperatorUid));
    // EMQX's VPC: GrantInstanceToCen (what EMQX's console does) is not enough.
    QVERIFY(m_emulator->grantInstanceToCen(kEmqxVpc, QLatin1String(kEmqxUid), cen,
                                           QLatin1String(kOperatorUid)));
    const auto notGranted =
        run(c->createTransitRouterVpcAttachment(cen, kEmqxVpc, zones, QLatin1String(kEmqxUid)));
    QCOMPARE(notGranted.error.httpStatus, 403);
    QCOMPARE(notGranted.error.code, QStringLiteral("Forbidden.InstanceNotAuthorized"));
    QVERIFY(!notGranted.error.explanation.isEmpty());
    QVERIFY(m_emulator->grantInstanceToTransitRouter(kEmqxVpc, QLatin1String(kEmqxUid), cen));
    const auto elsewhere =
        run(c->createTransitRouterVpcAttachment(cen, kEmqxVpc, zones, QLatin1String(kEmqxUid)));
    QCOMPARE(elsewhere.error.code,
             QStringLiteral("IncorrectStatus.Attachment")); // one VPC, one CEN
    QVERIFY(m_emulator->detachChildInstance(QStringLiteral("cen-7qthudw0ll6jmc3abc"), kEmqxVpc));
    const auto granted =
        run(c->createTransitRouterVpcAttachment(cen, kEmqxVpc, zones, QLatin1String(kEmqxUid)));
    QVERIFY2(granted.ok, qPrintable(granted.error.debugString()));
    QCOMPARE(run(c->listTransitRouterVpcAttachments(cen)).value.size(), 2);
    // Missing zone mappings are refused as Alibaba Cloud refuses a missing parameter.
    const auto noZones = run(c->createTransitRouterVpcAttachment(cen, kNewVpc, {}));
    QCOMPARE(noZones.error.code, QStringLiteral("MissingZoneMappings.1.VSwitchId"));
}

void TestAliyun::refusals() {
    auto wrongSecret = client(QStringLiteral("not-the-secret"));
    auto refused = run(wrongSecret->describeVpcs());
    QCOMPARE(refused.error.httpStatus, 400);
    QCOMPARE(refused.error.code, QStringLiteral("SignatureDoesNotMatch"));
    QVERIFY(refused.error.explanation.contains(QLatin1String("secret")));
    QCOMPARE(refused.attempts, 1);

    Account unknown;
    unknown.accessKeyId = QStringLiteral("LTAI5tSomebodyElse00001");
    unknown.accessKeySecret = QStringLiteral("x");
    unknown.endpointOverride = m_emulator->baseUrl();
    Client other(unknown);
    refused = run(other.describeVpcs());
    QCOMPARE(refused.error.httpStatus, 404);
    QCOMPARE(refused.error.code, QStringLiteral("InvalidAccessKeyId.NotFound"));

    ManualClock skewed(m_clock->nowMs() + 16 * 60 * 1000);
    auto late = client({}, &skewed);
    refused = run(late->describeVpcs());
    QCOMPARE(refused.error.code, QStringLiteral("InvalidTimeStamp.Expired"));
    QVERIFY(refused.error.explanation.contains(QLatin1String("clock")));
}

void TestAliyun::remoteHttpIsNeverSent() {
    Account account;
    account.accessKeyId = m_emulator->options().accessKeyId;
    account.accessKeySecret = m_emulator->options().accessKeySecret;
    account.endpointOverride = QUrl(QStringLiteral("http://cbn.example.com"));
    Client c(account);
    const auto refused = run(c.describeCens());
    QCOMPARE(refused.error.kind, cloud::ProviderError::Tls);
    QCOMPARE(refused.error.code, QStringLiteral("HTTPS_REQUIRED"));
    QCOMPARE(refused.attempts, 0);
    // The production endpoints are https, per service and region.
    Account production;
    production.regionId = QStringLiteral("cn-shanghai");
    Client p(production);
    QCOMPARE(p.endpoint(QStringLiteral("cbn")).toString(),
             QStringLiteral("https://cbn.aliyuncs.com"));
    QCOMPARE(p.endpoint(QStringLiteral("vpc")).toString(),
             QStringLiteral("https://vpc.cn-shanghai.aliyuncs.com"));
    production.regionId = kRegion;
    Client h(production);
    QCOMPARE(h.endpoint(QStringLiteral("ecs")).toString(),
             QStringLiteral("https://ecs-cn-hangzhou.aliyuncs.com"));
    QCOMPARE(h.endpoint(QStringLiteral("vpc")).toString(),
             QStringLiteral("https://vpc.aliyuncs.com"));
}

void TestAliyun::nonceReuseRefused() {
    const QByteArray date = timestamp(m_clock->nowMs());
    V3Input input;
    input.query = {{QStringLiteral("RegionId"), kRegion}};
    input.payloadHash = sha256Hex({});
    input.headers = {{"host", "127.0.0.1"},
                     {"x-acs-action", "DescribeVpcs"},
                     {"x-acs-version", "2016-04-28"},
                     {"x-acs-date", date},
                     {"x-acs-signature-nonce", "0123456789abcdef"},
                     {"x-acs-content-sha256", input.payloadHash}};
    const QByteArray signature = v3Signature(m_emulator->options().accessKeySecret.toUtf8(), input);
    auto headers = input.headers;
    headers.append(
        {"Authorization", v3Authorization(m_emulator->options().accessKeyId, input, signature)});
    const auto request = rawRequest("RegionId=cn-hangzhou", headers);
    QCOMPARE(m_emulator->handle(request).status, 200);
    const auto replayed = m_emulator->handle(request);
    QCOMPARE(replayed.status, 400);
    const QJsonObject body = bodyOf(replayed);
    QCOMPARE(body.value(QStringLiteral("Code")).toString(), QStringLiteral("SignatureNonceUsed"));
    for (const char *key : {"RequestId", "HostId", "Message", "Recommend"})
        QVERIFY2(!body.value(QLatin1String(key)).toString().isEmpty(), key);
}

// Appendix B, replayed: the official SDKs' signatures are accepted (clock and nonce checks off:
// the captures are dated in the past), and one flipped character is refused.
void TestAliyun::sdkCapturesAreAccepted() {
    EmulatorOptions options;
    options.accessKeyId = QStringLiteral("LTAI5tStubAccessKeyId");
    options.accessKeySecret = QStringLiteral("StubAccessKeySecret0123456789");
    options.checkTimestamp = false;
    options.checkNonce = false;
    Emulator replay(options);
    QString error;
    QVERIFY(replay.start(&error));
    const QByteArray empty = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    // B.1 (V3): signature accepted; the CEN of the capture does not exist here.
    QList<QPair<QByteArray, QByteArray>> headers{
        {"host", "127.0.0.1:18777"},
        {"x-acs-version", "2017-09-12"},
        {"x-acs-action", "AttachCenChildInstance"},
        {"x-acs-date", "2026-12-07T06:46:28Z"},
        {"x-acs-signature-nonce",
         "3bfa00e498b5170dbb4e2562e3cd04fb26ad9ab57ecb77994cbfbee80731d590"},
        {"accept", "application/json"},
        {"x-acs-content-sha256", empty},
        {"x-acs-credentials-provider", "static_ak"},
        {"Authorization",
         "ACS3-HMAC-SHA256 Credential=LTAI5tStubAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-"
         "content-sha256;x-acs-credentials-provider;x-acs-date;x-acs-signature-nonce;x-acs-"
         "version,Signature=119c4195d9332130c6e13941cbd35556b9cb5fab5b17927d6f3b9bce576a4d47"}};
    const QByteArray b1 = "CenId=cen-stub0000000000001&ChildInstanceId=vpc-emqx0000000000000001&"
                          "ChildInstanceType=VPC&ChildInstanceRegionId=cn-hangzhou&"
                          "ChildInstanceOwnerId=2222222222222222";
    QCOMPARE(
        bodyOf(replay.handle(rawRequest(b1, headers))).value(QStringLiteral("Code")).toString(),
        QStringLiteral("ParameterCenInstanceId"));
    headers[1].second = "2017-09-13"; // a signed header changed
    QCOMPARE(
        bodyOf(replay.handle(rawRequest(b1, headers))).value(QStringLiteral("Code")).toString(),
        QStringLiteral("SignatureDoesNotMatch"));
    // B.3 (HMAC-SHA1, parameters in the query).
    const QByteArray b3 =
        "Action=DescribeCens&Format=json&Version=2017-09-12&Timestamp=2026-12-07T06%3A46%3A28Z&"
        "SignatureNonce=5035d5d3941806dc6d428ff5edce9967a82abcf9fcd5236f5476aa80a9836767&Filter.1."
        "Key=CenId&Filter.1.Value.1=cen-stub0000000000001&PageNumber=1&PageSize=50&"
        "SignatureMethod=HMAC-SHA1&SignatureVersion=1.0&AccessKeyId=LTAI5tStubAccessKeyId&"
        "Signature=LlI2S5dbbsEvtA0Jmo5NjpCoAlo%3D";
    auto answer = replay.handle(rawRequest(b3, {{"host", "127.0.0.1:18777"}}));
    QCOMPARE(answer.status, 200);
    QCOMPARE(bodyOf(answer).value(QStringLiteral("TotalCount")).toInt(), 0);
    QByteArray corrupted = b3;
    corrupted.replace("PageSize=50", "PageSize=40");
    QCOMPARE(replay.handle(rawRequest(corrupted, {})).status, 400);
    // B.4 (HMAC-SHA1, parameters in a form body).
    const QByteArray b4 =
        "AccessKeyId=LTAI5tStubAccessKeyId&Action=DescribeCens&Filter.1.Key=CenId&Filter.1.Value."
        "1=cen-stub0000000000001&Format=JSON&PageSize=50&SignatureMethod=HMAC-SHA1&"
        "SignatureNonce=89d5c24766fe0467405723d7492b8270&SignatureVersion=1.0&Timestamp=2026-12-"
        "07T06%3A46%3A28Z&Version=2017-09-12&Signature=zLyNBqMn7D3lEWVMcLEaFquLUNM%3D";
    answer =
        replay.handle(rawRequest({}, {{"content-type", "application/x-www-form-urlencoded"}}, b4));
    QCOMPARE(answer.status, 200);
    QCOMPARE(bodyOf(answer).value(QStringLiteral("PageSize")).toInt(), 50);
}

void TestAliyun::stateSurvivesRestart() {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("state.sqlite"));
    EmulatorOptions options;
    options.clock = m_clock.get();
    options.stateFile = file;
    QString cen;
    {
        Emulator first(options);
        QString error;
        QVERIFY2(first.start(&error), qPrintable(error));
        Account account;
        account.accessKeyId = first.options().accessKeyId;
        account.accessKeySecret = first.options().accessKeySecret;
        account.endpointOverride = first.baseUrl();
        Client c(account);
        c.setClock(m_clock.get());
        cen = run(c.createCen(QStringLiteral("durable"))).value;
        QVERIFY(!cen.isEmpty());
        m_clock->advanceMs(5000);
        QVERIFY(run(c.createTransitRouter(cen, kRegion)).ok); // Enterprise from now on
    }
    Emulator second(options);
    QString error;
    QVERIFY2(second.start(&error), qPrintable(error));
    Account account;
    account.accessKeyId = second.options().accessKeyId;
    account.accessKeySecret = second.options().accessKeySecret;
    account.endpointOverride = second.baseUrl();
    Client c(account);
    c.setClock(m_clock.get());
    const auto listed = run(c.describeCens(cen));
    QCOMPARE(listed.value.size(), 1);
    QCOMPARE(run(c.cenEdition(cen, kRegion)).value, CenEdition::Enterprise);
    QCOMPARE(listed.value.at(0).name, QStringLiteral("durable"));
    QCOMPARE(run(c.describeCens()).value.size(), 4); // the seed was not added twice
}

QTEST_GUILESS_MAIN(TestAliyun)
#include "tst_aliyun.moc"
