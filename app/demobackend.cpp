#include "demobackend.h"

#include "app/providers/emqxcoupling.h"
#include "app/sandbox/secret.h"
#include "app/sandbox/serverthread.h"
#include "app/secrets/profilestore.h"
#include "app/secrets/provideraccountstore.h"
#include "app/secrets/secretstore.h"

#include <QDir>
#include <QStandardPaths>

namespace vpw {

namespace {
// The emulators of the providers' own APIs, beside the demo sandbox, in its thread, sharing its
// state file (their credentials: the environment or the documented demo defaults). EMQX's side
// of the demo peerings follows them: no timer turns a peering running; the operator's real
// calls (or the demo's "finish the provider side now", which makes them) do.
bool startProviderEmulators(const sandbox::Options &options, QObject *parent, QStringList *lines,
                            QString *error) {
    aliyun::EmulatorOptions aliyunOptions;
    aliyunOptions.timeScale = options.timeScale;
    aliyunOptions.stateFile = options.stateFile;
    auto *aliyunEmulator = new aliyun::Emulator(aliyunOptions, parent);
    if (!aliyunEmulator->start(error))
        return false;
    huawei::EmulatorOptions huaweiOptions;
    huaweiOptions.stateFile = options.stateFile;
    auto *huaweiEmulator = new huawei::Emulator(huaweiOptions, parent);
    if (!huaweiEmulator->start(error))
        return false;
    if (auto *server = parent->findChild<sandbox::Server *>())
        coupleProviderEmulators(server, aliyunEmulator, huaweiEmulator);
    lines->append(QStringLiteral("aliyun emulator: ") + aliyunEmulator->baseUrl().toString());
    lines->append(QStringLiteral("huawei emulator: ") + huaweiEmulator->baseUrl().toString());
    return true;
}

// The emulated operator accounts the profiles dialog offers ("Use the demo's emulated
// account"): the emulators' URLs from their start lines, their keys as the emulators resolved
// them (the environment or the documented demo defaults).
QList<secrets::DemoProviderAccount> demoProviderAccounts(const QStringList &lines) {
    QList<secrets::DemoProviderAccount> accounts;
    const aliyun::EmulatorOptions aliyunOptions = aliyun::EmulatorOptions{}.resolved();
    const huawei::EmulatorOptions huaweiOptions = huawei::EmulatorOptions{}.resolved();
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(QLatin1String(" emulator: "));
        if (colon < 0)
            continue;
        secrets::DemoProviderAccount demo;
        demo.account.provider = line.left(colon);
        demo.account.endpointOverride = QUrl(line.mid(colon + 11).trimmed());
        if (demo.account.provider == QLatin1String("aliyun")) {
            demo.account.name = DemoBackend::tr("Demo — emulated Alibaba Cloud account");
            demo.account.accessKeyId = aliyunOptions.accessKeyId;
            demo.accessKeySecret = aliyunOptions.accessKeySecret;
            demo.account.regions = {QStringLiteral("cn-hangzhou"), QStringLiteral("cn-shanghai")};
        } else if (demo.account.provider == QLatin1String("huawei")) {
            demo.account.name = DemoBackend::tr("Demo — emulated Huawei Cloud account");
            demo.account.accessKeyId = huaweiOptions.accessKey;
            demo.accessKeySecret = huaweiOptions.secretKey;
            demo.account.regions = {QStringLiteral("cn-north-4")};
        } else {
            continue;
        }
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
