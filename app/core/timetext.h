#pragma once

#include <QDateTime>
#include <QString>

namespace vpw {

// A time as every view shows it (the peering table, the details pane, the event log, the status
// line for another day): local time, "yyyy-MM-dd HH:mm:ss" — the same in both languages,
// sortable, and unambiguous when copied into a ticket. Empty when `time` is null.
QString displayTime(const QDateTime &time);

} // namespace vpw
