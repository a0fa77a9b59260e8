#include "secretjob.h"

#include "logging.h"
#include "secretstore.h"

#include <qt6keychain/keychain.h>

namespace vpw::secrets {

namespace {

const char *operationName(SecretJob::Operation operation) {
    switch (operation) {
    case SecretJob::Operation::Read:
        return "read";
    case SecretJob::Operation::Write:
        return "write";
    case SecretJob::Operation::Remove:
        return "remove";
    }
    return "?";
}

SecretError mapKeychainError(QKeychain::Error code, const QString &detail) {
    SecretError error;
    error.detail = detail;
    switch (code) {
    case QKeychain::NoBackendAvailable:
        error.kind = SecretError::NoKeychain;
        error.message = SecretError::tr(
            "No keychain available. Install and start a Secret Service keychain such as GNOME "
            "Keyring or KWallet, or keep the API secret in memory for this session only.");
        break;
    case QKeychain::AccessDeniedByUser:
        error.kind = SecretError::AccessDenied;
        error.message = SecretError::tr("Access to the keychain was refused. Allow VPC Peering "
                                        "Wizard to use the keychain and try again.");
        break;
    case QKeychain::AccessDenied:
        error.kind = SecretError::AccessDenied;
        error.message = SecretError::tr(
            "The keychain denied access. Unlock the keychain (for example by logging in again) "
            "and try again.");
        break;
    case QKeychain::CouldNotDeleteEntry:
        error.message = SecretError::tr("The API secret could not be deleted from the "
                                        "keychain. Unlock the keychain and try again.");
        break;
    case QKeychain::NotImplemented:
        error.message = SecretError::tr("This keychain does not support storing secrets for "
                                        "this app. Use another keychain or keep the secret in "
                                        "memory for this session only.");
        break;
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::OtherError:
        error.message = SecretError::tr(
            "The keychain could not be used. Check that a keychain such as GNOME Keyring or "
            "KWallet is running and unlocked, or keep the API secret in memory for this "
            "session only.");
        break;
    }
    return error;
}

} // namespace

SecretJob::SecretJob(SecretStore *store, Operation operation, const QString &profileId)
    : QObject(store)
    , m_operation(operation)
    , m_profileId(profileId) {
    m_watchdog.setSingleShot(true);
}

void SecretJob::watch(QKeychain::Job *keychainJob, int timeoutMs) {
    // Context `this`: if this job is gone (store destroyed), the keychain job still ends and
    // deletes itself (autoDelete) without calling into freed memory.
    connect(keychainJob, &QKeychain::Job::finished, this, &SecretJob::onKeychainFinished);
    // A keychain that never answers (a stuck D-Bus service, a prompt nobody sees) must not
    // leave the job without its one finished().
    m_keychainJob = keychainJob;
    connect(&m_watchdog, &QTimer::timeout, this, &SecretJob::onWatchdogTimeout);
    m_watchdog.start(timeoutMs);
}

void SecretJob::onWatchdogTimeout() {
    if (m_keychainJob)
        disconnect(m_keychainJob, nullptr, this, nullptr); // a late answer is ignored
    SecretError error;
    error.kind = SecretError::Timeout;
    error.message = SecretError::tr("The keychain did not answer within %n second(s). Check "
                                    "that it is running and unlocked, or keep the secret in "
                                    "memory for this session only.",
                                    nullptr, m_watchdog.interval() / 1000);
    finishFailed(error);
}

void SecretJob::onKeychainFinished(QKeychain::Job *keychainJob) {
    m_watchdog.stop();
    const QKeychain::Error code = keychainJob->error();
    if (code == QKeychain::NoError) {
        if (m_operation == Operation::Read)
            finishOk(static_cast<QKeychain::ReadPasswordJob *>(keychainJob)->textData());
        else
            finishOk();
    } else if (code == QKeychain::EntryNotFound) {
        finishNotFound();
    } else {
        finishFailed(mapKeychainError(code, keychainJob->errorString()));
    }
}

void SecretJob::finishOk(const QString &secret) {
    m_secret = secret;
    finish(Status::Ok);
}

void SecretJob::finishNotFound() {
    finish(Status::NotFound);
}

void SecretJob::finishFailed(const SecretError &error) {
    m_error = error;
    finish(Status::Failed);
}

void SecretJob::finish(Status status) {
    if (m_status != Status::Pending)
        return;
    m_status = status;
    m_watchdog.stop();
    const char *outcome = status == Status::Ok         ? "ok"
                          : status == Status::NotFound ? "not found"
                                                       : "failed";
    if (status == Status::Failed)
        qCWarning(lcSecrets) << operationName(m_operation) << m_key << outcome << m_error.kind
                             << m_error.detail;
    else
        qCDebug(lcSecrets) << operationName(m_operation) << m_key << outcome;
    deleteLater();
    Q_EMIT finished(); // last: the receiver may do anything
}

} // namespace vpw::secrets
