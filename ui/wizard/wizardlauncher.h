#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace vpw::session {
class Session;
class SessionManager;
struct HandOver;
} // namespace vpw::session

namespace vpw::ui {

class MainWindow;
class PeeringWizard;

// Wires `window`'s "New peering…" (MainWindow::newPeeringRequested) to a WizardLauncher that
// follows the window's SessionManager. Call once, after constructing the window.
void installPeeringWizards(MainWindow *window);

// Opens peering wizards for the current session of a SessionManager: one wizard per deployment
// at a time (a second request raises the open one), never modal, as children of `window` (so
// they close with it). Also offers, once the session has listed its deployments, to resume the
// wizards a crash or a restart interrupted (the journals of the session's profile), through a
// non-blocking question.
//
// When the session goes (the profile changed, the application quits) the wizards go with it,
// their journals kept for resume, and the launcher follows the next session. `sessions` and
// `window` are not owned; `window` must outlive the launcher.
class WizardLauncher : public QObject {
    Q_OBJECT

public:
    WizardLauncher(session::SessionManager *sessions, QWidget *window, QObject *parent = nullptr);
    ~WizardLauncher() override;

    // Opens (or raises) the wizard of `deploymentId`; empty: a wizard that asks for the
    // deployment first. A journal left for the deployment is resumed rather than lost.
    // nullptr while there is no session.
    PeeringWizard *open(const QString &deploymentId);
    // The guided wizard, without asking ChooseHow first ("Guide me through the consoles").
    PeeringWizard *openGuided(const QString &deploymentId);
    // Continue by hand ("Do it for me" stopped): the guided wizard on the first step not done,
    // with the values it knows (PeeringWizard::forHandOver). A wizard already open for the
    // deployment is raised instead (one per deployment: it may hold typed values).
    PeeringWizard *openHandOver(const session::HandOver &handOver);
    // "Do it for me" (ui/doitforme): when set, open() of a deployment with no wizard and no
    // journal asks it first; true when it opened its own "Choose how" (then open() returns
    // nullptr and the guided flow comes through openGuided()).
    using ChooseHow = std::function<bool(const QString &deploymentId)>;
    void setChooseHow(ChooseHow chooseHow) { m_chooseHow = std::move(chooseHow); }
    session::Session *session() const { return m_session; }
    PeeringWizard *wizardFor(const QString &deploymentId) const;
    // "Continue setup…" on the pending peering `recordId` (its countdown with its values) and
    // "Create again with the same values…" on a failed one. A wizard already open for the
    // peering's deployment is raised instead (one per deployment: it may hold typed values).
    PeeringWizard *openForPeering(const QString &recordId, bool continueSetup);

    // Asks about each interrupted wizard whose deployment the session knows (once a session).
    void offerResume();

Q_SIGNALS:
    // A wizard was finished (Finish) with the peering `peeringId` (record ID) of `deploymentId`.
    void peeringFinished(const QString &deploymentId, const QString &peeringId);

private:
    void attach(session::Session *session);
    void detach(session::Session *session);
    void closeWizards();
    void track(PeeringWizard *wizard, const QString &deploymentId);
    void askResume(const QString &deploymentId);

    QPointer<session::SessionManager> m_sessions;
    session::Session *m_session = nullptr;
    QWidget *m_window;
    QHash<QString, QPointer<PeeringWizard>> m_wizards;
    QPointer<PeeringWizard> m_unassigned; // opened without a deployment, none chosen yet
    QList<QMetaObject::Connection> m_sessionConnections;
    bool m_offered = false;
    ChooseHow m_chooseHow;
};

} // namespace vpw::ui
