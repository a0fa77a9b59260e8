// scripts/doitforme-screenshots.sh's harness (not a test): the "Do it for me" wizard against the
// sandbox coupled to both provider emulators (as tests/ui/tst_doitforme.cpp), each page saved as
// a PNG to the directory given: Choose how, Pick, Plan, Apply in progress, Apply done (Alibaba
// Cloud), and a failed row (Huawei Cloud, the IAM user without the security-group permission,
// whose Plan page named it first: 07-plan-refused).
//
//   vpw-doitforme-screenshots <output directory> [--lang zh_CN|en]
#include "app/providers/aliyun/automation/aliyunplan.h"
#include "app/providers/aliyun/emulator/aliyunemulator.h"
#include "app/providers/emqxcoupling.h"
#include "app/providers/huawei/automation/huaweiplan.h"
#include "app/providers/huawei/emulator/huaweiemulator.h"
#include "app/secrets/secretjob.h"
#include "app/secrets/secretstore.h"
#include "app/session/applyengine.h"
#include "app/session/automation.h"
#include "app/session/connectionstatus.h"
#include "app/session/session.h"
#include "app/session/sessionmanager.h"
#include "tests/ui/doitformefixture.h"
#include "tests/ui/screenshotharness.h"
#include "translations/i18n.h"
#include "ui/doitforme/doitformewizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace vpw;
using ui::DoItForMeWizard;

namespace {

const QString kKey = QStringLiteral("screens");
const QString kSecret = QStringLiteral("screens-secret");

template <typename Predicate> void waitFor(Predicate done, const char *what) {
    if (!QTest::qWaitFor(done, 30000))
        qWarning("timed out waiting for %s", what);
}

void shoot(QWidget *widget, const QDir &dir, const QString &name) {
    test::shoot(widget, dir, QStringLiteral("doitforme-"), name);
}

secrets::ProviderAccount account(secrets::SecretStore *store, const QString &provider,
                                 const QString &keyId, const QString &secret,
                                 const QUrl &endpoint) {
    return test::writtenAccount(store, provider, QStringLiteral("Production"), keyId, secret,
                                endpoint);
}

// From Choose how to the Plan page, the first usable VPC of the list picked.
void toPlan(DoItForMeWizard *wizard) {
    wizard->button(QWizard::NextButton)->click();
    auto *vpcs = wizard->findChild<QComboBox *>(QStringLiteral("vpcBox"));
    waitFor([&] { return vpcs->isEnabled() && vpcs->count() > 0; }, "the VPC list");
    waitFor([&] { return wizard->button(QWizard::NextButton)->isEnabled(); }, "Next");
}

} // namespace

int main(int argc, char **argv) {
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    const QString out = test::screenshotDir(app, "vpw-doitforme-screenshots");
    if (out.isEmpty())
        return 2;
    const QDir dir(out);

    test::registerFastAutomations();

    QTemporaryDir temp;
    const QString state = temp.filePath(QStringLiteral("state.db"));
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

    secrets::SecretStore secrets;
    secrets.setSessionOnly(true);
    secrets.setSessionSecret(QStringLiteral("screens"), kSecret);
    session::SessionManager manager(&secrets);
    secrets::Profile profile;
    profile.id = QStringLiteral("screens");
    profile.name = QStringLiteral("Demo");
    profile.endpoint = server->baseUrl();
    profile.apiKey = kKey;
    session::Session *session = manager.open(profile);
    waitFor([&] { return session->status().state == session::ConnectionStatus::Connected; },
            "the session");
    QTimer ticker; // the emulators' time: 1 s every 5 ms once Apply runs
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] { clock.advanceMs(1000); });

    {
        DoItForMeWizard wizard(
            session, &secrets,
            {account(&secrets, QStringLiteral("aliyun"), aliyunEmulator->options().accessKeyId,
                     aliyunEmulator->options().accessKeySecret, aliyunEmulator->baseUrl())},
            QStringLiteral("c4e5f6a7"), temp.path());
        wizard.setClock(&clock);
        wizard.show();
        shoot(&wizard, dir, QStringLiteral("01-choose-how"));
        toPlan(&wizard);
        shoot(&wizard, dir, QStringLiteral("02-pick"));
        wizard.button(QWizard::NextButton)->click();
        QTest::qWait(1500);
        shoot(&wizard, dir, QStringLiteral("03-plan"));
        wizard.button(QWizard::CommitButton)->click();
        QTest::qWait(800); // the CEN is Creating: the clock does not move yet
        shoot(&wizard, dir, QStringLiteral("04-apply-in-progress"));
        ticker.start();
        waitFor([&] { return wizard.button(QWizard::FinishButton)->isEnabled(); }, "the apply");
        ticker.stop();
        shoot(&wizard, dir, QStringLiteral("05-apply-done"));
    }
    {
        huaweiEmulator->denyActions({QStringLiteral("vpc:securityGroupRules:create")});
        DoItForMeWizard wizard(
            session, &secrets,
            {account(&secrets, QStringLiteral("huawei"), huaweiEmulator->options().accessKey,
                     huaweiEmulator->options().secretKey, huaweiEmulator->baseUrl())},
            QStringLiteral("e2b9c4d5"), temp.path());
        wizard.setClock(&clock);
        wizard.show();
        toPlan(&wizard);
        wizard.button(QWizard::NextButton)->click();
        QTest::qWait(1500);
        // The dry run (v3's dry_run) names the missing permission before Apply.
        shoot(&wizard, dir, QStringLiteral("07-plan-refused"));
        wizard.button(QWizard::CommitButton)->click();
        ticker.start();
        waitFor(
            [&] {
                return wizard.doItForMe()->engine()->hasFailed() ||
                       wizard.button(QWizard::FinishButton)->isEnabled();
            },
            "the failed row");
        ticker.stop();
        shoot(&wizard, dir, QStringLiteral("06-failed-row"));
    }
    return 0;
}
