#pragma once

#include "app/core/model.h"
#include "app/session/peeringoperation.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace vpw::session {
class Session;
}

namespace vpw::ui {

class InlineMessage;

// Confirms and sends the deletion of one running peering (the documentation's 删除对等连接).
//
// Shows what will be deleted and what happens to each bound resource (they are unbound and
// kept, and can no longer reach the VPC), or that none is bound. When
// the peering has bound rule-engine resources, or the server answers 409 RESOURCES_BOUND, it
// lists them and enables Delete only once the operator has typed the peering ID; that request
// is sent with force=true. A 409, a timeout or a network error is shown in the dialog and
// Delete can be pressed again. On 202 the dialog closes (accept()); the session's model shows
// the row as deleting until the server no longer lists it.
//
// Open it with open() (window-modal); it deletes itself when closed. `session` is not owned;
// if it goes away meanwhile the dialog only closes.
class DeletePeeringDialog : public QDialog {
    Q_OBJECT

public:
    DeletePeeringDialog(session::Session *session, const Peering &peering,
                        const QString &deploymentName, QWidget *parent = nullptr);

    bool needsTypedConfirmation() const { return !m_resourcesBound.isEmpty(); }

private:
    void showResources();
    bool idConfirmed() const;
    QString mismatchText() const;
    void updateDeleteButton();
    void send();
    void onDeleted(const session::PeeringOutcome &outcome);
    void setBusy(bool busy);

    QPointer<session::Session> m_session;
    Peering m_peering;
    QList<BoundResource> m_resourcesBound;
    QLabel *m_resourcesText;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirmEdit;
    InlineMessage *m_message;
    InlineMessage *m_warning;
    QDialogButtonBox *m_buttons;
    QPushButton *m_deleteButton;
    bool m_busy = false;
};

} // namespace vpw::ui
