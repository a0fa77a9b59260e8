#include "profilestore.h"

#include "logging.h"
#include "provideraccountstore.h"

#include "app/core/endpointrule.h"

#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace vpw::secrets {

namespace {

const QString Group = QStringLiteral("profiles");
const QString CurrentKey = QStringLiteral("current");
const QString NameKey = QStringLiteral("name");
const QString EndpointKey = QStringLiteral("endpoint");
const QString ApiKeyKey = QStringLiteral("apiKey");
const QString KindKey = QStringLiteral("kind"); // "console"; absent for an API profile
const QString ConsoleKind = QStringLiteral("console");

} // namespace

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings ? settings : new QSettings)
    , m_ownsSettings(settings == nullptr)
    , m_providerAccounts(new ProviderAccountStore(m_settings, this)) {}

ProfileStore::~ProfileStore() {
    delete m_providerAccounts; // it uses m_settings
    if (m_ownsSettings)
        delete m_settings;
}

Profile ProfileStore::demoProfile() const {
    Profile demo;
    demo.id = QLatin1String(DemoProfileId);
    demo.name = tr("Sandbox — local demo");
    demo.endpoint = m_demoEndpoint;
    demo.apiKey = m_demoApiKey;
    demo.demo = true;
    return demo;
}

void ProfileStore::setDemoConnection(const QUrl &endpoint, const QString &apiKey) {
    m_demoEndpoint = endpoint;
    m_demoApiKey = apiKey;
    Q_EMIT profilesChanged();
}

QList<Profile> ProfileStore::profiles() const {
    QList<Profile> stored;
    m_settings->beginGroup(Group);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &id : ids) {
        if (auto p = profile(id))
            stored << *p;
    }
    std::sort(stored.begin(), stored.end(), [](const Profile &a, const Profile &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    stored.prepend(demoProfile());
    return stored;
}

std::optional<Profile> ProfileStore::profile(const QString &id) const {
    if (isDemo(id))
        return demoProfile();
    if (id.isEmpty())
        return std::nullopt;
    m_settings->beginGroup(Group);
    const bool exists = m_settings->childGroups().contains(id);
    Profile p;
    if (exists) {
        m_settings->beginGroup(id);
        p.id = id;
        p.name = m_settings->value(NameKey).toString();
        p.endpoint = QUrl(m_settings->value(EndpointKey).toString(), QUrl::StrictMode);
        p.apiKey = m_settings->value(ApiKeyKey).toString();
        if (m_settings->value(KindKey).toString() == ConsoleKind)
            p.kind = ProfileKind::Console;
        m_settings->endGroup();
    }
    m_settings->endGroup();
    return exists ? std::optional(p) : std::nullopt;
}

std::optional<QString> ProfileStore::nameProblem(const QString &name) {
    if (name.trimmed().isEmpty())
        return tr("Enter a name for the profile.");
    return std::nullopt;
}

std::optional<QString> ProfileStore::apiKeyProblem(const QString &apiKey) {
    if (apiKey.trimmed().isEmpty())
        return tr("Enter the API key of this endpoint.");
    return std::nullopt;
}

std::optional<ProfileError> ProfileStore::validate(const Profile &p) const {
    if (auto problem = nameProblem(p.name))
        return ProfileError{ProfileError::InvalidName, NameKey, *problem};
    if (p.isConsole()) // no endpoint, no key: the operator works in EMQX Cloud's console
        return std::nullopt;
    if (const std::optional<EndpointProblem> problem = checkEndpoint(p.endpoint))
        return ProfileError{ProfileError::InvalidEndpoint, EndpointKey,
                            endpointProblemText(*problem, p.endpoint)};
    if (auto problem = apiKeyProblem(p.apiKey))
        return ProfileError{ProfileError::MissingApiKey, ApiKeyKey, *problem};
    return std::nullopt;
}

void ProfileStore::write(const Profile &p) {
    m_settings->beginGroup(Group);
    m_settings->beginGroup(p.id);
    m_settings->setValue(NameKey, p.name.trimmed());
    if (p.isConsole()) {
        m_settings->setValue(KindKey, ConsoleKind);
        m_settings->remove(EndpointKey);
        m_settings->remove(ApiKeyKey);
    } else {
        m_settings->remove(KindKey);
        m_settings->setValue(EndpointKey, p.endpoint.toString());
        m_settings->setValue(ApiKeyKey, p.apiKey.trimmed());
    }
    m_settings->endGroup();
    m_settings->endGroup();
    m_settings->sync();
}

std::optional<ProfileError> ProfileStore::add(Profile &p) {
    if (auto error = validate(p))
        return error;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.name = p.name.trimmed();
    p.apiKey = p.apiKey.trimmed();
    p.demo = false;
    if (p.isConsole()) {
        p.endpoint = QUrl();
        p.apiKey.clear();
    }
    write(p);
    qCInfo(lcSecrets) << "profile added:" << p.id;
    Q_EMIT profilesChanged();
    return std::nullopt;
}

std::optional<ProfileError> ProfileStore::update(const Profile &p) {
    if (isDemo(p.id))
        return ProfileError{ProfileError::BuiltIn,
                            {},
                            tr("The demo profile is built in and cannot be changed. Add a "
                               "profile for your own endpoint instead.")};
    if (!profile(p.id))
        return ProfileError{
            ProfileError::NotFound, {}, tr("This profile no longer exists. Add it again.")};
    if (auto error = validate(p))
        return error;
    write(p);
    Q_EMIT profilesChanged();
    return std::nullopt;
}

std::optional<ProfileError> ProfileStore::remove(const QString &id) {
    if (isDemo(id))
        return ProfileError{
            ProfileError::BuiltIn, {}, tr("The demo profile is built in and cannot be removed.")};
    if (!profile(id))
        return ProfileError{ProfileError::NotFound, {}, tr("This profile no longer exists.")};
    const bool wasCurrent = current().id == id;
    m_settings->beginGroup(Group);
    m_settings->remove(id);
    if (wasCurrent)
        m_settings->remove(CurrentKey);
    m_settings->endGroup();
    m_settings->sync();
    qCInfo(lcSecrets) << "profile removed:" << id;
    Q_EMIT profilesChanged();
    if (wasCurrent)
        Q_EMIT currentChanged(QLatin1String(DemoProfileId));
    return std::nullopt;
}

Profile ProfileStore::current() const {
    const QString id = m_settings->value(Group + QLatin1Char('/') + CurrentKey).toString();
    return profile(id).value_or(demoProfile());
}

std::optional<ProfileError> ProfileStore::setCurrent(const QString &id) {
    if (!profile(id))
        return ProfileError{ProfileError::NotFound, {}, tr("This profile no longer exists.")};
    if (current().id == id)
        return std::nullopt;
    m_settings->setValue(Group + QLatin1Char('/') + CurrentKey, id);
    m_settings->sync();
    Q_EMIT currentChanged(id);
    return std::nullopt;
}

} // namespace vpw::secrets
