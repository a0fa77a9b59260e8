#include "provideraccountstore.h"

#include "logging.h"

#include "app/core/provideraccountrules.h"
#include "app/providers/registry.h"

#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace vpw::secrets {

namespace {

const QString Group = QStringLiteral("providerAccounts");
const QString ProviderKey = QStringLiteral("provider");
const QString NameKey = QStringLiteral("name");
const QString AccessKeyIdKey = QStringLiteral("accessKeyId");
const QString RegionsKey = QStringLiteral("regions");
const QString EndpointKey = QStringLiteral("endpointOverride");

} // namespace

ProviderAccountStore::ProviderAccountStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings) {}

ProviderAccountStore::~ProviderAccountStore() {
    for (DemoProviderAccount &demo : m_demoAccounts)
        demo.accessKeySecret.fill(QLatin1Char('\0'));
}

QList<ProviderAccount> ProviderAccountStore::accounts() const {
    QList<ProviderAccount> result;
    m_settings->beginGroup(Group);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &id : ids) {
        if (auto account = this->account(id))
            result << *account;
    }
    std::sort(result.begin(), result.end(), [](const ProviderAccount &a, const ProviderAccount &b) {
        if (a.provider != b.provider)
            return a.provider < b.provider;
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return result;
}

std::optional<ProviderAccount> ProviderAccountStore::account(const QString &id) const {
    if (id.isEmpty())
        return std::nullopt;
    m_settings->beginGroup(Group);
    const bool exists = m_settings->childGroups().contains(id);
    ProviderAccount account;
    if (exists) {
        m_settings->beginGroup(id);
        account.id = id;
        account.provider = m_settings->value(ProviderKey).toString();
        account.name = m_settings->value(NameKey).toString();
        account.accessKeyId = m_settings->value(AccessKeyIdKey).toString();
        account.regions = m_settings->value(RegionsKey).toStringList();
        account.endpointOverride =
            QUrl(m_settings->value(EndpointKey).toString(), QUrl::StrictMode);
        m_settings->endGroup();
    }
    m_settings->endGroup();
    return exists ? std::optional(account) : std::nullopt;
}

ProviderAccount ProviderAccountStore::normalized(ProviderAccount account) {
    account.name = account.name.trimmed();
    account.accessKeyId = account.accessKeyId.trimmed();
    return account;
}

std::optional<ProviderAccountError> ProviderAccountStore::validate(const ProviderAccount &given) {
    const ProviderAccount account = normalized(given);
    const auto refusal = [](const QString &field,
                            const AccountFieldCheck &check) -> std::optional<ProviderAccountError> {
        if (check.isRefused())
            return ProviderAccountError{ProviderAccountError::Invalid, field, check.message};
        return std::nullopt;
    };
    const Provider provider = findProvider(account.provider);
    if (!ProviderAccountRules::isKnownProvider(provider))
        return ProviderAccountError{ProviderAccountError::Invalid, ProviderKey,
                                    tr("Choose the cloud provider of the account.")};
    if (auto error = refusal(NameKey, ProviderAccountRules::checkName(account.name)))
        return error;
    if (auto error = refusal(AccessKeyIdKey,
                             ProviderAccountRules::checkAccessKeyId(provider, account.accessKeyId)))
        return error;
    if (auto error = refusal(RegionsKey, ProviderAccountRules::checkRegions(account.regions)))
        return error;
    if (auto error = refusal(EndpointKey,
                             ProviderAccountRules::checkEndpointOverride(account.endpointOverride)))
        return error;
    return std::nullopt;
}

void ProviderAccountStore::write(const ProviderAccount &account) {
    m_settings->beginGroup(Group);
    m_settings->beginGroup(account.id);
    m_settings->setValue(ProviderKey, account.provider);
    m_settings->setValue(NameKey, account.name);
    m_settings->setValue(AccessKeyIdKey, account.accessKeyId);
    m_settings->setValue(RegionsKey, account.regions);
    m_settings->setValue(EndpointKey, account.endpointOverride.toString());
    m_settings->endGroup();
    m_settings->endGroup();
    m_settings->sync();
}

std::optional<ProviderAccountError> ProviderAccountStore::add(ProviderAccount &account) {
    if (auto error = validate(account))
        return error;
    account = normalized(account);
    account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    write(account);
    qCInfo(lcSecrets) << "provider account added:" << account.id << account.provider;
    Q_EMIT accountsChanged();
    return std::nullopt;
}

std::optional<ProviderAccountError> ProviderAccountStore::update(const ProviderAccount &account) {
    if (!this->account(account.id))
        return ProviderAccountError{
            ProviderAccountError::NotFound, {}, tr("This account no longer exists. Add it again.")};
    if (auto error = validate(account))
        return error;
    write(normalized(account));
    qCInfo(lcSecrets) << "provider account updated:" << account.id;
    Q_EMIT accountsChanged();
    return std::nullopt;
}

std::optional<ProviderAccountError> ProviderAccountStore::remove(const QString &id) {
    if (!account(id))
        return ProviderAccountError{
            ProviderAccountError::NotFound, {}, tr("This account no longer exists.")};
    m_settings->beginGroup(Group);
    m_settings->remove(id);
    m_settings->endGroup();
    m_settings->sync();
    qCInfo(lcSecrets) << "provider account removed:" << id;
    Q_EMIT accountsChanged();
    return std::nullopt;
}

void ProviderAccountStore::setDemoAccounts(const QList<DemoProviderAccount> &accounts) {
    m_demoAccounts = accounts;
    Q_EMIT demoAccountsChanged();
}

std::optional<DemoProviderAccount>
ProviderAccountStore::demoAccount(const QString &provider) const {
    for (const DemoProviderAccount &demo : m_demoAccounts) {
        if (demo.account.provider == provider)
            return demo;
    }
    return std::nullopt;
}

} // namespace vpw::secrets
