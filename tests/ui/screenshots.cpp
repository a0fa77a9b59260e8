// scripts/screenshots.sh's harness (not a test): starts the built-in sandbox in this process,
// the main window on the demo profile and the peering wizard of each flow, walks every page as
// an operator would (including a typing mistake, the countdown, the failure and the follow-up)
// and saves a PNG of each, and of the status panel, to the directory given.
//
//   vpw-screenshots <output directory> [--lang zh_CN|en]
#include "app/sandbox/server.h"
#include "app/secrets/profilestore.h"
#include "app/secrets/secretstore.h"
#include "app/session/deploymentmodel.h"
#include "app/session/peeringmodel.h"
#include "app/session/session.h"
#include "tests/ui/screenshotharness.h"
#include "tests/ui/wizarddriver.h"
#include "translations/i18n.h"
#include "ui/mainwindow.h"
#include "ui/statuspanel.h"
#include "ui/wizard/peeringwizard.h"
#include "ui/wizard/wizardjournal.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace vpw;

namespace {

const QString kKey = QStringLiteral("screens");
const QString kSecret = QStringLiteral("screens-secret");

// Waits for `done` while events are processed; says so when it did not happen.
template <typename Predicate> void waitFor(Predicate done, const char *what) {
    if (!QTest::qWaitFor(done, 20000))
        qWarning("timed out waiting for %s", what);
}

class Shooter {
public:
    explicit Shooter(const QString &directory)
        : m_dir(directory) {}

    void shoot(QWidget *widget, const QString &name) {
        QTest::qWait(300); // layout, the 1 s countdown tick, the suggestion button
        const QString path = m_dir.filePath(name + QStringLiteral(".png"));
        if (!widget->grab().save(path))
            qWarning("could not save %s", qPrintable(path));
        else
            qInfo("%s", qPrintable(path));
    }

    // Every page up to the commit page, then the wait page, then the end.
    void walk(QWizard *wizard, const QString &prefix, const std::function<void()> &fill,
              bool save = true) {
        int index = 1;
        const auto shot = [&] {
            if (!save)
                return;
            const QString page =
                test::currentPageName(wizard).mid(5).replace(QLatin1Char('.'), QLatin1Char('-'));
            shoot(wizard, QStringLiteral("%1-%2-%3")
                              .arg(prefix)
                              .arg(index++, 2, 10, QLatin1Char('0'))
                              .arg(page));
        };
        while (!test::fieldEdit(wizard, QStringLiteral("cidr"))) {
            shot();
            test::clickForward(wizard);
        }
        fill();
        shot();
        test::clickForward(wizard); // review
        shot();
        test::clickForward(wizard); // submit
        waitFor(
            [&] {
                return wizard->currentPage()->findChild<QPushButton *>(
                           QStringLiteral("demoFinishButton")) != nullptr;
            },
            "the wait page");
        shot();
    }

private:
    QDir m_dir;
};

} // namespace

int main(int argc, char **argv) {
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    const QString out = test::screenshotDir(app, "vpw-screenshots");
    if (out.isEmpty())
        return 2;
    QDir().mkpath(out);
    QDir(ui::WizardJournal::directory()).removeRecursively();
    Shooter shooter(out);

    sandbox::Options options;
    options.apiKey = kKey;
    options.apiSecret = kSecret;
    sandbox::Server server(options);
    QString error;
    if (!server.start(&error)) {
        qWarning("sandbox: %s", qPrintable(error));
        return 1;
    }
    QTemporaryDir dir;
    // The main window's saved layout and selection: none from an earlier run.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QSettings settings(dir.filePath(QStringLiteral("profiles.conf")), QSettings::IniFormat);
    secrets::ProfileStore profiles(&settings);
    profiles.setDemoConnection(server.baseUrl(), kKey);
    secrets::SecretStore secretStore;
    secretStore.setSessionSecret(QString::fromLatin1(secrets::ProfileStore::DemoProfileId),
                                 kSecret);

    ui::MainWindow window(&profiles, &secretStore);
    window.resize(1180, 760);
    window.show();
    window.connectProfile();
    session::Session *session = window.session();
    waitFor(
        [&] {
            return session && session->deployments()->rowCount() == 6 &&
                   session->peerings()->rowCount() >= 3;
        },
        "the deployments");
    shooter.shoot(&window, QStringLiteral("status-panel"));
    // A pending peering (its values, Continue setup…) and a failed one (Create again…).
    auto *panel = window.findChild<ui::StatusPanel *>();
    panel->selectIds(test::seed::AliyunDeployment, test::seed::Pending);
    shooter.shoot(&window, QStringLiteral("status-panel-pending"));
    panel->selectIds(test::seed::AliyunDeployment, QStringLiteral("peer-demo00failed"));
    shooter.shoot(&window, QStringLiteral("status-panel-failed"));
    // Connection profiles… on the current (demo) profile, and Help > User guide.
    window.findChild<QAction *>(QStringLiteral("profilesAction"))->trigger();
    if (auto *dialog = window.findChild<QDialog *>(QStringLiteral("profileDialog"))) {
        shooter.shoot(dialog, QStringLiteral("profiles"));
        dialog->reject();
    }
    window.findChild<QAction *>(QStringLiteral("userGuideAction"))->trigger();
    if (auto *guide = window.findChild<QDialog *>(QStringLiteral("userGuideDialog"))) {
        shooter.shoot(guide, QStringLiteral("user-guide"));
        guide->close();
    }
    panel->selectIds(test::seed::AliyunDeployment, test::seed::RunningBound);

    struct Ids {
        QString peeringId, accountId, vpcId;
    };
    const auto shootFlow = [&](const QString &deploymentId, const QString &prefix,
                               const QString &cidr, const Ids &ids) {
        ui::PeeringWizard wizard(session, deploymentId, &window);
        wizard.resize(wizard.sizeHint().expandedTo(QSize(960, 720)));
        wizard.show();
        shooter.walk(&wizard, prefix, [&] {
            test::typeInto(&wizard, QStringLiteral("peeringId"), ids.peeringId);
            test::typeInto(&wizard, QStringLiteral("accountId"), ids.accountId);
            test::typeInto(&wizard, QStringLiteral("vpcId"), ids.vpcId);
            // A typing mistake first: the message and the one-click suggestion.
            test::typeInto(&wizard, QStringLiteral("cidr"), QStringLiteral("192.168.1.5/24"));
            shooter.shoot(&wizard, prefix + QStringLiteral("-00-field-error"));
            test::typeInto(&wizard, QStringLiteral("cidr"), cidr);
        });
        QTest::mouseClick(
            wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("demoFinishButton")),
            Qt::LeftButton);
        waitFor([&] { return wizard.button(QWizard::FinishButton)->isVisible(); }, "the follow-up");
        shooter.shoot(&wizard, prefix + QStringLiteral("-99-follow-up"));
    };
    using namespace test::valid;
    shootFlow(test::seed::AliyunDeployment, QStringLiteral("aliyun"),
              QStringLiteral("192.168.50.0/24"), {CenId, AliyunAccount, AliyunVpc});
    shootFlow(test::seed::HuaweiDeployment, QStringLiteral("huawei"),
              QStringLiteral("192.168.60.0/24"), {HuaweiPeering, HuaweiUser, HuaweiVpc});
    shootFlow(test::seed::AwsDeployment, QStringLiteral("aws"), QStringLiteral("192.168.80.0/24"),
              {AwsPeering, AwsOwner, AwsVpc});

    // The window running out (Aliyun), and the first page when no deployment is selected.
    {
        ui::PeeringWizard wizard(session, test::seed::AliyunDeployment, &window);
        wizard.resize(wizard.sizeHint().expandedTo(QSize(960, 720)));
        wizard.show();
        shooter.walk(
            &wizard, QStringLiteral("aliyun-expired"),
            [&] {
                using namespace test::valid;
                test::typeInto(&wizard, QStringLiteral("peeringId"),
                               QStringLiteral("cen-8hq3n9y2m6p4s7t1ab"));
                test::typeInto(&wizard, QStringLiteral("accountId"), AliyunAccount);
                test::typeInto(&wizard, QStringLiteral("vpcId"), AliyunVpc);
                test::typeInto(&wizard, QStringLiteral("cidr"), QStringLiteral("192.168.70.0/24"));
            },
            false);
        QTest::mouseClick(
            wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("demoExpireButton")),
            Qt::LeftButton);
        waitFor([&] { return test::currentPageName(&wizard) == QLatin1String("page_failure"); },
                "the failure page");
        shooter.shoot(&wizard, QStringLiteral("failure"));
    }
    {
        ui::PeeringWizard wizard(session, QString(), &window);
        wizard.resize(wizard.sizeHint().expandedTo(QSize(960, 720)));
        wizard.show();
        shooter.shoot(&wizard, QStringLiteral("choose-deployment"));
    }
    QDir(ui::WizardJournal::directory()).removeRecursively();
    return 0;
}
