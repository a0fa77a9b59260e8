#include "clock.h"

#include <QtMath>

namespace vpw::sandbox {

Clock::Clock(double timeScale, qint64 offsetMs)
    : m_timeScale(timeScale > 0 ? timeScale : 1.0)
    , m_offsetMs(offsetMs) {}

QDateTime Clock::now() const {
    return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs);
}

qint64 Clock::scaledMs(double seconds) const {
    return qMax<qint64>(1, qint64(qCeil(seconds * 1000.0 / m_timeScale)));
}

} // namespace vpw::sandbox
