#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QWidget;

namespace vpw::session {
class Session;
}

namespace vpw::ui {

class PeeringWizard;

// Opens peering wizards for one session: one wizard per deployment at a time (a second
// request raises the open one), never modal, as children of `window` (so they close with it).
// Also offers, once the session has listed its deployments, to resume the wizards a crash or
// a restart interrupted (their journals), through a non-blocking question.
//
// `session` is not owned and must outlive the launcher; so must `window`.
class WizardLauncher : public QObject {
    Q_OBJECT

public:
    WizardLauncher(session::Session *session, QWidget *window, QObject *parent = nullptr);

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
