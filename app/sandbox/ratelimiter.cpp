#include "ratelimiter.h"

#include <QtMath>

namespace vpw::sandbox {

RateLimiter::RateLimiter(int perWindow, qint64 windowMs)
    : m_perWindow(perWindow)
    , m_windowMs(qMax<qint64>(1, windowMs)) {}

bool RateLimiter::admit(const QString &apiKey, const QDateTime &now, int *retryAfterSeconds) {
    if (!enabled())
        return true;
    Window &window = m_windows[apiKey];
    if (!window.start.isValid() || window.start.msecsTo(now) >= m_windowMs) {
        window.start = now;
        window.used = 0;
    }
    if (window.used < m_perWindow) {
        ++window.used;
        return true;
    }
    const qint64 remainingMs = m_windowMs - window.start.msecsTo(now);
    *retryAfterSeconds = qMax(1, int(qCeil(double(remainingMs) / 1000.0)));
    return false;
}

} // namespace vpw::sandbox
