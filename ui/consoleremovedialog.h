#pragma once

#include "app/core/model.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;

namespace vpw::session {
class Session;
class SideCleanup;
} // namespace vpw::session

namespace vpw::ui {

class InlineMessage;

// Deleting a peering of a console profile (session::ConsoleBackend): EMQX Cloud cannot be asked,
// so the dialog says what to do in EMQX Cloud's console — the documented rules: only while
// running, resources bound to the peering unbound first — and "Mark removed" takes the entry off
// the status panel (its history stays in the profile's file). A failed peering holds nothing in
// EMQX Cloud: it is only marked removed.
//
// With `cleanup` (the peering was made by "Do it for me" with a provider account that is still
// connected; the dialog takes ownership), marking it removed then offers "Clean up my side…":
// the SideCleanupDialog lists the delete calls of what the application added for the operator
// (the route, the security-group rules) before making any. objectNames: consoleRemoveText,
// consoleRemoveError, markRemovedButton, cleanUpButton (shown once marked removed).
//
// Open it with open() (window-modal); it deletes itself when closed.
class ConsoleRemoveDialog : public QDialog {
    Q_OBJECT

public:
    ConsoleRemoveDialog(session::Session *session, const Peering &peering,
                        const QString &deploymentName, session::SideCleanup *cleanup = nullptr,
                        QWidget *parent = nullptr);

    // Running peerings can be deleted in EMQX's console; failed ones only leave the list.
    static bool canRemove(PeeringState state) {
        return state == PeeringState::Running || state == PeeringState::Failed;
    }

Q_SIGNALS:
    // The entry was marked removed (its cloud side is no longer watched).
    void markedRemoved(const QString &peeringId);

private:
    void markRemoved();
    void offerCleanup();

    QPointer<session::Session> m_session;
    Peering m_peering;
    InlineMessage *m_error;
    QLabel *m_text;
    QPushButton *m_mark;
    QPushButton *m_cancel;
    QPointer<session::SideCleanup> m_cleanup;
};

} // namespace vpw::ui
