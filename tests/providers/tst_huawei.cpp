// The Huawei Cloud client against the Huawei Cloud emulator (both real, in-process, over
// loopback on a free port), and the emulator against requests the official SDK sent
// (providers-api.md Appendix B.5-B.8).

#include "app/providers/huawei/client/huaweiclient.h"
#include "app/providers/huawei/emulator/huaweiemulator.h"
#include "app/providers/huawei/signature/sdksignature.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace vpw;
using namespace vpw::huawei;

namespace {

const QString kFreshVpc = QStringLiteral("9daeac7c-a98f-430f-8e38-67f9c044e299");
const QString kEmqxVpc = QStringLiteral("ab78be2d-782f-42a5-aa72-35879f6890ff");

template <typename T> struct Outcome {
    int finishedCount = 0;
    bool ok = false;
    T value{};
    cloud::ProviderError error;
    int attempts = 0;
};

template <typename T> Outcome<T> run(cloud::ProviderCall<T> *job) {
    Outcome<T> out;
    job->onFinished(job, [&out](const cloud::ProviderCall<T> &j) {
        ++out.finishedCount;
        out.ok = j.isOk();
        out.value = j.value();
        out.error = j.error();
        out.attempts = j.attempts();
    });
    QSignalSpy destroyed(job, &QObject::destroyed);
    destroyed.wait(20000);
    return out;
}

sandbox::HttpRequest captured(const QByteArray &method, const QString &path,
                              const QByteArray &query, const QByteArray &date,
                              const QByteArray &project, const QByteArray &signedHeaders,
                              const QByteArray &signature, const QByteArray &body = {}) {
    sandbox::HttpRequest request;
    request.method = method;
    request.path = path;
    request.query = QUrlQuery(QString::fromLatin1(query));
    request.body = body;
    request.headers = {
        {"Content-Type", "application/json"},
        {"X-Sdk-Date", date},
        {"host", "127.0.0.1:18777"},
        {"Authorization", "SDK-HMAC-SHA256 Access=LTAI5tStubAccessKeyId, SignedHeaders=" +
                              signedHeaders + ", Signature=" + signature}};
    if (!project.isEmpty())
        request.headers.append({"X-Project-Id", project});
    return request;
}

} // namespace

class TestHuawei : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void credentialAndVpcs();
    void peeringPendingUntilAccepted();
    void lostAnswerCreatesOnePeering();
    void routeToActivePeering();
    void securityGroupRuleOnce();
    void showVpcV3();
    void securityGroupRuleV3Once();
    void securityGroupRuleV3DryRun();
    void v2RouteToActivePeering();
    void refusals();
    void throttlingIsRetried();
    void sdkCapturesAreAccepted();
    void stateSurvivesRestart();

private:
    std::unique_ptr<Client> client(const QString &secret = {}, const Clock *clock = nullptr);
    QString createPeering(Client &c);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Emulator> m_emulator;
};

void TestHuawei::init() {
    m_clock = std::make_unique<ManualClock>(QDateTime::currentMSecsSinceEpoch());
    EmulatorOptions options;
    options.clock = m_clock.get();
    m_emulator = std::make_unique<Emulator>(options);
    QString error;
    QVERIFY2(m_emulator->start(&error), qPrintable(error));
}

void TestHuawei::cleanup() {
    m_emulator.reset();
}

std::unique_ptr<Client> TestHuawei::client(const QString &secret, const Clock *clock) {
    Account account;
    account.accessKey = m_emulator->options().accessKey;
    account.secretKey = secret.isEmpty() ? m_emulator->options().secretKey : secret;
    account.projectId = QLatin1String(kOperatorProject);
    account.endpointOverride = m_emulator->baseUrl();
    auto c = std::make_unique<Client>(account);
    cloud::ClientOptions options;
    options.initialBackoffMs = 10;
    options.maxBackoffMs = 50;
    c->setOptions(options);
    c->setClock(clock ? clock : m_clock.get());
    return c;
}

QString TestHuawei::createPeering(Client &c) {
    const auto created = run(c.createVpcPeering(QStringLiteral("emqx-peering"), kFreshVpc, kEmqxVpc,
                                                QLatin1String(kEmqxProject)));
    if (!created.ok)
        qWarning().noquote() << created.error.debugString();
    return created.value.id;
}

void TestHuawei::credentialAndVpcs() {
    auto c = client();
    const auto credential = run(c->showPermanentAccessKey());
    QVERIFY2(credential.ok, qPrintable(credential.error.debugString()));
    QCOMPARE(credential.value.userId, QLatin1String(kOperatorUserId));
    QCOMPARE(credential.value.status, QStringLiteral("active"));
    const auto domains = run(c->listAuthDomains());
    QVERIFY(domains.ok);
    QCOMPARE(domains.value.size(), 1);
    QCOMPARE(domains.value.at(0).id, QLatin1String(kOperatorDomain));
    const auto projects = run(c->listAuthProjects());
    QCOMPARE(projects.value.size(), 1);
    QCOMPARE(projects.value.at(0).id, QLatin1String(kOperatorProject));
    QCOMPARE(projects.value.at(0).name, QStringLiteral("cn-north-4"));
    const auto vpcs = run(c->listVpcs());
    QVERIFY(vpcs.ok);
    QCOMPARE(vpcs.value.size(), 2); // the operator's, not EMQX's
    const auto vpc = run(c->showVpc(kFreshVpc));
    QCOMPARE(vpc.value.cidr, QStringLiteral("192.168.110.0/24"));
    const auto missing = run(c->showVpc(kEmqxVpc)); // another project's
    QCOMPARE(missing.error.httpStatus, 404);
    QCOMPARE(missing.error.code, QStringLiteral("VPC.0003")); // {"code","message"}
    QVERIFY(!missing.error.requestId.isEmpty());              // from X-Request-Id
    QVERIFY(!missing.error.explanation.isEmpty());
}

void TestHuawei::peeringPendingUntilAccepted() {
    auto c = client();
    const QString id = createPeering(*c);
    QVERIFY(!id.isEmpty());
    QCOMPARE(run(c->showVpcPeering(id)).value.status, QStringLiteral("PENDING_ACCEPTANCE"));
    QVERIFY(m_emulator->acceptPeering(id));
    const auto shown = run(c->showVpcPeering(id));
    QCOMPARE(shown.value.status, QStringLiteral("ACTIVE"));
    QCOMPARE(shown.value.acceptProjectId, QLatin1String(kEmqxProject));
    // Creating it again adopts the live one: no second POST.
    QCOMPARE(createPeering(*c), id);
    QCOMPARE(m_emulator->requestCount(QStringLiteral("POST /v2.0/vpc/peerings")), 1);
    QCOMPARE(run(c->listVpcPeerings(kFreshVpc)).value.size(), 1);
    const auto missing = run(c->showVpcPeering(QStringLiteral("nope")));
    QCOMPARE(missing.error.code, QStringLiteral("VPC.0101")); // {"error":{"code","message"}}
    QCOMPARE(missing.error.httpStatus, 404);
}

void TestHuawei::lostAnswerCreatesOnePeering() {
    auto c = client();
    m_emulator->loseNextAnswers(1);
    const QString id = createPeering(*c);
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_emulator->requestCount(QStringLiteral("POST /v2.0/vpc/peerings")), 1);
    QCOMPARE(run(c->listVpcPeerings(kFreshVpc)).value.size(), 1);
}

void TestHuawei::routeToActivePeering() {
    auto c = client();
    const QString peering = createPeering(*c);
    const auto tables = run(c->listRouteTables(kFreshVpc));
    QVERIFY(tables.ok);
    QCOMPARE(tables.value.size(), 1);
    QVERIFY(tables.value.at(0).isDefault);
    const QString table = tables.value.at(0).id;
    Route route;
    route.destination = QStringLiteral("172.20.0.0/16");
    route.nexthop = peering;
    const auto early = run(c->addRoute(table, route));
    QVERIFY(!early.ok); // the peering is not ACTIVE yet
    QCOMPARE(early.error.code, QStringLiteral("VPC.0101"));
    QVERIFY(m_emulator->acceptPeering(peering));
    const auto added = run(c->addRoute(table, route));
    QVERIFY2(added.ok, qPrintable(added.error.debugString()));
    QCOMPARE(added.value.routes.size(), 1);
    QCOMPARE(added.value.routes.at(0).nexthop, peering);
    const int puts =
        m_emulator->requestCount(QStringLiteral("PUT /v1/{project_id}/routetables/{id}"));
    QVERIFY(run(c->addRoute(table, route)).ok); // there already: no second PUT
    QCOMPARE(m_emulator->requestCount(QStringLiteral("PUT /v1/{project_id}/routetables/{id}")),
             puts);
    QCOMPARE(run(c->showRouteTable(table)).value.routes.size(), 1);
}

void TestHuawei::securityGroupRuleOnce() {
    auto c = client();
    const auto groups = run(c->listSecurityGroups(kFreshVpc));
    QCOMPARE(groups.value.size(), 1);
    SecurityGroupRule rule;
    rule.securityGroupId = groups.value.at(0).id;
    rule.portMin = 1883;
    rule.portMax = 1883;
    rule.remoteIpPrefix = QStringLiteral("172.20.0.0/16");
    const auto created = run(c->createSecurityGroupRule(rule));
    QVERIFY2(created.ok, qPrintable(created.error.debugString()));
    const auto again = run(c->createSecurityGroupRule(rule));
    QVERIFY(again.ok);
    QCOMPARE(again.value.id, created.value.id);
    const QString post = QStringLiteral("POST /v1/{project_id}/security-group-rules");
    QCOMPARE(m_emulator->requestCount(post), 1);
    QCOMPARE(run(c->listSecurityGroupRules(rule.securityGroupId)).value.size(), 1);
    // The emulator itself answers a duplicate with an error (Huawei's semantics).
    const QByteArray body =
        R"({"security_group_rule":{"security_group_id":")" + rule.securityGroupId.toLatin1() +
        R"(","direction":"ingress","ethertype":"IPv4","protocol":"tcp","port_range_min":1883,"port_range_max":1883,"remote_ip_prefix":"172.20.0.0/16"}})";
    SignInput input;
    input.method = "POST";
    input.path = QStringLiteral("/v1/%1/security-group-rules").arg(QLatin1String(kOperatorProject));
    const QByteArray date = sdkDate(m_clock->nowMs());
    input.headers = {
        {"content-type", "application/json"}, {"host", "127.0.0.1"}, {"x-sdk-date", date}};
    input.payloadHash = sha256Hex(body);
    sandbox::HttpRequest request;
    request.method = "POST";
    request.path = input.path;
    request.body = body;
    request.headers = input.headers;
    request.headers.append(
        {"Authorization",
         authorization(m_emulator->options().accessKey, input,
                       signature(m_emulator->options().secretKey.toUtf8(), date, input))});
    const auto duplicate = m_emulator->handle(request);
    QCOMPARE(duplicate.status, 409);
    QVERIFY(QJsonDocument::fromJson(duplicate.body).object().contains(QLatin1String("code")));
}

// ShowVpc v3: the v3 shape (status ACTIVE, extend_cidrs) and the v3 error body.
void TestHuawei::showVpcV3() {
    auto c = client();
    const auto vpc = run(c->showVpcV3(kFreshVpc));
    QVERIFY2(vpc.ok, qPrintable(vpc.error.debugString()));
    QCOMPARE(vpc.value.id, kFreshVpc);
    QCOMPARE(vpc.value.cidr, QStringLiteral("192.168.110.0/24"));
    QCOMPARE(vpc.value.status, QStringLiteral("ACTIVE"));
    QVERIFY(vpc.value.extendCidrs.isEmpty());
    QCOMPARE(m_emulator->requestCount(QStringLiteral("GET /v3/{project_id}/vpc/vpcs/{vpc_id}")), 1);
    const auto missing = run(c->showVpcV3(kEmqxVpc)); // another project's
    QCOMPARE(missing.error.httpStatus, 404);
    QCOMPARE(missing.error.code, QStringLiteral("VPC.0003")); // {"error_code","error_msg",...}
    QVERIFY(!missing.error.requestId.isEmpty());
}

// CreateSecurityGroupRule v3 (multiport, action, priority): read first, so a lost answer and a
// second call leave exactly one rule; v1 and v3 show the same rule each in its own shape.
void TestHuawei::securityGroupRuleV3Once() {
    auto c = client();
    const QString group = run(c->listSecurityGroups(kFreshVpc)).value.value(0).id;
    QVERIFY(!group.isEmpty());
    SecurityGroupRule rule;
    rule.securityGroupId = group;
    rule.portMin = 8883;
    rule.portMax = 8884;
    rule.remoteIpPrefix = QStringLiteral("172.20.0.0/16");
    rule.priority = 2;
    m_emulator->loseNextAnswers(1);
    const auto created = run(c->createSecurityGroupRuleV3(rule));
    QVERIFY2(created.ok, qPrintable(created.error.debugString()));
    QCOMPARE(created.value.portMin, 8883);
    QCOMPARE(created.value.portMax, 8884);
    QCOMPARE(created.value.priority, 2);
    QCOMPARE(created.value.action, QStringLiteral("allow"));
    const auto again = run(c->createSecurityGroupRuleV3(rule));
    QVERIFY(again.ok);
    QCOMPARE(again.value.id, created.value.id);
    const QString post = QStringLiteral("POST /v3/{project_id}/vpc/security-group-rules");
    QCOMPARE(m_emulator->requestCount(post), 1);
    const auto v3 = run(c->listSecurityGroupRulesV3(group));
    QCOMPARE(v3.value.size(), 1);
    QCOMPARE(v3.value.at(0).priority, 2);
    const auto v1 = run(c->listSecurityGroupRules(group));
    QCOMPARE(v1.value.size(), 1);
    QCOMPARE(v1.value.at(0).portMin, 8883);
    QCOMPARE(v1.value.at(0).portMax, 8884);
    // Another priority makes another rule (and the v1 API, which has none, is priority 1).
    SecurityGroupRule same = rule;
    same.priority = 1;
    const auto other = run(c->createSecurityGroupRuleV3(same));
    QVERIFY(other.ok);
    QCOMPARE(run(c->listSecurityGroupRulesV3(group)).value.size(), 2);
    // Bad input is refused in the v3 error body.
    SecurityGroupRule bad = rule;
    bad.priority = 101;
    const auto refused = run(c->createSecurityGroupRuleV3(bad));
    QCOMPARE(refused.error.httpStatus, 400);
    QCOMPARE(refused.error.code, QStringLiteral("VPC.0101"));
}

// v3's dry_run: a permitted check answers 202 and creates nothing (the job's rule has no ID);
// an IAM user without vpc:securityGroupRules:create is refused (403 VPC.2201, the action named,
// in the v3 error body), on v3 as on v1; an identical rule there already is returned as is.
void TestHuawei::securityGroupRuleV3DryRun() {
    auto c = client();
    const QString group = run(c->listSecurityGroups(kFreshVpc)).value.value(0).id;
    QVERIFY(!group.isEmpty());
    SecurityGroupRule rule;
    rule.securityGroupId = group;
    rule.portMin = 1883;
    rule.portMax = 1883;
    rule.remoteIpPrefix = QStringLiteral("172.20.0.0/16");
    const int before = int(run(c->listSecurityGroupRulesV3(group)).value.size());
    const auto passed = run(c->createSecurityGroupRuleV3(rule, true));
    QVERIFY2(passed.ok, qPrintable(passed.error.debugString()));
    QVERIFY(passed.value.id.isEmpty());
    QCOMPARE(run(c->listSecurityGroupRulesV3(group)).value.size(), before);

    m_emulator->denyActions({QStringLiteral("vpc:securityGroupRules:create")});
    const auto denied = run(c->createSecurityGroupRuleV3(rule, true));
    QVERIFY(!denied.ok);
    QCOMPARE(denied.error.httpStatus, 403);
    QCOMPARE(denied.error.code, QStringLiteral("VPC.2201"));
    QVERIFY(!denied.error.requestId.isEmpty());
    QVERIFY2(denied.error.userMessage().contains(u"vpc:securityGroupRules:create"),
             qPrintable(denied.error.userMessage()));
    const auto v1 = run(c->createSecurityGroupRule(rule));
    QCOMPARE(v1.error.code, QStringLiteral("VPC.2201"));
    QCOMPARE(run(c->listSecurityGroupRulesV3(group)).value.size(), before);

    m_emulator->denyActions({});
    const auto created = run(c->createSecurityGroupRuleV3(rule));
    QVERIFY(created.ok && !created.value.id.isEmpty());
    const auto there = run(c->createSecurityGroupRuleV3(rule, true));
    QVERIFY(there.ok);
    QCOMPARE(there.value.id, created.value.id);
}

// The v2.0 route API: the route lands in the VPC's default table (v1 shows it), only to an
// ACTIVE peering of that VPC, once.
void TestHuawei::v2RouteToActivePeering() {
    auto c = client();
    const QString peering = createPeering(*c);
    Route route;
    route.destination = QStringLiteral("172.20.0.0/16");
    route.nexthop = peering;
    const auto early = run(c->createVpcRoute(kFreshVpc, route));
    QVERIFY(!early.ok); // PENDING_ACCEPTANCE
    QCOMPARE(early.error.httpStatus, 400);
    QCOMPARE(early.error.code, QStringLiteral("VPC.0101")); // {"error":{"code","message"}}
    QVERIFY(m_emulator->acceptPeering(peering));
    const QString post = QStringLiteral("POST /v2.0/vpc/routes");
    const int refusedPosts = m_emulator->requestCount(post);
    m_emulator->loseNextAnswers(1);
    const auto added = run(c->createVpcRoute(kFreshVpc, route));
    QVERIFY2(added.ok, qPrintable(added.error.debugString()));
    QVERIFY(!added.value.id.isEmpty());
    QCOMPARE(added.value.nexthop, peering);
    QCOMPARE(added.value.vpcId, kFreshVpc);
    QCOMPARE(added.value.tenantId, QLatin1String(kOperatorProject));
    QVERIFY(run(c->createVpcRoute(kFreshVpc, route)).ok);       // there already: adopted
    QCOMPARE(m_emulator->requestCount(post), refusedPosts + 1); // the lost answer's only
    const auto routes = run(c->listVpcRoutes(kFreshVpc));
    QCOMPARE(routes.value.size(), 1);
    QCOMPARE(routes.value.at(0).id, added.value.id);
    const auto tables = run(c->listRouteTables(kFreshVpc));
    QCOMPARE(tables.value.value(0).routes.size(), 1);
    QCOMPARE(tables.value.value(0).routes.at(0).destination, route.destination);
    // Another VPC's peering is not a next hop of this VPC.
    Route foreign;
    foreign.destination = QStringLiteral("172.21.0.0/16");
    foreign.nexthop = QStringLiteral("22b76469-08e3-4937-8c1d-7aad34892be1"); // telemetry's
    const auto refused = run(c->createVpcRoute(kFreshVpc, foreign));
    QCOMPARE(refused.error.code, QStringLiteral("VPC.0101"));
    QVERIFY(refused.error.message.contains(QLatin1String("does not connect")));
    // The seeded v1 route of the telemetry VPC is listed by v2.0 too, with an ID.
    const auto seeded =
        run(c->listVpcRoutes(QStringLiteral("3f2a1b0c-9d8e-4f7a-b6c5-d4e3f2a1b0c9")));
    QCOMPARE(seeded.value.size(), 1);
    QVERIFY(!seeded.value.at(0).id.isEmpty());
}

void TestHuawei::refusals() {
    auto wrong = client(QStringLiteral("not-the-secret"));
    auto refused = run(wrong->listVpcs());
    QCOMPARE(refused.error.httpStatus, 401);
    QCOMPARE(refused.error.code, QStringLiteral("APIGW.0301")); // {"error_msg","error_code",...}
    QVERIFY(refused.error.explanation.contains(QLatin1String("(SK)")));
    QVERIFY(!refused.error.requestId.isEmpty());
    QCOMPARE(refused.attempts, 1);

    Account unknown;
    unknown.accessKey = QStringLiteral("HWSOMEBODYELSE000001");
    unknown.secretKey = QStringLiteral("x");
    unknown.projectId = QLatin1String(kOperatorProject);
    unknown.endpointOverride = m_emulator->baseUrl();
    Client other(unknown);
    refused = run(other.listVpcs());
    QCOMPARE(refused.error.code, QStringLiteral("APIGW.0301"));
    QVERIFY(refused.error.explanation.contains(QLatin1String("(AK)")));

    ManualClock skewed(m_clock->nowMs() - 20 * 60 * 1000);
    auto late = client({}, &skewed);
    refused = run(late->listVpcs());
    QCOMPARE(refused.error.code, QStringLiteral("APIGW.0303"));
    QVERIFY(refused.error.explanation.contains(QLatin1String("clock")));

    Account project = unknown;
    project.accessKey = m_emulator->options().accessKey;
    project.secretKey = m_emulator->options().secretKey;
    project.projectId = QLatin1String(kEmqxProject);
    Client wrongProject(project);
    wrongProject.setClock(m_clock.get());
    refused = run(wrongProject.listVpcs());
    QCOMPARE(refused.error.code, QStringLiteral("VPC.0007"));
}

void TestHuawei::throttlingIsRetried() {
    auto c = client();
    m_emulator->throttleNext(2);
    const auto vpcs = run(c->listVpcs());
    QVERIFY2(vpcs.ok, qPrintable(vpcs.error.debugString()));
    QCOMPARE(vpcs.attempts, 3);
    m_emulator->throttleNext(10);
    const auto gaveUp = run(c->listVpcs());
    QCOMPARE(gaveUp.error.httpStatus, 429);
    QCOMPARE(gaveUp.error.code, QStringLiteral("APIGW.0308"));
    m_emulator->throttleNext(0);
}

// Appendix B.5-B.8 replayed (date check off): every signature is accepted — the answers are
// the operations' own (the captures name resources of another project), never 401 — and one
// changed byte of a body is refused.
void TestHuawei::sdkCapturesAreAccepted() {
    EmulatorOptions options;
    options.accessKey = QStringLiteral("LTAI5tStubAccessKeyId");
    options.secretKey = QStringLiteral("StubAccessKeySecret0123456789");
    options.checkTimestamp = false;
    Emulator replay(options);
    QString error;
    QVERIFY(replay.start(&error));
    const QByteArray project = "77b6a44cba5143ab91d13ab9a8ff44fd";
    const QByteArray withProject = "content-type;host;x-project-id;x-sdk-date";
    // B.8: ShowPermanentAccessKey, the one the stub key can answer.
    auto answer = replay.handle(
        captured("GET", QStringLiteral("/v3.0/OS-CREDENTIAL/credentials/LTAI5tStubAccessKeyId"), {},
                 "20261207T064633Z", {}, "content-type;host;x-sdk-date",
                 "555873de73f7effe6174f658e3c151c3fcb477ba9a24485d3f32edfd0f00a1b3"));
    QCOMPARE(answer.status, 200);
    // B.7: v3 ListSecurityGroupRules with a query.
    answer = replay.handle(captured(
        "GET", QStringLiteral("/v3/77b6a44cba5143ab91d13ab9a8ff44fd/vpc/security-group-rules"),
        "security_group_id=16b6e77a-08fa-42c7-aa8b-106c048884e6", "20261207T064634Z", project,
        withProject, "165bf0387b7b2ec7a6d29e155932cb86bd07f8262f9f409f615802f56261e404"));
    QCOMPARE(answer.status, 400); // VPC.0007: the capture's project is not the operator's
    // B.5: CreateVpcPeering with its exact body.
    const QByteArray b5 =
        R"({"peering":{"name":"emqx-peering","request_vpc_info":{"vpc_id":"9daeac7c-a98f-430f-8e38-67f9c044e299"},"accept_vpc_info":{"vpc_id":"f583c072-0bb8-4e19-afb2-afb7c1693be5","tenant_id":"059a737356594b41b447b557bf0aae56"},"description":"EMQX Cloud VPC peering"}})";
    const QByteArray b5sig = "531506994be5f2deb834294707c2e4bdf15da87fa188b255782263f9df9c54d2";
    answer = replay.handle(captured("POST", QStringLiteral("/v2.0/vpc/peerings"), {},
                                    "20261207T064633Z", project, withProject, b5sig, b5));
    QCOMPARE(answer.status, 404); // the accept VPC is not in the emulated accounts
    QByteArray changed = b5;
    changed.replace("emqx-peering", "emqx-peerinG");
    answer = replay.handle(captured("POST", QStringLiteral("/v2.0/vpc/peerings"), {},
                                    "20261207T064633Z", project, withProject, b5sig, changed));
    QCOMPARE(answer.status, 401);
    QCOMPARE(QJsonDocument::fromJson(answer.body)
                 .object()
                 .value(QStringLiteral("error_code"))
                 .toString(),
             QStringLiteral("APIGW.0301"));
    QVERIFY(!answer.header("X-Request-Id").isEmpty());
    // B.6: UpdateRouteTable.
    answer = replay.handle(captured(
        "PUT",
        QStringLiteral("/v1/77b6a44cba5143ab91d13ab9a8ff44fd/routetables/"
                       "3d42a0d4-a980-4613-ae76-a2cddecff054"),
        {}, "20261207T064633Z", project, withProject,
        "965476b55b34f58417e748b060549b5c298b3eddc387d2fce70cebd595ff0a66",
        R"({"routetable":{"routes":{"add":[{"type":"peering","destination":"10.11.1.0/24","nexthop":"22b76469-08e3-4937-8c1d-7aad34892be1","description":"emqx-peering"}]}}})"));
    QCOMPARE(answer.status, 400);
}

void TestHuawei::stateSurvivesRestart() {
    QTemporaryDir dir;
    EmulatorOptions options;
    options.clock = m_clock.get();
    options.stateFile = dir.filePath(QStringLiteral("state.sqlite"));
    QString id;
    {
        m_emulator = std::make_unique<Emulator>(options);
        QString error;
        QVERIFY2(m_emulator->start(&error), qPrintable(error));
        auto c = client();
        id = createPeering(*c);
        QVERIFY(m_emulator->acceptPeering(id));
    }
    m_emulator = std::make_unique<Emulator>(options);
    QString error;
    QVERIFY2(m_emulator->start(&error), qPrintable(error));
    auto c = client();
    QCOMPARE(run(c->showVpcPeering(id)).value.status, QStringLiteral("ACTIVE"));
    QCOMPARE(run(c->listVpcs()).value.size(), 2); // seeded once
}

QTEST_GUILESS_MAIN(TestHuawei)
#include "tst_huawei.moc"
