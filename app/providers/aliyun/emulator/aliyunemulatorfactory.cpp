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

    QUrl start(const sandbox::Options &options, sandbox::Server *server, QObject *parent,
               QString *error) const override {
        EmulatorOptions emulatorOptions;
        emulatorOptions.timeScale = options.timeScale;
        emulatorOptions.stateFile = options.stateFile;
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
