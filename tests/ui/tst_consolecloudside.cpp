// "Cloud side" for console peerings made through the guided pages (issue 18): the operator did
// the provider steps by hand (played here through the provider clients against the real
// emulators on loopback), walked the guided wizard under an "EMQX Cloud console (by hand)"
// profile — the values typed, Done, "It is running" — and typed their security group (and
// Huawei Cloud's route table) and ticked the ports on the follow-up page. The local record keeps
// them, so with a provider account the route and rules are checked as for "Do it for me"
// peerings: a rule deleted in the emulator is a mismatch and Fix… restores it. Offscreen, by
// objectName, injected clock.
#include "app/core/clock.h"
#include "app/providers/aliyun/automation/aliyunplan.h"
#include "app/providers/aliyun/client/aliyunclient.h"
#include "app/providers/aliyun/emulator/aliyunemulator.h"
#include "app/providers/huawei/automation/huaweiplan.h"
#include "app/providers/huawei/client/huaweiclient.h"
#include "app/providers/huawei/emulator/huaweiemulator.h"
#include "app/secrets/profilestore.h"
#include "app/secrets/provideraccountstore.h"
#include "app/secrets/secretstore.h"
#include "app/session/cloudside.h"
#include "app/session/consolebackend.h"
#include "app/session/consolecloudside.h"
#include "app/session/session.h"
#include "tests/ui/doitformefixture.h"
#include "tests/ui/wizarddriver.h"
#include "translations/i18n.h"
#include "ui/cloudsidegroup.h"
#include "ui/cloudsideinstall.h"
#include "ui/eventlog.h"
#include "ui/followupwidget.h"
#include "ui/mainwindow.h"
#include "ui/peeringdetails.h"
#include "ui/wizard/wizardvalues.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace vpw;

namespace {

constexpr int kTimeout = 20000;
const QString kProfile = QStringLiteral("console-cloudside-test");
// Alibaba Cloud: the seed's free pieces (as tst_cloudsidealiyun).
const QString kAliyunEmqxVpc = QStringLiteral("vpc-bp1emqx0edge00000001");
const QString kAliyunCidr = QStringLiteral("10.110.0.0/16");
const QString kAliyunOwnVpc = QStringLiteral("vpc-bp1operator0new00001");
const QString kAliyunGroup = QStringLiteral("sg-bp1newapp000000001");
// Huawei Cloud (as tst_cloudside).
const QString kHuaweiOwnVpc = QStringLiteral("9daeac7c-a98f-430f-8e38-67f9c044e299");
const QString kHuaweiEmqxVpc = QStringLiteral("ab78be2d-782f-42a5-aa72-35879f6890ff");
const QString kHuaweiTable = QStringLiteral("6c0e1f2a-3b4c-4d5e-8f60-718293a4b5c6");
const QString kHuaweiGroup = QStringLiteral("2a7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e");
const QString kHuaweiCidr = QStringLiteral("172.20.0.0/16");

template <typename Job> bool finishedOk(Job *job) {
    QSignalSpy done(job, &cloud::ProviderJob::finished);
    return done.wait(kTimeout) && job->isOk();
}

// Next through every complete page until `pageName` (never past a commit page).
bool walkTo(QWizard *wizard, const QString &pageName) {
    for (int i = 0; i < 12 && test::currentPageName(wizard) != pageName; ++i) {
        if (wizard->button(QWizard::CommitButton)->isVisible() || !test::clickForward(wizard))
            return false;
    }
    return test::currentPageName(wizard) == pageName;
}

} // namespace

class TestConsoleCloudSide : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aliyunGuidedPeeringIsChecked();
    void huaweiGuidedPeeringIsChecked();
    void noAccountOrNotRunningIsNotWatched();
    void windowKeepsTheFollowUpAndChecksIt();

private:
    session::ConsoleBackend *console() const { return m_session->console(); }
    QString startHuawei();
    secrets::ProviderAccount huaweiAccount() const;
    QString addDeployment(const QString &provider, const QString &region, const QString &vpc,
                          const QString &cidr, const QString &account);
    // The guided wizard up to its follow-up page: the fields, Done, "It is running".
    QString walkGuided(ui::PeeringWizard *wizard, const QString &provider, const QString &peeringId,
                       const QString &accountId, const QString &vpcId, const QString &followUp);
    // Only `port` stays ticked; the security group (and route table) typed.
    void tellFollowUp(ui::PeeringWizard *wizard, const QString &group, const QString &table);
    // The Cloud side of `recordId` through `account`, as the status panel shows it; returns the
    // rule's label once read.
    void watch(const QString &recordId, const secrets::ProviderAccount &account,
               const QString &secret);
    // A rule deleted by the operator: Refresh now shows it, Fix… restores it with one write.
    void deletedRuleIsFixed(const std::function<int()> &deleteRule,
                            const std::function<int()> &ruleWrites);
    QLabel *ruleLabel() const {
        return m_group->findChild<QLabel *>(QStringLiteral("cloudSideCheck-rule-1883"));
    }
    QPushButton *fixButton() const {
        return m_group->findChild<QPushButton *>(QStringLiteral("cloudSideFix-rule-1883"));
    }

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<session::Session> m_session;
    std::unique_ptr<aliyun::Emulator> m_aliyun;
    std::unique_ptr<huawei::Emulator> m_huawei;
    std::unique_ptr<session::CloudSideWatcher> m_watcher;
    std::unique_ptr<ui::CloudSideGroup> m_group;
};

void TestConsoleCloudSide::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    installTranslators(*qApp, QLocale(QLocale::English));
    aliyun::registerCloudSide();
    huawei::registerCloudSide();
}

void TestConsoleCloudSide::init() {
    test::removeConsolePeerings(kProfile);
    m_clock = std::make_unique<ManualClock>(QDateTime::currentMSecsSinceEpoch());
    m_session = test::openConsoleSession(kProfile, QStringLiteral("My EMQX Cloud"), m_clock.get());
    QVERIFY(console());
}

void TestConsoleCloudSide::cleanup() {
    m_group.reset();
    m_watcher.reset();
    m_session.reset();
    m_aliyun.reset();
    m_huawei.reset();
    test::removeConsolePeerings(kProfile);
}

QString TestConsoleCloudSide::addDeployment(const QString &provider, const QString &region,
                                            const QString &vpc, const QString &cidr,
                                            const QString &account) {
    return test::addConsoleDeployment(console(), QStringLiteral("production"), provider, region,
                                      vpc, cidr, account);
}

QString TestConsoleCloudSide::walkGuided(ui::PeeringWizard *wizard, const QString &provider,
                                         const QString &peeringId, const QString &accountId,
                                         const QString &vpcId, const QString &followUp) {
    wizard->show();
    if (!walkTo(wizard, QStringLiteral("page_%1.enter-fields").arg(provider)) ||
        !test::typeInto(wizard, QStringLiteral("peeringId"), peeringId) ||
        !test::typeInto(wizard, QStringLiteral("accountId"), accountId) ||
        !test::typeInto(wizard, QStringLiteral("vpcId"), vpcId) ||
        !test::typeInto(wizard, QStringLiteral("cidr"), QStringLiteral("192.168.50.0/24")) ||
        !test::clickForward(wizard) || // to the console page
        !test::clickForward(wizard))   // Done
        return {};
    auto *running =
        wizard->currentPage()->findChild<QPushButton *>(QStringLiteral("consoleRunningButton"));
    if (!running)
        return {};
    QTest::mouseClick(running, Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return test::currentPageName(wizard) == followUp; }, kTimeout))
        return {};
    return wizard->values()->recordId();
}

void TestConsoleCloudSide::tellFollowUp(ui::PeeringWizard *wizard, const QString &group,
                                        const QString &table) {
    QWidget *page = wizard->currentPage();
    for (int port : {8883, 8083, 8084}) {
        auto *check = page->findChild<QCheckBox *>(QStringLiteral("port%1Check").arg(port));
        QVERIFY(check && check->isChecked());
        check->setChecked(false);
    }
    auto *groupEdit = page->findChild<QLineEdit *>(QStringLiteral("securityGroupIdEdit"));
    QVERIFY(groupEdit);
    QTest::keyClicks(groupEdit, group);
    if (!table.isEmpty()) {
        auto *tableEdit = page->findChild<QLineEdit *>(QStringLiteral("routeTableIdEdit"));
        QVERIFY(tableEdit);
        QTest::keyClicks(tableEdit, table);
    }
}

void TestConsoleCloudSide::watch(const QString &recordId, const secrets::ProviderAccount &account,
                                 const QString &secret) {
    m_watcher = std::make_unique<session::CloudSideWatcher>(m_clock.get());
    m_watcher->setAccount({account, secret});
    m_watcher->setConsoleTargets(session::consoleCloudSideTargets(*console(), {account}));
    QVERIFY(m_watcher->watches(recordId));
    m_group = std::make_unique<ui::CloudSideGroup>();
    m_group->setWatcher(m_watcher.get());
    m_group->showRecord(recordId);
    m_group->show();
    QVERIFY(m_group->isVisible());
    m_watcher->setVisible(true); // the window is shown: the first round at once
    QTRY_VERIFY_WITH_TIMEOUT(ruleLabel() && !m_watcher->isReading(recordId), kTimeout);
    for (const session::CloudCheck &check : m_watcher->checks(recordId))
        QVERIFY2(check.result == session::CloudCheck::Ok,
                 qPrintable(check.key + u' ' + check.detail));
    QCOMPARE(m_watcher->readRounds(), 1);
    // Only the port the operator ticked is checked.
    QVERIFY(!m_group->findChild<QLabel *>(QStringLiteral("cloudSideCheck-rule-8883")));
    QVERIFY(!fixButton());
}

void TestConsoleCloudSide::deletedRuleIsFixed(const std::function<int()> &deleteRule,
                                              const std::function<int()> &ruleWrites) {
    QSignalSpy mismatch(m_watcher.get(), &session::CloudSideWatcher::mismatchFound);
    QCOMPARE(deleteRule(), 1);
    const int writes = ruleWrites();
    QTest::mouseClick(m_group->findChild<QPushButton *>(QStringLiteral("cloudSideRefresh")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(fixButton(), kTimeout);
    QVERIFY2(ruleLabel()->text().contains(ui::CloudSideGroup::tr("Mismatch")),
             qPrintable(ruleLabel()->text()));
    QCOMPARE(mismatch.size(), 1); // the event of the events dock and the tray
    QTest::mouseClick(fixButton(), Qt::LeftButton);
    auto *dialog = m_group->findChild<QMessageBox *>(QStringLiteral("cloudSideFixDialog"));
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(ruleWrites(), writes); // nothing made before the operator agrees
    QTest::mouseClick(dialog->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(ruleWrites(), writes + 1, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!fixButton() && ruleLabel() &&
                                 ruleLabel()->text().contains(ui::CloudSideGroup::tr("OK")),
                             kTimeout);
}

void TestConsoleCloudSide::aliyunGuidedPeeringIsChecked() {
    aliyun::EmulatorOptions options;
    options.cenCreateSeconds = 0;
    options.attachSeconds = 0;
    m_aliyun = std::make_unique<aliyun::Emulator>(options);
    QString error;
    QVERIFY2(m_aliyun->start(&error), qPrintable(error));
    // The operator's side, done by hand in Alibaba Cloud's console: a CEN with their VPC and the
    // deployment's (EMQX granted it), and the MQTT rule.
    aliyun::Account a;
    a.accessKeyId = m_aliyun->options().accessKeyId;
    a.accessKeySecret = m_aliyun->options().accessKeySecret;
    a.regionId = QStringLiteral("cn-hangzhou");
    a.endpointOverride = m_aliyun->baseUrl();
    aliyun::Client client(a);
    auto *cen = client.createCen(QStringLiteral("emqx"));
    QVERIFY(finishedOk(cen));
    const QString cenId = cen->value();
    QVERIFY(finishedOk(client.attachCenChildInstance(cenId, kAliyunOwnVpc, a.regionId)));
    QVERIFY(m_aliyun->grantInstanceToCen(kAliyunEmqxVpc, QLatin1String(aliyun::kEmqxUid), cenId,
                                         QLatin1String(aliyun::kOperatorUid)));
    QVERIFY(finishedOk(client.attachCenChildInstance(cenId, kAliyunEmqxVpc, a.regionId,
                                                     QLatin1String(aliyun::kEmqxUid))));
    aliyun::SecurityGroupRule rule;
    rule.portRange = QStringLiteral("1883/1883");
    rule.sourceCidr = kAliyunCidr;
    QVERIFY(finishedOk(client.authorizeSecurityGroup(kAliyunGroup, rule)));

    const QString deployment = addDeployment(QStringLiteral("aliyun"), a.regionId, kAliyunEmqxVpc,
                                             kAliyunCidr, QLatin1String(aliyun::kEmqxUid));
    QVERIFY(!deployment.isEmpty());
    QString id;
    {
        ui::PeeringWizard wizard(m_session.get(), deployment);
        id = walkGuided(&wizard, QStringLiteral("aliyun"), cenId,
                        QLatin1String(aliyun::kOperatorUid), kAliyunOwnVpc,
                        QStringLiteral("page_aliyun.security-group"));
        QVERIFY(!id.isEmpty());
        QVERIFY(!wizard.currentPage()->findChild<QLineEdit *>(QStringLiteral("routeTableIdEdit")));
        tellFollowUp(&wizard, kAliyunGroup, {});
    }
    // Kept with the peering, across a restart.
    m_session.reset();
    secrets::Profile profile;
    profile.id = kProfile;
    profile.kind = secrets::ProfileKind::Console;
    m_session = std::make_unique<session::Session>(profile, nullptr, m_clock.get());
    m_session->start();
    const auto entry = console()->peeringEntry(id);
    QVERIFY(entry);
    QCOMPARE(entry->peering.state, PeeringState::Running);
    QCOMPARE(entry->cloudSide.securityGroupId, kAliyunGroup);
    QCOMPARE(entry->cloudSide.ports, QList<int>{1883});

    secrets::ProviderAccount account;
    account.id = QStringLiteral("acct-aliyun");
    account.provider = QStringLiteral("aliyun");
    account.accessKeyId = a.accessKeyId;
    account.regions = {a.regionId};
    account.endpointOverride = m_aliyun->baseUrl();
    watch(id, account, a.accessKeySecret);
    QVERIFY(m_group->findChild<QLabel *>(QStringLiteral("cloudSideCheck-cen-deployment")));
    deletedRuleIsFixed(
        [this] { return m_aliyun->deleteSecurityGroupRules(kAliyunGroup, 1883); },
        [this] { return m_aliyun->requestCount(QStringLiteral("AuthorizeSecurityGroup")); });
}

// The operator's side, done by hand in Huawei Cloud's console: the request (EMQX accepted it),
// the route through it and the MQTT rule. The request's ID.
QString TestConsoleCloudSide::startHuawei() {
    m_huawei = std::make_unique<huawei::Emulator>(huawei::EmulatorOptions{});
    QString error;
    if (!m_huawei->start(&error))
        return {};
    huawei::Account h;
    h.accessKey = m_huawei->options().accessKey;
    h.secretKey = m_huawei->options().secretKey;
    h.projectId = QLatin1String(huawei::kOperatorProject);
    h.endpointOverride = m_huawei->baseUrl();
    huawei::Client client(h);
    auto *peering = client.createVpcPeering(QStringLiteral("emqx"), kHuaweiOwnVpc, kHuaweiEmqxVpc,
                                            QLatin1String(huawei::kEmqxProject));
    if (!finishedOk(peering))
        return {};
    const QString peeringId = peering->value().id;
    huawei::Route route;
    route.destination = kHuaweiCidr;
    route.nexthop = peeringId;
    huawei::SecurityGroupRule rule;
    rule.securityGroupId = kHuaweiGroup;
    rule.portMin = rule.portMax = 1883;
    rule.remoteIpPrefix = kHuaweiCidr;
    if (!m_huawei->acceptPeering(peeringId) || !finishedOk(client.addRoute(kHuaweiTable, route)) ||
        !finishedOk(client.createSecurityGroupRule(rule)))
        return {};
    return peeringId;
}

secrets::ProviderAccount TestConsoleCloudSide::huaweiAccount() const {
    secrets::ProviderAccount account;
    account.id = QStringLiteral("acct-huawei");
    account.provider = QStringLiteral("huawei");
    account.name = QStringLiteral("Ops");
    account.accessKeyId = m_huawei->options().accessKey;
    account.regions = {QStringLiteral("cn-north-4")};
    account.endpointOverride = m_huawei->baseUrl();
    return account;
}

void TestConsoleCloudSide::huaweiGuidedPeeringIsChecked() {
    const QString peeringId = startHuawei();
    QVERIFY(!peeringId.isEmpty());

    const QString deployment =
        addDeployment(QStringLiteral("huawei"), QStringLiteral("cn-north-4"), kHuaweiEmqxVpc,
                      kHuaweiCidr, QLatin1String(huawei::kEmqxProject));
    QVERIFY(!deployment.isEmpty());
    ui::PeeringWizard wizard(m_session.get(), deployment);
    const QString id = walkGuided(&wizard, QStringLiteral("huawei"), peeringId,
                                  QLatin1String(huawei::kOperatorUserId), kHuaweiOwnVpc,
                                  QStringLiteral("page_huawei.route"));
    QVERIFY(!id.isEmpty());
    tellFollowUp(&wizard, kHuaweiGroup, kHuaweiTable);
    const auto entry = console()->peeringEntry(id);
    QCOMPARE(entry->cloudSide.securityGroupId, kHuaweiGroup);
    QCOMPARE(entry->cloudSide.routeTableId, kHuaweiTable);
    QCOMPARE(entry->cloudSide.ports, QList<int>{1883});

    watch(id, huaweiAccount(), m_huawei->options().secretKey);
    QVERIFY(m_group->findChild<QLabel *>(QStringLiteral("cloudSideCheck-route")));
    QVERIFY(m_group->findChild<QLabel *>(QStringLiteral("cloudSideCheck-peering")));
    // The budget, as for "Do it for me" peerings: one read round a minute while the window is
    // shown, none while it is hidden (the watcher's timer ticks every 5 s).
    const auto twoMinutes = [this, &id] {
        for (int i = 0; i < 24; ++i) {
            m_clock->advanceMs(5000);
            m_watcher->tick();
            QTRY_VERIFY_WITH_TIMEOUT(!m_watcher->isReading(id), kTimeout);
        }
    };
    twoMinutes();
    QCOMPARE(m_watcher->readRounds(), 3);
    m_watcher->setVisible(false);
    twoMinutes();
    QCOMPARE(m_watcher->readRounds(), 3);
    deletedRuleIsFixed([this] { return m_huawei->deleteSecurityGroupRules(kHuaweiGroup, 1883); },
                       [this] {
                           return m_huawei->requestCount(
                               QStringLiteral("POST /v1/{project_id}/security-group-rules"));
                       });
}

// No target without an account of the provider; none for a pending or removed peering.
void TestConsoleCloudSide::noAccountOrNotRunningIsNotWatched() {
    const QString deployment =
        addDeployment(QStringLiteral("huawei"), QStringLiteral("cn-north-4"), kHuaweiEmqxVpc,
                      kHuaweiCidr, QLatin1String(huawei::kEmqxProject));
    PeeringRequest request;
    request.peeringId = QStringLiteral("5c1e8a3d-7b2f-4e6a-9d0c-1f2e3a4b5c6d");
    request.vpcId = kHuaweiOwnVpc;
    request.cidr = *Cidr::fromString(QStringLiteral("192.168.50.0/24"));
    const QString id = console()->recordPeering(deployment, request)->id;
    secrets::ProviderAccount huaweiAccount;
    huaweiAccount.id = QStringLiteral("acct-huawei");
    huaweiAccount.provider = QStringLiteral("huawei");
    huaweiAccount.regions = {QStringLiteral("cn-south-1")}; // another region: still the account
    secrets::ProviderAccount aliyunAccount = huaweiAccount;
    aliyunAccount.id = QStringLiteral("acct-aliyun");
    aliyunAccount.provider = QStringLiteral("aliyun");
    QVERIFY(session::consoleCloudSideTargets(*console(), {huaweiAccount}).isEmpty()); // pending
    QVERIFY(console()->confirmOutcome(id, PeeringState::Running));
    QVERIFY(session::consoleCloudSideTargets(*console(), {aliyunAccount}).isEmpty());
    const auto targets =
        session::consoleCloudSideTargets(*console(), {aliyunAccount, huaweiAccount});
    QCOMPARE(targets.size(), 1);
    QCOMPARE(targets.first().accountId, huaweiAccount.id);
    QCOMPARE(targets.first().providerPeeringId, request.peeringId);
    QCOMPARE(targets.first().deploymentCidr, kHuaweiCidr);
    QCOMPARE(targets.first().deploymentVpcId, kHuaweiEmqxVpc);
    QCOMPARE(targets.first().region, QStringLiteral("cn-north-4"));
    // A "Do it for me" journal of the same record wins.
    session::CloudSideTarget journaled = targets.first();
    journaled.accountId = QStringLiteral("acct-journal");
    session::CloudSideWatcher watcher(m_clock.get());
    watcher.setConsoleTargets(targets);
    watcher.setTargets({journaled});
    QCOMPARE(watcher.allTargets().size(), 1);
    QCOMPARE(watcher.allTargets().first().accountId, QStringLiteral("acct-journal"));
    QVERIFY(watcher.targets().first().accountId == journaled.accountId); // the journals' only
    watcher.setTargets({});
    QVERIFY(watcher.targets().isEmpty()); // nothing the application made: no cleanup offered
    QCOMPARE(watcher.allTargets().size(), 1);
    QCOMPARE(watcher.allTargets().first().accountId, huaweiAccount.id);
    QVERIFY(console()->markRemoved(id));
    QVERIFY(session::consoleCloudSideTargets(*console(), {huaweiAccount}).isEmpty());
}

// Installed in the main window under a console profile: the details' follow-up keeps what the
// operator types with the peering (a peering made before the wizard asked), the Cloud side then
// reads it with the connected account, and a deleted rule is an event of the events dock.
void TestConsoleCloudSide::windowKeepsTheFollowUpAndChecksIt() {
    const QString peeringId = startHuawei();
    QVERIFY(!peeringId.isEmpty());
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("w.conf")), QSettings::IniFormat);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       dir.filePath(QStringLiteral("user")));
    secrets::ProfileStore profiles(&settings);
    secrets::Profile profile;
    profile.name = QStringLiteral("My EMQX Cloud");
    profile.kind = secrets::ProfileKind::Console;
    QVERIFY(!profiles.add(profile));
    QVERIFY(!profiles.setCurrent(profile.id));
    secrets::SecretStore secretStore;
    secretStore.setSessionOnly(true);
    {
        ui::MainWindow window(&profiles, &secretStore);
        session::CloudSideWatcher *watcher =
            ui::installCloudSide(&window, &profiles, &secretStore,
                                 dir.filePath(QStringLiteral("journals")), m_clock.get());
        window.connectProfile();
        QTRY_VERIFY(window.session() && window.session()->console());
        session::ConsoleBackend *console = window.session()->console();
        QList<session::ManualProblem> problems;
        const QString deployment =
            console
                ->add({{session::ManualField::Name, QStringLiteral("telemetry-bj")},
                       {session::ManualField::Provider, QStringLiteral("huawei")},
                       {session::ManualField::Region, QStringLiteral("cn-north-4")},
                       {session::ManualField::VpcId, kHuaweiEmqxVpc},
                       {session::ManualField::Cidr, kHuaweiCidr},
                       {session::ManualField::CloudAccountId, QLatin1String(huawei::kEmqxProject)},
                       {session::ManualField::Edition, QStringLiteral("dedicated")}},
                      &problems)
                ->id;
        PeeringRequest request;
        request.peeringId = peeringId;
        request.accountId = QLatin1String(huawei::kOperatorUserId);
        request.vpcId = kHuaweiOwnVpc;
        request.cidr = *Cidr::fromString(QStringLiteral("192.168.50.0/24"));
        const QString id = console->recordPeering(deployment, request)->id;
        QVERIFY(console->confirmOutcome(id, PeeringState::Running));
        window.show();
        window.selectPeering(deployment, id);
        auto *details = window.findChild<ui::PeeringDetails *>();
        QTRY_VERIFY(details->followUpWidget());
        for (int port : {8883, 8083, 8084})
            details->followUpWidget()
                ->findChild<QCheckBox *>(QStringLiteral("port%1Check").arg(port))
                ->setChecked(false);
        QTest::keyClicks(details->followUpWidget()->findChild<QLineEdit *>(
                             QStringLiteral("securityGroupIdEdit")),
                         kHuaweiGroup);
        QTest::keyClicks(
            details->followUpWidget()->findChild<QLineEdit *>(QStringLiteral("routeTableIdEdit")),
            kHuaweiTable);
        QCOMPARE(console->peeringEntry(id)->cloudSide.securityGroupId, kHuaweiGroup);
        QCOMPARE(console->peeringEntry(id)->cloudSide.routeTableId, kHuaweiTable);
        QCOMPARE(console->peeringEntry(id)->cloudSide.ports, QList<int>{1883});
        QVERIFY(!watcher->watches(id)); // no account yet

        // The account is connected (its secret read from the keychain in the application).
        secrets::ProviderAccount account = huaweiAccount();
        QVERIFY(!profiles.providerAccounts()->add(account));
        watcher->setAccount({account, m_huawei->options().secretKey});
        QTRY_VERIFY_WITH_TIMEOUT(watcher->watches(id), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(watcher->readRounds() == 1 && !watcher->isReading(id), kTimeout);
        auto *rule =
            details->cloudSide()->findChild<QLabel *>(QStringLiteral("cloudSideCheck-rule-1883"));
        QVERIFY(rule && rule->isVisible());
        QVERIFY2(rule->text().contains(ui::CloudSideGroup::tr("OK")), qPrintable(rule->text()));
        QVERIFY(details->cloudSide()->findChild<QLabel *>(QStringLiteral("cloudSideCheck-route")));

        QCOMPARE(m_huawei->deleteSecurityGroupRules(kHuaweiGroup, 1883), 1);
        window.findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<ui::EventLog *>(), kTimeout);
        QCOMPARE(window.findChild<ui::EventLog *>()->count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(details->cloudSide()->findChild<QPushButton *>(
                                     QStringLiteral("cloudSideFix-rule-1883")),
                                 kTimeout);
    }
    QDir(QFileInfo(session::ConsoleBackend::peeringsPath(profile.id)).absolutePath())
        .removeRecursively();
}

QTEST_MAIN(TestConsoleCloudSide)
#include "tst_consolecloudside.moc"
