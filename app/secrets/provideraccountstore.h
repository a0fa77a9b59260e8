#pragma once

#include "provideraccount.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QSettings;

namespace vpw::secrets {

// Why a ProviderAccountStore change was refused. `message` is translated and says what to do;
// `field` names the field at fault ("provider", "name", "accessKeyId", "regions",
// "endpointOverride"), empty otherwise.
struct ProviderAccountError {
    enum Reason { NotFound, Invalid };
    Reason reason = NotFound;
    QString field;
    QString message;
};

// The provider accounts, in QSettings under the group "providerAccounts" (one subgroup per
// account id: provider, name, accessKeyId, regions, endpointOverride). Never the AccessKey
// secret: that is in the keychain (SecretStore::writeAccountSecret()). Synchronous, like
// ProfileStore (which owns one: ProfileStore::providerAccounts()).
//
// The fields are checked with app/core/provideraccountrules.h (refusals only; warnings are the
// form's to show): no account with a malformed key or a plain-http remote endpoint is stored.
//
// Removing an account does not touch the keychain: the caller also removes its secret with
// SecretStore::removeAccountSecret(id).
//
// The demo's emulated accounts (setDemoAccounts()) are run-time data set by whoever starts the
// in-process emulators; they are offered to the operator, never stored unasked.
class ProviderAccountStore : public QObject {
    Q_OBJECT

public:
    // `settings` is not owned and must outlive the store.
    explicit ProviderAccountStore(QSettings *settings, QObject *parent = nullptr);
    ~ProviderAccountStore() override;

    // Every stored account, by provider, then name.
    QList<ProviderAccount> accounts() const;
    std::optional<ProviderAccount> account(const QString &id) const;

    // Stores a new account under a fresh id (the one in `account` is ignored; set on success).
    std::optional<ProviderAccountError> add(ProviderAccount &account);
    std::optional<ProviderAccountError> update(const ProviderAccount &account);
    std::optional<ProviderAccountError> remove(const QString &id);

    // The first refusal of the rules for `account`, or nullopt.
    static std::optional<ProviderAccountError> validate(const ProviderAccount &account);

    void setDemoAccounts(const QList<DemoProviderAccount> &accounts);
    // The demo's emulated account of `provider`, when the in-process emulators run.
    std::optional<DemoProviderAccount> demoAccount(const QString &provider) const;
    bool hasDemoAccounts() const { return !m_demoAccounts.isEmpty(); }

Q_SIGNALS:
    void accountsChanged();
    void demoAccountsChanged();

private:
    void write(const ProviderAccount &account);
    static ProviderAccount normalized(ProviderAccount account);

    QSettings *m_settings;
    QList<DemoProviderAccount> m_demoAccounts;
};

} // namespace vpw::secrets
