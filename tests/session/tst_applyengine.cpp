// "Do it for me" (issue 16): the session's ApplyEngine running the providers' plans
// (app/providers/*/automation) against the real sandbox coupled to both provider emulators, all
// on one injected clock that a timer moves 1 s every 5 ms (so a 10-minute window lasts 3 s).
// The operator's calls go through the application's provider clients over loopback, the EMQX
// calls through a real Session; nothing is mocked.
#include "app/providers/aliyun/automation/aliyunplan.h"
#include "app/providers/aliyun/client/aliyunclient.h"
#include "app/providers/emqxcoupling.h"
#include "app/providers/huawei/automation/huaweiplan.h"
#include "app/providers/huawei/client/huaweiclient.h"
#include "app/secrets/secretjob.h"
#include "app/secrets/secretstore.h"
#include "app/session/applyengine.h"
#include "app/session/automation.h"
#include "app/session/connectionstatus.h"
#include "app/session/peeringmodel.h"
#include "app/session/session.h"
#include "app/session/sessionmanager.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace vpw;
using session::ApplyEngine;
using State = session::ApplyEngine::State;

namespace {

constexpr int kTimeout = 30000;
const QString kKey = QStringLiteral("apply");
const QString kSecret = QStringLiteral("apply-secret");

// The seed's free pieces (app/providers/*/seed.cpp and the emulators' seeds).
aliyun::PlanInput aliyunInput() {
    aliyun::PlanInput in;
    in.deploymentId = QStringLiteral("c4e5f6a7"); // iot-hangzhou-staging: its VPC is in no CEN
    in.deploymentVpcId = QStringLiteral("vpc-bp1emqx0edge00000001");
    in.deploymentCidr = QStringLiteral("10.110.0.0/16");
    in.deploymentRegion = QStringLiteral("cn-hangzhou");
    in.emqxUid = QLatin1String(aliyun::kEmqxUid);
    in.accountUid = QLatin1String(aliyun::kOperatorUid);
    in.vpcId = QStringLiteral("vpc-bp1operator0new00001");
    in.vpcCidr = QStringLiteral("192.168.50.0/24");
    in.cenName = QStringLiteral("emqx-new-app");
    in.securityGroupId = QStringLiteral("sg-bp1newapp000000001");
    in.ports = {1883, 8883};
    return in;
}

huawei::PlanInput huaweiInput() {
    huawei::PlanInput in;
    in.deploymentId = QStringLiteral("e2b9c4d5");
    in.deploymentVpcId = QStringLiteral("ab78be2d-782f-42a5-aa72-35879f6890ff");
    in.deploymentCidr = QStringLiteral("172.20.0.0/16");
    in.deploymentRegion = QStringLiteral("cn-north-4");
    in.emqxProjectId = QLatin1String(huawei::kEmqxProject);
    in.vpcId = QStringLiteral("9daeac7c-a98f-430f-8e38-67f9c044e299");
    in.vpcCidr = QStringLiteral("192.168.110.0/24");
    in.routeTableId = QStringLiteral("6c0e1f2a-3b4c-4d5e-8f60-718293a4b5c6");
    in.securityGroupId = QStringLiteral("2a7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e");
    in.peeringName = QStringLiteral("emqx-new-app");
    in.ports = {1883};
    return in;
}

cloud::ClientOptions fastOptions() {
    cloud::ClientOptions options;
    options.initialBackoffMs = 10;
    options.maxBackoffMs = 50;
    options.deadlineMs = 15000;
    options.maxAttempts = 1; // a refusal reaches the step as it is
    return options;
}

int indexOf(const ApplyEngine &engine, const QString &key) {
    for (int i = 0; i < engine.stepCount(); ++i) {
        if (engine.step(i).key == key)
            return i;
    }
    return -1;
}

} // namespace

class TestApplyEngine : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_secrets.setSessionOnly(true); }
    void init();
    void cleanup();
    void aliyunToRunningWithRules();
    void aliyunThrottledAttachRetried();
    void aliyunWindowClosesMidApply();
    void aliyunResumesAfterEngineDestroyed();
    void aliyunWrongKeyShowsCodeAndRequest();
    void aliyunGrantLateRetriedWithBackoff();
    void aliyunDryRunNamesAMissingPermission();
    void aliyunMissingPermissionNamesTheAction();
    void huaweiToRunningWithRouteAndRule();
    void huaweiRejectedPeeringFails();
    void huaweiMissingPermissionNamesTheAction();
    void huaweiDryRunNamesAMissingPermission();
    void doItForMeAliyunPicksAndRuns();
    void doItForMeHuaweiPicksAndRuns();
    void doItForMeRefusesAnEnterpriseCen();

private:
    // A provider account of the emulated operator, its secret in the (session-only) store.
    secrets::ProviderAccount account(const QString &provider, const QString &keyId,
                                     const QString &secret, const QUrl &endpoint) {
        secrets::ProviderAccount a;
        a.id = QStringLiteral("acct-") + provider;
        a.provider = provider;
        a.name = provider;
        a.accessKeyId = keyId;
        a.endpointOverride = endpoint;
        QSignalSpy written(m_secrets.writeAccountSecret(a.id, secret), &QObject::destroyed);
        written.wait(kTimeout);
        return a;
    }
    static const session::AutomationChoice *find(const QList<session::AutomationChoice> &list,
                                                 const QString &id) {
        for (const auto &c : list) {
            if (c.id == id)
                return &c;
        }
        return nullptr;
    }
    aliyun::PlanTiming aliyunTiming() const {
        aliyun::PlanTiming t;
        t.pollMs = 20;
        t.grantBackoffMs = 20;
        t.maxBackoffMs = 80;
        return t;
    }
    huawei::PlanTiming huaweiTiming() const {
        huawei::PlanTiming t;
        t.pollMs = 20;
        return t;
    }
    std::unique_ptr<ApplyEngine> engine(session::ApplyPlan plan) {
        return std::make_unique<ApplyEngine>(std::move(plan), m_journal, m_clock.get());
    }
    static bool runToEnd(ApplyEngine *engine) {
        QSignalSpy finished(engine, &ApplyEngine::finished);
        engine->apply();
        if (!finished.wait(kTimeout))
            return false;
        return finished.at(0).at(0).toBool();
    }
    // The CENs of the operator's account, as Alibaba Cloud lists them.
    int cenCount() {
        int count = -1;
        bool done = false;
        m_aliyunClient->describeCens()->onFinished(this, [&](const aliyun::CenListJob &job) {
            count = job.isOk() ? int(job.value().size()) : -1;
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, kTimeout) ? count : -1;
    }
    std::optional<Peering> record(const QString &id) const {
        return m_session->peerings()->peering(id);
    }

    QTemporaryDir m_dir;
    QString m_journal;
    secrets::SecretStore m_secrets;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<sandbox::Server> m_server;
    std::unique_ptr<aliyun::Emulator> m_aliyun;
    std::unique_ptr<huawei::Emulator> m_huawei;
    std::unique_ptr<session::SessionManager> m_manager;
    session::Session *m_session = nullptr;
    std::unique_ptr<aliyun::Client> m_aliyunClient;
    std::unique_ptr<huawei::Client> m_huaweiClient;
    QTimer m_ticker;
};

void TestApplyEngine::init() {
    QVERIFY(m_dir.isValid());
    const QString state = m_dir.filePath(QStringLiteral("state.db"));
    QFile::remove(state);
    m_journal = m_dir.filePath(QStringLiteral("apply.json"));
    QFile::remove(m_journal);
    m_clock = std::make_unique<ManualClock>(QDateTime::currentMSecsSinceEpoch());
    sandbox::Options options;
    options.apiKey = kKey;
    options.apiSecret = kSecret;
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

    m_manager = std::make_unique<session::SessionManager>(&m_secrets);
    m_secrets.setSessionSecret(QStringLiteral("apply"), kSecret);
    secrets::Profile profile;
    profile.id = QStringLiteral("apply");
    profile.name = profile.id;
    profile.endpoint = m_server->baseUrl();
    profile.apiKey = kKey;
    m_session = m_manager->open(profile);
    QVERIFY(m_session);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->status().state == session::ConnectionStatus::Connected,
                             kTimeout);

    aliyun::Account a;
    a.accessKeyId = m_aliyun->options().accessKeyId;
    a.accessKeySecret = m_aliyun->options().accessKeySecret;
    a.endpointOverride = m_aliyun->baseUrl();
    m_aliyunClient = std::make_unique<aliyun::Client>(a);
    m_aliyunClient->setOptions(fastOptions());
    m_aliyunClient->setClock(m_clock.get());
    huawei::Account h;
    h.accessKey = m_huawei->options().accessKey;
    h.secretKey = m_huawei->options().secretKey;
    h.regionId = QStringLiteral("cn-north-4");
    h.projectId = QLatin1String(huawei::kOperatorProject);
    h.endpointOverride = m_huawei->baseUrl();
    m_huaweiClient = std::make_unique<huawei::Client>(h);
    m_huaweiClient->setOptions(fastOptions());
    m_huaweiClient->setClock(m_clock.get());

    // Time moves 1 s every 5 ms: CEN creation (5 s) and attaching (10 s) take a few ticks.
    m_ticker.setInterval(5);
    m_ticker.callOnTimeout([this] { m_clock->advanceMs(1000); });
    m_ticker.start();
}

void TestApplyEngine::cleanup() {
    m_ticker.stop();
    m_ticker.disconnect();
    m_aliyunClient.reset();
    m_huaweiClient.reset();
    m_manager.reset();
    m_session = nullptr;
    m_server.reset();
    m_aliyun.reset();
    m_huawei.reset();
}

// The whole CEN chain from nothing: a new CEN, both attaches, running, two rules; the dry run
// before shows nothing there, the dry run after shows every rule already there.
void TestApplyEngine::aliyunToRunningWithRules() {
    auto before =
        engine(aliyun::makePlan(aliyunInput(), m_aliyunClient.get(), m_session, aliyunTiming()));
    QCOMPARE(before->stepCount(), 8); // CEN, own VPC, EMQX, EMQX's VPC, Attached, running, 2 rules
    QVERIFY(!before->plan().policy.isEmpty());
    for (int i = 0; i < before->stepCount(); ++i)
        QVERIFY2(!before->step(i).values.isEmpty() || before->step(i).key.startsWith(u"wait") ||
                     before->step(i).key == QLatin1String("emqx-running"),
                 qPrintable(before->step(i).key));
    const int seeded = cenCount(); // the demo account's own
    QVERIFY(seeded >= 0);
    QSignalSpy dry(before.get(), &ApplyEngine::dryRunFinished);
    before->dryRun();
    QVERIFY(dry.wait(kTimeout));
    QVERIFY(!before->status(indexOf(*before, QStringLiteral("rule-1883"))).alreadyThere);
    // Nothing changed: the writes were asked with DryRun=true only (the permission check).
    QCOMPARE(m_aliyun->requestCount(QStringLiteral("CreateCen")), 1);
    QCOMPARE(m_aliyun->requestCount(QStringLiteral("AuthorizeSecurityGroup")), 2);
    QCOMPARE(cenCount(), seeded);
    for (int i = 0; i < before->stepCount(); ++i)
        QVERIFY2(before->status(i).error.code.isEmpty(), qPrintable(before->step(i).key));

    QVERIFY(runToEnd(before.get()));
    for (int i = 0; i < before->stepCount(); ++i) {
        QCOMPARE(before->status(i).state, State::Done);
        QVERIFY(before->elapsedMs(i) >= 0);
    }
    const QString recordId = before->fact(QStringLiteral("emqx.recordId")).toString();
    QVERIFY(recordId.startsWith(u"peer-"));
    QCOMPARE(record(recordId)->state, PeeringState::Running);
    QCOMPARE(record(recordId)->peeringId, before->fact(QStringLiteral("aliyun.cenId")).toString());

    // The rules are there, read back by another plan's dry run (a fresh journal).
    QFile::remove(m_journal);
    aliyun::PlanInput again = aliyunInput();
    again.cenId = before->fact(QStringLiteral("aliyun.cenId")).toString();
    auto after = engine(aliyun::makePlan(again, m_aliyunClient.get(), m_session, aliyunTiming()));
    QSignalSpy dryAfter(after.get(), &ApplyEngine::dryRunFinished);
    after->dryRun();
    QVERIFY(dryAfter.wait(kTimeout));
    QVERIFY(after->status(indexOf(*after, QStringLiteral("attach-own-vpc"))).alreadyThere);
    QVERIFY(after->status(indexOf(*after, QStringLiteral("rule-1883"))).alreadyThere);
    QVERIFY(after->status(indexOf(*after, QStringLiteral("rule-8883"))).alreadyThere);
    QCOMPARE(m_aliyun->requestCount(QStringLiteral("CreateCen")), 2); // 1 dry run, 1 real
    QCOMPARE(m_aliyun->requestCount(QStringLiteral("AuthorizeSecurityGroup")), 4);
    QCOMPARE(cenCount(), seeded + 1);
}

// The Plan page's dry run asks the provider with DryRun=true: a RAM user without cen:CreateCen
// is named before Apply, with Alibaba Cloud's code and request ID; nothing is created.
void TestApplyEngine::aliyunDryRunNamesAMissingPermission() {
    m_aliyun->denyActions({QStringLiteral("CreateCen")});
    const int seeded = cenCount();
    auto e =
        engine(aliyun::makePlan(aliyunInput(), m_aliyunClient.get(), m_session, aliyunTiming()));
    QSignalSpy dry(e.get(), &ApplyEngine::dryRunFinished);
    e->dryRun();
    QVERIFY(dry.wait(kTimeout));
    const session::StepError error = e->status(indexOf(*e, QStringLiteral("create-cen"))).error;
    QCOMPARE(error.code, QStringLiteral("Forbidden.RAM"));
    QVERIFY(!error.requestId.isEmpty());
    QVERIFY2(error.explanation.contains(u"cen:CreateCen"), qPrintable(error.explanation));
    // The rules' dry runs passed: no refusal on them.
    QVERIFY(e->status(indexOf(*e, QStringLiteral("rule-1883"))).error.code.isEmpty());
    QCOMPARE(cenCount(), seeded);
}

// Throttling on the cross-account attach is waited out with backoff, the step says so, and
// the chain still ends running.
void TestApplyEngine::aliyunThrottledAttachRetried() {
    auto e =
        engine(aliyun::makePlan(aliyunInput(), m_aliyunClient.get(), m_session, aliyunTiming()));
    const int attach = indexOf(*e, QStringLiteral("attach-emqx-vpc"));
    QString noted;
    QString code;
    connect(e.get(), &ApplyEngine::stepChanged, this, [&](int index) {
        if (index != attach || e->status(index).state != State::Running)
            return;
        if (e->status(index).runs == 1 && e->status(index).note.isEmpty())
            m_aliyun->throttleNext(2); // the attach and its first retry
        if (!e->status(index).note.isEmpty()) {
            noted = e->status(index).note;
            code = e->status(index).error.code;
        }
    });
    QVERIFY(runToEnd(e.get()));
    QVERIFY(e->status(attach).runs >= 2);
    QVERIFY(!noted.isEmpty());
    QVERIFY2(code.startsWith(u"Throttling"), qPrintable(code));
    QCOMPARE(e->status(attach).state, State::Done);
}

// The window closes while the plan waits: the running wait fails with window_closed and the
// record's reason; nothing after it runs.
void TestApplyEngine::aliyunWindowClosesMidApply() {
    auto e =
        engine(aliyun::makePlan(aliyunInput(), m_aliyunClient.get(), m_session, aliyunTiming()));
    const int attach = indexOf(*e, QStringLiteral("attach-emqx-vpc"));
    bool jumped = false;
    connect(e.get(), &ApplyEngine::stepChanged, this, [&](int index) {
        if (index == attach && !jumped && e->status(index).state == State::Running) {
            jumped = true;
            m_clock->advanceMs(11 * 60 * 1000); // the window is closed before the attach
        }
    });
    QVERIFY(!runToEnd(e.get()));
    QVERIFY(jumped);
    const int failed = e->currentStep();
    QVERIFY(e->hasFailed());
    QCOMPARE(e->status(failed).error.code, QStringLiteral("window_closed"));
    QVERIFY(!e->status(failed).error.explanation.isEmpty());
    QCOMPARE(e->status(indexOf(*e, QStringLiteral("rule-1883"))).state, State::Waiting);
    QCOMPARE(m_aliyun->requestCount(QStringLiteral("AuthorizeSecurityGroup")), 0);
}

// The engine (the application) is destroyed right after EMQX answered the create: a new engine
// from the same inputs and journal resumes, reads before repeating, and makes one CEN, one
// record, one attach of each VPC.
void TestApplyEngine::aliyunResumesAfterEngineDestroyed() {
    const QString planId =
        aliyun::makePlan(aliyunInput(), m_aliyunClient.get(), m_session, aliyunTiming()).id;
    {
        auto first = engine(
            aliyun::makePlan(aliyunInput(), m_aliyunClient.get(), m_session, aliyunTiming()));
        const int submit = indexOf(*first, QStringLiteral("emqx-submit"));
        QEventLoop loop;
        connect(first.get(), &ApplyEngine::stepChanged, &loop, [&](int index) {
            if (index == submit && first->status(index).state == State::Done) {
                first->stop(); // quit between two steps (a crash mid-call: see the attach step)
                loop.quit();
            }
        });
        QTimer::singleShot(kTimeout, &loop, &QEventLoop::quit);
        first->apply();
        loop.exec();
        QCOMPARE(first->status(submit).state, State::Done);
    } // destroyed mid-apply
    QVERIFY(ApplyEngine::hasUnfinishedJournal(m_journal, planId));
    const int peeringsBefore = m_session->peerings()->rowCount();

    auto second =
        engine(aliyun::makePlan(aliyunInput(), m_aliyunClient.get(), m_session, aliyunTiming()));
    QCOMPARE(second->status(indexOf(*second, QStringLiteral("create-cen"))).state, State::Done);
    QCOMPARE(second->resumedSteps(), 3); // the CEN, your VPC, the submission
    QCOMPARE(second->status(indexOf(*second, QStringLiteral("emqx-submit"))).state, State::Done);
    QVERIFY(runToEnd(second.get()));
    QVERIFY(!ApplyEngine::hasUnfinishedJournal(m_journal, planId));
    const QString recordId = second->fact(QStringLiteral("emqx.recordId")).toString();
    QCOMPARE(record(recordId)->state, PeeringState::Running);
    QCOMPARE(m_aliyun->requestCount(QStringLiteral("CreateCen")), 1);
    const QString cenId = second->fact(QStringLiteral("aliyun.cenId")).toString();
    QVERIFY(m_aliyun->childAttachment(cenId, aliyunInput().vpcId));
    QCOMPARE(m_aliyun->childAttachment(cenId, aliyunInput().deploymentVpcId)->ownerUid,
             QLatin1String(aliyun::kEmqxUid));
    QCOMPARE(m_session->peerings()->rowCount(), peeringsBefore); // no second record
}

// A refused key fails the first step with the provider's code and request ID; Retry step runs it
// again (and fails the same way: the key is still wrong).
void TestApplyEngine::aliyunWrongKeyShowsCodeAndRequest() {
    aliyun::Account a = m_aliyunClient->account();
    a.accessKeySecret = QStringLiteral("not-the-secret");
    aliyun::Client wrong(a);
    wrong.setOptions(fastOptions());
    wrong.setClock(m_clock.get());
    auto e = engine(aliyun::makePlan(aliyunInput(), &wrong, m_session, aliyunTiming()));
    QVERIFY(!runToEnd(e.get()));
    QCOMPARE(e->currentStep(), 0);
    const session::StepError error = e->status(0).error;
    QCOMPARE(error.code, QStringLiteral("SignatureDoesNotMatch"));
    QVERIFY(!error.requestId.isEmpty());
    QVERIFY(!error.explanation.isEmpty());
    QSignalSpy finished(e.get(), &ApplyEngine::finished);
    e->retryStep();
    QVERIFY(finished.wait(kTimeout));
    QCOMPARE(e->status(0).runs, 2);
    QCOMPARE(e->status(0).state, State::Failed);
}

// EMQX's grant becomes visible late: the cross-account attach is refused with
// Forbbiden.AttachChildInstanceAcrossUid, the step says what it waits for and when it runs
// again (the countdown), backs off with a growing delay, and the chain still ends running.
void TestApplyEngine::aliyunGrantLateRetriedWithBackoff() {
    m_aliyun->delayGrants(60); // a minute of the emulator's clock: 300 ms here
    auto e =
        engine(aliyun::makePlan(aliyunInput(), m_aliyunClient.get(), m_session, aliyunTiming()));
    const int attach = indexOf(*e, QStringLiteral("attach-emqx-vpc"));
    QList<int> countdowns;
    QString code;
    QString note;
    QString explanation;
    connect(e.get(), &ApplyEngine::stepChanged, this, [&](int index) {
        const auto &status = e->status(index);
        if (index != attach || status.nextRunInMs <= 0 || status.state != State::Running)
            return;
        countdowns.append(status.nextRunInMs);
        code = status.error.code;
        note = status.note;
        explanation = status.error.explanation;
    });
    QVERIFY(runToEnd(e.get()));
    QCOMPARE(code, QStringLiteral("Forbbiden.AttachChildInstanceAcrossUid"));
    QCOMPARE(note, QStringLiteral("EMQX Cloud's grant is not visible yet."));
    QVERIFY2(explanation.contains(u"not yet authorized"), qPrintable(explanation));
    QVERIFY2(countdowns.size() >= 3, qPrintable(QString::number(countdowns.size())));
    QCOMPARE(countdowns.first(), aliyunTiming().grantBackoffMs);
    QVERIFY(countdowns.at(1) > countdowns.at(0)); // backoff grows
    QCOMPARE(*std::max_element(countdowns.cbegin(), countdowns.cend()),
             aliyunTiming().maxBackoffMs);
    QCOMPARE(e->status(attach).state, State::Done);
    QCOMPARE(e->status(attach).runs, countdowns.size() + 1);
    const QString recordId = e->fact(QStringLiteral("emqx.recordId")).toString();
    QCOMPARE(record(recordId)->state, PeeringState::Running);
}

// The RAM user may not add security-group rules: the rule step fails with Alibaba Cloud's own
// code and request ID, and the explanation names the missing RAM action; the steps before it
// are done, and Retry step succeeds once the permission is granted.
void TestApplyEngine::aliyunMissingPermissionNamesTheAction() {
    m_aliyun->denyActions({QStringLiteral("AuthorizeSecurityGroup")});
    auto e =
        engine(aliyun::makePlan(aliyunInput(), m_aliyunClient.get(), m_session, aliyunTiming()));
    QVERIFY(!runToEnd(e.get()));
    const int rule = indexOf(*e, QStringLiteral("rule-1883"));
    QCOMPARE(e->currentStep(), rule);
    for (int i = 0; i < rule; ++i)
        QCOMPARE(e->status(i).state, State::Done);
    const session::StepError error = e->status(rule).error;
    QCOMPARE(error.code, QStringLiteral("Forbidden.RAM"));
    QVERIFY(!error.requestId.isEmpty());
    QVERIFY2(error.explanation.contains(u"ecs:AuthorizeSecurityGroup"),
             qPrintable(error.explanation));
    QCOMPARE(m_aliyun->requestCount(QStringLiteral("AuthorizeSecurityGroup")), 1);

    m_aliyun->denyActions({});
    QSignalSpy finished(e.get(), &ApplyEngine::finished);
    e->retryStep();
    QVERIFY(finished.wait(kTimeout));
    QVERIFY(finished.at(0).at(0).toBool());
    QCOMPARE(e->status(rule).state, State::Done);
}

// The IAM user may not create security-group rules: the rule step fails with Huawei Cloud's
// code and request ID, the explanation naming the IAM action; the route before it was added.
void TestApplyEngine::huaweiMissingPermissionNamesTheAction() {
    const QString route = QStringLiteral("POST /v1/{project_id}/security-group-rules");
    m_huawei->denyRoute(route, QStringLiteral("vpc:securityGroupRules:create"));
    auto e =
        engine(huawei::makePlan(huaweiInput(), m_huaweiClient.get(), m_session, huaweiTiming()));
    QVERIFY(!runToEnd(e.get()));
    const int rule = e->currentStep();
    QVERIFY2(e->step(rule).key.startsWith(u"rule-"), qPrintable(e->step(rule).key));
    QCOMPARE(e->status(indexOf(*e, QStringLiteral("add-route"))).state, State::Done);
    const session::StepError error = e->status(rule).error;
    QCOMPARE(error.code, QStringLiteral("VPC.2201"));
    QVERIFY(!error.requestId.isEmpty());
    QVERIFY2(error.explanation.contains(u"vpc:securityGroupRules:create"),
             qPrintable(error.explanation));
    QCOMPARE(m_huawei->requestCount(route), 1);
}

// The Plan page's dry run for Huawei Cloud: v1 (which Apply writes the rules through) has no
// dry run, so each rule row asks v3 with dry_run: true. Allowed, the check passes; an IAM user
// without vpc:securityGroupRules:create is named before Apply with Huawei Cloud's code and
// request ID. Neither creates a rule, and nothing goes through v1.
void TestApplyEngine::huaweiDryRunNamesAMissingPermission() {
    const QString v1 = QStringLiteral("POST /v1/{project_id}/security-group-rules");
    const QString v3 = QStringLiteral("POST /v3/{project_id}/vpc/security-group-rules");
    huawei::PlanInput input = huaweiInput();
    input.ports = {1883, 8883};
    const auto ruleCount = [this, &input] {
        int count = -1;
        bool finished = false;
        m_huaweiClient->listSecurityGroupRules(input.securityGroupId)
            ->onFinished(this, [&](const huawei::SecurityGroupRuleListJob &job) {
                count = job.isOk() ? int(job.value().size()) : -1;
                finished = true;
            });
        return QTest::qWaitFor([&] { return finished; }, kTimeout) ? count : -1;
    };
    const int seeded = ruleCount();
    QVERIFY(seeded >= 0);
    const auto dryRun = [&] {
        auto e = engine(huawei::makePlan(input, m_huaweiClient.get(), m_session, huaweiTiming()));
        QSignalSpy dry(e.get(), &ApplyEngine::dryRunFinished);
        e->dryRun();
        if (!dry.wait(kTimeout))
            qWarning("the dry run did not finish");
        return e;
    };

    auto allowed = dryRun();
    for (int port : input.ports) {
        const auto &status =
            allowed->status(indexOf(*allowed, QStringLiteral("rule-%1").arg(port)));
        QVERIFY2(status.error.code.isEmpty(), qPrintable(status.error.message));
        QVERIFY(!status.alreadyThere);
    }
    QCOMPARE(m_huawei->requestCount(v3), 2);

    m_huawei->denyActions({QStringLiteral("vpc:securityGroupRules:create")});
    auto denied = dryRun();
    for (int port : input.ports) {
        const session::StepError error =
            denied->status(indexOf(*denied, QStringLiteral("rule-%1").arg(port))).error;
        QCOMPARE(error.code, QStringLiteral("VPC.2201"));
        QVERIFY(!error.requestId.isEmpty());
        QVERIFY2(error.explanation.contains(u"vpc:securityGroupRules:create"),
                 qPrintable(error.explanation));
    }
    // The steps before the rules (reads) are not refused.
    QVERIFY(denied->status(indexOf(*denied, QStringLiteral("read-user-id"))).error.code.isEmpty());
    QCOMPARE(m_huawei->requestCount(v3), 4);
    QCOMPARE(m_huawei->requestCount(v1), 0);
    QCOMPARE(ruleCount(), seeded);
}

// The VPC peering chain: user ID, request, EMQX accepts, running, route, rule.
void TestApplyEngine::huaweiToRunningWithRouteAndRule() {
    auto e =
        engine(huawei::makePlan(huaweiInput(), m_huaweiClient.get(), m_session, huaweiTiming()));
    QCOMPARE(e->stepCount(), 7);
    QVERIFY(runToEnd(e.get()));
    for (int i = 0; i < e->stepCount(); ++i)
        QCOMPARE(e->status(i).state, State::Done);
    const QString peeringId = e->fact(QStringLiteral("huawei.peeringId")).toString();
    QCOMPARE(m_huawei->peeringStatus(peeringId), QStringLiteral("ACTIVE"));
    const auto recordId = e->fact(QStringLiteral("emqx.recordId")).toString();
    QCOMPARE(record(recordId)->state, PeeringState::Running);
    QCOMPARE(record(recordId)->accountId, QLatin1String(huawei::kOperatorUserId));

    // Run again from scratch (a fresh journal): everything is read back as already there.
    QFile::remove(m_journal);
    auto again =
        engine(huawei::makePlan(huaweiInput(), m_huaweiClient.get(), m_session, huaweiTiming()));
    QVERIFY(runToEnd(again.get()));
    QCOMPARE(again->status(indexOf(*again, QStringLiteral("create-peering"))).state,
             State::Skipped);
    QCOMPARE(again->status(indexOf(*again, QStringLiteral("emqx-submit"))).state, State::Skipped);
    QCOMPARE(again->status(indexOf(*again, QStringLiteral("add-route"))).state, State::Skipped);
    QCOMPARE(again->status(indexOf(*again, QStringLiteral("rule-1883"))).state, State::Skipped);
}

// EMQX rejects the request (here: rejected in the emulator before EMQX looks): the acceptance
// wait fails naming REJECTED, and no route is added.
void TestApplyEngine::huaweiRejectedPeeringFails() {
    auto e =
        engine(huawei::makePlan(huaweiInput(), m_huaweiClient.get(), m_session, huaweiTiming()));
    const int create = indexOf(*e, QStringLiteral("create-peering"));
    connect(e.get(), &ApplyEngine::stepChanged, this, [&](int index) {
        if (index == create && e->status(index).state == State::Done)
            m_huawei->rejectPeering(e->fact(QStringLiteral("huawei.peeringId")).toString());
    });
    QVERIFY(!runToEnd(e.get()));
    const int failed = e->currentStep();
    QVERIFY(e->status(failed).error.code == QLatin1String("REJECTED") ||
            e->status(failed).error.code == QLatin1String("rejected"));
    QCOMPARE(e->status(indexOf(*e, QStringLiteral("add-route"))).state, State::Waiting);
}

// The session's facade with the demo's emulated Alibaba Cloud account: the pick lists (a VPC
// overlapping the deployment disabled with the reason, the CENs, the security groups), a
// selection refused while it names another CEN than the VPC's, then the plan run to running.
void TestApplyEngine::doItForMeAliyunPicksAndRuns() {
    aliyun::registerAutomation(aliyunTiming());
    QVERIFY(session::hasAutomation(QStringLiteral("aliyun")));
    session::DoItForMe doIt(m_session, &m_secrets,
                            account(QStringLiteral("aliyun"), m_aliyun->options().accessKeyId,
                                    m_aliyun->options().accessKeySecret, m_aliyun->baseUrl()),
                            aliyunInput().deploymentId, m_dir.path());
    doIt.setClock(m_clock.get());
    QSignalSpy ready(&doIt, &session::DoItForMe::choicesReady);
    doIt.loadChoices();
    QVERIFY(ready.wait(kTimeout));
    const session::AutomationChoices &choices = doIt.choices();
    QVERIFY2(choices.ok(), qPrintable(choices.error.code));
    QVERIFY(choices.usesCen);
    const auto *free = find(choices.vpcs, aliyunInput().vpcId);
    QVERIFY(free && free->enabled && free->cenId.isEmpty());
    QCOMPARE(free->cidr, QStringLiteral("192.168.50.0/24"));
    const auto *orders = find(choices.vpcs, QStringLiteral("vpc-uf6o8d1dj8sjwxi6o1xyz"));
    QVERIFY(orders);
    QCOMPARE(orders->cenId, QStringLiteral("cen-7qthudw0ll6jmc3abc"));
    const auto *cen = find(choices.cens, QStringLiteral("cen-7qthudw0ll6jmc3abc"));
    QVERIFY(cen && cen->enabled);
    QVERIFY2(cen->detail.startsWith(u"Basic edition"), qPrintable(cen->detail)); // from its TRs
    QVERIFY(find(choices.securityGroups, aliyunInput().securityGroupId));

    session::AutomationSelection selection;
    selection.vpcId = QStringLiteral("vpc-uf6o8d1dj8sjwxi6o1xyz"); // in a CEN already
    selection.securityGroupId = QStringLiteral("sg-bp1orders000000001");
    selection.ports = {1883};
    QVERIFY(!doIt.checkSelection(selection).isEmpty()); // a new CEN for a VPC in one: refused
    QVERIFY(!doIt.prepare(selection));
    selection.vpcId = aliyunInput().vpcId;
    selection.securityGroupId = aliyunInput().securityGroupId;
    QCOMPARE(doIt.checkSelection(selection), QString());
    ApplyEngine *e = doIt.prepare(selection);
    QVERIFY(e);
    QCOMPARE(e->step(0).key, QStringLiteral("create-cen"));
    QVERIFY(runToEnd(e));
    QCOMPARE(record(e->fact(QStringLiteral("emqx.recordId")).toString())->state,
             PeeringState::Running);
}

// The same with the emulated Huawei Cloud account: the project of the region is read, the
// default route table of each VPC preselected, and the plan runs to running.
void TestApplyEngine::doItForMeHuaweiPicksAndRuns() {
    huawei::registerAutomation(huaweiTiming());
    session::DoItForMe doIt(m_session, &m_secrets,
                            account(QStringLiteral("huawei"), m_huawei->options().accessKey,
                                    m_huawei->options().secretKey, m_huawei->baseUrl()),
                            huaweiInput().deploymentId, m_dir.path());
    doIt.setClock(m_clock.get());
    QSignalSpy ready(&doIt, &session::DoItForMe::choicesReady);
    doIt.loadChoices();
    QVERIFY(ready.wait(kTimeout));
    const session::AutomationChoices &choices = doIt.choices();
    QVERIFY2(choices.ok(), qPrintable(choices.error.code + choices.error.explanation));
    QVERIFY(choices.usesRouteTable);
    const auto *table = find(choices.routeTables, huaweiInput().routeTableId);
    QVERIFY(table && table->preselected);
    QCOMPARE(table->parent, huaweiInput().vpcId);
    // The telemetry VPC's CIDR is the running demo peering's: disabled, with the reason.
    const auto *taken = find(choices.vpcs, QStringLiteral("3f2a1b0c-9d8e-4f7a-b6c5-d4e3f2a1b0c9"));
    QVERIFY(taken && !taken->enabled && !taken->reason.isEmpty());

    session::AutomationSelection selection;
    selection.vpcId = huaweiInput().vpcId;
    selection.routeTableId = huaweiInput().routeTableId;
    selection.securityGroupId = huaweiInput().securityGroupId;
    selection.ports = {1883, 8883};
    ApplyEngine *e = doIt.prepare(selection);
    QVERIFY(e);
    QVERIFY(runToEnd(e));
    QCOMPARE(record(e->fact(QStringLiteral("emqx.recordId")).toString())->state,
             PeeringState::Running);
}

// An Enterprise-edition CEN (a transit router created in the deployment's region) is listed
// disabled with the reason, and a selection naming it is refused before any plan exists.
void TestApplyEngine::doItForMeRefusesAnEnterpriseCen() {
    QString cenId;
    m_aliyunClient->createCen(QStringLiteral("enterprise"))
        ->onFinished(this, [&cenId](const aliyun::CenIdJob &job) { cenId = job.value(); });
    QTRY_VERIFY_WITH_TIMEOUT(!cenId.isEmpty(), kTimeout);
    bool created = false; // refused while the new CEN is Creating (a few injected seconds)
    for (int attempt = 0; attempt < 200 && !created; ++attempt) {
        auto *job = m_aliyunClient->createTransitRouter(cenId, QStringLiteral("cn-hangzhou"));
        QSignalSpy destroyed(job, &QObject::destroyed);
        job->onFinished(this,
                        [&created](const aliyun::TransitRouterIdJob &j) { created = j.isOk(); });
        destroyed.wait(kTimeout);
        if (!created)
            QTest::qWait(20);
    }
    QVERIFY(created);

    aliyun::registerAutomation(aliyunTiming());
    session::DoItForMe doIt(m_session, &m_secrets,
                            account(QStringLiteral("aliyun"), m_aliyun->options().accessKeyId,
                                    m_aliyun->options().accessKeySecret, m_aliyun->baseUrl()),
                            aliyunInput().deploymentId, m_dir.path());
    QSignalSpy ready(&doIt, &session::DoItForMe::choicesReady);
    doIt.loadChoices();
    QVERIFY(ready.wait(kTimeout));
    QVERIFY(doIt.choices().ok());
    const auto *enterprise = find(doIt.choices().cens, cenId);
    QVERIFY(enterprise);
    QVERIFY(!enterprise->enabled);
    QVERIFY(enterprise->reason.contains(u"Enterprise"));
    session::AutomationSelection selection;
    selection.vpcId = aliyunInput().vpcId;
    selection.cenId = cenId;
    selection.securityGroupId = aliyunInput().securityGroupId;
    selection.ports = {1883};
    QCOMPARE(doIt.checkSelection(selection), enterprise->reason);
    QVERIFY(!doIt.prepare(selection));
}

QTEST_GUILESS_MAIN(TestApplyEngine)
#include "tst_applyengine.moc"
