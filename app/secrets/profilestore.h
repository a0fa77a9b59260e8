#pragma once

#include "profile.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QSettings;

namespace vpw::secrets {

class ProviderAccountStore;

// Why a ProfileStore change was refused. `message` is translated and says what to do;
// `field` names the profile field at fault ("name", "endpoint", "apiKey"), empty otherwise.
struct ProfileError {
    enum Reason { NotFound, BuiltIn, InvalidName, InvalidEndpoint, MissingApiKey };
    Reason reason = NotFound;
    QString field;
    QString message;
};

// The credential profiles, in QSettings under the group "profiles" (one subgroup per profile
// id: name, endpoint, apiKey; and "profiles/current"). Never a secret: those are in the
// keychain (SecretStore). Synchronous: QSettings reads a local file (no network, no keychain).
//
// The built-in demo profile (id "sandbox-demo", "Sandbox — local demo") is always listed
// first and cannot be removed or edited. It is never stored: its endpoint and key are set at
// run time by whoever starts the in-process sandbox (setDemoConnection()), and its secret is
// random per run (SecretStore::setSessionSecret()).
//
// Removing a profile does not touch the keychain: the caller also removes its secret with
// SecretStore::remove(id).
//
// The endpoint is checked with the one endpoint rule (app/core/endpointrule.h) that the client
// and the profile editor apply too: no profile with credentials in its URL, or plain http to
// another computer, can be stored.
//
// Threading: use from one thread (QSettings is not shared across threads here).
class ProfileStore : public QObject {
    Q_OBJECT

public:
    static constexpr const char *DemoProfileId = "sandbox-demo";

    // `settings` is not owned and must outlive the store; nullptr: the application's default
    // QSettings (organisation and application names set in main()).
    explicit ProfileStore(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~ProfileStore() override;

    // The demo profile first, then the stored ones by name.
    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &id) const;

    // Stores a new profile under a fresh id (the one in `profile` is ignored) and returns it.
    // The profile's apiKey is trimmed; its name is trimmed.
    std::optional<ProfileError> add(Profile &profile);
    std::optional<ProfileError> update(const Profile &profile);
    std::optional<ProfileError> remove(const QString &id);

    // The profile in use: the stored choice, or the demo profile when none (or it is gone).
    Profile current() const;
    std::optional<ProfileError> setCurrent(const QString &id);

    // The per-field rules add() and update() apply (a translated message, or nullopt), for a
    // form that checks fields as they are typed.
    static std::optional<QString> nameProblem(const QString &name);
    static std::optional<QString> apiKeyProblem(const QString &apiKey);

    // Run-time connection of the demo profile (the in-process sandbox's URL and key).
    void setDemoConnection(const QUrl &endpoint, const QString &apiKey);
    bool isDemo(const QString &id) const { return id == QLatin1String(DemoProfileId); }

    // The provider accounts (AccessKeys of the operator's own cloud accounts), in the same
    // settings, group "providerAccounts". Owned by this store.
    ProviderAccountStore *providerAccounts() const { return m_providerAccounts; }

Q_SIGNALS:
    void profilesChanged();
    void currentChanged(const QString &id);

private:
    std::optional<ProfileError> validate(const Profile &profile) const;
    void write(const Profile &profile);
    Profile demoProfile() const;

    QSettings *m_settings;
    bool m_ownsSettings;
    QUrl m_demoEndpoint;
    QString m_demoApiKey;
    ProviderAccountStore *m_providerAccounts;
};

} // namespace vpw::secrets
