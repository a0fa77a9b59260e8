#include "demobackend.h"

#include "app/providers/emulatorregistry.h"
#include "app/sandbox/secret.h"
#include "app/sandbox/server.h"
#include "app/sandbox/serverthread.h"
#include "app/secrets/profilestore.h"
#include "app/secrets/provideraccountstore.h"
#include "app/secrets/secretstore.h"

#include <QDir>
#include <QStandardPaths>

namespace vpw {

namespace {
const QLatin1String kEmulatorLine(" emulator: ");

// The emulators of the providers' own APIs (the emulator registry), beside the demo sandbox, in
// its thread, sharing its state file (their credentials: the environment or the documented demo
// defaults). EMQX's side of the demo peerings follows them: no timer turns a peering running;
// the operator's real calls (or the demo's "finish the provider side now", which makes them) do.
bool startProviderEmulators(const sandbox::Options &options, QObject *parent, QStringList *lines,
                            QString *error) {
    auto *server = parent->findChild<sandbox::Server *>();
    sandbox::EmulatorSettings settings;
    settings.timeScale = options.timeScale;
    settings.stateFile = options.stateFile;
    for (const sandbox::EmulatorFactory *factory : emulatorFactories()) {
        const QUrl url = factory->start(settings, server, parent, error);
        if (url.isEmpty())
            return false;
        lines->append(factory->provider() + kEmulatorLine + url.toString());
    }
    return true;
}

// The emulated operator accounts the profiles dialog offers ("Use the demo's emulated
// account"): the emulators' URLs from their start lines, their keys as the emulators resolved
// them (the environment or the documented demo defaults).
QList<secrets::DemoProviderAccount> demoProviderAccounts(const QStringList &lines) {
    QList<secrets::DemoProviderAccount> accounts;
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(kEmulatorLine);
        if (colon < 0)
            continue;
        const sandbox::EmulatorFactory *factory = emulatorFactory(line.left(colon));
        if (!factory)
            continue;
        const sandbox::DemoOperatorAccount emulated = factory->demoAccount();
        secrets::DemoProviderAccount demo;
        demo.account.provider = emulated.provider;
        demo.account.endpointOverride = QUrl(line.mid(colon + kEmulatorLine.size()).trimmed());
        demo.account.name = emulated.name;
        demo.account.accessKeyId = emulated.accessKeyId;
        demo.accessKeySecret = emulated.accessKeySecret;
        demo.account.regions = emulated.regions;
        accounts << demo;
    }
    return accounts;
}
} // namespace

DemoBackend::DemoBackend(secrets::ProfileStore *profiles, secrets::SecretStore *secrets,
                         QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets) {}

DemoBackend::~DemoBackend() = default;

QStringList DemoBackend::providerEmulators() const {
    return m_thread ? m_thread->companionLines() : QStringList();
}

void DemoBackend::start() {
    if (m_thread)
        return;
    sandbox::Options options;
    options.apiKey = QStringLiteral("demo");
    options.apiSecret = sandbox::generateSecret();
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!dataDir.isEmpty() && QDir().mkpath(dataDir))
        options.stateFile = dataDir + QStringLiteral("/sandbox-state.json");

    const QString key = options.apiKey;
    const QString secret = options.apiSecret;
    m_thread = new sandbox::ServerThread(options, this);
    m_thread->addCompanion(startProviderEmulators);
    connect(m_thread, &sandbox::ServerThread::ready, this, [this, key, secret](const QUrl &url) {
        m_secrets->setSessionSecret(QString::fromLatin1(secrets::ProfileStore::DemoProfileId),
                                    secret);
        m_profiles->setDemoConnection(url, key);
        m_profiles->providerAccounts()->setDemoAccounts(
            demoProviderAccounts(m_thread->companionLines()));
        Q_EMIT ready();
    });
    connect(m_thread, &sandbox::ServerThread::failed, this, [this](const QString &message) {
        Q_EMIT failed(tr("The local sandbox could not start: %1").arg(message));
    });
    m_thread->start();
}

} // namespace vpw
