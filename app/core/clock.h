#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace vpw {

// The time as the application reads it. Production code uses systemClock(); tests inject a
// ManualClock and move time instead of sleeping (countdowns, the poller's schedule, skew).
class Clock {
public:
    virtual ~Clock() = default;
    // Milliseconds since the Unix epoch, UTC.
    virtual qint64 nowMs() const = 0;
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
};

// The computer's clock.
const Clock &systemClock();

// A clock that only moves when told to.
class ManualClock final : public Clock {
public:
    explicit ManualClock(qint64 startMs) : m_nowMs(startMs) {}
    qint64 nowMs() const override { return m_nowMs; }
    void setMs(qint64 ms) { m_nowMs = ms; }
    void advanceMs(qint64 ms) { m_nowMs += ms; }

private:
    qint64 m_nowMs;
};

} // namespace vpw
