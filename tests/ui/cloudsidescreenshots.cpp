// scripts/cloudside-screenshots.sh's harness (not a test): the status panel's "Cloud side"
// group (issue 16) in the main window, against the sandbox coupled to the Huawei Cloud emulator.
// "Do it for me" applies a Huawei Cloud peering first (as tests/ui/tst_doitforme.cpp), then the
// window shows its details: every check OK; the MQTT rule deleted in the console (the
// emulator's hook) and Refresh now: the mismatch with Fix…; the Fix… confirmation showing the
// one call; the rule restored; and, the peering deleted, the cleanup of the operator's side
// with its calls listed. Each is saved as a PNG to the directory given.
//
//   vpw-cloudside-screenshots <output directory> [--lang zh_CN|en]
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
#include "app/session/cloudside.h"
#include "app/session/peeringmodel.h"
#include "app/session/session.h"
#include "tests/ui/doitformefixture.h"
#include "tests/ui/screenshotharness.h"
#include "translations/i18n.h"
#include "ui/cloudsideinstall.h"
#include "ui/deletepeeringdialog.h"
#include "ui/doitforme/doitformewizard.h"
#include "ui/mainwindow.h"
#include "ui/sidecleanupdialog.h"
#include "ui/statuspanel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace vpw;

namespace {

const QString kKey = QStringLiteral("screens");
const QString kSecret = QStringLiteral("screens-secret");
const QString kDeployment = QStringLiteral("e2b9c4d5"); // the demo's Huawei Cloud deployment
const QString kVpc = QStringLiteral("9daeac7c-a98f-430f-8e38-67f9c044e299");

template <typename Predicate> bool waitFor(Predicate done, const char *what) {
    if (QTest::qWaitFor(done, 30000))
        return true;
    qWarning("timed out waiting for %s", what);
    return false;
}

void shoot(QWidget *widget, const QDir &dir, const QString &name) {
    test::shoot(widget, dir, QStringLiteral("cloudside-"), name);
}

} // namespace

int main(int argc, char **argv) {
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    const QString out = test::screenshotDir(app, "vpw-cloudside-screenshots");
    if (out.isEmpty())
        return 2;
    const QDir dir(out);

    huawei::PlanTiming timing;
    timing.pollMs = 20;
    huawei::registerAutomation(timing);
    huawei::registerCloudSide();
    huawei::registerCleanup();

    QTemporaryDir temp;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, temp.path());
    const QString state = temp.filePath(QStringLiteral("state.db"));
    const QString journals = temp.filePath(QStringLiteral("journals"));
    QDir().mkpath(journals);
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    std::unique_ptr<sandbox::Server> server;
    std::unique_ptr<aliyun::Emulator> aliyunEmulator;
    std::unique_ptr<huawei::Emulator> huaweiEmulator;
    QString error;
    if (!test::startCoupledSandbox(&clock, state, kKey, kSecret, server, aliyunEmulator,
                                   huaweiEmulator, &error)) {
        qWarning("%s", qPrintable(error));
        return 1;
    }

    QSettings settings(temp.filePath(QStringLiteral("profiles.conf")), QSettings::IniFormat);
    secrets::ProfileStore profiles(&settings);
    profiles.setDemoConnection(server->baseUrl(), kKey);
    secrets::SecretStore secrets;
    secrets.setSessionOnly(true);
    secrets.setSessionSecret(QString::fromLatin1(secrets::ProfileStore::DemoProfileId), kSecret);
    secrets::ProviderAccount account;
    account.provider = QStringLiteral("huawei");
    account.name = QStringLiteral("Production");
    account.accessKeyId = huaweiEmulator->options().accessKey;
    account.regions = {QStringLiteral("cn-north-4")};
    account.endpointOverride = huaweiEmulator->baseUrl();
    if (auto refused = profiles.providerAccounts()->add(account)) {
        qWarning("the provider account: %s", qPrintable(refused->message));
        return 1;
    }
    {
        QSignalSpy written(
            secrets.writeAccountSecret(account.id, huaweiEmulator->options().secretKey),
            &QObject::destroyed);
        written.wait(10000);
    }

    ui::MainWindow window(&profiles, &secrets);
    window.resize(1180, 860);
    window.show();
    window.connectProfile();
    session::Session *session = window.session();
    waitFor([&] { return session && session->peerings()->rowCount() >= 3; }, "the session");

    // "Do it for me" applies the peering: its journal is what the Cloud side watches.
    QString recordId;
    {
        QTimer ticker; // the emulators' time: 1 s every 5 ms while Apply runs
        ticker.setInterval(5);
        QObject::connect(&ticker, &QTimer::timeout, [&] { clock.advanceMs(1000); });
        ui::DoItForMeWizard wizard(session, &secrets, {account}, kDeployment, journals);
        wizard.setClock(&clock);
        wizard.show();
        wizard.button(QWizard::NextButton)->click();
        auto *vpcs = wizard.findChild<QComboBox *>(QStringLiteral("vpcBox"));
        waitFor([&] { return vpcs->isEnabled() && vpcs->count() > 0; }, "the VPC list");
        vpcs->setCurrentIndex(vpcs->findData(kVpc));
        waitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }, "Next");
        wizard.button(QWizard::NextButton)->click();
        QTest::qWait(1500);
        wizard.button(QWizard::CommitButton)->click();
        ticker.start();
        waitFor([&] { return wizard.button(QWizard::FinishButton)->isEnabled(); }, "the apply");
        ticker.stop();
        recordId = wizard.doItForMe()->engine()->fact(QStringLiteral("emqx.recordId")).toString();
    }
    if (recordId.isEmpty()) {
        qWarning("the apply did not reach running");
        return 1;
    }
    session::CloudSideWatcher *watcher =
        ui::installCloudSide(&window, &profiles, &secrets, journals, &clock);
    window.findChild<ui::StatusPanel *>()->selectIds(kDeployment, recordId);
    window.raise();
    const auto label = [&window] {
        return window.findChild<QLabel *>(QStringLiteral("cloudSideCheck-rule-1883"));
    };
    const auto fixButton = [&window] {
        return window.findChild<QPushButton *>(QStringLiteral("cloudSideFix-rule-1883"));
    };
    waitFor([&] { return label() && !watcher->isReading(recordId); }, "the first check");
    // The details scroll: the Cloud side group is their last part.
    auto *group = window.findChild<QWidget *>(QStringLiteral("cloudSideGroup"));
    const auto scrollToGroup = [group] {
        QTest::qWait(100);
        for (QWidget *w = group; w; w = w->parentWidget()) {
            if (auto *area = qobject_cast<QScrollArea *>(w)) {
                area->ensureWidgetVisible(group, 0, 0);
                break;
            }
        }
    };
    scrollToGroup();
    shoot(&window, dir, QStringLiteral("01-ok"));

    // The operator deletes the MQTT rule in Huawei Cloud's console; Refresh now reads at once.
    for (const session::CloudSideTarget &target : session::cloudSideTargets(journals)) {
        if (target.recordId == recordId)
            huaweiEmulator->deleteSecurityGroupRules(target.securityGroupId, 1883);
    }
    window.findChild<QPushButton *>(QStringLiteral("cloudSideRefresh"))->click();
    waitFor([&] { return fixButton() != nullptr; }, "the mismatch");
    scrollToGroup();
    shoot(&window, dir, QStringLiteral("02-mismatch"));

    fixButton()->click();
    auto *dialog = window.findChild<QMessageBox *>(QStringLiteral("cloudSideFixDialog"));
    if (!dialog) {
        qWarning("no Fix… dialog");
        return 1;
    }
    shoot(dialog, dir, QStringLiteral("03-fix-confirm"));
    dialog->button(QMessageBox::Yes)->click();
    waitFor([&] { return !fixButton() && label() && !watcher->isReading(recordId); }, "the fix");
    scrollToGroup();
    shoot(&window, dir, QStringLiteral("04-fixed"));

    // The peering deleted from the main window: its deletion sent, the cleanup of the operator's
    // side is offered, listing each call after reading what is still there.
    window.findChild<QAction *>(QStringLiteral("deletePeeringAction"))->trigger();
    auto *deleteDialog = window.findChild<ui::DeletePeeringDialog *>();
    if (!deleteDialog) {
        qWarning("no Delete peering dialog");
        return 1;
    }
    QTest::mouseClick(deleteDialog->findChild<QPushButton *>(QStringLiteral("deleteButton")),
                      Qt::LeftButton);
    ui::SideCleanupDialog *cleanup = nullptr;
    waitFor([&] { return (cleanup = window.findChild<ui::SideCleanupDialog *>()) != nullptr; },
            "the cleanup");
    if (!cleanup)
        return 1;
    auto *run = cleanup->findChild<QPushButton *>(QStringLiteral("cleanupRunButton"));
    waitFor([&] { return run->isEnabled(); }, "the cleanup's reads"); // read, calls ticked
    QTest::qWait(100);
    shoot(cleanup, dir, QStringLiteral("05-cleanup"));
    return 0;
}
