#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace vpw::sandbox {

// A fixed-window limit of N requests per minute (scaled by the time scale) per API key.
class RateLimiter {
public:
    RateLimiter(int perWindow, qint64 windowMs);

    // True when the request may proceed; otherwise `retryAfterSeconds` (>= 1) says when the
    // window reopens.
    bool admit(const QString &apiKey, const QDateTime &now, int *retryAfterSeconds);
    bool enabled() const { return m_perWindow > 0; }

private:
    struct Window {
        QDateTime start;
        int used = 0;
    };
    int m_perWindow;
    qint64 m_windowMs;
    QHash<QString, Window> m_windows;
};

} // namespace vpw::sandbox
