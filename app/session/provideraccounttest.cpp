#include "provideraccounttest.h"

#include "logging.h"

#include "app/cloud/providererror.h"
#include "app/core/provideraccountrules.h"
#include "app/core/providermodule.h"
#include "app/providers/clientregistry.h"
#include "app/providers/registry.h"
#include "app/secrets/secretstore.h"

#include <QFile>

namespace vpw::session {

namespace {

using Outcome = AccountTestOutcome;

// The account part of the provider with this wire name, or nullptr.
const ProviderAccountPart *accountPart(Provider provider) {
    return provider ? provider->account() : nullptr;
}

// Which of key, secret or clock the provider's code blames (its account part: providers-api.md
// §2.5, §3.3).
Outcome::Kind kindOf(Provider provider, const cloud::ProviderError &error) {
    switch (error.kind) {
    case cloud::ProviderError::Network:
    case cloud::ProviderError::Timeout:
    case cloud::ProviderError::Decode:
    case cloud::ProviderError::Tls:
        return Outcome::Unreachable;
    case cloud::ProviderError::Http:
        break;
    }
    const QString &code = error.code;
    if (error.throttled)
        return Outcome::Throttled;
    if (const ProviderAccountPart *part = accountPart(provider)) {
        switch (part->blame(code, error.message)) {
        case ProviderAccountPart::Blame::KeyId:
            return Outcome::WrongKeyId;
        case ProviderAccountPart::Blame::Secret:
            return Outcome::WrongSecret;
        case ProviderAccountPart::Blame::Clock:
            return Outcome::ClockSkew;
        case ProviderAccountPart::Blame::None:
            break;
        }
    }
    if (error.httpStatus == 403 || code.startsWith(QLatin1String("Forbidden")) ||
        code == QLatin1String("NoPermission"))
        return Outcome::PermissionDenied;
    return Outcome::OtherError;
}

QString headline(Outcome::Kind kind, Provider provider) {
    const QString name = providerDisplayName(provider);
    const QString keyId = ProviderAccountRules::keyIdName(provider);
    const QString secret = ProviderAccountRules::secretName(provider);
    switch (kind) {
    case Outcome::WrongKeyId:
        return ProviderAccountTest::tr("The %1 is wrong: %2 does not know it.").arg(keyId, name);
    case Outcome::WrongSecret:
        return ProviderAccountTest::tr("The %1 is wrong: %2 knows the %3, but the signature made "
                                       "with this secret does not match.")
            .arg(secret, name, keyId);
    case Outcome::ClockSkew:
        return ProviderAccountTest::tr("The key may be right, but this computer's clock is wrong: "
                                       "%1 refused the request as more than 15 minutes off.")
            .arg(name);
    case Outcome::PermissionDenied:
        return ProviderAccountTest::tr("The key works, but it may not make this call. Attach the "
                                       "required policy to its user (\"Show required policy…\").");
    case Outcome::Throttled:
        return ProviderAccountTest::tr("%1 is limiting the request rate. Wait a moment and test "
                                       "again.")
            .arg(name);
    case Outcome::Unreachable:
        return ProviderAccountTest::tr("%1 could not be reached. Check the network and the "
                                       "endpoint override.")
            .arg(name);
    case Outcome::OtherError:
        return ProviderAccountTest::tr("%1 refused the test call.").arg(name);
    case Outcome::Ok:
    case Outcome::NotSent:
    case Outcome::NoSecret:
    case Outcome::KeychainError:
        break;
    }
    return {};
}

Outcome failure(Provider provider, const cloud::ProviderError &error) {
    Outcome outcome;
    outcome.kind = kindOf(provider, error);
    outcome.message = headline(outcome.kind, provider);
    QStringList detail;
    detail << error.userMessage();
    if (!error.code.isEmpty())
        detail << ProviderAccountTest::tr("Code: %1").arg(error.code);
    if (!error.requestId.isEmpty())
        detail << ProviderAccountTest::tr("Request ID: %1").arg(error.requestId);
    outcome.detail = detail.join(u'\n');
    return outcome;
}

} // namespace

ProviderAccountTest::ProviderAccountTest(secrets::SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets) {
    qRegisterMetaType<AccountTestOutcome>();
}

ProviderAccountTest::~ProviderAccountTest() = default;

void ProviderAccountTest::cancel() {
    ++m_run;
    m_running = false;
    m_client.reset(); // drops its jobs silently
}

void ProviderAccountTest::start(const secrets::ProviderAccount &account, const QString &secret) {
    cancel();
    m_running = true;
    const quint64 run = m_run;
    qCInfo(lcSession) << "testing provider account" << account.id << account.provider;
    if (!secret.isEmpty() || account.id.isEmpty()) {
        // Queued: finished() never fires from inside start().
        QMetaObject::invokeMethod(
            this,
            [this, run, account, secret] {
                if (run == m_run)
                    call(account, secret);
            },
            Qt::QueuedConnection);
        return;
    }
    auto *job = m_secrets->readAccountSecret(account.id);
    job->onFinished(this, [this, run, account](const secrets::SecretJob &result) {
        if (run != m_run)
            return;
        if (result.isOk()) {
            call(account, result.secret());
            return;
        }
        Outcome outcome;
        if (result.isNotFound()) {
            outcome.kind = Outcome::NoSecret;
            outcome.message =
                tr("No %1 is stored for this account. Enter it and test again.")
                    .arg(ProviderAccountRules::secretName(findProvider(account.provider)));
        } else {
            outcome.kind = Outcome::KeychainError;
            outcome.message = result.error().message;
            outcome.detail = result.error().detail;
        }
        finish(outcome);
    });
}

void ProviderAccountTest::call(const secrets::ProviderAccount &account, const QString &secret) {
    const Provider provider = findProvider(account.provider);
    const cloud::AccountProbe *probe = accountProbe(account.provider);
    const AccountFieldCheck endpoint =
        ProviderAccountRules::checkEndpointOverride(account.endpointOverride);
    if (endpoint.isRefused() || secret.isEmpty() ||
        !ProviderAccountRules::isKnownProvider(provider) || !probe) {
        Outcome outcome;
        outcome.kind = secret.isEmpty() ? Outcome::NoSecret : Outcome::NotSent;
        outcome.message = secret.isEmpty() ? tr("Enter the %1 to test the key.")
                                                 .arg(ProviderAccountRules::secretName(provider))
                                           : tr("Nothing was sent: %1").arg(endpoint.message);
        finish(outcome);
        return;
    }
    cloud::ProbeAccount key;
    key.provider = account.provider;
    key.accessKeyId = account.accessKeyId;
    key.accessKeySecret = secret;
    key.regionId = account.regions.isEmpty() ? QString() : account.regions.constFirst();
    key.endpointOverride = account.endpointOverride;
    const quint64 run = m_run;
    // The provider's own read call (its client folder); `this` outlives the client it owns.
    m_client = probe->start(key, [this, run, provider](const cloud::AccountProbeResult &result) {
        if (run != m_run)
            return;
        if (result.error) {
            finish(failure(provider, *result.error));
            return;
        }
        Outcome outcome;
        outcome.kind = Outcome::Ok;
        outcome.message = result.message;
        finish(outcome);
    });
}

void ProviderAccountTest::finish(AccountTestOutcome outcome) {
    m_running = false;
    qCInfo(lcSession) << "provider account test:" << outcome.kind;
    // The client is dropped from the event loop: this may run inside one of its jobs' signals.
    if (QObject *client = m_client.release())
        client->deleteLater();
    Q_EMIT finished(outcome);
}

QString ProviderAccountTest::requiredPolicy(const QString &provider) {
    const ProviderAccountPart *part = accountPart(findProvider(provider));
    if (!part)
        return {};
    QFile file(part->policyResource());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString ProviderAccountTest::requiredPolicyHint(const QString &provider) {
    const ProviderAccountPart *part = accountPart(findProvider(provider));
    return part ? part->policyHint() : QString();
}

} // namespace vpw::session
