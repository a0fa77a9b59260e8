#pragma once

#include "options.h"

#include <QString>
#include <QStringList>
#include <QUrl>

class QObject;

namespace vpw::sandbox {

class Server;

// The emulated operator account the in-process demo offers for a provider ("Use the demo's
// emulated account"): plain values, the secret included (memory only).
struct DemoOperatorAccount {
    QString provider; // wire name
    QString name;     // translated
    QString accessKeyId;
    QString accessKeySecret;
    QStringList regions;
};

// Starts one provider's API emulator beside the sandbox (app/providers/<name>/emulator/), for
// the in-process demo: the emulator registry (app/providers/emulatorregistry.h) lists one per
// provider with an emulator, so the demo backend names no provider. Immutable singletons.
class EmulatorFactory {
public:
    virtual ~EmulatorFactory() = default;

    // The provider's wire name ("aliyun").
    virtual QString provider() const = 0;
    // Starts the emulator in the calling thread as a child of `parent`, with the sandbox's time
    // scale and state file, and couples `server`'s EMQX side to it (when not null). Its base URL
    // ("http://127.0.0.1:<port>"), or an empty URL with `error` set.
    virtual QUrl start(const Options &options, Server *server, QObject *parent,
                       QString *error) const = 0;
    // The emulated operator account, its keys as the emulator resolves them (the environment or
    // the documented demo defaults).
    virtual DemoOperatorAccount demoAccount() const = 0;
};

} // namespace vpw::sandbox
