#pragma once

#include "store.h"

#include <QHash>
#include <QList>
#include <QString>

namespace vpw::sandbox {

// --state-file: the store in an SQLite database (WAL, synchronous=FULL), one column per field.
// Each change is one transaction that writes only the rows that differ from the last saved
// state, so a save costs the same with 10 peerings as with 10,000.
//
// A JSON state file from an earlier version (StateFile) is migrated once, on open: its content
// is written to "<file>.migrating", the JSON file is kept as "<file>.json-migrated", and the
// database takes the file's name (an interrupted migration is completed on the next open).
//
// Not thread-safe: open, use and destroy it in one thread (Qt SQL's rule for a connection).
class StateDb {
public:
    explicit StateDb(QString path);
    ~StateDb();
    StateDb(const StateDb &) = delete;
    StateDb &operator=(const StateDb &) = delete;

    enum class LoadResult { Loaded, NoState, Error };
    // NoState: there is no file yet (call create()). Error: `error` names the file and the
    // problem (an empty file, a corrupt JSON or database file); nothing is changed.
    LoadResult open(Store *store, QString *error);
    // After NoState: creates the database holding `initial`, all or nothing: on failure (with
    // `error` carrying SQLite's reason, such as "database or disk is full") no file is left.
    bool create(const Store &initial, QString *error);
    // Writes what differs between the database and `current` (among the peerings it notes as
    // touched: Store::touched()), in one transaction; false (with `error`, e.g. SQLITE_FULL or
    // SQLITE_IOERR) leaves the database as it was. The caller clears the store's notes after
    // a successful save.
    bool save(const Store &current, QString *error);
    // The store as the database holds it (after a failed save: as before the change).
    bool reload(Store *store, QString *error);

    const QString &path() const { return m_path; }

private:
    bool openDatabase(const QString &file, QString *error);
    bool createSchema(QString *error);
    bool read(Store *store, QString *error);
    LoadResult migrate(Store *store, QString *error);
    // Upgrades an open database of schema 2 to the current one in place (a no-op otherwise).
    bool migrateFrom2(QString *error);
    void close();

    QString m_path;
    QString m_connection; // Qt SQL connection name, unique per instance
    bool m_open = false;
    // What the database holds, to find what a save must write.
    QList<Deployment> m_deployments;
    QHash<QString, PeeringRecord> m_peerings;
    QHash<QString, IdempotencyCache::Entry> m_entries;
};

} // namespace vpw::sandbox
