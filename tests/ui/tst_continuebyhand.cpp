// "Do it for me" → a step fails → Continue by hand (issue 16, the wizard, item 4): the guided
// wizard opens on the first step not done, every value the apply chose or learned typed in, the
// steps it did noted "Done for you by Do it for me", and finishing it by hand reaches running.
// Offscreen, through the main window as the application wires it (installPeeringWizards,
// installDoItForMe), against the real sandbox coupled to both provider emulators in-process on
// an injected clock; the failures are the emulators' knobs (docs/providers-emulated.md "Test
// knobs"), the operator's console work is done with the providers' own clients.
#include "app/providers/aliyun/automation/aliyunplan.h"
#include "app/providers/aliyun/client/aliyunclient.h"
#include "app/providers/aliyun/emulator/aliyunemulator.h"
#include "app/providers/emqxcoupling.h"
#include "app/providers/huawei/automation/huaweiplan.h"
#include "app/providers/huawei/client/huaweiclient.h"
#include "app/providers/huawei/emulator/huaweiemulator.h"
#include "app/secrets/profilestore.h"
#include "app/secrets/provideraccountstore.h"
#include "app/secrets/secretjob.h"
#include "app/secrets/secretstore.h"
#include "app/session/applyengine.h"
#include "app/session/automation.h"
#include "app/session/connectionstatus.h"
#include "app/session/deploymentmodel.h"
#include "app/session/peeringmodel.h"
#include "app/session/session.h"
#include "tests/ui/doitformefixture.h"
#include "ui/doitforme/doitformelauncher.h"
#include "ui/doitforme/doitformewizard.h"
#include "ui/mainwindow.h"
#include "ui/wizard/peeringwizard.h"
#include "ui/wizard/wizardjournal.h"
#include "ui/wizard/wizardlauncher.h"
#include "ui/wizard/wizardvalues.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace vpw;
using ui::DoItForMeWizard;
using ui::PeeringWizard;

namespace {

constexpr int kTimeout = 30000;
const QString kKey = QStringLiteral("byhand");
const QString kSecret = QStringLiteral("byhand-secret");
const QString kAliyunDeployment = QStringLiteral("c4e5f6a7");
const QString kHuaweiDeployment = QStringLiteral("e2b9c4d5");
const QString kAliyunVpc = QStringLiteral("vpc-bp1operator0new00001");
const QString kHuaweiVpc = QStringLiteral("9daeac7c-a98f-430f-8e38-67f9c044e299");
const QString kHuaweiRouteTable = QStringLiteral("6c0e1f2a-3b4c-4d5e-8f60-718293a4b5c6");
const QString kPeeringsRoute = QStringLiteral("POST /v2.0/vpc/peerings");

QString pageName(const QWizard *wizard) {
    return wizard->currentPage() ? wizard->currentPage()->objectName() : QString();
}

QString note(const QWizard *wizard) {
    const auto *label =
        wizard->currentPage()->findChild<QLabel *>(QStringLiteral("doneForYouNote"));
    return label && !label->isHidden() ? label->text() : QString();
}

} // namespace

class TestContinueByHand : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aliyunContinuesOnTheCountdownAfterAFailedAttach();
    void huaweiContinuesOnTheRequestAfterAFailedCreate();

private:
    // The main window on the demo profile (the sandbox), "Do it for me" installed, with a stored
    // provider account of `provider`; "New peering…" on `deploymentId` opens Choose how.
    DoItForMeWizard *openDoItForMe(secrets::ProviderAccount account, const QString &deploymentId);
    // Choose how → Pick (`vpcId`, the ports left ticked but `untick`) → Plan, checked.
    void pickAndPlan(DoItForMeWizard *wizard, const QString &vpcId, const char *untick = nullptr);
    // Presses Continue by hand on the failed Apply; the guided wizard it opens.
    PeeringWizard *continueByHand(DoItForMeWizard *wizard, const QString &deploymentId);
    secrets::ProviderAccount account(const QString &provider, const QString &keyId,
                                     const QString &secret, const QUrl &endpoint,
                                     const QString &region);
    session::Session *session() const { return m_window ? m_window->session() : nullptr; }

    QString m_accountSecret;
    QTemporaryDir m_dir;
    secrets::SecretStore m_secrets;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<sandbox::Server> m_server;
    std::unique_ptr<aliyun::Emulator> m_aliyun;
    std::unique_ptr<huawei::Emulator> m_huawei;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<secrets::ProfileStore> m_profiles;
    std::unique_ptr<ui::MainWindow> m_window;
    QTimer m_ticker;
};

void TestContinueByHand::initTestCase() {
    QStandardPaths::setTestModeEnabled(true); // the guided wizards' journals
    m_secrets.setSessionOnly(true);
    test::registerFastAutomations();
}

void TestContinueByHand::init() {
    QVERIFY(m_dir.isValid());
    const QString state = m_dir.filePath(QStringLiteral("state.db"));
    QFile::remove(state);
    m_clock = std::make_unique<ManualClock>(QDateTime::currentMSecsSinceEpoch());
    QString error;
    QVERIFY2(test::startCoupledSandbox(m_clock.get(), state, kKey, kSecret, m_server, m_aliyun,
                                       m_huawei, &error),
             qPrintable(error));
    // The attach window (10 minutes of the sandbox's clock) lasts 30 s here.
    m_ticker.setInterval(50);
    m_ticker.callOnTimeout([this] { m_clock->advanceMs(1000); });
    m_ticker.start();
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("user")));
    QFile::remove(m_dir.filePath(QStringLiteral("app.conf")));
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("app.conf")),
                                             QSettings::IniFormat);
    m_profiles = std::make_unique<secrets::ProfileStore>(m_settings.get());
    const QString demo = QString::fromLatin1(secrets::ProfileStore::DemoProfileId);
    m_secrets.setSessionSecret(demo, kSecret);
    m_profiles->setDemoConnection(m_server->baseUrl(), kKey);
    for (const QString &id : {kAliyunDeployment, kHuaweiDeployment})
        ui::WizardJournal::discard(demo, id);
}

void TestContinueByHand::cleanup() {
    m_ticker.stop();
    m_ticker.disconnect();
    for (QWidget *w : QApplication::topLevelWidgets())
        w->close();
    m_window.reset();
    m_profiles.reset();
    m_settings.reset();
    const QString demo = QString::fromLatin1(secrets::ProfileStore::DemoProfileId);
    for (const QString &id : {kAliyunDeployment, kHuaweiDeployment})
        ui::WizardJournal::discard(demo, id);
    m_server.reset();
    m_aliyun.reset();
    m_huawei.reset();
}

secrets::ProviderAccount TestContinueByHand::account(const QString &provider, const QString &keyId,
                                                     const QString &secret, const QUrl &endpoint,
                                                     const QString &region) {
    secrets::ProviderAccount a;
    a.id = QStringLiteral("acct-") + provider;
    a.provider = provider;
    a.name = QStringLiteral("Operator");
    a.accessKeyId = keyId;
    a.endpointOverride = endpoint;
    a.regions = {region};
    m_accountSecret = secret; // written once the store gave the account its ID
    return a;
}

DoItForMeWizard *TestContinueByHand::openDoItForMe(secrets::ProviderAccount account,
                                                   const QString &deploymentId) {
    if (m_profiles->providerAccounts()->add(account))
        return nullptr;
    QSignalSpy written(m_secrets.writeAccountSecret(account.id, m_accountSecret),
                       &QObject::destroyed);
    if (!written.wait(kTimeout))
        return nullptr;
    m_window = std::make_unique<ui::MainWindow>(m_profiles.get(), &m_secrets);
    ui::installPeeringWizards(m_window.get());
    ui::installDoItForMe(m_window.get(), m_profiles.get(), &m_secrets, m_dir.path());
    m_window->show();
    m_window->connectProfile();
    if (!QTest::qWaitFor(
            [this] {
                return session() &&
                       session()->status().state == session::ConnectionStatus::Connected &&
                       session()->deployments()->rowCount() == 6;
            },
            kTimeout))
        return nullptr;
    Q_EMIT m_window->newPeeringRequested(deploymentId);
    return m_window->findChild<DoItForMeWizard *>();
}

void TestContinueByHand::pickAndPlan(DoItForMeWizard *wizard, const QString &vpcId,
                                     const char *untick) {
    QVERIFY(wizard->findChild<QAbstractButton *>(QStringLiteral("doItForMe"))->isChecked());
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(DoItForMeWizard::PickPageId));
    auto *vpcs = wizard->findChild<QComboBox *>(QStringLiteral("vpcBox"));
    QTRY_VERIFY_WITH_TIMEOUT(vpcs->isEnabled() && vpcs->findData(vpcId) >= 0, kTimeout);
    vpcs->setCurrentIndex(vpcs->findData(vpcId));
    if (untick)
        wizard->findChild<QCheckBox *>(QLatin1String(untick))->setChecked(false);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), kTimeout);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(DoItForMeWizard::PlanPageId));
    QTRY_VERIFY_WITH_TIMEOUT(
        wizard->findChild<QLabel *>(QStringLiteral("planStatus"))->text().startsWith(u"Checked"),
        kTimeout);
}

PeeringWizard *TestContinueByHand::continueByHand(DoItForMeWizard *wizard,
                                                  const QString &deploymentId) {
    QPointer<DoItForMeWizard> guarded(wizard);
    auto *byHand = wizard->findChild<QAbstractButton *>(QStringLiteral("continueByHandButton"));
    if (!byHand || byHand->text().remove(u'&') != QLatin1String("Continue by hand"))
        return nullptr;
    QTest::mouseClick(byHand, Qt::LeftButton);
    PeeringWizard *guided = nullptr;
    const bool opened = QTest::qWaitFor(
        [&] {
            for (auto *w : m_window->findChildren<PeeringWizard *>()) {
                if (w->deploymentId() == deploymentId && w->isVisible())
                    guided = w;
            }
            return guided && guarded.isNull(); // Do it for me closed
        },
        kTimeout);
    return opened ? guided : nullptr;
}

// Alibaba Cloud: the RAM user loses AttachCenChildInstance right after EMQX Cloud took the
// peering, so "Attach the deployment's VPC" fails mid-plan. Continue by hand opens the guided
// wizard on its countdown (the peering is submitted: never a second submit) with the new CEN,
// the account, the VPC and its CIDR typed in and the steps done listed; the operator loads the
// deployment's VPC in the console; the peering runs and the follow-up page has the port and the
// security group chosen in "Do it for me".
void TestContinueByHand::aliyunContinuesOnTheCountdownAfterAFailedAttach() {
    DoItForMeWizard *wizard =
        openDoItForMe(account(QStringLiteral("aliyun"), m_aliyun->options().accessKeyId,
                              m_aliyun->options().accessKeySecret, m_aliyun->baseUrl(),
                              QStringLiteral("cn-hangzhou")),
                      kAliyunDeployment);
    QVERIFY(wizard);
    pickAndPlan(wizard, kAliyunVpc, "port8883");
    QVERIFY(!QTest::currentTestFailed());
    session::ApplyEngine *engine = wizard->doItForMe()->engine();
    QVERIFY(engine);
    connect(engine, &session::ApplyEngine::stepChanged, this, [this, engine](int index) {
        if (engine->step(index).key == QLatin1String("emqx-submit") &&
            engine->status(index).state == session::ApplyEngine::State::Done)
            m_aliyun->denyActions({QStringLiteral("AttachCenChildInstance")});
    });
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    auto *retry = wizard->findChild<QAbstractButton *>(QStringLiteral("retryStepButton"));
    QTRY_VERIFY_WITH_TIMEOUT(retry->isEnabled(), kTimeout);
    m_ticker.stop(); // the operator reads the failure; the window holds
    const int failed = engine->currentStep();
    QCOMPARE(engine->step(failed).key, QStringLiteral("attach-emqx-vpc"));
    const QString status = wizard->findChild<QLabel *>(QStringLiteral("applyStatus"))->text();
    QVERIFY2(status.contains(u"Forbidden.RAM") && status.contains(u"request ID"),
             qPrintable(status));
    const QString cenId = engine->fact(QStringLiteral("aliyun.cenId")).toString();
    const QString recordId = engine->fact(QStringLiteral("emqx.recordId")).toString();
    const QString securityGroup =
        engine->fact(QStringLiteral("selection.securityGroup")).toString();
    QVERIFY(cenId.startsWith(u"cen-"));
    QVERIFY(recordId.startsWith(u"peer-"));
    QVERIFY(!securityGroup.isEmpty());
    QString vpcCidr;
    for (const session::AutomationChoice &vpc : wizard->doItForMe()->choices().vpcs) {
        if (vpc.id == kAliyunVpc)
            vpcCidr = vpc.cidr;
    }
    QVERIFY(!vpcCidr.isEmpty());
    const auto records = [this] {
        return session()->peerings()->peeringsOf(kAliyunDeployment).size();
    };
    const auto recordsBefore = records();

    PeeringWizard *guided = continueByHand(wizard, kAliyunDeployment);
    QVERIFY(guided);
    // On the step that was not done: loading the deployment's VPC, the countdown running.
    QCOMPARE(pageName(guided), QStringLiteral("page_aliyun.load-network-instance"));
    QCOMPARE(guided->values()->recordId(), recordId);
    QCOMPARE(guided->values()->text(QStringLiteral("peeringId")), cenId);
    QCOMPARE(guided->values()->text(QStringLiteral("accountId")),
             QLatin1String(aliyun::kOperatorUid));
    QCOMPARE(guided->values()->text(QStringLiteral("vpcId")), kAliyunVpc);
    QCOMPARE(guided->values()->text(QStringLiteral("cidr")), vpcCidr);
    const QString done = note(guided);
    for (const char *step :
         {"Done for you by Do it for me", "Create a CEN instance", "Attach your VPC to the CEN",
          "Submit the peering to EMQX Cloud", "Filled in from your account"})
        QVERIFY2(done.contains(QLatin1String(step)), qPrintable(done));
    QVERIFY2(!done.contains(u"deployment's VPC"), qPrintable(done)); // the failed one is not done

    // The operator, in the Alibaba Cloud console (the main account: no RAM policy in the way),
    // loads the deployment's VPC into the CEN with the values the page shows.
    m_aliyun->denyActions({});
    const Deployment deployment = *session()->deployments()->deployment(kAliyunDeployment);
    aliyun::Account operatorAccount;
    operatorAccount.accessKeyId = m_aliyun->options().accessKeyId;
    operatorAccount.accessKeySecret = m_aliyun->options().accessKeySecret;
    operatorAccount.endpointOverride = m_aliyun->baseUrl();
    aliyun::Client console(operatorAccount);
    bool attached = false;
    console
        .attachCenChildInstance(cenId, deployment.vpcId, deployment.region,
                                deployment.cloudAccountId)
        ->onFinished(&console, [&attached](const aliyun::ChildInstanceJob &job) {
            QVERIFY2(job.isOk(), qPrintable(job.error().code));
            attached = true;
        });
    QTRY_VERIFY_WITH_TIMEOUT(attached, kTimeout);
    m_ticker.start();
    // Running: the countdown moves on by itself to the follow-up, with what was chosen.
    QTRY_COMPARE_WITH_TIMEOUT(pageName(guided), QStringLiteral("page_aliyun.security-group"),
                              kTimeout);
    QCOMPARE(session()->peerings()->peering(recordId)->state, PeeringState::Running);
    QVERIFY(guided->findChild<QCheckBox *>(QStringLiteral("port1883Check"))->isChecked());
    QVERIFY(!guided->findChild<QCheckBox *>(QStringLiteral("port8883Check"))->isChecked());
    QCOMPARE(guided->findChild<QLineEdit *>(QStringLiteral("securityGroupIdEdit"))->text(),
             securityGroup);

    QPointer<PeeringWizard> open(guided);
    QSignalSpy finished(m_window->findChild<ui::WizardLauncher *>(),
                        &ui::WizardLauncher::peeringFinished);
    QTest::mouseClick(guided->button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(1).toString(), recordId);
    QTRY_VERIFY(open.isNull());
    QCOMPARE(records(), recordsBefore); // one record: submitted once, by "Do it for me"
}

// Huawei Cloud: the IAM user may not create VPC peerings, so "Create the VPC peering request"
// fails after the user ID was read. Continue by hand opens the guided wizard on creating the
// request (the notes walked past, Back still works), the user ID, VPC and CIDR typed in on the
// next page, all of it kept across a quit; the operator creates the request in the console, types
// its ID, submits (nothing was submitted yet), and the peering runs; the follow-up has the route
// table, the security group and the ports chosen in "Do it for me".
void TestContinueByHand::huaweiContinuesOnTheRequestAfterAFailedCreate() {
    DoItForMeWizard *wizard = openDoItForMe(
        account(QStringLiteral("huawei"), m_huawei->options().accessKey,
                m_huawei->options().secretKey, m_huawei->baseUrl(), QStringLiteral("cn-north-4")),
        kHuaweiDeployment);
    QVERIFY(wizard);
    pickAndPlan(wizard, kHuaweiVpc);
    QVERIFY(!QTest::currentTestFailed());
    m_huawei->denyRoute(kPeeringsRoute, QStringLiteral("vpc:peerings:create"));
    session::ApplyEngine *engine = wizard->doItForMe()->engine();
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    auto *retry = wizard->findChild<QAbstractButton *>(QStringLiteral("retryStepButton"));
    QTRY_VERIFY_WITH_TIMEOUT(retry->isEnabled(), kTimeout);
    QCOMPARE(engine->step(engine->currentStep()).key, QStringLiteral("create-peering"));
    const QString status = wizard->findChild<QLabel *>(QStringLiteral("applyStatus"))->text();
    QVERIFY2(status.contains(u"VPC.2201") && status.contains(u"vpc:peerings:create"),
             qPrintable(status));
    const QString securityGroup =
        engine->fact(QStringLiteral("selection.securityGroup")).toString();
    QVERIFY(!securityGroup.isEmpty());
    QString vpcCidr;
    for (const session::AutomationChoice &vpc : wizard->doItForMe()->choices().vpcs) {
        if (vpc.id == kHuaweiVpc)
            vpcCidr = vpc.cidr;
    }
    const int recordsBefore = int(session()->peerings()->peeringsOf(kHuaweiDeployment).size());

    PeeringWizard *guided = continueByHand(wizard, kHuaweiDeployment);
    QVERIFY(guided);
    QCOMPARE(pageName(guided), QStringLiteral("page_huawei.create-request"));
    QVERIFY(guided->button(QWizard::BackButton)->isEnabled());  // the notes were walked past
    QVERIFY2(note(guided).isEmpty(), qPrintable(note(guided))); // nothing of it was done
    QVERIFY(guided->values()->recordId().isEmpty());
    // The application quits here: the guided wizard's journal keeps what was handed over, and
    // "New peering…" resumes it (not Choose how again).
    QPointer<PeeringWizard> closing(guided);
    guided->close();
    QTRY_VERIFY(closing.isNull());
    Q_EMIT m_window->newPeeringRequested(kHuaweiDeployment);
    guided = m_window->findChild<ui::WizardLauncher *>()->wizardFor(kHuaweiDeployment);
    QVERIFY(guided);
    QVERIFY(!m_window->findChild<DoItForMeWizard *>());
    QCOMPARE(pageName(guided), QStringLiteral("page_huawei.create-request"));

    // The operator creates the request in the Huawei Cloud console with the values shown.
    m_huawei->denyRoute(kPeeringsRoute, {});
    const Deployment deployment = *session()->deployments()->deployment(kHuaweiDeployment);
    huawei::Account operatorAccount;
    operatorAccount.accessKey = m_huawei->options().accessKey;
    operatorAccount.secretKey = m_huawei->options().secretKey;
    operatorAccount.projectId = QLatin1String(huawei::kOperatorProject);
    operatorAccount.endpointOverride = m_huawei->baseUrl();
    huawei::Client console(operatorAccount);
    QString peeringId;
    console
        .createVpcPeering(QStringLiteral("emqx-by-hand"), kHuaweiVpc, deployment.vpcId,
                          deployment.cloudAccountId)
        ->onFinished(&console, [&peeringId](const huawei::PeeringJob &job) {
            QVERIFY2(job.isOk(), qPrintable(job.error().code));
            peeringId = job.value().id;
        });
    QTRY_VERIFY_WITH_TIMEOUT(!peeringId.isEmpty(), kTimeout);

    QTest::mouseClick(guided->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(pageName(guided), QStringLiteral("page_huawei.enter-fields"));
    const QString done = note(guided);
    QVERIFY2(done.contains(u"Read your user ID") && done.contains(u"Filled in from your account"),
             qPrintable(done));
    const auto edit = [guided](const char *key) {
        return guided->currentPage()->findChild<QLineEdit *>(QLatin1String(key) +
                                                             QStringLiteral("Edit"));
    };
    QCOMPARE(edit("accountId")->text(), QLatin1String(huawei::kOperatorUserId));
    QCOMPARE(edit("vpcId")->text(), kHuaweiVpc);
    QCOMPARE(edit("cidr")->text(), vpcCidr);
    QVERIFY(edit("peeringId")->text().isEmpty()); // not known: the operator types it
    QVERIFY(!guided->button(QWizard::NextButton)->isEnabled());
    edit("peeringId")->setFocus();
    QTest::keyClicks(edit("peeringId"), peeringId);
    QTRY_VERIFY(guided->button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(guided->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(pageName(guided), QStringLiteral("page_huawei.submit"));
    QTest::mouseClick(guided->button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!guided->values()->recordId().isEmpty(), kTimeout);
    const QString recordId = guided->values()->recordId();
    // EMQX Cloud accepts the request; the peering runs; the follow-up with what was chosen.
    QTRY_COMPARE_WITH_TIMEOUT(pageName(guided), QStringLiteral("page_huawei.route"), kTimeout);
    const auto record = session()->peerings()->peering(recordId);
    QCOMPARE(record->state, PeeringState::Running);
    QCOMPARE(record->peeringId, peeringId);
    QCOMPARE(record->accountId, QLatin1String(huawei::kOperatorUserId));
    QCOMPARE(m_huawei->peeringStatus(peeringId), QStringLiteral("ACTIVE"));
    QCOMPARE(guided->findChild<QLineEdit *>(QStringLiteral("routeTableIdEdit"))->text(),
             kHuaweiRouteTable);
    QCOMPARE(guided->findChild<QLineEdit *>(QStringLiteral("securityGroupIdEdit"))->text(),
             securityGroup);
    QVERIFY(guided->findChild<QCheckBox *>(QStringLiteral("port1883Check"))->isChecked());
    QVERIFY(guided->findChild<QCheckBox *>(QStringLiteral("port8883Check"))->isChecked());

    QPointer<PeeringWizard> open(guided);
    QTest::mouseClick(guided->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(open.isNull());
    QCOMPARE(int(session()->peerings()->peeringsOf(kHuaweiDeployment).size()), recordsBefore + 1);
}

QTEST_MAIN(TestContinueByHand)
#include "tst_continuebyhand.moc"
