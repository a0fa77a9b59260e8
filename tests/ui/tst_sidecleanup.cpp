// "Clean up my side…" after a console peering made by "Do it for me" is deleted (issue 18),
// offscreen, driven by objectName, against the real in-process emulators: the peering is made
// through the wizard (EMQX's side played through the emulators' own operations), marked removed
// in ConsoleRemoveDialog, the cleanup offered, its calls listed with their exact values before
// any is made, then run one by one — the route and the rules gone from the emulator, a rule
// already gone skipped, a denied delete showing the provider's code, then Retry.
#include "app/core/clock.h"
#include "app/providers/aliyun/automation/aliyunplan.h"
#include "app/providers/aliyun/emulator/aliyunemulator.h"
#include "app/providers/huawei/automation/huaweiplan.h"
#include "app/providers/huawei/emulator/huaweiemulator.h"
#include "app/secrets/secretjob.h"
#include "app/secrets/secretstore.h"
#include "app/session/applyengine.h"
#include "app/session/cloudside.h"
#include "app/session/consolebackend.h"
#include "app/session/peeringmodel.h"
#include "app/session/session.h"
#include "app/session/sidecleanup.h"
#include "tests/ui/doitformefixture.h"
#include "ui/consoleremovedialog.h"
#include "ui/doitforme/doitformewizard.h"
#include "ui/sidecleanupdialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

using namespace vpw;
using ui::DoItForMeWizard;

namespace {

constexpr int kTimeout = 30000;
const QString kProfile = QStringLiteral("side-cleanup-test");
const QString kEmqxAliyunVpc = QStringLiteral("vpc-bp1x8d2k4m6n0q2s4u6w8");
const QString kSeededCen = QStringLiteral("cen-7qthudw0ll6jmc3abc");
const QString kEmqxHuaweiVpc = QStringLiteral("ab78be2d-782f-42a5-aa72-35879f6890ff");
const QString kHuaweiVpc = QStringLiteral("9daeac7c-a98f-430f-8e38-67f9c044e299");
const QString kAliyunVpc = QStringLiteral("vpc-bp1operator0new00001");
const QString kHuaweiRuleDelete =
    QStringLiteral("DELETE /v1/{project_id}/security-group-rules/{id}");

} // namespace

class TestSideCleanup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void huaweiRouteAndRulesRemoved();
    void huaweiDeniedDeleteShowsTheCodeThenRetry();
    void aliyunRulesRemovedOneAlreadyGoneOneDenied();

private:
    session::ConsoleBackend *console() const { return m_session->console(); }
    QString addDeployment(const QString &provider, const QString &region, const QString &vpc,
                          const QString &cidr, const QString &account);
    secrets::ProviderAccount account(const QString &provider, const QString &keyId,
                                     const QString &secret, const QUrl &endpoint);
    template <typename T> T *child(QWidget *w, const QString &name) {
        return test::namedChild<T>(w, name);
    }
    // The peering made by "Do it for me" under the console profile, running; its record ID.
    QString makeHuaweiPeering();
    QString makeAliyunPeering();
    QString runWizard(const secrets::ProviderAccount &acct, const QString &deployment,
                      const QString &vpcId, const std::function<bool(const QString &)> &emqx);
    // Marks `recordId` removed in ConsoleRemoveDialog and opens the offered cleanup; the cleanup
    // dialog once it has checked what is still there.
    ui::SideCleanupDialog *markRemovedAndOpenCleanup(const QString &recordId);
    void waitChecked(ui::SideCleanupDialog *dialog);
    QString state(ui::SideCleanupDialog *dialog, const QString &key) {
        QTreeWidgetItem *row = dialog->row(key);
        return row ? row->text(1) : QStringLiteral("<no row %1>").arg(key);
    }
    static QString values(ui::SideCleanupDialog *dialog, const QString &key) {
        QStringList lines;
        if (QTreeWidgetItem *row = dialog->row(key)) {
            for (int i = 0; i < row->childCount(); ++i)
                lines << row->child(i)->text(0);
        }
        return lines.join(u'\n');
    }

    QTemporaryDir m_dir;
    secrets::SecretStore m_secrets;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<aliyun::Emulator> m_aliyun;
    std::unique_ptr<huawei::Emulator> m_huawei;
    std::unique_ptr<session::Session> m_session;
    QList<secrets::ProviderAccount> m_accounts;
    QTimer m_ticker;
};

void TestSideCleanup::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    m_secrets.setSessionOnly(true);
    test::registerFastAutomations();
    aliyun::registerCleanup();
    huawei::registerCleanup();
}

void TestSideCleanup::init() {
    QVERIFY(m_dir.isValid());
    QDir(m_dir.path()).removeRecursively();
    QDir().mkpath(m_dir.path());
    test::removeConsolePeerings(kProfile);
    m_clock = std::make_unique<ManualClock>(QDateTime::currentMSecsSinceEpoch());
    QString error;
    QVERIFY2(test::startProviderEmulators(m_clock.get(), {}, m_aliyun, m_huawei, &error),
             qPrintable(error));
    m_session = test::openConsoleSession(kProfile, QStringLiteral("Console"), m_clock.get());
    QVERIFY(console());
    m_accounts.clear();
    m_ticker.setInterval(5);
    m_ticker.callOnTimeout([this] { m_clock->advanceMs(1000); });
}

void TestSideCleanup::cleanup() {
    m_ticker.stop();
    m_ticker.disconnect();
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(w))
            delete w;
    }
    m_session.reset();
    m_aliyun.reset();
    m_huawei.reset();
    test::removeConsolePeerings(kProfile);
}

QString TestSideCleanup::addDeployment(const QString &provider, const QString &region,
                                       const QString &vpc, const QString &cidr,
                                       const QString &account) {
    return test::addConsoleDeployment(console(), QStringLiteral("production"), provider, region,
                                      vpc, cidr, account);
}

secrets::ProviderAccount TestSideCleanup::account(const QString &provider, const QString &keyId,
                                                  const QString &secret, const QUrl &endpoint) {
    const secrets::ProviderAccount a =
        test::writtenAccount(&m_secrets, provider, QStringLiteral("Ops"), keyId, secret, endpoint);
    m_accounts << a;
    return a;
}

QString TestSideCleanup::runWizard(const secrets::ProviderAccount &acct, const QString &deployment,
                                   const QString &vpcId,
                                   const std::function<bool(const QString &)> &emqx) {
    DoItForMeWizard wizard(m_session.get(), &m_secrets, {acct}, deployment, m_dir.path());
    wizard.setClock(m_clock.get());
    if (!test::pickAndPlan(&wizard, vpcId))
        return {};
    QAbstractButton *done = test::applyToOperatorStep(&wizard, &m_ticker);
    const QString recordId = done ? test::pressDone(&wizard, done) : QString();
    session::ApplyEngine *engine = wizard.doItForMe()->engine();
    if (recordId.isEmpty() || !emqx(recordId) ||
        !QTest::qWaitFor([engine] { return engine->isFinished(); }, kTimeout))
        return {};
    m_ticker.stop();
    return recordId;
}

QString TestSideCleanup::makeHuaweiPeering() {
    const QString deployment =
        addDeployment(QStringLiteral("huawei"), QStringLiteral("cn-north-4"), kEmqxHuaweiVpc,
                      QStringLiteral("172.20.0.0/16"), QLatin1String(huawei::kEmqxProject));
    const secrets::ProviderAccount acct =
        account(QStringLiteral("huawei"), m_huawei->options().accessKey,
                m_huawei->options().secretKey, m_huawei->baseUrl());
    return runWizard(acct, deployment, kHuaweiVpc, [this](const QString &recordId) {
        // EMQX accepts the request in its console: ACTIVE, then the route and rules.
        return m_huawei->acceptPeering(console()->peeringEntry(recordId)->peering.peeringId);
    });
}

QString TestSideCleanup::makeAliyunPeering() {
    const QString deployment =
        addDeployment(QStringLiteral("aliyun"), QStringLiteral("cn-hangzhou"), kEmqxAliyunVpc,
                      QStringLiteral("10.100.0.0/16"), QLatin1String(aliyun::kEmqxUid));
    if (!m_aliyun->detachChildInstance(kSeededCen, kEmqxAliyunVpc))
        return {};
    const secrets::ProviderAccount acct =
        account(QStringLiteral("aliyun"), m_aliyun->options().accessKeyId,
                m_aliyun->options().accessKeySecret, m_aliyun->baseUrl());
    return runWizard(acct, deployment, kAliyunVpc, [this](const QString &recordId) {
        // EMQX grants its VPC to the operator's CEN: attached, then the rules.
        return m_aliyun->grantInstanceToCen(kEmqxAliyunVpc, QLatin1String(aliyun::kEmqxUid),
                                            console()->peeringEntry(recordId)->peering.peeringId,
                                            QLatin1String(aliyun::kOperatorUid));
    });
}

ui::SideCleanupDialog *TestSideCleanup::markRemovedAndOpenCleanup(const QString &recordId) {
    const auto peering = m_session->peerings()->peering(recordId);
    if (!peering || peering->state != PeeringState::Running)
        return nullptr;
    session::SideCleanup *cleanup = session::SideCleanup::find(
        &m_secrets, m_accounts, session::cloudSideTargets(m_dir.path()), recordId);
    if (!cleanup)
        return nullptr;
    QPointer<ui::ConsoleRemoveDialog> remove = new ui::ConsoleRemoveDialog(
        m_session.get(), *peering, QStringLiteral("production"), cleanup);
    QSignalSpy marked(remove.data(), &ui::ConsoleRemoveDialog::markedRemoved);
    remove->open();
    auto *text = child<QLabel>(remove, QStringLiteral("consoleRemoveText"));
    auto *cleanUp = child<QPushButton>(remove, QStringLiteral("cleanUpButton"));
    // Before Mark removed: the documented rules, and the offer announced, not yet made.
    [&] {
        QVERIFY(text->text().contains(u"only while its state is running"));
        QVERIFY(text->text().contains(u"no resources are bound"));
        QVERIFY(text->text().contains(u"showing each call first"));
        QVERIFY(!cleanUp->isVisible());
    }();
    QTest::mouseClick(child<QPushButton>(remove, QStringLiteral("markRemovedButton")),
                      Qt::LeftButton);
    [&] {
        QCOMPARE(marked.count(), 1);
        QVERIFY(console()->peeringEntry(recordId)->removed);
        QVERIFY(!m_session->peerings()->peering(recordId));
        QVERIFY(cleanUp->isVisible());
        QVERIFY(text->text().contains(u"marked removed"));
    }();
    QTest::mouseClick(cleanUp, Qt::LeftButton);
    ui::SideCleanupDialog *dialog = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets())
        dialog = dialog ? dialog : qobject_cast<ui::SideCleanupDialog *>(w);
    return dialog;
}

void TestSideCleanup::waitChecked(ui::SideCleanupDialog *dialog) {
    auto *status = child<QLabel>(dialog, QStringLiteral("cleanupStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Checked"), kTimeout);
}

void TestSideCleanup::huaweiRouteAndRulesRemoved() {
    const QString recordId = makeHuaweiPeering();
    QVERIFY(!recordId.isEmpty());
    const auto targets = session::cloudSideTargets(m_dir.path());
    QCOMPARE(targets.size(), 1);
    const session::CloudSideTarget t = targets.first();
    const QString peeringId = t.facts.value(QStringLiteral("huawei.peeringId")).toString();
    QVERIFY(!t.routeTableId.isEmpty());
    QVERIFY(!t.securityGroupId.isEmpty());
    QCOMPARE(t.ports, (QList<int>{1883, 8883}));

    ui::SideCleanupDialog *dialog = markRemovedAndOpenCleanup(recordId);
    QVERIFY(dialog);
    waitChecked(dialog);
    auto *list = child<QTreeWidget>(dialog, QStringLiteral("cleanupList"));
    QCOMPARE(list->topLevelItemCount(), 3);
    // Every call listed with its exact values before any is made; each still there.
    QVERIFY(values(dialog, QStringLiteral("delete-route"))
                .contains(QStringLiteral("UpdateRouteTable id=%1 routes.del destination=%2 "
                                         "type=peering nexthop=%3")
                              .arg(t.routeTableId, QStringLiteral("172.20.0.0/16"), peeringId)));
    for (int port : {1883, 8883}) {
        const QString key = QStringLiteral("delete-rule-%1").arg(port);
        QVERIFY(values(dialog, key)
                    .contains(QStringLiteral("DeleteSecurityGroupRule security_group_id=%1 "
                                             "direction=ingress protocol=tcp port_range_min=%2 "
                                             "port_range_max=%2 remote_ip_prefix=172.20.0.0/16")
                                  .arg(t.securityGroupId)
                                  .arg(port)));
        QCOMPARE(state(dialog, key), QStringLiteral("to delete"));
        QCOMPARE(dialog->row(key)->checkState(0), Qt::Checked);
    }
    QCOMPARE(state(dialog, QStringLiteral("delete-route")), QStringLiteral("to delete"));
    QCOMPARE(m_huawei->requestCount(kHuaweiRuleDelete), 0); // nothing deleted yet

    // The rule for 8883 is deleted in the console meanwhile: read first, skipped.
    QCOMPARE(m_huawei->deleteSecurityGroupRules(t.securityGroupId, 8883), 1);
    auto *run = child<QPushButton>(dialog, QStringLiteral("cleanupRunButton"));
    QVERIFY(run->isEnabled());
    QTest::mouseClick(run, Qt::LeftButton);
    auto *status = child<QLabel>(dialog, QStringLiteral("cleanupStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Done"), kTimeout);
    QCOMPARE(state(dialog, QStringLiteral("delete-route")), QStringLiteral("deleted"));
    QCOMPARE(state(dialog, QStringLiteral("delete-rule-1883")), QStringLiteral("deleted"));
    QCOMPARE(state(dialog, QStringLiteral("delete-rule-8883")),
             QStringLiteral("already gone — skipped"));
    QCOMPARE(m_huawei->requestCount(kHuaweiRuleDelete), 1);
    // Gone from the emulator: nothing left to delete.
    QVERIFY(!m_huawei->deleteRoute(t.routeTableId, QStringLiteral("172.20.0.0/16")));
    QCOMPARE(m_huawei->deleteSecurityGroupRules(t.securityGroupId, 1883), 0);
}

void TestSideCleanup::huaweiDeniedDeleteShowsTheCodeThenRetry() {
    const QString recordId = makeHuaweiPeering();
    QVERIFY(!recordId.isEmpty());
    const session::CloudSideTarget t = session::cloudSideTargets(m_dir.path()).first();
    ui::SideCleanupDialog *dialog = markRemovedAndOpenCleanup(recordId);
    QVERIFY(dialog);
    waitChecked(dialog);
    // The operator keeps the route and the 8883 rule.
    dialog->row(QStringLiteral("delete-route"))->setCheckState(0, Qt::Unchecked);
    dialog->row(QStringLiteral("delete-rule-8883"))->setCheckState(0, Qt::Unchecked);
    m_huawei->denyRoute(kHuaweiRuleDelete, QStringLiteral("vpc:securityGroupRules:delete"));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("cleanupRunButton")),
                      Qt::LeftButton);
    auto *status = child<QLabel>(dialog, QStringLiteral("cleanupStatus"));
    QTRY_COMPARE_WITH_TIMEOUT(state(dialog, QStringLiteral("delete-rule-1883")),
                              QStringLiteral("failed"), kTimeout);
    QVERIFY2(status->text().contains(u"(code VPC.2201, request ID "), qPrintable(status->text()));
    QVERIFY(status->text().contains(u"vpc:securityGroupRules:delete")); // the provider's text
    QCOMPARE(state(dialog, QStringLiteral("delete-route")), QStringLiteral("kept (unticked)"));
    QCOMPARE(m_huawei->requestCount(kHuaweiRuleDelete), 1); // refused: nothing deleted
    auto *retry = child<QPushButton>(dialog, QStringLiteral("cleanupRetryButton"));
    QVERIFY(retry->isEnabled());

    // Allowed again (the policy fixed): Retry reads again and deletes.
    m_huawei->denyRoute(kHuaweiRuleDelete, {});
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Done"), kTimeout);
    QCOMPARE(state(dialog, QStringLiteral("delete-rule-1883")), QStringLiteral("deleted"));
    // Kept what was unticked.
    QVERIFY(m_huawei->deleteRoute(t.routeTableId, QStringLiteral("172.20.0.0/16")));
    QCOMPARE(m_huawei->deleteSecurityGroupRules(t.securityGroupId, 8883), 1);
}

void TestSideCleanup::aliyunRulesRemovedOneAlreadyGoneOneDenied() {
    const QString recordId = makeAliyunPeering();
    QVERIFY(!recordId.isEmpty());
    const session::CloudSideTarget t = session::cloudSideTargets(m_dir.path()).first();
    QCOMPARE(t.ports, (QList<int>{1883, 8883}));
    // The 1883 rule was deleted in the console before the cleanup: listed as already gone.
    QCOMPARE(m_aliyun->deleteSecurityGroupRules(t.securityGroupId, 1883), 1);
    ui::SideCleanupDialog *dialog = markRemovedAndOpenCleanup(recordId);
    QVERIFY(dialog);
    waitChecked(dialog);
    auto *list = child<QTreeWidget>(dialog, QStringLiteral("cleanupList"));
    // The deployment's VPC the plan attached to the CEN, and the rules; the CEN and the
    // operator's VPC in it stay (see the guide).
    QCOMPARE(list->topLevelItemCount(), 3);
    const QString cenId = t.facts.value(QStringLiteral("aliyun.cenId")).toString();
    QVERIFY(values(dialog, QStringLiteral("detach-deployment-vpc"))
                .contains(QStringLiteral("DetachCenChildInstance CenId=%1 ChildInstanceId=%2 "
                                         "ChildInstanceType=VPC ChildInstanceRegionId=cn-hangzhou")
                              .arg(cenId, kEmqxAliyunVpc)));
    QCOMPARE(state(dialog, QStringLiteral("detach-deployment-vpc")), QStringLiteral("to delete"));
    QVERIFY(values(dialog, QStringLiteral("delete-rule-8883"))
                .contains(QStringLiteral("RevokeSecurityGroup SecurityGroupId=%1 "
                                         "SecurityGroupRuleId.1=(IpProtocol=TCP "
                                         "PortRange=8883/8883 SourceCidrIp=10.100.0.0/16)")
                              .arg(t.securityGroupId)));
    QCOMPARE(state(dialog, QStringLiteral("delete-rule-1883")), QStringLiteral("already gone"));
    QCOMPARE(dialog->row(QStringLiteral("delete-rule-1883"))->checkState(0), Qt::Unchecked);
    QCOMPARE(state(dialog, QStringLiteral("delete-rule-8883")), QStringLiteral("to delete"));

    m_aliyun->denyActions({QStringLiteral("RevokeSecurityGroup")});
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("cleanupRunButton")),
                      Qt::LeftButton);
    auto *status = child<QLabel>(dialog, QStringLiteral("cleanupStatus"));
    QTRY_COMPARE_WITH_TIMEOUT(state(dialog, QStringLiteral("delete-rule-8883")),
                              QStringLiteral("failed"), kTimeout);
    QVERIFY2(status->text().contains(u"(code Forbidden.RAM, request ID "),
             qPrintable(status->text()));
    QCOMPARE(m_aliyun->requestCount(QStringLiteral("RevokeSecurityGroup")), 1);

    m_aliyun->denyActions({});
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("cleanupRetryButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Done"), kTimeout);
    QCOMPARE(state(dialog, QStringLiteral("delete-rule-8883")), QStringLiteral("deleted"));
    QCOMPARE(state(dialog, QStringLiteral("delete-rule-1883")), QStringLiteral("kept (unticked)"));
    QCOMPARE(state(dialog, QStringLiteral("detach-deployment-vpc")), QStringLiteral("deleted"));
    QCOMPARE(m_aliyun->requestCount(QStringLiteral("DetachCenChildInstance")), 1);
    QCOMPARE(m_aliyun->deleteSecurityGroupRules(t.securityGroupId, 8883), 0); // gone
    QVERIFY(!m_aliyun->detachChildInstance(cenId, kEmqxAliyunVpc));           // detached
    QVERIFY(m_aliyun->detachChildInstance(cenId, kAliyunVpc)); // the operator's VPC stays
}

QTEST_MAIN(TestSideCleanup)
#include "tst_sidecleanup.moc"
