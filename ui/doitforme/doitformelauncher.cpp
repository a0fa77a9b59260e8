#include "doitformelauncher.h"

#include "doitformewizard.h"

#include "app/core/providermodule.h"
#include "app/secrets/profilestore.h"
#include "app/secrets/provideraccountstore.h"
#include "app/session/automation.h"
#include "app/session/deploymentmodel.h"
#include "app/session/session.h"
#include "ui/mainwindow.h"
#include "ui/wizard/wizardlauncher.h"

#include <QAction>
#include <QPointer>

namespace vpw::ui {

void installDoItForMe(MainWindow *window, secrets::ProfileStore *profiles,
                      secrets::SecretStore *secrets, const QString &journalDir) {
    WizardLauncher *launcher = window->findChild<WizardLauncher *>();
    if (!launcher)
        return;
    QPointer<WizardLauncher> guarded(launcher);
    launcher->setChooseHow([=](const QString &deploymentId) {
        session::Session *session = guarded ? guarded->session() : nullptr;
        const auto deployment =
            session ? session->deployments()->deployment(deploymentId) : std::nullopt;
        if (!deployment || !deployment->provider || deployment->edition != Edition::Dedicated ||
            !session::hasAutomation(deployment->provider->id()))
            return false;
        QList<secrets::ProviderAccount> accounts;
        for (const secrets::ProviderAccount &a : profiles->providerAccounts()->accounts()) {
            if (a.provider == deployment->provider->id())
                accounts << a;
        }
        auto *wizard =
            new DoItForMeWizard(session, secrets, accounts, deploymentId, journalDir, window);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(wizard, &DoItForMeWizard::guidedChosen, launcher,
                         [guarded](const QString &id) {
                             if (guarded)
                                 guarded->openGuided(id);
                         });
        QObject::connect(wizard, &DoItForMeWizard::continueByHand, launcher,
                         [guarded](const session::HandOver &handOver) {
                             if (guarded)
                                 guarded->openHandOver(handOver);
                         });
        QObject::connect(wizard, &DoItForMeWizard::addAccountRequested, window, [window] {
            if (auto *profilesAction =
                    window->findChild<QAction *>(QStringLiteral("profilesAction")))
                profilesAction->trigger();
        });
        wizard->show();
        return true;
    });
}

} // namespace vpw::ui
