// The first start's question (issue 18), beside the main window's other parts.
#include "mainwindow.h"
#include "welcomedialog.h"

#include "app/secrets/profilestore.h"

namespace vpw::ui {

void MainWindow::askOnFirstStart() {
    if (!WelcomeDialog::shouldAsk())
        return;
    // Someone with a profile of their own is not new here.
    if (!m_profiles->current().demo || m_profiles->profiles().size() > 1) {
        WelcomeDialog::setAsked();
        return;
    }
    auto *dialog = new WelcomeDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        WelcomeDialog::setAsked();
        if (dialog->choice() == WelcomeDialog::Deployment)
            startWithConsoleProfile(dialog->connectAccount());
    });
    dialog->open();
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
