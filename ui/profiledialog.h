#pragma once

#include <QDialog>
#include <QPointer>
#include <QSet>
#include <QString>

class QDialogButtonBox;
class QPushButton;
class QTabWidget;

namespace vpw::secrets {
class ProfileStore;
class SecretJob;
class SecretStore;
} // namespace vpw::secrets

namespace vpw::ui {

class InlineMessage;
class ProfileForm;
class ProfileList;
class ProviderAccountsPanel;
class SaveStatus;

// Add, edit and remove credential profiles (first tab) and provider accounts (second tab,
// ProviderAccountsPanel). The list on the left holds the profiles (the
// built-in demo one is shown read-only); the form on the right edits the selected profile, or
// a new one after "Add".
//
// Save stores the profile (ProfileStore, a synchronous settings write) and then, when a secret was
// typed, writes it to the keychain (SecretStore, an async job). While the job runs the form is
// disabled and a busy indicator shows; nothing blocks. On success the profile becomes current
// (ProfileStore::setCurrent), profileSaved() is emitted and the dialog accepts. On a keychain
// error the message is shown inline, every field keeps what was typed, and — when the error
// allows it — "Keep in memory for this session" switches the SecretStore to session-only mode
// and retries.
//
// A new profile whose secret could not be written is kept (it is listed, and the form goes on
// editing it, so a retry updates it instead of adding a duplicate). Its secret field stays
// required until a write succeeds. If the operator gives up, the profile stays without a
// secret; the main window then says so and the operator can enter the secret here later.
//
// Cancel (or Escape) while a write runs closes the dialog and drops the result: the profile
// does not become current; the write itself may still complete in the keychain.
//
// Removing asks for confirmation, removes the profile and then its secret (async); a failure
// to delete the secret is shown inline and reported through statusMessage().
//
// The stores are not owned and must outlive the dialog. Keep the dialog alive (hidden) until
// its jobs end if their reports matter; reload() refreshes it before showing it again.
class ProfileDialog : public QDialog {
    Q_OBJECT

public:
    ProfileDialog(secrets::ProfileStore *profiles, secrets::SecretStore *secrets,
                  QWidget *parent = nullptr);
    ~ProfileDialog() override;

    // Lists the profiles again and edits the current one (a new profile if that is the demo).
    void reload();
    // Selects the profile `id` for editing (the demo profile: read-only); empty: a new profile.
    void edit(const QString &id);
    QString editedProfileId() const { return m_editingId; }
    // Shows the "Provider accounts" tab (the AccessKeys of the operator's own cloud accounts).
    void showProviderAccounts();
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    // A profile and (if one was typed) its secret were stored; it is now the current profile.
    void profileSaved(const QString &id);
    // Something the main window's status line should show (e.g. a secret left in the keychain).
    void statusMessage(const QString &text);

private:
    void fillList();
    void startNew();
    void updateButtons();
    void setBusy(bool busy);
    void save();
    void finishSaved(const QString &id);
    void writeSecret(const QString &id, const QString &secret);
    void onSecretWritten(quint64 attempt, const secrets::SecretJob &job);
    void keepInMemory();
    void confirmRemove();
    void removeProfile(const QString &id);
    void onSecretRemoved(const secrets::SecretJob &job);
    QStringList namesOtherThan(const QString &id) const;

    secrets::ProfileStore *m_profiles;
    secrets::SecretStore *m_secrets;
    ProfileList *m_list;
    ProfileForm *m_form;
    InlineMessage *m_demoNote;
    SaveStatus *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_saveButton;
    QPushButton *m_cancelButton;
    QTabWidget *m_tabs = nullptr;
    ProviderAccountsPanel *m_accountsPanel = nullptr;

    QString m_editingId;             // empty: a new profile
    QSet<QString> m_secretNotStored; // profiles added here whose secret write failed
    bool m_busy = false;
    QPointer<QWidget> m_focusBeforeBusy; // given back afterwards, not left on Cancel
    quint64 m_attempt = 0;               // bumps per write; a dropped (cancelled) one is ignored
};

} // namespace vpw::ui
