#pragma once

#include "app/secrets/provideraccount.h"

#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace vpw::secrets {
class SecretStore;
}

namespace vpw::session {

// The outcome of "Test key": one read call with a provider account's AccessKey.
struct AccountTestOutcome {
    enum Kind {
        Ok,               // the provider answered the read
        WrongKeyId,       // the provider does not know the AccessKey ID / AK (or it is disabled)
        WrongSecret,      // the signature did not match: the secret is wrong
        ClockSkew,        // this computer's clock is more than 15 minutes off
        PermissionDenied, // the key works but may not make the call
        Throttled,        // the provider asked to slow down
        NotSent,          // the endpoint is not allowed (plain http to another host): nothing sent
        Unreachable,      // no answer, TLS failure, or an answer that is not the provider's
        NoSecret,         // no secret typed and none stored for the account
        KeychainError,    // the stored secret could not be read
        OtherError,       // another refusal by the provider (see detail)
    };
    Kind kind = OtherError;
    QString message; // translated: what happened, naming the field at fault
    QString detail;  // translated explanation and the provider's code and request ID; plain text
};

// Runs "Test key" for a provider account (the profiles dialog's button): one read call through
// the provider's client — Alibaba Cloud: DescribeVpcs in the account's first region; Huawei
// Cloud: ShowPermanentAccessKey — and reports a translated outcome. A rejected key says which of
// key, secret or clock is wrong (the providers' codes of providers-api.md §2.5 and §3.3).
//
// The secret is the one typed (not stored yet), or, when empty, the one in the keychain. It
// passes only through memory; it is never logged. Nothing is sent to an endpoint override that
// breaks the endpoint rule (plain http to another computer).
//
// finished() is emitted exactly once per start(), asynchronously (never from start() itself),
// unless cancel() or a new start() came first. Threading: the GUI thread; nothing blocks.
class ProviderAccountTest : public QObject {
    Q_OBJECT

public:
    // `secrets` (not owned) must outlive this object.
    explicit ProviderAccountTest(secrets::SecretStore *secrets, QObject *parent = nullptr);
    ~ProviderAccountTest() override;

    void start(const secrets::ProviderAccount &account, const QString &secret = {});
    void cancel();
    bool isRunning() const { return m_running; }

    // The least-privilege policy the provider's calls need (providers-api.md §5), as shipped in
    // the resources (":/policies/aliyun-ram-policy.json", ".../huawei-iam-policy.json"): the
    // JSON text to paste into the provider's console. Empty for an unknown provider.
    static QString requiredPolicy(const QString &provider);
    // Where the operator pastes it ("RAM console → Policies → Create policy → JSON"), translated.
    static QString requiredPolicyHint(const QString &provider);

Q_SIGNALS:
    void finished(const vpw::session::AccountTestOutcome &outcome);

private:
    void call(const secrets::ProviderAccount &account, const QString &secret);
    void finish(AccountTestOutcome outcome);

    secrets::SecretStore *m_secrets;
    std::unique_ptr<QObject> m_client; // the provider's client of the running test
    quint64 m_run = 0;                 // bumps per start(); a stale answer is dropped
    bool m_running = false;
};

} // namespace vpw::session

Q_DECLARE_METATYPE(vpw::session::AccountTestOutcome)
