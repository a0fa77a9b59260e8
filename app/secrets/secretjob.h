#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace QKeychain {
class Job;
}

namespace vpw::secrets {

class SecretStore;

// Why a keychain operation failed. `message` is translated and actionable; `detail` is the
// keychain's own text (untranslated, shown as plain text if at all). Neither holds a secret.
struct SecretError {
    Q_DECLARE_TR_FUNCTIONS(vpw::secrets::SecretError)

public:
    enum Kind {
        NoKeychain,   // QtKeychain found no backend
        AccessDenied, // the keychain is locked or the user refused
        Timeout,      // the keychain did not answer (SecretStore::timeoutMs())
        Other,        // includes "no Secret Service on the session bus" (libsecret reports
                      // it as a generic error, not as NoBackendAvailable)
    };
    Kind kind = Other;
    QString message;
    QString detail;

    // The keychain is missing or unusable: the operator can carry on by keeping the secret
    // in memory for this session (SecretStore::setSessionOnly(true)). Not offered for a
    // refusal, which the operator can cure by unlocking or allowing access.
    bool offersSessionOnly() const { return kind != AccessDenied; }
};

// One read, write or removal of a profile's API secret.
//
// Contract: created by SecretStore (its parent), started from the event loop, so finished()
// never fires before the creating call returns. finished() is emitted exactly once — also
// when the keychain never answers (after SecretStore::timeoutMs(), as a Timeout error) —
// and the job then deletes itself (deleteLater). Read the outcome in the slot: status(),
// then secret() for a successful read, or error(). Destroying the SecretStore drops its
// pending jobs silently (no finished()). Use from the store's thread only.
class SecretJob : public QObject {
    Q_OBJECT

public:
    enum class Operation { Read, Write, Remove };
    enum class Status {
        Pending,
        Ok,       // read: secret() is the value; write/remove: done
        NotFound, // no secret stored for this profile yet (not an error)
        Failed,   // see error()
    };

    Operation operation() const { return m_operation; }
    QString profileId() const { return m_profileId; }
    Status status() const { return m_status; }
    bool isOk() const { return m_status == Status::Ok; }
    bool isNotFound() const { return m_status == Status::NotFound; }
    QString secret() const { return m_secret; }
    const SecretError &error() const { return m_error; }

    // Calls `callback(const SecretJob &)` once when the job finishes, unless `context` is gone.
    template <typename Callback>
    QMetaObject::Connection onFinished(const QObject *context, Callback callback) {
        return connect(this, &SecretJob::finished, context,
                       [this, callback = std::move(callback)]() { callback(*this); });
    }

Q_SIGNALS:
    void finished();

private:
    friend class SecretStore;
    SecretJob(SecretStore *store, Operation operation, const QString &profileId);
    // Watches a started keychain job; the watchdog ends this job if it never answers.
    void watch(QKeychain::Job *keychainJob, int timeoutMs);
    void onKeychainFinished(QKeychain::Job *keychainJob);
    void onWatchdogTimeout();
    void finishOk(const QString &secret = {});
    void finishNotFound();
    void finishFailed(const SecretError &error);
    void finish(Status status);

    Operation m_operation;
    QString m_profileId;
    QString m_key; // the keychain key (SecretStore::keyFor() or accountKeyFor())
    Status m_status = Status::Pending;
    QString m_secret;
    SecretError m_error;
    QTimer m_watchdog;
    QPointer<QKeychain::Job> m_keychainJob; // autoDelete: gone once it finished
};

} // namespace vpw::secrets
