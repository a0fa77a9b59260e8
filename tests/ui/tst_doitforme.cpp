// The "Do it for me" wizard (ui/doitforme), offscreen, driven by objectName: Choose how → Pick
// (chosen from the account's lists, no ID typed) → Plan (every call listed before anything is
// sent) → Apply, to `running` with the rules in place, for both providers. Against the real
// sandbox coupled to both provider emulators on an injected clock that a timer moves 1 s every
// 5 ms; the provider accounts are the emulated operator's (docs/providers-emulated.md).
#include "app/providers/aliyun/automation/aliyunplan.h"
#include "app/providers/aliyun/emulator/aliyunemulator.h"
#include "app/providers/emqxcoupling.h"
#include "app/providers/huawei/automation/huaweiplan.h"
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
#include "app/session/sessionmanager.h"
#include "tests/ui/doitformefixture.h"
#include "tests/ui/inputcounter.h"
#include "ui/doitforme/doitformelauncher.h"
#include "ui/doitforme/doitformewizard.h"
#include "ui/mainwindow.h"
#include "ui/wizard/peeringwizard.h"
#include "ui/wizard/wizardjournal.h"
#include "ui/wizard/wizardlauncher.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

using namespace vpw;
using ui::DoItForMeWizard;

namespace {

constexpr int kTimeout = 30000;
const QString kKey = QStringLiteral("doitforme");
const QString kSecret = QStringLiteral("doitforme-secret");

} // namespace

class TestDoItForMe : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aliyunReachesRunningWithoutTypingAnId();
    void huaweiReachesRunningWithoutTypingAnId();
    void planPageNamesAMissingPermission();
    void huaweiPlanPageNamesAMissingPermission();
    void withoutAccountTheGuidedFlowIsChosen();
    void newPeeringOffersChooseHowFirst();
    void resumesAfterTheWizardIsDestroyedMidApply();

private:
    secrets::ProviderAccount account(const QString &provider, const QString &keyId,
                                     const QString &secret, const QUrl &endpoint) {
        return test::writtenAccount(&m_secrets, provider, QStringLiteral("Demo"), keyId, secret,
                                    endpoint);
    }
    template <typename T> T *child(DoItForMeWizard *w, const char *name) {
        T *found = w->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no %s", name);
        return found;
    }
    // Walks the wizard from Choose how to the end of Apply; the VPC is picked from the list.
    void walk(DoItForMeWizard *wizard, const QString &vpcId, int expectedRules,
              const char *provider);

    QTemporaryDir m_dir;
    secrets::SecretStore m_secrets;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<sandbox::Server> m_server;
    std::unique_ptr<aliyun::Emulator> m_aliyun;
    std::unique_ptr<huawei::Emulator> m_huawei;
    std::unique_ptr<session::SessionManager> m_manager;
    session::Session *m_session = nullptr;
    QTimer m_ticker;
};

void TestDoItForMe::initTestCase() {
    QStandardPaths::setTestModeEnabled(true); // the guided wizards' journals
    m_secrets.setSessionOnly(true);
    test::registerFastAutomations();
}

void TestDoItForMe::init() {
    QVERIFY(m_dir.isValid());
    const QString state = m_dir.filePath(QStringLiteral("state.db"));
    QFile::remove(state);
    m_clock = std::make_unique<ManualClock>(QDateTime::currentMSecsSinceEpoch());
    QString error;
    QVERIFY2(test::startCoupledSandbox(m_clock.get(), state, kKey, kSecret, m_server, m_aliyun,
                                       m_huawei, &error),
             qPrintable(error));
    m_manager = std::make_unique<session::SessionManager>(&m_secrets);
    m_secrets.setSessionSecret(QStringLiteral("doitforme"), kSecret);
    secrets::Profile profile;
    profile.id = QStringLiteral("doitforme");
    profile.name = profile.id;
    profile.endpoint = m_server->baseUrl();
    profile.apiKey = kKey;
    m_session = m_manager->open(profile);
    QVERIFY(m_session);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->status().state == session::ConnectionStatus::Connected,
                             kTimeout);
    m_ticker.setInterval(5);
    m_ticker.callOnTimeout([this] { m_clock->advanceMs(1000); });
    m_ticker.start();
}

void TestDoItForMe::cleanup() {
    m_ticker.stop();
    m_ticker.disconnect();
    m_manager.reset();
    m_session = nullptr;
    m_server.reset();
    m_aliyun.reset();
    m_huawei.reset();
}

static QString planText(DoItForMeWizard *wizard) {
    QString text;
    auto *plan = wizard->findChild<QListWidget *>(QStringLiteral("planList"));
    for (int i = 0; plan && i < plan->count(); ++i)
        text += QLatin1Char('\n') + plan->item(i)->text();
    return text;
}

// On the Plan page: the check done, naming a missing permission, and both ports' rule rows marked
// "Would be refused" with `permission` and the provider's `code`.
static void expectRefusedRules(DoItForMeWizard *wizard, QStringView permission, QStringView code) {
    QCOMPARE(wizard->currentId(), int(DoItForMeWizard::PlanPageId));
    auto *status = wizard->findChild<QLabel *>(QStringLiteral("planStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Checked"), kTimeout);
    QVERIFY2(status->text().contains(u"missing permission"), qPrintable(status->text()));
    auto *plan = wizard->findChild<QListWidget *>(QStringLiteral("planList"));
    int refused = 0;
    for (int i = 0; i < plan->count(); ++i) {
        const QString text = plan->item(i)->text();
        if (!text.contains(u"Would be refused"))
            continue;
        ++refused;
        QVERIFY2(text.contains(u"Allow TCP port") && text.contains(permission) &&
                     text.contains(code),
                 qPrintable(text));
    }
    QCOMPARE(refused, 2); // both ports' rules
}

void TestDoItForMe::walk(DoItForMeWizard *wizard, const QString &vpcId, int expectedRules,
                         const char *provider) {
    test::InputCounter input; // what the operator does, up to running
    wizard->show();
    QCOMPARE(wizard->currentId(), int(DoItForMeWizard::ChooseHowPageId));
    QVERIFY(child<QRadioButton>(wizard, "doItForMe")->isChecked());
    QCOMPARE(child<QComboBox>(wizard, "accountBox")->accessibleName(),
             QStringLiteral("Provider account"));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(DoItForMeWizard::PickPageId));

    auto *vpcs = child<QComboBox>(wizard, "vpcBox");
    QCOMPARE(vpcs->accessibleName(), QStringLiteral("Your VPC")); // its visible label
    QTRY_VERIFY_WITH_TIMEOUT(vpcs->isEnabled() && vpcs->count() > 0, kTimeout);
    const int row = vpcs->findData(vpcId);
    QVERIFY(row >= 0);
    // Keyboard only: from the first entry down to the VPC (disabled entries are passed over).
    vpcs->setFocus();
    for (int i = 0; i < vpcs->count() && vpcs->currentIndex() != row; ++i)
        QTest::keyClick(vpcs, Qt::Key_Down);
    QCOMPARE(vpcs->currentIndex(), row);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), kTimeout);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);

    QCOMPARE(wizard->currentId(), int(DoItForMeWizard::PlanPageId));
    auto *plan = child<QListWidget>(wizard, "planList");
    QVERIFY(plan->count() >= 5);
    QVERIFY(!child<QPlainTextEdit>(wizard, "policyText")->toPlainText().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(wizard, "planStatus")->text().startsWith(u"Checked"),
                             kTimeout);
    // Nothing is sent before Apply: no record appears while the plan page is shown.
    const int before = m_session->peerings()->rowCount();
    QTest::qWait(50);
    QCOMPARE(m_session->peerings()->rowCount(), before);

    QAbstractButton *apply = wizard->button(QWizard::CommitButton);
    QCOMPARE(apply->text().remove(u'&'), QStringLiteral("Apply"));
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(DoItForMeWizard::ApplyPageId));
    auto *steps = child<QTreeWidget>(wizard, "applyList");
    QCOMPARE(steps->topLevelItemCount(), plan->count());
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isEnabled(), kTimeout);
    int rules = 0;
    for (int i = 0; i < steps->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = steps->topLevelItem(i);
        QCOMPARE(item->text(1), QStringLiteral("done")); // the state as text, beside its icon
        QVERIFY(!item->icon(1).isNull());
        rules += item->text(0).startsWith(u"Allow TCP port") ? 1 : 0;
    }
    QCOMPARE(rules, expectedRules);
    const QString recordId =
        wizard->doItForMe()->engine()->fact(QStringLiteral("emqx.recordId")).toString();
    QCOMPARE(m_session->peerings()->peering(recordId)->state, PeeringState::Running);
    QVERIFY(child<QLabel>(wizard, "applyStatus")->text().startsWith(u"Done"));
    // The figures quoted in docs/performance.md ("Clicks and typed characters to running"):
    // every ID is chosen from the account's lists, nothing is typed.
    qInfo("figure: do it for me, %s, to running: %d clicks, %d key presses, %d typed characters",
          provider, input.clicks(), input.keyPresses(), input.typedCharacters());
    QCOMPARE(input.typedCharacters(), 0);
    QCOMPARE(input.clicks(), 3); // Next, Next, Apply
    QVERIFY(input.keyPresses() <= vpcs->count());
}

void TestDoItForMe::aliyunReachesRunningWithoutTypingAnId() {
    DoItForMeWizard wizard(m_session, &m_secrets,
                           {account(QStringLiteral("aliyun"), m_aliyun->options().accessKeyId,
                                    m_aliyun->options().accessKeySecret, m_aliyun->baseUrl())},
                           QStringLiteral("c4e5f6a7"), m_dir.path());
    wizard.setClock(m_clock.get());
    walk(&wizard, QStringLiteral("vpc-bp1operator0new00001"), 2, "Aliyun");
}

void TestDoItForMe::huaweiReachesRunningWithoutTypingAnId() {
    DoItForMeWizard wizard(m_session, &m_secrets,
                           {account(QStringLiteral("huawei"), m_huawei->options().accessKey,
                                    m_huawei->options().secretKey, m_huawei->baseUrl())},
                           QStringLiteral("e2b9c4d5"), m_dir.path());
    wizard.setClock(m_clock.get());
    walk(&wizard, QStringLiteral("9daeac7c-a98f-430f-8e38-67f9c044e299"), 2, "Huawei");
    // The default route table of the VPC was preselected.
    QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("routeTableBox"))->currentData(),
             QVariant(QStringLiteral("6c0e1f2a-3b4c-4d5e-8f60-718293a4b5c6")));
}

// The Plan page's dry run (DryRun=true on CreateCen and AuthorizeSecurityGroup): a RAM user
// without ecs:AuthorizeSecurityGroup is named on the rule rows, before Apply.
void TestDoItForMe::planPageNamesAMissingPermission() {
    m_aliyun->denyActions({QStringLiteral("AuthorizeSecurityGroup")});
    DoItForMeWizard wizard(m_session, &m_secrets,
                           {account(QStringLiteral("aliyun"), m_aliyun->options().accessKeyId,
                                    m_aliyun->options().accessKeySecret, m_aliyun->baseUrl())},
                           QStringLiteral("c4e5f6a7"), m_dir.path());
    wizard.setClock(m_clock.get());
    wizard.show();
    wizard.button(QWizard::NextButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), kTimeout);
    wizard.button(QWizard::NextButton)->click();
    expectRefusedRules(&wizard, u"ecs:AuthorizeSecurityGroup", u"Forbidden.RAM");
}

// Huawei Cloud's Plan page: v1 has no dry run, so the rule rows are checked with v3's
// dry_run. An IAM user without vpc:securityGroupRules:create is named on them, before Apply.
void TestDoItForMe::huaweiPlanPageNamesAMissingPermission() {
    m_huawei->denyActions({QStringLiteral("vpc:securityGroupRules:create")});
    DoItForMeWizard wizard(m_session, &m_secrets,
                           {account(QStringLiteral("huawei"), m_huawei->options().accessKey,
                                    m_huawei->options().secretKey, m_huawei->baseUrl())},
                           QStringLiteral("e2b9c4d5"), m_dir.path());
    wizard.setClock(m_clock.get());
    wizard.show();
    wizard.button(QWizard::NextButton)->click();
    auto *vpcs = child<QComboBox>(&wizard, "vpcBox");
    QTRY_VERIFY_WITH_TIMEOUT(vpcs->isEnabled() && vpcs->count() > 0, kTimeout);
    vpcs->setCurrentIndex(vpcs->findData(QStringLiteral("9daeac7c-a98f-430f-8e38-67f9c044e299")));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), kTimeout);
    wizard.button(QWizard::NextButton)->click();
    expectRefusedRules(&wizard, u"vpc:securityGroupRules:create", u"VPC.2201");
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_huawei->requestCount(QStringLiteral("POST /v1/{project_id}/security-group-rules")),
             0);
}

void TestDoItForMe::withoutAccountTheGuidedFlowIsChosen() {
    DoItForMeWizard wizard(m_session, &m_secrets, {}, QStringLiteral("c4e5f6a7"), m_dir.path());
    QSignalSpy guided(&wizard, &DoItForMeWizard::guidedChosen);
    wizard.show();
    QVERIFY(!child<QRadioButton>(&wizard, "doItForMe")->isEnabled());
    QVERIFY(child<QRadioButton>(&wizard, "guideMe")->isChecked());
    wizard.button(QWizard::NextButton)->click();
    QVERIFY(guided.wait(kTimeout));
    QCOMPARE(guided.at(0).at(0).toString(), QStringLiteral("c4e5f6a7"));
}

// The main window's "New peering…" with the automations registered (as main.cpp does): an
// Alibaba Cloud deployment opens Choose how with the stored account of that provider, "Guide me"
// opens the guided wizard; an AWS deployment (no automation) opens the guided wizard at once.
void TestDoItForMe::newPeeringOffersChooseHowFirst() {
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("user")));
    QSettings settings(m_dir.filePath(QStringLiteral("app.conf")), QSettings::IniFormat);
    secrets::ProfileStore profiles(&settings);
    secrets::ProviderAccount stored =
        account(QStringLiteral("aliyun"), m_aliyun->options().accessKeyId,
                m_aliyun->options().accessKeySecret, m_aliyun->baseUrl());
    stored.regions = {QStringLiteral("cn-hangzhou")};
    QVERIFY(!profiles.providerAccounts()->add(stored));
    m_secrets.setSessionSecret(QString::fromLatin1(secrets::ProfileStore::DemoProfileId), kSecret);
    profiles.setDemoConnection(m_server->baseUrl(), kKey);
    const QString demo = QString::fromLatin1(secrets::ProfileStore::DemoProfileId);
    for (const char *id : {"c4e5f6a7", "f4a6c8e0"}) // a journal would be resumed instead
        ui::WizardJournal::discard(demo, QLatin1String(id));
    {
        ui::MainWindow window(&profiles, &m_secrets);
        ui::installPeeringWizards(&window);
        ui::installDoItForMe(&window, &profiles, &m_secrets, m_dir.path());
        window.show();
        window.connectProfile();
        QTRY_VERIFY_WITH_TIMEOUT(window.session() && window.session()->status().state ==
                                                         session::ConnectionStatus::Connected,
                                 kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->deployments()->rowCount() == 6, kTimeout);

        Q_EMIT window.newPeeringRequested(QStringLiteral("c4e5f6a7"));
        auto *chooser = window.findChild<DoItForMeWizard *>();
        QVERIFY(chooser);
        QVERIFY(!window.findChild<ui::PeeringWizard *>());
        auto *accounts = chooser->findChild<QComboBox *>(QStringLiteral("accountBox"));
        QCOMPARE(accounts->count(), 1);
        QCOMPARE(accounts->currentData().toString(), stored.id);
        chooser->findChild<QRadioButton *>(QStringLiteral("guideMe"))->setChecked(true);
        chooser->button(QWizard::NextButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<ui::PeeringWizard *>(), kTimeout);
        QCOMPARE(window.findChild<ui::PeeringWizard *>()->deploymentId(),
                 QStringLiteral("c4e5f6a7"));

        Q_EMIT window.newPeeringRequested(QStringLiteral("f4a6c8e0")); // AWS: guided at once
        bool awsGuided = false;
        for (auto *w : window.findChildren<ui::PeeringWizard *>())
            awsGuided |= w->deploymentId() == QLatin1String("f4a6c8e0");
        QVERIFY(awsGuided);
        for (QWidget *w : QApplication::topLevelWidgets())
            w->close();
    }
    for (const char *id : {"c4e5f6a7", "f4a6c8e0"})
        ui::WizardJournal::discard(demo, QLatin1String(id));
}

// The wizard (and with it the engine) is destroyed while Apply runs, right after EMQX Cloud
// answered: a new wizard preselects the interrupted choices, the plan says where it stopped, and
// Apply finishes it with one CEN and one record.
void TestDoItForMe::resumesAfterTheWizardIsDestroyedMidApply() {
    const secrets::ProviderAccount acct =
        account(QStringLiteral("aliyun"), m_aliyun->options().accessKeyId,
                m_aliyun->options().accessKeySecret, m_aliyun->baseUrl());
    const QString deployment = QStringLiteral("c4e5f6a7");
    const QString vpc = QStringLiteral("vpc-bp1operator0new00001");
    const int recordsBefore = int(m_session->peerings()->peeringsOf(deployment).size());
    {
        auto wizard = std::make_unique<DoItForMeWizard>(
            m_session, &m_secrets, QList<secrets::ProviderAccount>{acct}, deployment, m_dir.path());
        wizard->setClock(m_clock.get());
        wizard->show();
        wizard->button(QWizard::NextButton)->click();
        auto *vpcs = child<QComboBox>(wizard.get(), "vpcBox");
        QTRY_VERIFY_WITH_TIMEOUT(vpcs->isEnabled() && vpcs->findData(vpc) >= 0, kTimeout);
        vpcs->setCurrentIndex(vpcs->findData(vpc));
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->button(QWizard::NextButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(wizard.get(), "planStatus")->text().startsWith(u"Checked"), kTimeout);
        session::ApplyEngine *engine = wizard->doItForMe()->engine();
        QVERIFY(engine);
        // The application goes away right after EMQX Cloud's answer (before the next call).
        connect(engine, &session::ApplyEngine::stepChanged, engine, [engine](int index) {
            if (engine->step(index).key == QLatin1String("emqx-submit") &&
                engine->status(index).state == session::ApplyEngine::State::Done)
                engine->stop();
        });
        wizard->button(QWizard::CommitButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!engine->isRunning(), kTimeout);
        QVERIFY(!engine->isFinished());
        QCOMPARE(int(m_session->peerings()->peeringsOf(deployment).size()), recordsBefore + 1);
    } // destroyed mid-apply
    // The Plan page's permission check (DryRun=true, creates nothing) and the CEN itself.
    QCOMPARE(m_aliyun->requestCount(QStringLiteral("CreateCen")), 2);

    DoItForMeWizard wizard(m_session, &m_secrets, {acct}, deployment, m_dir.path());
    wizard.setClock(m_clock.get());
    wizard.show();
    wizard.button(QWizard::NextButton)->click();
    auto *vpcs = child<QComboBox>(&wizard, "vpcBox");
    QTRY_VERIFY_WITH_TIMEOUT(vpcs->isEnabled() && vpcs->count() > 0, kTimeout);
    QCOMPARE(vpcs->currentData().toString(), vpc); // the interrupted choices again
    QVERIFY2(child<QLabel>(&wizard, "pickMessage")->text().contains(u"interrupted"),
             qPrintable(child<QLabel>(&wizard, "pickMessage")->text()));
    wizard.button(QWizard::NextButton)->click();
    QTRY_VERIFY2_WITH_TIMEOUT(
        child<QLabel>(&wizard, "planStatus")->text().startsWith(u"An earlier Apply"),
        qPrintable(child<QLabel>(&wizard, "planStatus")->text() + planText(&wizard)), kTimeout);
    wizard.button(QWizard::CommitButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::FinishButton)->isEnabled(), kTimeout);
    const QString recordId =
        wizard.doItForMe()->engine()->fact(QStringLiteral("emqx.recordId")).toString();
    QCOMPARE(m_session->peerings()->peering(recordId)->state, PeeringState::Running);
    QCOMPARE(int(m_session->peerings()->peeringsOf(deployment).size()), recordsBefore + 1);
    QCOMPARE(m_aliyun->requestCount(QStringLiteral("CreateCen")), 2); // no second CEN, no check
}

QTEST_MAIN(TestDoItForMe)
#include "tst_doitforme.moc"
