#pragma once

#include "app/core/model.h"

#include <QDialog>
#include <QPointer>

namespace vpw::session {
class Session;
}

namespace vpw::ui {

class InlineMessage;

// Deleting a peering of a console profile (session::ConsoleBackend): EMQX Cloud cannot be asked,
// so the dialog says what to do in EMQX Cloud's console — the documented rules: only while
// running, resources bound to the peering unbound first — and "Mark removed" takes the entry off
// the status panel (its history stays in the profile's file). A failed peering holds nothing in
// EMQX Cloud: it is only marked removed.
//
// Open it with open() (window-modal); it deletes itself when closed.
class ConsoleRemoveDialog : public QDialog {
    Q_OBJECT

public:
    ConsoleRemoveDialog(session::Session *session, const Peering &peering,
                        const QString &deploymentName, QWidget *parent = nullptr);

    // Running peerings can be deleted in EMQX's console; failed ones only leave the list.
    static bool canRemove(PeeringState state) {
        return state == PeeringState::Running || state == PeeringState::Failed;
    }

private:
    void markRemoved();

    QPointer<session::Session> m_session;
    Peering m_peering;
    InlineMessage *m_error;
};

} // namespace vpw::ui
