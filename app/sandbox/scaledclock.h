#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace vpw {
class Clock;
}

namespace vpw::sandbox {

// The server's notion of time: the wall clock shifted by a configurable skew (so a client can
// test its skew estimate from the `Date` header), and the time scale that shortens every
// duration of the contract. (Not app/core/clock.h's vpw::Clock, the injectable "now" of the app
// and the emulators.)
class ScaledClock {
public:
    // `base`: the time before the offset; nullptr: the computer's clock (tests inject one).
    ScaledClock(double timeScale, qint64 offsetMs, const vpw::Clock *base = nullptr);

    QDateTime now() const;
    // `seconds` of contract time as real milliseconds: at least 1, exact in 64 bits (no
    // wrap-around for long delays or small time scales), at most 10^15.
    qint64 scaledMs(double seconds) const;
    double timeScale() const { return m_timeScale; }

private:
    double m_timeScale;
    qint64 m_offsetMs;
    const vpw::Clock *m_base;
};

} // namespace vpw::sandbox
