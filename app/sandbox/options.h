#pragma once

#include <QHostAddress>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace vpw::sandbox {

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
    bool seed = true;                             // seed demo data when there is no state yet
    int seedDeployments = 0; // extra dedicated Aliyun deployments in the seed (load tests)
};

} // namespace vpw::sandbox
