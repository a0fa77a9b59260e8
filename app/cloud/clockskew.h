#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <optional>

namespace vpw::cloud {

// Parses an HTTP Date header (IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT") into UTC.
std::optional<QDateTime> parseHttpDate(const QByteArray &value);

// Estimates how far the server's clock is ahead of ours (negative: behind), from the Date
// header of each answer. One sample is `serverDate + 500 ms − local midpoint of the request`:
// Date has one-second resolution (the server truncates), so the middle of that second is the
// best guess, and the midpoint between sending and receiving the headers halves the network
// delay. The estimate is the median of the last few samples, so one slow answer does not move
// it, while a real clock change is followed after a few calls.
class ClockSkewEstimator {
public:
    void addSample(const QDateTime &serverDate, qint64 sentAtMs, qint64 receivedAtMs);
    std::optional<qint64> skewMs() const;

private:
    static constexpr int WindowSize = 5;
    QList<qint64> m_samples; // newest last
};

} // namespace vpw::cloud
