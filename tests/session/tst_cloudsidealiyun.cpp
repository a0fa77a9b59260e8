// The status panel's "Cloud side" (issue 16) for Alibaba Cloud at the session level:
// CloudSideWatcher with the Alibaba Cloud reader against the real emulator on loopback. The
// CEN, both attachments and the rule are made through the application's own client as "Do it
// for me" would (EMQX's grant through the emulator's own hook); the operator's console changes
// (a rule deleted, a VPC detached) are the emulator's test hooks. The watcher's clock is
// injected; nothing is timed.
#include "app/core/clock.h"
#include "app/providers/aliyun/automation/aliyunplan.h"
#include "app/providers/aliyun/client/aliyunclient.h"
#include "app/providers/aliyun/emulator/aliyunemulator.h"
#include "app/providers/aliyun/module.h"
#include "app/session/cloudside.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace vpw;
using session::CloudCheck;

namespace {

constexpr int kTimeout = 15000;
// The seed's free pieces (app/providers/aliyun/seed.cpp and the emulator's seed).
const QString kEmqxVpc = QStringLiteral("vpc-bp1emqx0edge00000001"); // iot-hangzhou-staging
const QString kCidr = QStringLiteral("10.110.0.0/16");
const QString kOwnVpc = QStringLiteral("vpc-bp1operator0new00001");
const QString kGroup = QStringLiteral("sg-bp1newapp000000001");
const QString kRegion = QStringLiteral("cn-hangzhou");
const QString kRecord = QStringLiteral("peer-cloudsidealiyun");

const CloudCheck *findCheck(const QList<CloudCheck> &checks, const QString &key) {
    for (const CloudCheck &c : checks) {
        if (c.key == key)
            return &c;
    }
    return nullptr;
}

template <typename Job> bool finishedOk(Job *job) {
    QSignalSpy done(job, &cloud::ProviderJob::finished);
    return done.wait(kTimeout) && job->isOk();
}

} // namespace

class TestCloudSideAliyun : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void readsEveryCheckOk();
    void noticesDeletedRuleAndFixesIt();
    void detachedVpcIsAMismatchWithoutFix();

private:
    void waitRead(int rounds) {
        QTRY_COMPARE_WITH_TIMEOUT(m_watcher->readRounds(), rounds, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!m_watcher->isReading(kRecord), kTimeout);
    }

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<aliyun::Emulator> m_aliyun;
    std::unique_ptr<aliyun::Client> m_client;
    std::unique_ptr<session::CloudSideWatcher> m_watcher;
    QString m_cenId;
};

void TestCloudSideAliyun::init() {
    aliyun::registerCloudSide();
    m_clock = std::make_unique<ManualClock>(QDateTime::currentMSecsSinceEpoch());
    aliyun::EmulatorOptions options;
    options.cenCreateSeconds = 0;
    options.attachSeconds = 0;
    m_aliyun = std::make_unique<aliyun::Emulator>(options);
    QString error;
    QVERIFY2(m_aliyun->start(&error), qPrintable(error));

    // What "Do it for me" leaves behind: a CEN with both VPCs attached, one rule.
    aliyun::Account a;
    a.accessKeyId = m_aliyun->options().accessKeyId;
    a.accessKeySecret = m_aliyun->options().accessKeySecret;
    a.regionId = kRegion;
    a.endpointOverride = m_aliyun->baseUrl();
    m_client = std::make_unique<aliyun::Client>(a);
    auto *cen = m_client->createCen(QStringLiteral("emqx-cloudside"));
    QVERIFY(finishedOk(cen));
    m_cenId = cen->value();
    QVERIFY(finishedOk(m_client->attachCenChildInstance(m_cenId, kOwnVpc, kRegion)));
    QVERIFY(m_aliyun->grantInstanceToCen(kEmqxVpc, QLatin1String(aliyun::kEmqxUid), m_cenId,
                                         QLatin1String(aliyun::kOperatorUid)));
    QVERIFY(finishedOk(m_client->attachCenChildInstance(m_cenId, kEmqxVpc, kRegion,
                                                        QLatin1String(aliyun::kEmqxUid))));
    aliyun::SecurityGroupRule rule;
    rule.portRange = QStringLiteral("1883/1883");
    rule.sourceCidr = kCidr;
    QVERIFY(finishedOk(m_client->authorizeSecurityGroup(kGroup, rule)));

    m_watcher = std::make_unique<session::CloudSideWatcher>(m_clock.get());
    session::AutomationAccount account;
    account.account.id = QStringLiteral("acct-aliyun");
    account.account.provider = providers::aliyun::module().id();
    account.account.accessKeyId = a.accessKeyId;
    account.account.regions = {kRegion};
    account.account.endpointOverride = m_aliyun->baseUrl();
    account.secret = a.accessKeySecret;
    m_watcher->setAccount(account);
    session::CloudSideTarget target;
    target.recordId = kRecord;
    target.accountId = account.account.id;
    target.deploymentCidr = kCidr;
    target.deploymentVpcId = kEmqxVpc;
    target.region = kRegion;
    target.vpcId = kOwnVpc;
    target.securityGroupId = kGroup;
    target.ports = {1883};
    target.facts.insert(QStringLiteral("aliyun.cenId"), m_cenId);
    m_watcher->setTargets({target});
    QVERIFY(m_watcher->watches(kRecord));
}

void TestCloudSideAliyun::cleanup() {
    m_watcher.reset();
    m_client.reset();
    m_aliyun.reset();
}

void TestCloudSideAliyun::readsEveryCheckOk() {
    QCOMPARE(m_watcher->readRounds(), 0); // hidden: nothing read yet
    m_watcher->setVisible(true);
    waitRead(1);
    const QList<CloudCheck> checks = m_watcher->checks(kRecord);
    QCOMPARE(checks.size(), 3); // both VPCs in the CEN, the rule
    for (const CloudCheck &c : checks) {
        QVERIFY2(c.result == CloudCheck::Ok, qPrintable(c.key + u' ' + c.detail));
        QCOMPARE(c.checkedAt.toMSecsSinceEpoch(), m_clock->nowMs());
    }
    QVERIFY(findCheck(checks, QStringLiteral("cen-deployment"))->detail.contains(u"Attached"));
    QVERIFY(findCheck(checks, QStringLiteral("cen-own"))->title.contains(kOwnVpc));
}

void TestCloudSideAliyun::noticesDeletedRuleAndFixesIt() {
    m_watcher->setVisible(true);
    waitRead(1);
    QSignalSpy mismatch(m_watcher.get(), &session::CloudSideWatcher::mismatchFound);
    QCOMPARE(m_aliyun->deleteSecurityGroupRules(kGroup, 1883), 1);
    m_watcher->refreshNow();
    waitRead(2);
    const CloudCheck *rule = findCheck(m_watcher->checks(kRecord), QStringLiteral("rule-1883"));
    QVERIFY(rule);
    QCOMPARE(rule->result, CloudCheck::Mismatch);
    QCOMPARE(mismatch.size(), 1);
    QVERIFY(rule->canFix());
    QCOMPARE(rule->fixOperation, QStringLiteral("AuthorizeSecurityGroup"));
    QVERIFY(rule->fixValues.contains(QStringLiteral("SourceCidrIp=") + kCidr));
    QVERIFY(rule->fixValues.contains(QStringLiteral("PortRange=1883/1883")));

    const int authorizeBefore = m_aliyun->requestCount(QStringLiteral("AuthorizeSecurityGroup"));
    QSignalSpy fixed(m_watcher.get(), &session::CloudSideWatcher::fixFinished);
    m_watcher->fix(kRecord, QStringLiteral("rule-1883"));
    QVERIFY(fixed.wait(kTimeout));
    QCOMPARE(fixed.at(0).at(2).toString(), QString()); // no error
    QCOMPARE(m_aliyun->requestCount(QStringLiteral("AuthorizeSecurityGroup")),
             authorizeBefore + 1); // exactly the one call shown
    waitRead(3);
    QCOMPARE(findCheck(m_watcher->checks(kRecord), QStringLiteral("rule-1883"))->result,
             CloudCheck::Ok);
}

// Detached from the CEN in the console: a mismatch one call cannot repair (a new attachment
// needs EMQX's grant and the window), so no Fix… is offered.
void TestCloudSideAliyun::detachedVpcIsAMismatchWithoutFix() {
    m_watcher->setVisible(true);
    waitRead(1);
    QSignalSpy mismatch(m_watcher.get(), &session::CloudSideWatcher::mismatchFound);
    QVERIFY(m_aliyun->detachChildInstance(m_cenId, kEmqxVpc));
    m_watcher->refreshNow(kRecord);
    waitRead(2);
    const CloudCheck *cen = findCheck(m_watcher->checks(kRecord), QStringLiteral("cen-deployment"));
    QVERIFY(cen);
    QCOMPARE(cen->result, CloudCheck::Mismatch);
    QVERIFY(!cen->canFix());
    QCOMPARE(mismatch.size(), 1);
    QCOMPARE(findCheck(m_watcher->checks(kRecord), QStringLiteral("cen-own"))->result,
             CloudCheck::Ok);
}

QTEST_MAIN(TestCloudSideAliyun)
#include "tst_cloudsidealiyun.moc"
