// The status panel's "Cloud side" (issue 16) at the session level: CloudSideWatcher with the
// Huawei Cloud reader against the real emulator on loopback. The peering, its route and its
// rule are made through the application's own client as "Do it for me" would; the operator's
// console changes are the emulator's test hooks. The watcher's clock is injected; the test
// counts the provider's reads, never timings.
#include "app/core/clock.h"
#include "app/providers/huawei/automation/huaweiplan.h"
#include "app/providers/huawei/client/huaweiclient.h"
#include "app/providers/huawei/emulator/huaweiemulator.h"
#include "app/providers/huawei/module.h"
#include "app/session/applyengine.h"
#include "app/session/cloudside.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace vpw;
using session::CloudCheck;

namespace {

constexpr int kTimeout = 15000;
const QString kOwnVpc = QStringLiteral("9daeac7c-a98f-430f-8e38-67f9c044e299");
const QString kEmqxVpc = QStringLiteral("ab78be2d-782f-42a5-aa72-35879f6890ff");
const QString kTable = QStringLiteral("6c0e1f2a-3b4c-4d5e-8f60-718293a4b5c6");
const QString kGroup = QStringLiteral("2a7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e");
const QString kCidr = QStringLiteral("172.20.0.0/16");
const QString kRecord = QStringLiteral("peer-cloudside");

const CloudCheck *findCheck(const QList<CloudCheck> &checks, const QString &key) {
    for (const CloudCheck &c : checks) {
        if (c.key == key)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestCloudSide : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void readsEveryCheckOk();
    void noticesDeletedRuleAndFixesIt();
    void noticesDeletedRouteAndFixesIt();
    void readsPerMinuteVisibleAndHidden();
    void targetsFromFinishedJournals();
    void forgottenPeeringIsNoLongerRead();
    void forgottenAfterARestartToo();

private:
    // Applies a one-step plan that names kRecord into `dir`, as "Do it for me" does.
    bool applyPlan(const QString &dir);
    // Provider reads so far (every GET the watcher's reader makes after the project lookup).
    int reads() const {
        return m_huawei->requestCount(QStringLiteral("GET /v2.0/vpc/peerings/{peering_id}")) +
               m_huawei->requestCount(QStringLiteral("GET /v1/{project_id}/routetables/{id}")) +
               m_huawei->requestCount(QStringLiteral("GET /v1/{project_id}/security-group-rules"));
    }
    void waitRead(int rounds) {
        QTRY_COMPARE_WITH_TIMEOUT(m_watcher->readRounds(), rounds, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!m_watcher->isReading(kRecord), kTimeout);
    }

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<huawei::Emulator> m_huawei;
    std::unique_ptr<huawei::Client> m_client;
    std::unique_ptr<session::CloudSideWatcher> m_watcher;
    QString m_peeringId;
};

void TestCloudSide::init() {
    huawei::registerCloudSide();
    m_clock = std::make_unique<ManualClock>(QDateTime::currentMSecsSinceEpoch());
    m_huawei = std::make_unique<huawei::Emulator>(huawei::EmulatorOptions{});
    QString error;
    QVERIFY2(m_huawei->start(&error), qPrintable(error));

    // What "Do it for me" leaves behind: an active peering, the route, one rule.
    huawei::Account h;
    h.accessKey = m_huawei->options().accessKey;
    h.secretKey = m_huawei->options().secretKey;
    h.projectId = QLatin1String(huawei::kOperatorProject);
    h.endpointOverride = m_huawei->baseUrl();
    m_client = std::make_unique<huawei::Client>(h);
    auto *peering = m_client->createVpcPeering(QStringLiteral("emqx-cloudside"), kOwnVpc, kEmqxVpc,
                                               QLatin1String(huawei::kEmqxProject));
    QSignalSpy peeringDone(peering, &cloud::ProviderJob::finished);
    QVERIFY(peeringDone.wait(kTimeout));
    QVERIFY(peering->isOk());
    m_peeringId = peering->value().id;
    QVERIFY(m_huawei->acceptPeering(m_peeringId));
    huawei::Route route;
    route.destination = kCidr;
    route.nexthop = m_peeringId;
    auto *routeJob = m_client->addRoute(kTable, route);
    QSignalSpy routeDone(routeJob, &cloud::ProviderJob::finished);
    QVERIFY(routeDone.wait(kTimeout));
    QVERIFY(routeJob->isOk());
    huawei::SecurityGroupRule rule;
    rule.securityGroupId = kGroup;
    rule.portMin = rule.portMax = 1883;
    rule.remoteIpPrefix = kCidr;
    auto *ruleJob = m_client->createSecurityGroupRule(rule);
    QSignalSpy ruleDone(ruleJob, &cloud::ProviderJob::finished);
    QVERIFY(ruleDone.wait(kTimeout));
    QVERIFY(ruleJob->isOk());

    m_watcher = std::make_unique<session::CloudSideWatcher>(m_clock.get());
    session::AutomationAccount account;
    account.account.id = QStringLiteral("acct-1");
    account.account.provider = providers::huawei::module().id();
    account.account.accessKeyId = h.accessKey;
    account.account.regions = {QStringLiteral("cn-north-4")};
    account.account.endpointOverride = m_huawei->baseUrl();
    account.secret = h.secretKey;
    m_watcher->setAccount(account);
    session::CloudSideTarget target;
    target.recordId = kRecord;
    target.accountId = account.account.id;
    target.deploymentCidr = kCidr;
    target.vpcId = kOwnVpc;
    target.securityGroupId = kGroup;
    target.routeTableId = kTable;
    target.ports = {1883};
    target.facts.insert(QStringLiteral("huawei.peeringId"), m_peeringId);
    m_watcher->setTargets({target});
    QVERIFY(m_watcher->watches(kRecord));
}

void TestCloudSide::cleanup() {
    m_watcher.reset();
    m_client.reset();
    m_huawei.reset();
}

void TestCloudSide::readsEveryCheckOk() {
    QCOMPARE(m_watcher->readRounds(), 0); // hidden: nothing read yet
    m_watcher->setVisible(true);
    waitRead(1);
    const QList<CloudCheck> checks = m_watcher->checks(kRecord);
    QCOMPARE(checks.size(), 3);
    for (const CloudCheck &c : checks) {
        QVERIFY2(c.result == CloudCheck::Ok, qPrintable(c.key + u' ' + c.detail));
        QCOMPARE(c.checkedAt.toMSecsSinceEpoch(), m_clock->nowMs());
    }
    QVERIFY(findCheck(checks, QStringLiteral("peering"))->detail.contains(u"ACTIVE"));
}

void TestCloudSide::noticesDeletedRuleAndFixesIt() {
    m_watcher->setVisible(true);
    waitRead(1);
    QSignalSpy mismatch(m_watcher.get(), &session::CloudSideWatcher::mismatchFound);
    QCOMPARE(m_huawei->deleteSecurityGroupRules(kGroup, 1883), 1);
    m_watcher->refreshNow();
    waitRead(2);
    const CloudCheck *rule = findCheck(m_watcher->checks(kRecord), QStringLiteral("rule-1883"));
    QVERIFY(rule);
    QCOMPARE(rule->result, CloudCheck::Mismatch);
    QCOMPARE(mismatch.size(), 1);
    QVERIFY(rule->canFix());
    QCOMPARE(rule->fixOperation, QStringLiteral("CreateSecurityGroupRule"));
    QVERIFY(rule->fixValues.contains(QStringLiteral("remote_ip_prefix=") + kCidr));
    // Read again, still missing: no second event.
    m_watcher->refreshNow();
    waitRead(3);
    QCOMPARE(mismatch.size(), 1);

    QSignalSpy fixed(m_watcher.get(), &session::CloudSideWatcher::fixFinished);
    m_watcher->fix(kRecord, QStringLiteral("rule-1883"));
    QVERIFY(fixed.wait(kTimeout));
    QCOMPARE(fixed.at(0).at(2).toString(), QString()); // no error
    waitRead(4);
    QCOMPARE(findCheck(m_watcher->checks(kRecord), QStringLiteral("rule-1883"))->result,
             CloudCheck::Ok);
    QCOMPARE(m_huawei->requestCount(QStringLiteral("POST /v1/{project_id}/security-group-rules")),
             2); // the one of init() and the fix
}

void TestCloudSide::noticesDeletedRouteAndFixesIt() {
    m_watcher->setVisible(true);
    waitRead(1);
    QVERIFY(m_huawei->deleteRoute(kTable, kCidr));
    m_watcher->refreshNow(kRecord);
    waitRead(2);
    const CloudCheck *route = findCheck(m_watcher->checks(kRecord), QStringLiteral("route"));
    QCOMPARE(route->result, CloudCheck::Mismatch);
    QCOMPARE(route->fixOperation, QStringLiteral("UpdateRouteTable"));
    QSignalSpy fixed(m_watcher.get(), &session::CloudSideWatcher::fixFinished);
    m_watcher->fix(kRecord, QStringLiteral("route"));
    QVERIFY(fixed.wait(kTimeout));
    waitRead(3);
    QCOMPARE(findCheck(m_watcher->checks(kRecord), QStringLiteral("route"))->result,
             CloudCheck::Ok);
}

// The figure of the closing note: read rounds (and provider reads) per minute of the injected
// clock, the window visible and hidden, ticking every 5 s as the watcher's timer does.
void TestCloudSide::readsPerMinuteVisibleAndHidden() {
    m_watcher->setVisible(true);
    waitRead(1);
    const int readsBefore = reads();
    for (int i = 0; i < 10 * 12; ++i) { // ten minutes visible
        m_clock->advanceMs(5000);
        m_watcher->tick();
        QTRY_VERIFY_WITH_TIMEOUT(!m_watcher->isReading(kRecord), kTimeout);
    }
    const int visibleRounds = m_watcher->readRounds() - 1;
    const int visibleReads = reads() - readsBefore;
    QCOMPARE(visibleRounds, 10); // one round per minute
    QCOMPARE(visibleReads, 30);  // ShowVpcPeering, ShowRouteTable, ListSecurityGroupRules

    m_watcher->setVisible(false);
    const int hiddenBefore = reads();
    for (int i = 0; i < 10 * 12; ++i) { // ten minutes hidden
        m_clock->advanceMs(5000);
        m_watcher->tick();
    }
    QCOMPARE(m_watcher->readRounds(), 11);
    QCOMPARE(reads() - hiddenBefore, 0);
    qInfo("provider reads per minute per peering: visible %.1f, hidden %.1f", visibleReads / 10.0,
          (reads() - hiddenBefore) / 10.0);

    m_watcher->refreshNow(); // at once, hidden or not
    waitRead(12);
    QCOMPARE(reads() - hiddenBefore, 3);
}

// A deleted peering (marked removed, or its deletion sent) is forgotten: no more reads, its
// checks gone, and setting the targets again (the journals reloaded) does not bring it back.
void TestCloudSide::forgottenPeeringIsNoLongerRead() {
    m_watcher->setVisible(true);
    waitRead(1);
    QVERIFY(!m_watcher->checks(kRecord).isEmpty());
    const session::CloudSideTarget target = m_watcher->targets().constFirst();
    m_watcher->forget(kRecord);
    QVERIFY(!m_watcher->watches(kRecord));
    QVERIFY(m_watcher->checks(kRecord).isEmpty());
    m_watcher->setTargets({target});
    QVERIFY(m_watcher->targets().isEmpty());
    const int readsBefore = reads();
    m_clock->advanceMs(2 * session::CloudSideWatcher::kReadEveryMs);
    m_watcher->tick();
    m_watcher->refreshNow();
    QTest::qWait(50);
    QCOMPARE(m_watcher->readRounds(), 1);
    QCOMPARE(reads(), readsBefore);
}

// The targets come from the apply journals ApplyEngine writes: finished ones only.
void TestCloudSide::targetsFromFinishedJournals() {
    QTemporaryDir dir;
    QCOMPARE(session::cloudSideTargets(dir.path()).size(), 0); // nothing applied yet
    QVERIFY(applyPlan(dir.path()));
    const QList<session::CloudSideTarget> targets = session::cloudSideTargets(dir.path());
    QCOMPARE(targets.size(), 1);
    QCOMPARE(targets.at(0).recordId, kRecord);
    QCOMPARE(targets.at(0).accountId, QStringLiteral("acct-1"));
    QCOMPARE(targets.at(0).securityGroupId, kGroup);
    QCOMPARE(targets.at(0).ports, (QList<int>{1883, 8883}));
}

// A peering deleted or marked removed (forget()) stays forgotten after a restart: its journal is
// not read again. Only IDs a journal still names are kept.
void TestCloudSide::forgottenAfterARestartToo() {
    QTemporaryDir dir;
    QVERIFY(applyPlan(dir.path()));
    QSignalSpy forgotten(m_watcher.get(), &session::CloudSideWatcher::forgotten);
    m_watcher->forget(kRecord);
    m_watcher->forget(kRecord);
    QCOMPARE(forgotten.count(), 1); // once
    QCOMPARE(forgotten.at(0).at(0).toString(), kRecord);
    QVERIFY(session::rememberForgotten(dir.path(), kRecord));
    QVERIFY(session::rememberForgotten(dir.path(), QStringLiteral("peer-without-journal")));

    // The next start: a new watcher, the journal still there.
    session::CloudSideWatcher restarted(m_clock.get());
    restarted.setTargets(session::cloudSideTargets(dir.path()));
    QVERIFY(restarted.targets().isEmpty());
    QVERIFY(!restarted.watches(kRecord));
    QFile kept(dir.filePath(QStringLiteral("cloudside-forgotten.json")));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(kept.readAll()).object().value(u"forgotten").toArray(),
             QJsonArray{kRecord});
}

bool TestCloudSide::applyPlan(const QString &dir) {
    session::ApplyPlan plan;
    plan.id = QStringLiteral("cloudside-plan");
    plan.facts.insert(QStringLiteral("selection.account"), QStringLiteral("acct-1"));
    plan.facts.insert(QStringLiteral("selection.securityGroup"), kGroup);
    plan.facts.insert(QStringLiteral("selection.routeTable"), kTable);
    plan.facts.insert(QStringLiteral("selection.deploymentCidr"), kCidr);
    plan.facts.insert(QStringLiteral("selection.ports"), QStringLiteral("1883,8883"));
    session::PlanStep step;
    step.key = QStringLiteral("record");
    step.run = [](const session::StepContextPtr &context, session::StepDone done) {
        context->setFact(QStringLiteral("emqx.recordId"), kRecord);
        QTimer::singleShot(0, [done] { done(session::StepOutcome::done()); });
    };
    plan.steps << step;
    const QString path = QDir(dir).filePath(QStringLiteral("apply-cloudside-plan.json"));
    session::ApplyEngine engine(plan, path, m_clock.get());
    engine.apply();
    return QTest::qWaitFor(
        [&engine] { return engine.status(0).state == session::ApplyEngine::State::Done; },
        kTimeout);
}

QTEST_MAIN(TestCloudSide)
#include "tst_cloudside.moc"
