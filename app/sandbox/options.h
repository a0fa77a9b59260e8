#pragma once

#include <QHostAddress>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace vpw {
class Clock;
}

namespace vpw::sandbox {

// The accepted range of every numeric option: wide enough for any test or demo, narrow enough
// that every derived duration and date stays exact in 64-bit milliseconds and within
// QDateTime's range (Server::start() and the command line refuse anything outside).
namespace OptionLimits {
inline constexpr double kMinTimeScale = 1e-6;
inline constexpr double kMaxTimeScale = 1e6;
inline constexpr double kMaxAutoAttachSeconds = 366.0 * 24 * 3600;         // a year
inline constexpr int kMaxRateLimit = 1000000;                              // requests per minute
inline constexpr qint64 kMaxClockOffsetMs = 10LL * 366 * 24 * 3600 * 1000; // ten years
} // namespace OptionLimits

// How a sandbox server runs. Every duration of the contract (the Aliyun attach window, the
// delete delay, the automatic attach, the rate-limit minute) is divided by `timeScale`.
struct Options {
    QString apiKey;
    QString apiSecret;
    QHostAddress bind = QHostAddress(QHostAddress::LocalHost); // loopback only
    quint16 port = 0;                                          // 0 = a free port
    double timeScale = 1.0;
    std::optional<double> autoAttachAfterSeconds; // pending -> running automatically
    int rateLimit = 0;                            // requests per minute per API key; 0 = off
    QString stateFile;                            // empty = in memory only
    qint64 clockOffsetMs = 0;                     // server clock skew, for client skew tests
    const vpw::Clock *clock = nullptr; // the time before the offset; nullptr: the computer's
    bool seed = true;                  // seed demo data when there is no state yet
    int idleTimeoutMs = 10000;         // a connection must deliver a whole request within this
    int maxConnections = 256;          // open at once; beyond, the longest-idle one is closed
    int seedDeployments = 0; // extra dedicated Aliyun deployments in the seed (load tests)
};

} // namespace vpw::sandbox
