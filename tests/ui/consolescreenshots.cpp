// scripts/console-screenshots.sh's harness (not a test): the pages of an "EMQX Cloud console (by
// hand)" profile for the user guide — the first start's question, the wizard's "Do this in the
// EMQX Cloud console" page, the waiting page with its estimated countdown and outcome buttons,
// the status panel's history and the removal dialog — saved as PNGs (console-*.png) to the
// directory given. No server: the profile's files are in a temporary data directory.
//
//   vpw-console-screenshots <output directory> [--lang zh_CN|en]
#include "app/core/clock.h"
#include "app/secrets/profilestore.h"
#include "app/secrets/secretstore.h"
#include "app/session/consolebackend.h"
#include "app/session/session.h"
#include "tests/ui/screenshotharness.h"
#include "tests/ui/wizarddriver.h"
#include "translations/i18n.h"
#include "ui/consoleremovedialog.h"
#include "ui/peeringdetails.h"
#include "ui/welcomepanel.h"
#include "ui/wizard/peeringwizard.h"
#include "ui/wizard/wizardvalues.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>

using namespace vpw;

namespace {

void shoot(QWidget *widget, const QDir &dir, const QString &name) {
    test::shoot(widget, dir, QStringLiteral("console-"), name);
}

} // namespace

int main(int argc, char **argv) {
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    const QString out = test::screenshotDir(app, "vpw-console-screenshots");
    if (out.isEmpty())
        return 2;
    const QDir dir(out);

    secrets::Profile profile;
    profile.id = QStringLiteral("console-screenshots");
    profile.name = QStringLiteral("My EMQX Cloud");
    profile.kind = secrets::ProfileKind::Console;
    QDir(QFileInfo(session::ConsoleBackend::peeringsPath(profile.id)).absolutePath())
        .removeRecursively();
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    session::Session session(profile, nullptr, &clock);
    session.start();
    QList<session::ManualProblem> problems;
    const auto deployment = session.console()->add(
        {{session::ManualField::Name, QStringLiteral("production-hz")},
         {session::ManualField::Provider, QStringLiteral("aliyun")},
         {session::ManualField::Region, QStringLiteral("cn-hangzhou")},
         {session::ManualField::VpcId, QStringLiteral("vpc-bp1qnbx6w0ruf7yjkr8hd")},
         {session::ManualField::Cidr, QStringLiteral("10.100.0.0/16")},
         {session::ManualField::CloudAccountId, QStringLiteral("1234567890123456")},
         {session::ManualField::Edition, QStringLiteral("dedicated")}},
        &problems);
    if (!deployment)
        return 1;

    ui::WelcomePanel welcome; // a part of the main window, shot alone
    welcome.resize(640, welcome.heightForWidth(640));
    welcome.show();
    shoot(&welcome, dir, QStringLiteral("01-first-start"));
    welcome.close();

    ui::PeeringWizard wizard(&session, deployment->id);
    wizard.show();
    while (!test::fieldEdit(&wizard, QStringLiteral("cidr")) && test::clickForward(&wizard)) {
    }
    test::typeInto(&wizard, QStringLiteral("peeringId"), test::valid::CenId);
    test::typeInto(&wizard, QStringLiteral("accountId"), test::valid::AliyunAccount);
    test::typeInto(&wizard, QStringLiteral("vpcId"), test::valid::AliyunVpc);
    test::typeInto(&wizard, QStringLiteral("cidr"), QStringLiteral("192.168.50.0/24"));
    test::clickForward(&wizard);
    shoot(&wizard, dir, QStringLiteral("02-do-this-in-emqx-console"));
    test::clickForward(&wizard); // Done
    clock.advanceMs(95 * 1000);
    QTest::qWait(1100); // the countdown's once-a-second tick
    shoot(&wizard, dir, QStringLiteral("03-waiting-estimated-window"));
    const QString id = wizard.values()->recordId();
    session.console()->confirmOutcome(id, PeeringState::Running);
    QTest::qWait(300);
    wizard.close();

    const auto peering = session.peerings()->peering(id);
    ui::ConsoleRemoveDialog remove(&session, *peering, deployment->name);
    remove.setAttribute(Qt::WA_DeleteOnClose, false);
    remove.show();
    shoot(&remove, dir, QStringLiteral("04-delete-in-emqx-console"));
    remove.close();
    QDir(QFileInfo(session::ConsoleBackend::peeringsPath(profile.id)).absolutePath())
        .removeRecursively();
    return 0;
}
