#pragma once

#include "app/session/manualdeployment.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace vpw::session {
class ConsoleBackend;
}

namespace vpw::ui {

class InlineMessage;

// The deployments of an "EMQX Cloud console (by hand)" profile: a list, and the fields of the
// selected one as EMQX's "+ VPC peering" dialog shows them, each checked as typed with its
// message under it (session::checkManualField). "Paste from console" fills the fields from text
// copied from that dialog; Import and Export read and write the JSON file. Every change goes
// through the session's ConsoleBackend, which writes it at once.
class ManualDeploymentsDialog : public QDialog {
    Q_OBJECT

public:
    ManualDeploymentsDialog(session::ConsoleBackend *backend, QWidget *parent = nullptr);

    // Fills the fields from `text` (what "Paste from console" takes from the clipboard); the
    // fields not found keep what they hold. Returns how many fields were filled.
    int pasteText(const QString &text);
    // Imports `path`; a problem is shown with its line and field. Returns the number imported.
    int importFile(const QString &path);
    bool exportFile(const QString &path);

private:
    void fillList(const QString &selectId);
    void showSelected();
    session::ManualInput input() const;
    void setInput(const session::ManualInput &input);
    void check();
    void save();
    void removeSelected();

    session::ConsoleBackend *m_backend;
    QListWidget *m_list;
    QHash<session::ManualField, QWidget *> m_fields;
    QHash<session::ManualField, InlineMessage *> m_messages;
    InlineMessage *m_status;
    QPushButton *m_save;
    QPushButton *m_remove;
    QString m_editingId; // empty: a new deployment
};

} // namespace vpw::ui
