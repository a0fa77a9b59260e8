#include "aliyunemulatorfactory.h"

#include "aliyunemqx.h"
#include "aliyunemulator.h"

#include "app/sandbox/server.h"

#include <QCoreApplication>

namespace vpw::aliyun {

namespace {

class Factory final : public sandbox::EmulatorFactory {
public:
    QString provider() const override { return QStringLiteral("aliyun"); }

    QList<QCommandLineOption> commandLineOptions() const override {
        return {
            {QStringLiteral("aliyun-port"),
             QStringLiteral("TCP port of the Alibaba Cloud API emulator; 0 picks a free one."),
             QStringLiteral("port"), QStringLiteral("0")},
            {QStringLiteral("aliyun-access-key-id"),
             QStringLiteral("AccessKey ID of the emulated Alibaba Cloud operator account (else "
                            "VPW_SANDBOX_ALIYUN_ACCESS_KEY_ID, else the demo key %1).")
                 .arg(QLatin1String(kDemoAccessKeyId)),
             QStringLiteral("id")},
            {QStringLiteral("aliyun-access-key-secret"),
             QStringLiteral("Its AccessKey secret (else VPW_SANDBOX_ALIYUN_ACCESS_KEY_SECRET, "
                            "else the demo secret %1).")
                 .arg(QLatin1String(kDemoAccessKeySecret)),
             QStringLiteral("secret")},
        };
    }

    bool readCommandLine(const QCommandLineParser &parser, sandbox::EmulatorSettings *settings,
                         QString *error) const override {
        settings->accessKeyId = parser.value(QStringLiteral("aliyun-access-key-id"));
        settings->accessKeySecret = parser.value(QStringLiteral("aliyun-access-key-secret"));
        return sandbox::readPortOption(parser, QStringLiteral("aliyun-port"), &settings->port,
                                       error);
    }

    QUrl start(const sandbox::EmulatorSettings &settings, sandbox::Server *server, QObject *parent,
               QString *error) const override {
        EmulatorOptions emulatorOptions;
        emulatorOptions.accessKeyId = settings.accessKeyId;
        emulatorOptions.accessKeySecret = settings.accessKeySecret;
        emulatorOptions.bind = settings.bind;
        emulatorOptions.port = settings.port;
        emulatorOptions.clock = settings.clock;
        emulatorOptions.timeScale = settings.timeScale;
        emulatorOptions.stateFile = settings.stateFile;
        emulatorOptions.seed = settings.seed;
        emulatorOptions.rateLimit = settings.rateLimit;
        emulatorOptions.throttleFirst = settings.throttleFirst;
        auto *emulator = new Emulator(emulatorOptions, parent);
        if (!emulator->start(error))
            return {};
        if (server) {
            // EMQX's side follows what the emulator holds and every change it saves; queued, so
            // that a change made while the server asks is looked at afterwards.
            server->addProviderSide(makeEmqxSide(emulator));
            QObject::connect(emulator, &Emulator::changed, server,
                             &sandbox::Server::reconcileProviderSides, Qt::QueuedConnection);
        }
        return emulator->baseUrl();
    }

    sandbox::DemoOperatorAccount demoAccount() const override {
        const EmulatorOptions resolved = EmulatorOptions{}.resolved();
        sandbox::DemoOperatorAccount account;
        account.provider = provider();
        account.name = QCoreApplication::translate("vpw::DemoBackend",
                                                   "Demo — emulated Alibaba Cloud account");
        account.accessKeyId = resolved.accessKeyId;
        account.accessKeySecret = resolved.accessKeySecret;
        account.regions = {QStringLiteral("cn-hangzhou"), QStringLiteral("cn-shanghai")};
        return account;
    }
};

} // namespace

const sandbox::EmulatorFactory &emulatorFactory() {
    static const Factory factory;
    return factory;
}

} // namespace vpw::aliyun
