#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace vpw::secrets {
class ProfileStore;
class ProviderAccountStore;
class SecretJob;
class SecretStore;
} // namespace vpw::secrets
namespace vpw::session {
class ProviderAccountTest;
struct AccountTestOutcome;
} // namespace vpw::session

namespace vpw::ui {

class InlineMessage;
class ProviderAccountForm;

// The "Provider accounts" tab of the profiles dialog: the AccessKeys of the operator's own
// Alibaba Cloud and Huawei Cloud accounts. A list on the left (Add, Remove), the form on the
// right (ProviderAccountForm) with "Save account".
//
// Save stores the account (ProviderAccountStore, synchronous) and then, when a secret was typed,
// writes it to the keychain (SecretStore::writeAccountSecret(), async; the form is disabled
// meanwhile). Remove asks first, then removes the account and deletes its secret from the
// keychain. "Test key" runs session::ProviderAccountTest with the typed secret (or the stored
// one) and shows its outcome under the buttons. "Use the demo's emulated account" is offered
// while the demo profile is current and the in-process emulators run. Nothing blocks.
class ProviderAccountsPanel : public QWidget {
    Q_OBJECT

public:
    // The stores (not owned) must outlive the panel.
    ProviderAccountsPanel(secrets::ProfileStore *profiles, secrets::SecretStore *secrets,
                          QWidget *parent = nullptr);
    ~ProviderAccountsPanel() override;

    void edit(const QString &id); // empty: a new account
    QString editedAccountId() const { return m_editingId; }
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void fillList();
    void updateButtons();
    void updateDemoOffer();
    void setBusy(bool busy);
    void save();
    void confirmRemove();
    void remove(const QString &id);
    void test();
    void onTested(const session::AccountTestOutcome &outcome);
    void showPolicy();
    void useDemo();

    secrets::ProfileStore *m_profiles;
    secrets::ProviderAccountStore *m_accounts;
    secrets::SecretStore *m_secrets;
    session::ProviderAccountTest *m_test;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    ProviderAccountForm *m_form;
    QPushButton *m_save;
    InlineMessage *m_status;
    QString m_editingId;
    bool m_busy = false;
};

} // namespace vpw::ui
