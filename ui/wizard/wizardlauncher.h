#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QWidget;

namespace vpw::session {
class Session;
}

namespace vpw::ui {

class MainWindow;
class PeeringWizard;

// Wires `window`'s "New peering…" (MainWindow::newPeeringRequested) to a WizardLauncher of its
// current session, replaced with the session, and offers to resume interrupted wizards once a
// session has listed its deployments. Call once, after constructing the window.
void installPeeringWizards(MainWindow *window);

// Opens peering wizards for one session: one wizard per deployment at a time (a second
// request raises the open one), never modal, as children of `window` (so they close with it).
// Also offers, once the session has listed its deployments, to resume the wizards a crash or
// a restart interrupted (their journals), through a non-blocking question.
//
// The launcher is a child of its session: when the session goes (the profile changed, the
// application quits) the launcher and its wizards go with it, their journals kept for resume.
// `window` is not owned and must outlive the launcher.
class WizardLauncher : public QObject {
    Q_OBJECT

public:
    WizardLauncher(session::Session *session, QWidget *window);
    ~WizardLauncher() override;

    // Opens (or raises) the wizard of `deploymentId`; empty: a wizard that asks for the
    // deployment first. A journal left for the deployment is resumed rather than lost.
    PeeringWizard *open(const QString &deploymentId);
    PeeringWizard *wizardFor(const QString &deploymentId) const;

    // Asks about each interrupted wizard whose deployment the session knows (once).
    void offerResume();

private:
    void track(PeeringWizard *wizard, const QString &deploymentId);
    void askResume(const QString &deploymentId);

    session::Session *m_session;
    QWidget *m_window;
    QHash<QString, QPointer<PeeringWizard>> m_wizards;
    QPointer<PeeringWizard> m_unassigned; // opened without a deployment, none chosen yet
    bool m_offered = false;
};

} // namespace vpw::ui
