// The first start's question (issue 18), beside the main window's other parts.
#include "mainwindow.h"
#include "welcomepanel.h"

#include "app/secrets/profilestore.h"

#include <QBoxLayout>

namespace vpw::ui {

void MainWindow::askOnFirstStart() {
    if (!WelcomePanel::shouldAsk() || findChild<WelcomePanel *>())
        return;
    // Someone with a profile of their own is not new here.
    if (!m_profiles->current().demo || m_profiles->profiles().size() > 1) {
        WelcomePanel::setAsked();
        return;
    }
    // In the window, above the demo's banner and the status panel: no second window.
    auto *panel = new WelcomePanel(centralWidget());
    qobject_cast<QBoxLayout *>(centralWidget()->layout())->insertWidget(0, panel);
    connect(panel, &WelcomePanel::chosen, this, [this, panel](WelcomePanel::Choice choice) {
        WelcomePanel::setAsked();
        const bool connectAccount = panel->connectAccount();
        panel->hide();
        panel->deleteLater();
        if (choice == WelcomePanel::Deployment)
            startWithConsoleProfile(connectAccount);
    });
    panel->show(); // the window is on screen already
    panel->focusChoice();
}

void MainWindow::startWithConsoleProfile(bool connectAccount) {
    secrets::Profile profile;
    profile.name = tr("My EMQX Cloud (console)");
    profile.kind = secrets::ProfileKind::Console;
    if (m_profiles->add(profile) || m_profiles->setCurrent(profile.id))
        return; // nothing stored: the demo stays, the question is not asked again
    connectProfile();
    openConsoleDeployments();
    if (connectAccount)
        openProfiles();
}

} // namespace vpw::ui
