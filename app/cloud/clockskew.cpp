#include "clockskew.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace vpw::cloud {

std::optional<QDateTime> parseHttpDate(const QByteArray &value) {
    const QString text = QString::fromLatin1(value).trimmed();
    // The C locale has the English day and month names the format needs.
    QDateTime parsed =
        QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!parsed.isValid())
        return std::nullopt;
    parsed.setTimeZone(QTimeZone::utc());
    return parsed;
}

void ClockSkewEstimator::addSample(const QDateTime &serverDate, qint64 sentAtMs,
                                   qint64 receivedAtMs) {
    const qint64 localMidpoint = sentAtMs + (receivedAtMs - sentAtMs) / 2;
    m_samples << serverDate.toMSecsSinceEpoch() + 500 - localMidpoint;
    if (m_samples.size() > WindowSize)
        m_samples.removeFirst();
}

std::optional<qint64> ClockSkewEstimator::skewMs() const {
    if (m_samples.isEmpty())
        return std::nullopt;
    QList<qint64> sorted = m_samples;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype middle = sorted.size() / 2;
    if (sorted.size() % 2 == 1)
        return sorted.at(middle);
    return (sorted.at(middle - 1) + sorted.at(middle)) / 2;
}

} // namespace vpw::cloud
