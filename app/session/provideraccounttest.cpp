#include "provideraccounttest.h"

#include "logging.h"

#include "app/cloud/providererror.h"
#include "app/core/provideraccountrules.h"
#include "app/providers/aliyun/client/aliyunclient.h"
#include "app/providers/huawei/client/huaweiclient.h"
#include "app/secrets/secretstore.h"

#include <QFile>

namespace vpw::session {

namespace {

using Outcome = AccountTestOutcome;

bool isAliyun(const QString &provider) {
    return provider == QLatin1String("aliyun");
}

// Which of key, secret or clock the provider's code blames (providers-api.md §2.5, §3.3).
Outcome::Kind kindOf(const QString &provider, const cloud::ProviderError &error) {
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
    if (isAliyun(provider)) {
        if (code.startsWith(QLatin1String("InvalidAccessKeyId")))
            return Outcome::WrongKeyId;
        if (code == QLatin1String("SignatureDoesNotMatch") ||
            code == QLatin1String("IncompleteSignature"))
            return Outcome::WrongSecret;
        if (code.startsWith(QLatin1String("InvalidTimeStamp")))
            return Outcome::ClockSkew;
    } else {
        if (code == QLatin1String("IAM.0004") ||
            (code == QLatin1String("APIGW.0301") &&
             error.message.contains(QLatin1String("ak not exist"))))
            return Outcome::WrongKeyId;
        if (code == QLatin1String("APIGW.0301"))
            return Outcome::WrongSecret;
        if (code == QLatin1String("APIGW.0303"))
            return Outcome::ClockSkew;
    }
    if (error.httpStatus == 403 || code.startsWith(QLatin1String("Forbidden")) ||
        code == QLatin1String("NoPermission"))
        return Outcome::PermissionDenied;
    return Outcome::OtherError;
}

QString headline(Outcome::Kind kind, const QString &provider) {
    const QString name = ProviderAccountRules::providerName(provider);
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

Outcome failure(const QString &provider, const cloud::ProviderError &error) {
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
            outcome.message = tr("No %1 is stored for this account. Enter it and test again.")
                                  .arg(ProviderAccountRules::secretName(account.provider));
        } else {
            outcome.kind = Outcome::KeychainError;
            outcome.message = result.error().message;
            outcome.detail = result.error().detail;
        }
        finish(outcome);
    });
}

void ProviderAccountTest::call(const secrets::ProviderAccount &account, const QString &secret) {
    const AccountFieldCheck endpoint =
        ProviderAccountRules::checkEndpointOverride(account.endpointOverride);
    if (endpoint.isRefused() || secret.isEmpty() ||
        !ProviderAccountRules::isKnownProvider(account.provider)) {
        Outcome outcome;
        outcome.kind = secret.isEmpty() ? Outcome::NoSecret : Outcome::NotSent;
        outcome.message = secret.isEmpty()
                              ? tr("Enter the %1 to test the key.")
                                    .arg(ProviderAccountRules::secretName(account.provider))
                              : tr("Nothing was sent: %1").arg(endpoint.message);
        finish(outcome);
        return;
    }
    const QString region = account.regions.isEmpty() ? QString() : account.regions.constFirst();
    const quint64 run = m_run;
    if (isAliyun(account.provider)) {
        aliyun::Account client;
        client.accessKeyId = account.accessKeyId;
        client.accessKeySecret = secret;
        if (!region.isEmpty())
            client.regionId = region;
        client.endpointOverride = account.endpointOverride;
        auto *aliyunClient = new aliyun::Client(client);
        m_client.reset(aliyunClient);
        aliyunClient->describeVpcs()->onFinished(
            this, [this, run, region](const aliyun::VpcListJob &job) {
                if (run != m_run)
                    return;
                if (!job.isOk()) {
                    finish(failure(QStringLiteral("aliyun"), job.error()));
                    return;
                }
                Outcome outcome;
                outcome.kind = Outcome::Ok;
                outcome.message = tr("The key works: Alibaba Cloud answered DescribeVpcs in %1 "
                                     "(%n VPC(s)).",
                                     nullptr, int(job.value().size()))
                                      .arg(region);
                finish(outcome);
            });
        return;
    }
    huawei::Account client;
    client.accessKey = account.accessKeyId;
    client.secretKey = secret;
    if (!region.isEmpty())
        client.regionId = region;
    client.endpointOverride = account.endpointOverride;
    auto *huaweiClient = new huawei::Client(client);
    m_client.reset(huaweiClient);
    huaweiClient->showPermanentAccessKey()->onFinished(
        this, [this, run](const huawei::CredentialJob &job) {
            if (run != m_run)
                return;
            if (!job.isOk()) {
                finish(failure(QStringLiteral("huawei"), job.error()));
                return;
            }
            Outcome outcome;
            outcome.kind = Outcome::Ok;
            outcome.message = tr("The key works: Huawei Cloud knows it as the key of user %1 "
                                 "(status %2).")
                                  .arg(job.value().userId, job.value().status);
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
    QString path;
    if (isAliyun(provider))
        path = QStringLiteral(":/policies/aliyun-ram-policy.json");
    else if (provider == QLatin1String("huawei"))
        path = QStringLiteral(":/policies/huawei-iam-policy.json");
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString ProviderAccountTest::requiredPolicyHint(const QString &provider) {
    if (isAliyun(provider))
        return tr("In the RAM console: Permissions → Policies → Create Policy → JSON. Paste the "
                  "policy, save it, then attach it to the RAM user of the AccessKey.");
    return tr("In the IAM console: Permissions → Policies/Roles → Create Custom Policy, scope "
              "\"Project-level services\", JSON view. Paste the policy, save it, then grant it to "
              "the IAM user of the access key in the region's project.");
}

} // namespace vpw::session
