#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace vpw::wire {

// The times of the contract: RFC 3339 in UTC with milliseconds, "2024-05-01T10:00:00.000Z".
// Written by the server and the state file; an invalid time is written as an empty string
// (which no reader accepts).
QString formatTime(const QDateTime &time);

// Reads an RFC 3339 date-time with an explicit zone: "2024-05-01T10:00:00Z",
// "2024-05-01T18:00:00.250+08:00" (1 to 9 fraction digits, milliseconds kept). Returns it in
// UTC (timeSpec Qt::UTC). A time without a zone, a date alone, a space instead of "T" and
// out-of-range fields (month 13, hour 24, second 60) are rejected.
std::optional<QDateTime> parseTime(QStringView text);

} // namespace vpw::wire
