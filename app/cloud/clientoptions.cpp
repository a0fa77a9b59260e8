#include "clientoptions.h"

#include "clockskew.h"

#include <QRandomGenerator>

#include <algorithm>

namespace vpw::cloud {

int backoffDelayMs(const ClientOptions &options, int failedAttempts) {
    const int shift = std::clamp(failedAttempts - 1, 0, 20);
    const qint64 full =
        std::min<qint64>(options.maxBackoffMs, qint64(options.initialBackoffMs) << shift);
    const qint64 half = full / 2;
    return int(half + QRandomGenerator::global()->bounded(half + 1));
}

std::optional<int> parseRetryAfter(const QByteArray &value, const QDateTime &serverNow) {
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qlonglong seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds >= 0
                   ? std::optional(int(std::min<qlonglong>(seconds, kMaxRetryAfterSeconds)))
                   : std::nullopt;
    const auto date = parseHttpDate(trimmed);
    if (!date || !serverNow.isValid())
        return std::nullopt;
    // Clamped while still 64-bit: a date centuries ahead does not fit an int.
    return int(std::clamp<qint64>(serverNow.secsTo(*date), 0, kMaxRetryAfterSeconds));
}

} // namespace vpw::cloud
