// "Do it for me" under an "EMQX Cloud console (by hand)" profile, offscreen, driven by
// objectName: the plan's EMQX steps wait for the operator on the Apply page (what to enter, with
// copy buttons, and Done); Done records the peering locally (pending, Alibaba Cloud's window
// estimated from then) and the outcome is decided on the provider side — Alibaba Cloud: the
// plan attaches the deployment's VPC once EMQX's grant is visible and waits for Attached; Huawei
// Cloud: the request ACTIVE once EMQX accepted it. EMQX's side is played through the emulators'
// own operations (grant, accept); no sandbox (EMQX Cloud has no API here). Injected clock moved
// 1 s every 5 ms.
#include "app/core/clock.h"
#include "app/providers/aliyun/automation/aliyunplan.h"
#include "app/providers/aliyun/emulator/aliyunemulator.h"
#include "app/providers/huawei/automation/huaweiplan.h"
#include "app/providers/huawei/emulator/huaweiemulator.h"
#include "app/secrets/secretjob.h"
#include "app/secrets/secretstore.h"
#include "app/session/applyengine.h"
#include "app/session/automation.h"
#include "app/session/consolebackend.h"
#include "app/session/peeringmodel.h"
#include "app/session/session.h"
#include "tests/ui/doitformefixture.h"
#include "ui/doitforme/doitformewizard.h"
#include "ui/wizard/peeringwizard.h"
#include "ui/wizard/wizardvalues.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
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
const QString kProfile = QStringLiteral("console-doitforme-test");
const QString kEmqxAliyunVpc = QStringLiteral("vpc-bp1x8d2k4m6n0q2s4u6w8"); // seeded, EMQX's
const QString kSeededCen = QStringLiteral("cen-7qthudw0ll6jmc3abc");
const QString kEmqxHuaweiVpc = QStringLiteral("ab78be2d-782f-42a5-aa72-35879f6890ff");

} // namespace

class TestConsoleDoItForMe : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aliyunRunsWithTheOperatorsDone();
    void huaweiRunsWithTheOperatorsDone();
    void waitingForTheOperatorResumesAfterAQuit();
    void continueByHandOnTheOperatorsStep();

private:
    session::ConsoleBackend *console() const { return m_session->console(); }
    QString addDeployment(const QString &name, const QString &provider, const QString &region,
                          const QString &vpc, const QString &cidr, const QString &account) {
        return test::addConsoleDeployment(console(), name, provider, region, vpc, cidr, account);
    }
    secrets::ProviderAccount account(const QString &provider, const QString &keyId,
                                     const QString &secret, const QUrl &endpoint) {
        return test::writtenAccount(&m_secrets, provider, QStringLiteral("Ops"), keyId, secret,
                                    endpoint);
    }
    template <typename T> T *child(QWidget *w, const QString &name) {
        return test::namedChild<T>(w, name);
    }
    // Choose how → Pick (the VPC from the list) → Plan → Apply, up to the step that waits for
    // the operator; returns that step's index.
    int walkToOperator(DoItForMeWizard *wizard, const QString &vpcId);
    // The operator's Done; the peering is recorded pending.
    QString pressDone(DoItForMeWizard *wizard, int index);
    // The end of Apply: every row done, the record running as seen on the provider side.
    void expectRunning(DoItForMeWizard *wizard, const QString &recordId);

    QTemporaryDir m_dir;
    secrets::SecretStore m_secrets;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<aliyun::Emulator> m_aliyun;
    std::unique_ptr<huawei::Emulator> m_huawei;
    std::unique_ptr<session::Session> m_session;
    QTimer m_ticker;
};

void TestConsoleDoItForMe::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    m_secrets.setSessionOnly(true);
    test::registerFastAutomations();
}

void TestConsoleDoItForMe::init() {
    QVERIFY(m_dir.isValid());
    test::removeConsolePeerings(kProfile);
    m_clock = std::make_unique<ManualClock>(QDateTime::currentMSecsSinceEpoch());
    QString error;
    QVERIFY2(test::startProviderEmulators(m_clock.get(), {}, m_aliyun, m_huawei, &error),
             qPrintable(error));
    m_session = test::openConsoleSession(kProfile, QStringLiteral("Console"), m_clock.get());
    QVERIFY(console());
    m_ticker.setInterval(5);
    m_ticker.callOnTimeout([this] { m_clock->advanceMs(1000); });
}

void TestConsoleDoItForMe::cleanup() {
    m_ticker.stop();
    m_ticker.disconnect();
    m_session.reset();
    m_aliyun.reset();
    m_huawei.reset();
    test::removeConsolePeerings(kProfile);
}

int TestConsoleDoItForMe::walkToOperator(DoItForMeWizard *wizard, const QString &vpcId) {
    if (!test::pickAndPlan(wizard, vpcId, true) || !test::applyToOperatorStep(wizard, &m_ticker))
        return -1;
    return wizard->doItForMe()->engine()->currentStep();
}

QString TestConsoleDoItForMe::pressDone(DoItForMeWizard *wizard, int index) {
    session::ApplyEngine *engine = wizard->doItForMe()->engine();
    auto *rows = child<QTreeWidget>(wizard, QStringLiteral("applyList"));
    // The row says it waits for the operator; nothing is recorded, and it stays so.
    [&] {
        QVERIFY(index >= 0);
        QVERIFY(engine->waitsForOperator(index));
        QVERIFY(rows->topLevelItem(index)->text(1).startsWith(u"waiting for you"));
        QVERIFY(rows->topLevelItem(index)->text(0).startsWith(u"Do this in the EMQX Cloud"));
        QVERIFY(console()->peeringEntries().isEmpty());
        QTest::qWait(200); // 40 s by the clock
        QVERIFY(engine->waitsForOperator(index));
        QVERIFY(console()->peeringEntries().isEmpty());
    }();
    const qint64 pressedMs = m_clock->nowMs();
    QTest::mouseClick(child<QAbstractButton>(wizard, QStringLiteral("operatorDoneButton")),
                      Qt::LeftButton);
    if (!QTest::qWaitFor(
            [engine] {
                return !engine->fact(QStringLiteral("emqx.recordId")).toString().isEmpty();
            },
            kTimeout))
        return {};
    const QString id = engine->fact(QStringLiteral("emqx.recordId")).toString();
    const auto entry = console()->peeringEntry(id);
    [&] {
        QVERIFY(entry);
        QCOMPARE(entry->history.first().kind, session::ConsolePeeringEvent::Created);
        QVERIFY(entry->history.first().at.toMSecsSinceEpoch() >= pressedMs);
        QVERIFY(!child<QWidget>(wizard, QStringLiteral("operatorBox"))->isVisible());
    }();
    return id;
}

void TestConsoleDoItForMe::expectRunning(DoItForMeWizard *wizard, const QString &recordId) {
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isEnabled(), kTimeout);
    auto *rows = child<QTreeWidget>(wizard, QStringLiteral("applyList"));
    for (int i = 0; i < rows->topLevelItemCount(); ++i)
        QCOMPARE(rows->topLevelItem(i)->text(1), QStringLiteral("done"));
    const auto entry = console()->peeringEntry(recordId);
    QVERIFY(entry);
    QCOMPARE(entry->peering.state, PeeringState::Running);
    QCOMPARE(entry->history.last().kind, session::ConsolePeeringEvent::Confirmed);
    QVERIFY(entry->history.last().byProvider);
    QCOMPARE(m_session->peerings()->peering(recordId)->state, PeeringState::Running);
}

void TestConsoleDoItForMe::aliyunRunsWithTheOperatorsDone() {
    const QString deployment = addDeployment(
        QStringLiteral("production-hz"), QStringLiteral("aliyun"), QStringLiteral("cn-hangzhou"),
        kEmqxAliyunVpc, QStringLiteral("10.100.0.0/16"), QLatin1String(aliyun::kEmqxUid));
    QVERIFY(!deployment.isEmpty());
    // EMQX's seeded VPC leaves the seeded demo CEN (one VPC belongs to one CEN).
    QVERIFY(m_aliyun->detachChildInstance(kSeededCen, kEmqxAliyunVpc));
    DoItForMeWizard wizard(m_session.get(), &m_secrets,
                           {account(QStringLiteral("aliyun"), m_aliyun->options().accessKeyId,
                                    m_aliyun->options().accessKeySecret, m_aliyun->baseUrl())},
                           deployment, m_dir.path());
    wizard.setClock(m_clock.get());
    const int index = walkToOperator(&wizard, QStringLiteral("vpc-bp1operator0new00001"));
    QVERIFY(index > 0);
    session::ApplyEngine *engine = wizard.doItForMe()->engine();
    const QString cenId = engine->fact(QStringLiteral("aliyun.cenId")).toString();
    QVERIFY(cenId.startsWith(u"cen-")); // created by the plan before the EMQX step
    // Exactly what to enter in EMQX's console, with copy buttons.
    QCOMPARE(child<QLineEdit>(&wizard, QStringLiteral("peeringIdValue"))->text(), cenId);
    QCOMPARE(child<QLineEdit>(&wizard, QStringLiteral("accountIdValue"))->text(),
             QLatin1String(aliyun::kOperatorUid));
    QCOMPARE(child<QLineEdit>(&wizard, QStringLiteral("vpcIdValue"))->text(),
             QStringLiteral("vpc-bp1operator0new00001"));
    QCOMPARE(child<QLineEdit>(&wizard, QStringLiteral("cidrValue"))->text(),
             QStringLiteral("192.168.50.0/24"));
    QVERIFY(child<QAbstractButton>(&wizard, QStringLiteral("peeringIdCopyButton")));

    const QString id = pressDone(&wizard, index);
    QVERIFY(!id.isEmpty());
    const auto pending = console()->peeringEntry(id);
    QCOMPARE(pending->peering.state, PeeringState::Pending);
    QCOMPARE(pending->peering.peeringId, cenId);
    QVERIFY(pending->peering.expiresAt); // the window, estimated from Done
    // Without EMQX's grant the plan keeps trying to attach the deployment's VPC.
    QTest::qWait(200);
    QCOMPARE(console()->peeringEntry(id)->peering.state, PeeringState::Pending);
    QVERIFY(!engine->isFinished());
    // EMQX grants its VPC to the operator's CEN: the plan attaches it, Attached → running.
    QVERIFY(m_aliyun->grantInstanceToCen(kEmqxAliyunVpc, QLatin1String(aliyun::kEmqxUid), cenId,
                                         QLatin1String(aliyun::kOperatorUid)));
    expectRunning(&wizard, id);
}

void TestConsoleDoItForMe::huaweiRunsWithTheOperatorsDone() {
    const QString deployment = addDeployment(
        QStringLiteral("telemetry-bj"), QStringLiteral("huawei"), QStringLiteral("cn-north-4"),
        kEmqxHuaweiVpc, QStringLiteral("172.20.0.0/16"), QLatin1String(huawei::kEmqxProject));
    QVERIFY(!deployment.isEmpty());
    DoItForMeWizard wizard(m_session.get(), &m_secrets,
                           {account(QStringLiteral("huawei"), m_huawei->options().accessKey,
                                    m_huawei->options().secretKey, m_huawei->baseUrl())},
                           deployment, m_dir.path());
    wizard.setClock(m_clock.get());
    const int index =
        walkToOperator(&wizard, QStringLiteral("9daeac7c-a98f-430f-8e38-67f9c044e299"));
    QVERIFY(index > 0);
    session::ApplyEngine *engine = wizard.doItForMe()->engine();
    const QString request = engine->fact(QStringLiteral("huawei.peeringId")).toString();
    QVERIFY(!request.isEmpty()); // the request, created by the plan before the EMQX step
    QCOMPARE(child<QLineEdit>(&wizard, QStringLiteral("peeringIdValue"))->text(), request);

    const QString id = pressDone(&wizard, index);
    QVERIFY(!id.isEmpty());
    QCOMPARE(console()->peeringEntry(id)->peering.peeringId, request);
    QTest::qWait(200);
    QCOMPARE(console()->peeringEntry(id)->peering.state, PeeringState::Pending);
    QVERIFY(!engine->isFinished());
    // EMQX accepts the request in its console: ACTIVE → running, then the route and rules.
    QVERIFY(m_huawei->acceptPeering(request));
    expectRunning(&wizard, id);
}

// The application quits while the EMQX step waits for the operator: the next Apply of the same
// choices resumes there (the peering request made before stays the one to enter), and Done then
// records the peering and the plan reaches running.
void TestConsoleDoItForMe::waitingForTheOperatorResumesAfterAQuit() {
    const QString deployment = addDeployment(
        QStringLiteral("telemetry-bj"), QStringLiteral("huawei"), QStringLiteral("cn-north-4"),
        kEmqxHuaweiVpc, QStringLiteral("172.20.0.0/16"), QLatin1String(huawei::kEmqxProject));
    QVERIFY(!deployment.isEmpty());
    const secrets::ProviderAccount acct =
        account(QStringLiteral("huawei"), m_huawei->options().accessKey,
                m_huawei->options().secretKey, m_huawei->baseUrl());
    const QString vpc = QStringLiteral("9daeac7c-a98f-430f-8e38-67f9c044e299");
    QString request;
    {
        auto wizard = std::make_unique<DoItForMeWizard>(m_session.get(), &m_secrets,
                                                        QList<secrets::ProviderAccount>{acct},
                                                        deployment, m_dir.path());
        wizard->setClock(m_clock.get());
        QVERIFY(walkToOperator(wizard.get(), vpc) > 0);
        request =
            wizard->doItForMe()->engine()->fact(QStringLiteral("huawei.peeringId")).toString();
        QVERIFY(!request.isEmpty());
    } // quit while waiting for the operator
    QVERIFY(console()->peeringEntries().isEmpty());

    DoItForMeWizard wizard(m_session.get(), &m_secrets, {acct}, deployment, m_dir.path());
    wizard.setClock(m_clock.get());
    const int index = walkToOperator(&wizard, vpc);
    QVERIFY(index > 0);
    session::ApplyEngine *engine = wizard.doItForMe()->engine();
    QVERIFY(engine->resumedSteps() > 0);
    QCOMPARE(engine->fact(QStringLiteral("huawei.peeringId")).toString(), request);
    QCOMPARE(child<QLineEdit>(&wizard, QStringLiteral("peeringIdValue"))->text(), request);
    const QString id = pressDone(&wizard, index);
    QVERIFY(!id.isEmpty());
    QVERIFY(m_huawei->acceptPeering(request));
    expectRunning(&wizard, id);
    QCOMPARE(console()->peeringEntries().size(), 1);
}

// Continue by hand while the EMQX step waits for the operator: the guided wizard opens on its
// "Do this in EMQX's console" page with the request Do it for me created and the user ID it
// read (the steps noted as done for you); Done there records the peering, and the outcome told
// on the waiting page reaches running, with the follow-up's route table and ports kept.
void TestConsoleDoItForMe::continueByHandOnTheOperatorsStep() {
    const QString deployment = addDeployment(
        QStringLiteral("telemetry-bj"), QStringLiteral("huawei"), QStringLiteral("cn-north-4"),
        kEmqxHuaweiVpc, QStringLiteral("172.20.0.0/16"), QLatin1String(huawei::kEmqxProject));
    QVERIFY(!deployment.isEmpty());
    auto *wizard =
        new DoItForMeWizard(m_session.get(), &m_secrets,
                            {account(QStringLiteral("huawei"), m_huawei->options().accessKey,
                                     m_huawei->options().secretKey, m_huawei->baseUrl())},
                            deployment, m_dir.path());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<DoItForMeWizard> guardedWizard(wizard);
    wizard->setClock(m_clock.get());
    const QString vpc = QStringLiteral("9daeac7c-a98f-430f-8e38-67f9c044e299");
    QVERIFY(walkToOperator(wizard, vpc) > 0);
    const QString request =
        wizard->doItForMe()->engine()->fact(QStringLiteral("huawei.peeringId")).toString();
    QVERIFY(!request.isEmpty());
    // As the application wires it (installDoItForMe → WizardLauncher::openHandOver).
    std::unique_ptr<ui::PeeringWizard> guided;
    connect(wizard, &DoItForMeWizard::continueByHand, this,
            [this, &guided](const session::HandOver &handOver) {
                guided.reset(ui::PeeringWizard::forHandOver(m_session.get(), handOver));
            });
    QTest::mouseClick(child<QAbstractButton>(wizard, QStringLiteral("continueByHandButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(guardedWizard.isNull());
    QVERIFY(guided);
    guided->show();
    QVERIFY(console()->peeringEntries().isEmpty()); // nothing recorded behind the operator
    QCOMPARE(guided->currentPage()->objectName(), QStringLiteral("consolePage_huawei.submit"));
    auto *note = guided->currentPage()->findChild<QLabel *>(QStringLiteral("doneForYouNote"));
    QVERIFY(note && !note->isHidden());
    for (const char *done :
         {"Done for you by Do it for me", "Read your user ID", "Create the VPC peering request"})
        QVERIFY2(note->text().contains(QLatin1String(done)), qPrintable(note->text()));
    QCOMPARE(guided->values()->text(QStringLiteral("peeringId")), request);
    QCOMPARE(guided->values()->text(QStringLiteral("accountId")),
             QLatin1String(huawei::kOperatorUserId));
    QCOMPARE(guided->values()->text(QStringLiteral("vpcId")), vpc);
    QVERIFY(guided->button(QWizard::BackButton)->isEnabled());

    // Done in EMQX's console, then Done here: recorded; EMQX accepts, the operator says so.
    QTest::mouseClick(guided->button(QWizard::CommitButton), Qt::LeftButton);
    const QString id = guided->values()->recordId();
    QVERIFY(!id.isEmpty());
    QCOMPARE(console()->peeringEntry(id)->peering.peeringId, request);
    QVERIFY(m_huawei->acceptPeering(request));
    QTest::mouseClick(child<QAbstractButton>(guided.get(), QStringLiteral("consoleRunningButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(guided->currentPage()->objectName(),
                              QStringLiteral("page_huawei.route"), kTimeout);
    QCOMPARE(m_session->peerings()->peering(id)->state, PeeringState::Running);
    QCOMPARE(child<QLineEdit>(guided.get(), QStringLiteral("routeTableIdEdit"))->text(),
             QStringLiteral("6c0e1f2a-3b4c-4d5e-8f60-718293a4b5c6"));
    QCOMPARE(console()->peeringEntries().size(), 1);
}

QTEST_MAIN(TestConsoleDoItForMe)
#include "tst_consoledoitforme.moc"
