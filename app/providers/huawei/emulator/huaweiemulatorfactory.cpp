#include "huaweiemulatorfactory.h"

#include "huaweiemqx.h"
#include "huaweiemulator.h"

#include "app/sandbox/server.h"

#include <QCoreApplication>

namespace vpw::huawei {

namespace {

class Factory final : public sandbox::EmulatorFactory {
public:
    QString provider() const override { return QStringLiteral("huawei"); }

    QList<QCommandLineOption> commandLineOptions() const override {
        return {
            {QStringLiteral("huawei-port"),
             QStringLiteral("TCP port of the Huawei Cloud API emulator; 0 picks a free one."),
             QStringLiteral("port"), QStringLiteral("0")},
            {QStringLiteral("huawei-access-key"),
             QStringLiteral("Access key (AK) of the emulated Huawei Cloud operator account (else "
                            "VPW_SANDBOX_HUAWEI_ACCESS_KEY, else the demo AK %1).")
                 .arg(QLatin1String(kDemoAccessKey)),
             QStringLiteral("ak")},
            {QStringLiteral("huawei-secret-key"),
             QStringLiteral("Its secret key (else VPW_SANDBOX_HUAWEI_SECRET_KEY, else the demo "
                            "SK %1).")
                 .arg(QLatin1String(kDemoSecretKey)),
             QStringLiteral("sk")},
        };
    }

    bool readCommandLine(const QCommandLineParser &parser, sandbox::EmulatorSettings *settings,
                         QString *error) const override {
        settings->accessKeyId = parser.value(QStringLiteral("huawei-access-key"));
        settings->accessKeySecret = parser.value(QStringLiteral("huawei-secret-key"));
        return sandbox::readPortOption(parser, QStringLiteral("huawei-port"), &settings->port,
                                       error);
    }

    // The Huawei emulator's states change at once (no delays), so it takes no time scale.
    QUrl start(const sandbox::EmulatorSettings &settings, sandbox::Server *server, QObject *parent,
               QString *error) const override {
        EmulatorOptions emulatorOptions;
        emulatorOptions.accessKey = settings.accessKeyId;
        emulatorOptions.secretKey = settings.accessKeySecret;
        emulatorOptions.bind = settings.bind;
        emulatorOptions.port = settings.port;
        emulatorOptions.clock = settings.clock;
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
        account.name =
            QCoreApplication::translate("vpw::DemoBackend", "Demo — emulated Huawei Cloud account");
        account.accessKeyId = resolved.accessKey;
        account.accessKeySecret = resolved.secretKey;
        account.regions = {QStringLiteral("cn-north-4")};
        return account;
    }
};

} // namespace

const sandbox::EmulatorFactory &emulatorFactory() {
    static const Factory factory;
    return factory;
}

} // namespace vpw::huawei
