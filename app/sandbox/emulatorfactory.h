#pragma once

#include "options.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

class QObject;

namespace vpw {
class Clock;
}

namespace vpw::sandbox {

class Server;

// What an emulator takes from the sandbox it runs beside (the in-process demo, or
// vpc-peering-sandbox with its command line).
struct EmulatorSettings {
    QHostAddress bind = QHostAddress(QHostAddress::LocalHost); // loopback only
    quint16 port = 0;                                          // 0 = a free port
    const Clock *clock = nullptr;                              // nullptr: the system clock
    double timeScale = 1.0;
    QString stateFile; // the sandbox's SQLite file; empty = in memory only
    bool seed = true;
    int rateLimit = 0; // fault knobs, as EmulatorOptions of each emulator
    int throttleFirst = 0;
    QString accessKeyId; // the emulated operator's key; empty: the environment, then the demo's
    QString accessKeySecret;
};

// The emulated operator account the in-process demo offers for a provider ("Use the demo's
// emulated account"): plain values, the secret included (memory only).
struct DemoOperatorAccount {
    QString provider; // wire name
    QString name;     // translated
    QString accessKeyId;
    QString accessKeySecret;
    QStringList regions;
};

// Starts one provider's API emulator beside the sandbox (app/providers/<name>/emulator/): the
// emulator registry (app/providers/emulatorregistry.h) lists one per provider with an emulator,
// so neither the in-process demo nor vpc-peering-sandbox names a provider. Immutable singletons.
class EmulatorFactory {
public:
    virtual ~EmulatorFactory() = default;

    // The provider's wire name ("aliyun").
    virtual QString provider() const = 0;
    // vpc-peering-sandbox's options for this emulator: its port and its operator's keys.
    virtual QList<QCommandLineOption> commandLineOptions() const = 0;
    // Reads those options into `settings`; false with `error` set when one is malformed.
    virtual bool readCommandLine(const QCommandLineParser &parser, EmulatorSettings *settings,
                                 QString *error) const = 0;
    // Starts the emulator in the calling thread as a child of `parent` and couples `server`'s
    // EMQX side to it (when not null). Its base URL ("http://127.0.0.1:<port>"), or an empty URL
    // with `error` set.
    virtual QUrl start(const EmulatorSettings &settings, Server *server, QObject *parent,
                       QString *error) const = 0;
    // The emulated operator account, its keys as the emulator resolves them (the environment or
    // the documented demo defaults).
    virtual DemoOperatorAccount demoAccount() const = 0;
};

// The emulator's port option ("<provider>-port"), or false with `error` set.
inline bool readPortOption(const QCommandLineParser &parser, const QString &name, quint16 *port,
                           QString *error) {
    bool ok = false;
    const uint value = parser.value(name).toUInt(&ok);
    if (!ok || value > 65535) {
        *error = QStringLiteral("--%1 must be a TCP port from 0 to 65535").arg(name);
        return false;
    }
    *port = quint16(value);
    return true;
}

} // namespace vpw::sandbox
