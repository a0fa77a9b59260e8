#pragma once

#include <QSqlDatabase>
#include <QString>

namespace vpw::sandbox {

class Store;

// Upgrades of stored sandbox state (StateDb). Schema 2 -> 3: record IDs "pcx-…" become
// "peer-…" (AWS peering connection IDs start with "pcx-"), in the peerings, their resources and
// the stored create answers; each failed peering gets its failure code (window_closed where the
// window had closed: the lifecycle stamped updated_at = expires_at; rejected for the old
// default rejection reason; other otherwise).

// Upgrades an open database of schema 2 in place, in one transaction; true (and nothing done)
// for any other version. On failure `error` says why and nothing is changed.
bool migrateSchema2(QSqlDatabase &db, QString *error);
// The same upgrade for records read from a JSON state file (schema 1).
void upgradeRecords(Store *store);

} // namespace vpw::sandbox
