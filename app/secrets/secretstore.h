#pragma once

#include "secretjob.h"

#include <QHash>
#include <QObject>
#include <QString>

namespace vpw::secrets {

// The only way the app stores API secrets: the OS keychain through QtKeychain, async only.
//
//  - Entries live under the service "vpc-peering-wizard", key "profile/<id>/api-secret".
//  - QtKeychain's insecure fallback (a plain-text file) is never enabled.
//  - Every operation returns a SecretJob (see its contract: exactly one finished()).
//    Reading a missing entry is SecretJob::Status::NotFound, not an error. Removing a
//    missing entry is not an error either: Ok with libsecret, NotFound on other backends.
//  - When no keychain is available (SecretError::offersSessionOnly()), the caller may switch
//    to session-only mode: from then on secrets are kept in this object's memory only, for
//    this run, and the keychain is not touched. The mode itself is never persisted.
//  - A session secret (setSessionSecret()) is a memory-only secret for one profile, whatever
//    the mode — the demo profile's random per-run secret. write() for that profile replaces
//    it in memory; it never reaches the keychain. remove() forgets it.
//  - Key names are logged ("vpw.secrets"), values never.
//
// Threading: create and use in one thread; nothing blocks it.
class SecretStore : public QObject {
    Q_OBJECT

public:
    static constexpr const char *DefaultService = "vpc-peering-wizard";
    static constexpr int DefaultTimeoutMs = 120000; // an unlock prompt may take a while

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    // "profile/<id>/api-secret"
    static QString keyFor(const QString &profileId);

    SecretJob *read(const QString &profileId);
    SecretJob *write(const QString &profileId, const QString &secret);
    SecretJob *remove(const QString &profileId);

    // The AccessKey secret of a provider account (ProviderAccountStore), under the key
    // "provider-account/<id>/access-key-secret"; the job's profileId() is the account id.
    // Session-only mode applies to them as to the profiles' secrets.
    static QString accountKeyFor(const QString &accountId);
    SecretJob *readAccountSecret(const QString &accountId);
    SecretJob *writeAccountSecret(const QString &accountId, const QString &secret);
    SecretJob *removeAccountSecret(const QString &accountId);

    void setSessionOnly(bool sessionOnly);
    bool isSessionOnly() const { return m_sessionOnly; }

    void setSessionSecret(const QString &profileId, const QString &secret);
    bool hasSessionSecret(const QString &profileId) const;

    // How long a keychain operation may take before its job ends with a Timeout error.
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    int timeoutMs() const { return m_timeoutMs; }

Q_SIGNALS:
    void sessionOnlyChanged(bool sessionOnly);

private:
    SecretJob *startJob(SecretJob::Operation operation, const QString &profileId,
                        const QString &secret, const QString &key);
    void run(SecretJob *job, const QString &secret);
    bool inMemory(const QString &key) const;
    void runInMemory(SecretJob *job, const QString &secret);
    void runInKeychain(SecretJob *job, const QString &secret);

    bool m_sessionOnly = false;
    int m_timeoutMs = DefaultTimeoutMs;
    QHash<QString, QString> m_memory; // key -> secret (session-only and session secrets)
};

} // namespace vpw::secrets
