#include "secretstore.h"

#include "logging.h"

#include <qt6keychain/keychain.h>

namespace vpw::secrets {

SecretStore::SecretStore(QObject *parent)
    : QObject(parent) {}

SecretStore::~SecretStore() {
    // Pending jobs are children: dropped silently (documented). Session secrets are wiped.
    for (QString &secret : m_memory)
        secret.fill(QLatin1Char('\0'));
}

QString SecretStore::keyFor(const QString &profileId) {
    return QLatin1String("profile/") + profileId + QLatin1String("/api-secret");
}

SecretJob *SecretStore::read(const QString &profileId) {
    return startJob(SecretJob::Operation::Read, profileId, {}, keyFor(profileId));
}

SecretJob *SecretStore::write(const QString &profileId, const QString &secret) {
    return startJob(SecretJob::Operation::Write, profileId, secret, keyFor(profileId));
}

SecretJob *SecretStore::remove(const QString &profileId) {
    return startJob(SecretJob::Operation::Remove, profileId, {}, keyFor(profileId));
}

QString SecretStore::accountKeyFor(const QString &accountId) {
    return QLatin1String("provider-account/") + accountId + QLatin1String("/access-key-secret");
}

SecretJob *SecretStore::readAccountSecret(const QString &accountId) {
    return startJob(SecretJob::Operation::Read, accountId, {}, accountKeyFor(accountId));
}

SecretJob *SecretStore::writeAccountSecret(const QString &accountId, const QString &secret) {
    return startJob(SecretJob::Operation::Write, accountId, secret, accountKeyFor(accountId));
}

SecretJob *SecretStore::removeAccountSecret(const QString &accountId) {
    return startJob(SecretJob::Operation::Remove, accountId, {}, accountKeyFor(accountId));
}

void SecretStore::setSessionOnly(bool sessionOnly) {
    if (m_sessionOnly == sessionOnly)
        return;
    m_sessionOnly = sessionOnly;
    qCInfo(lcSecrets) << "session-only mode" << (sessionOnly ? "on" : "off");
    Q_EMIT sessionOnlyChanged(sessionOnly);
}

void SecretStore::setSessionSecret(const QString &profileId, const QString &secret) {
    qCDebug(lcSecrets) << "session secret set for" << keyFor(profileId);
    m_memory.insert(keyFor(profileId), secret);
}

bool SecretStore::hasSessionSecret(const QString &profileId) const {
    return m_memory.contains(keyFor(profileId));
}

bool SecretStore::inMemory(const QString &key) const {
    return m_sessionOnly || m_memory.contains(key);
}

SecretJob *SecretStore::startJob(SecretJob::Operation operation, const QString &profileId,
                                 const QString &secret, const QString &key) {
    auto *job = new SecretJob(this, operation, profileId);
    job->m_key = key;
    // Queued, so that finished() cannot fire before the caller has connected to it; `job` as
    // context: nothing runs if the store (and so the job) is destroyed first.
    QMetaObject::invokeMethod(
        job, [this, job, secret] { run(job, secret); }, Qt::QueuedConnection);
    return job;
}

void SecretStore::run(SecretJob *job, const QString &secret) {
    if (inMemory(job->m_key))
        runInMemory(job, secret);
    else
        runInKeychain(job, secret);
}

void SecretStore::runInMemory(SecretJob *job, const QString &secret) {
    const QString &id = job->m_key;
    switch (job->operation()) {
    case SecretJob::Operation::Read:
        if (m_memory.contains(id))
            job->finishOk(m_memory.value(id));
        else
            job->finishNotFound();
        return;
    case SecretJob::Operation::Write:
        m_memory.insert(id, secret);
        job->finishOk();
        return;
    case SecretJob::Operation::Remove:
        if (m_memory.remove(id) > 0)
            job->finishOk();
        else
            job->finishNotFound();
        return;
    }
}

void SecretStore::runInKeychain(SecretJob *job, const QString &secret) {
    const QString service = QLatin1String(DefaultService);
    QKeychain::Job *keychainJob = nullptr;
    switch (job->operation()) {
    case SecretJob::Operation::Read:
        keychainJob = new QKeychain::ReadPasswordJob(service);
        break;
    case SecretJob::Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(service);
        writeJob->setTextData(secret);
        keychainJob = writeJob;
        break;
    }
    case SecretJob::Operation::Remove:
        keychainJob = new QKeychain::DeletePasswordJob(service);
        break;
    }
    keychainJob->setKey(job->m_key);
    keychainJob->setInsecureFallback(false); // never a plain-text file
    keychainJob->setAutoDelete(true);
    job->watch(keychainJob, m_timeoutMs);
    keychainJob->start();
}

} // namespace vpw::secrets
