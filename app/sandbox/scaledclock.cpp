#include "scaledclock.h"

#include "app/core/clock.h"

#include <cmath>

namespace vpw::sandbox {

ScaledClock::ScaledClock(double timeScale, qint64 offsetMs, const vpw::Clock *base)
    : m_timeScale(timeScale > 0 ? timeScale : 1.0)
    , m_offsetMs(offsetMs)
    , m_base(base) {}

QDateTime ScaledClock::now() const {
    return (m_base ? m_base->now() : QDateTime::currentDateTimeUtc()).addMSecs(m_offsetMs);
}

qint64 ScaledClock::scaledMs(double seconds) const {
    // In double, then 64-bit: qCeil() returns int and wrapped past 2^31 ms (24.8 days), which
    // turned a long delay into an immediate one. The clamp keeps the result a valid offset
    // for QDateTime::addMSecs() even for values the option limits do not allow.
    constexpr double kMaxMs = 1e15; // about 31,700 years
    const double ms = std::ceil(seconds * 1000.0 / m_timeScale);
    if (!(ms < kMaxMs)) // NaN included
        return qint64(kMaxMs);
    return qMax<qint64>(1, qint64(ms));
}

} // namespace vpw::sandbox
