// The "Cloud side" group of a peering's details (issue 16), offscreen, by objectName, with an
// injected clock: against the real Huawei Cloud emulator, the operator deletes the MQTT rule in
// the console (the emulator's hook), Refresh now shows the mismatch with a Fix… button, and
// Fix… shows the one call before making it and restores the rule.
#include "ui/cloudsidegroup.h"
#include "ui/cloudsideinstall.h"
#include "ui/eventlog.h"
#include "ui/mainwindow.h"

#include "app/core/clock.h"
#include "app/providers/huawei/automation/huaweiplan.h"
#include "app/providers/huawei/client/huaweiclient.h"
#include "app/providers/huawei/emulator/huaweiemulator.h"
#include "app/providers/huawei/module.h"
#include "app/secrets/profilestore.h"
#include "app/secrets/secretstore.h"
#include "app/session/cloudside.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace vpw;

namespace {

constexpr int kTimeout = 15000;
const QString kOwnVpc = QStringLiteral("9daeac7c-a98f-430f-8e38-67f9c044e299");
const QString kEmqxVpc = QStringLiteral("ab78be2d-782f-42a5-aa72-35879f6890ff");
const QString kTable = QStringLiteral("6c0e1f2a-3b4c-4d5e-8f60-718293a4b5c6");
const QString kGroup = QStringLiteral("2a7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e");
const QString kCidr = QStringLiteral("172.20.0.0/16");
const QString kRecord = QStringLiteral("peer-cloudside");

template <typename Job> bool finish(Job *job) {
    QSignalSpy done(job, &cloud::ProviderJob::finished);
    return done.wait(kTimeout) && job->isOk();
}

} // namespace

class TestCloudSideGroup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noticesDeletedRuleAndFixRestoresIt();
    void cancelledFixMakesNoCall();
    void hiddenWithoutWatcher();
    void windowReadsOnlyWhenShownAndLogsMismatch();

private:
    void start();
    void addTarget(session::CloudSideWatcher *watcher);
    QString m_peeringId;
    QLabel *ruleLabel() const {
        return m_group->findChild<QLabel *>(QStringLiteral("cloudSideCheck-rule-1883"));
    }
    QPushButton *fixButton() const {
        return m_group->findChild<QPushButton *>(QStringLiteral("cloudSideFix-rule-1883"));
    }
    int ruleWrites() const {
        return m_huawei->requestCount(QStringLiteral("POST /v1/{project_id}/security-group-rules"));
    }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<huawei::Emulator> m_huawei;
    std::unique_ptr<huawei::Client> m_client;
    std::unique_ptr<session::CloudSideWatcher> m_watcher;
    std::unique_ptr<ui::CloudSideGroup> m_group;
};

void TestCloudSideGroup::initTestCase() {
    huawei::registerCloudSide();
    // The main window's saved layout goes here, not into the user's settings.
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_settingsDir.filePath(QStringLiteral("user")));
}

void TestCloudSideGroup::start() {
    m_group.reset();
    m_watcher.reset();
    m_client.reset();
    m_huawei.reset();
    m_clock = std::make_unique<ManualClock>(QDateTime::currentMSecsSinceEpoch());
    m_huawei = std::make_unique<huawei::Emulator>(huawei::EmulatorOptions{});
    QString error;
    QVERIFY2(m_huawei->start(&error), qPrintable(error));
    huawei::Account h;
    h.accessKey = m_huawei->options().accessKey;
    h.secretKey = m_huawei->options().secretKey;
    h.projectId = QLatin1String(huawei::kOperatorProject);
    h.endpointOverride = m_huawei->baseUrl();
    m_client = std::make_unique<huawei::Client>(h);
    auto *peering = m_client->createVpcPeering(QStringLiteral("emqx-cloudside"), kOwnVpc, kEmqxVpc,
                                               QLatin1String(huawei::kEmqxProject));
    QVERIFY(finish(peering));
    const QString peeringId = peering->value().id;
    QVERIFY(m_huawei->acceptPeering(peeringId));
    huawei::Route route;
    route.destination = kCidr;
    route.nexthop = peeringId;
    QVERIFY(finish(m_client->addRoute(kTable, route)));
    huawei::SecurityGroupRule rule;
    rule.securityGroupId = kGroup;
    rule.portMin = rule.portMax = 1883;
    rule.remoteIpPrefix = kCidr;
    QVERIFY(finish(m_client->createSecurityGroupRule(rule)));

    m_peeringId = peeringId;
    m_watcher = std::make_unique<session::CloudSideWatcher>(m_clock.get());
    addTarget(m_watcher.get());

    m_group = std::make_unique<ui::CloudSideGroup>();
    m_group->setWatcher(m_watcher.get());
    m_group->showRecord(kRecord);
    m_group->show();
    m_watcher->setVisible(true); // the window is shown: the first round is read at once
    QTRY_VERIFY_WITH_TIMEOUT(ruleLabel(), kTimeout);
    QVERIFY2(ruleLabel()->text().contains(ui::CloudSideGroup::tr("OK")),
             qPrintable(ruleLabel()->text()));
    QCOMPARE(ruleLabel()->accessibleName(), ruleLabel()->text());
    QVERIFY(!fixButton());
}

// The emulated account and the peering made in start(), as the journal would tell them.
void TestCloudSideGroup::addTarget(session::CloudSideWatcher *watcher) {
    session::AutomationAccount account;
    account.account.id = QStringLiteral("acct-1");
    account.account.provider = providers::huawei::module().id();
    account.account.accessKeyId = m_huawei->options().accessKey;
    account.account.regions = {QStringLiteral("cn-north-4")};
    account.account.endpointOverride = m_huawei->baseUrl();
    account.secret = m_huawei->options().secretKey;
    watcher->setAccount(account);
    session::CloudSideTarget target;
    target.recordId = kRecord;
    target.accountId = account.account.id;
    target.deploymentCidr = kCidr;
    target.securityGroupId = kGroup;
    target.routeTableId = kTable;
    target.ports = {1883};
    target.facts.insert(QStringLiteral("huawei.peeringId"), m_peeringId);
    watcher->setTargets({target});
}

void TestCloudSideGroup::noticesDeletedRuleAndFixRestoresIt() {
    start();
    QSignalSpy mismatch(m_watcher.get(), &session::CloudSideWatcher::mismatchFound);
    QCOMPARE(m_huawei->deleteSecurityGroupRules(kGroup, 1883), 1);
    auto *refresh = m_group->findChild<QPushButton *>(QStringLiteral("cloudSideRefresh"));
    QVERIFY(refresh);
    QTest::mouseClick(refresh, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(fixButton(), kTimeout);
    QVERIFY2(ruleLabel()->text().contains(ui::CloudSideGroup::tr("Mismatch")),
             qPrintable(ruleLabel()->text()));
    QCOMPARE(mismatch.size(), 1);
    QCOMPARE(fixButton()->accessibleName(), fixButton()->text());

    QTest::mouseClick(fixButton(), Qt::LeftButton);
    auto *dialog = m_group->findChild<QMessageBox *>(QStringLiteral("cloudSideFixDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // The one call it will make: provider, operation, exact values.
    QVERIFY(dialog->text().contains(providers::huawei::module().displayName()));
    QVERIFY(dialog->text().contains(QStringLiteral("CreateSecurityGroupRule")));
    QVERIFY(dialog->text().contains(QStringLiteral("security_group_id=") + kGroup));
    QVERIFY(dialog->text().contains(QStringLiteral("remote_ip_prefix=") + kCidr));
    QCOMPARE(ruleWrites(), 1); // nothing made before the operator agrees
    QTest::mouseClick(dialog->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(ruleWrites(), 2, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!fixButton() && ruleLabel() &&
                                 ruleLabel()->text().contains(ui::CloudSideGroup::tr("OK")),
                             kTimeout);
}

void TestCloudSideGroup::cancelledFixMakesNoCall() {
    start();
    QCOMPARE(m_huawei->deleteSecurityGroupRules(kGroup, 1883), 1);
    m_watcher->refreshNow(kRecord);
    QTRY_VERIFY_WITH_TIMEOUT(fixButton(), kTimeout);
    QTest::mouseClick(fixButton(), Qt::LeftButton);
    auto *dialog = m_group->findChild<QMessageBox *>(QStringLiteral("cloudSideFixDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->defaultButton(), dialog->button(QMessageBox::Cancel));
    QTest::mouseClick(dialog->button(QMessageBox::Cancel), Qt::LeftButton);
    QTest::qWait(50);
    QCOMPARE(ruleWrites(), 1);
    QVERIFY(fixButton());
}

void TestCloudSideGroup::hiddenWithoutWatcher() {
    QWidget details;
    auto *group = new ui::CloudSideGroup(&details);
    group->showRecord(kRecord); // no account watches it
    details.show();
    QVERIFY(!group->isVisible());
    session::CloudSideWatcher watcher;
    group->setWatcher(&watcher); // a watcher, but not of this peering
    QVERIFY(!group->isVisible());
}

// Installed in the main window: nothing read while the window is hidden, a round when it is
// shown, one at once on the toolbar's Refresh now; the mismatch is an event in the events dock.
void TestCloudSideGroup::windowReadsOnlyWhenShownAndLogsMismatch() {
    start();
    m_group.reset();
    m_watcher.reset();
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("w.conf")), QSettings::IniFormat);
    secrets::ProfileStore profiles(&settings);
    secrets::SecretStore secretStore;
    {
        ui::MainWindow window(&profiles, &secretStore);
        session::CloudSideWatcher *watcher =
            ui::installCloudSide(&window, &profiles, &secretStore, dir.path(), m_clock.get());
        addTarget(watcher);
        for (int i = 0; i < 24; ++i) { // two minutes hidden
            m_clock->advanceMs(5000);
            watcher->tick();
        }
        QCOMPARE(watcher->readRounds(), 0);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(watcher->readRounds(), 1, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!watcher->isReading(kRecord), kTimeout);
        QCOMPARE(m_huawei->deleteSecurityGroupRules(kGroup, 1883), 1);
        auto *refresh = window.findChild<QAction *>(QStringLiteral("refreshAction"));
        QVERIFY(refresh);
        refresh->trigger(); // at once, within the minute
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<ui::EventLog *>(), kTimeout);
        QCOMPARE(watcher->readRounds(), 2);
        QCOMPARE(window.findChild<ui::EventLog *>()->count(), 1);
        window.hide();
        for (int i = 0; i < 24; ++i) {
            m_clock->advanceMs(5000);
            watcher->tick();
        }
        QCOMPARE(watcher->readRounds(), 2);
    }
}

QTEST_MAIN(TestCloudSideGroup)
#include "tst_cloudsidegroup.moc"
