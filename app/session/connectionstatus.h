#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace vpw::session {

// How a Session's connection is doing, for the status line and the banner.
struct ConnectionStatus {
    Q_DECLARE_TR_FUNCTIONS(vpw::session::ConnectionStatus)

public:
    enum State {
        Idle,               // not started
        Connecting,         // reading the secret / first request under way
        Connected,          // the last request succeeded
        Unreachable,        // network error, timeout or 5xx; `since` = first failure
        RateLimited,        // 429; `until` = when requests resume
        CredentialsRefused, // 401 (fatal until the profile changes)
        NoSecret,           // no API secret stored for the profile (fatal)
        InvalidEndpoint,    // the profile's URL breaks the endpoint rule (fatal)
        KeychainError,      // the keychain failed (fatal; `message` says why)
    };

    State state = Idle;
    QDateTime since;       // Unreachable: first failed request
    QDateTime until;       // RateLimited: when polling resumes
    QDateTime lastSuccess; // the last successful refresh (null: none yet)
    QString message;       // translated detail (keychain text, endpoint problem...)

    bool isProblem() const { return state > Connected; }
    bool isFatal() const { return state >= CredentialsRefused; }
    // One translated sentence for the banner / status line, e.g. "The service cannot be
    // reached since 14:02:11. Showing the data of 14:01:40." Plain text.
    QString text() const;
};

} // namespace vpw::session

Q_DECLARE_METATYPE(vpw::session::ConnectionStatus)
