#include "statedb.h"

#include "statefile.h"
#include "statemigration.h"
#include "store.h"

#include "app/providers/registry.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace vpw::sandbox {

namespace {

// 1 was the JSON document; 2 had "pcx-" record IDs and no failure_code (migrateFrom2()).
constexpr int kSchemaVersion = 3;
const QByteArray kSqliteMagic("SQLite format 3\0", 16);

const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS deployments (position INTEGER NOT NULL, id TEXT PRIMARY KEY, "
    "name TEXT NOT NULL, platform TEXT NOT NULL, region TEXT NOT NULL, edition TEXT NOT NULL, "
    "vpc_id TEXT NOT NULL, cidr TEXT NOT NULL, cloud_account_id TEXT NOT NULL, "
    "reserved_cidrs TEXT NOT NULL)",
    // seq keeps the creation order; times are milliseconds since the epoch (UTC).
    "CREATE TABLE IF NOT EXISTS peerings (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
    "deployment_id TEXT NOT NULL, provider TEXT NOT NULL, peering_id TEXT NOT NULL, "
    "account_id TEXT NOT NULL, vpc_id TEXT NOT NULL, cidr TEXT NOT NULL, state TEXT NOT NULL, "
    "created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, expires_at INTEGER, "
    "failure_reason TEXT NOT NULL, auto_attach_at INTEGER, remove_at INTEGER, "
    "failure_code TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE IF NOT EXISTS resources (peering TEXT NOT NULL, position INTEGER NOT NULL, "
    "id TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, PRIMARY KEY (peering, position))",
    "CREATE TABLE IF NOT EXISTS idempotency (slot TEXT PRIMARY KEY, fingerprint BLOB NOT NULL, "
    "status INTEGER NOT NULL, body BLOB NOT NULL, created_at INTEGER NOT NULL)",
};

QVariant timeValue(const std::optional<QDateTime> &time) {
    return time ? QVariant(time->toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

// Qt binds a null QString as SQL NULL; the text columns hold "" for "none".
QVariant text(const QString &value) {
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

std::optional<QDateTime> timeFrom(const QVariant &value) {
    if (value.isNull())
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

bool sameResources(const QList<BoundResource> &a, const QList<BoundResource> &b) {
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].id != b[i].id || a[i].name != b[i].name || a[i].type != b[i].type)
            return false;
    }
    return true;
}

bool sameRecord(const PeeringRecord &a, const PeeringRecord &b) {
    const Peering &p = a.peering;
    const Peering &q = b.peering;
    return p.state == q.state && p.updatedAt == q.updatedAt && p.expiresAt == q.expiresAt &&
           p.failureReason == q.failureReason && p.failureCode == q.failureCode &&
           a.autoAttachAt == b.autoAttachAt && a.removeAt == b.removeAt &&
           p.deploymentId == q.deploymentId && p.provider == q.provider &&
           p.peeringId == q.peeringId && p.accountId == q.accountId && p.vpcId == q.vpcId &&
           p.cidr == q.cidr && p.createdAt == q.createdAt &&
           sameResources(p.boundResources, q.boundResources);
}

bool sameDeployments(const QList<Deployment> &a, const QList<Deployment> &b) {
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const Deployment &x = a[i];
        const Deployment &y = b[i];
        if (x.id != y.id || x.name != y.name || x.provider != y.provider || x.region != y.region ||
            x.edition != y.edition || x.vpcId != y.vpcId || !(x.cidr == y.cidr) ||
            x.cloudAccountId != y.cloudAccountId || x.reservedCidrs != y.reservedCidrs)
            return false;
    }
    return true;
}

bool sameEntry(const IdempotencyCache::Entry &a, const IdempotencyCache::Entry &b) {
    return a.fingerprint == b.fingerprint && a.status == b.status && a.body == b.body &&
           a.createdAt == b.createdAt;
}

// One transaction's statements; the first failure is kept and the rest are skipped.
class Writer {
public:
    explicit Writer(const QSqlDatabase &db)
        : m_db(db) {}

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    void exec(const char *sql, const QVariantList &values) {
        if (!ok())
            return;
        QSqlQuery query(m_db);
        query.prepare(QLatin1String(sql));
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            m_error = describe(query.lastError());
    }

    static QString describe(const QSqlError &error) {
        // nativeErrorCode: SQLite's result code, e.g. 13 SQLITE_FULL, 10 SQLITE_IOERR.
        if (error.nativeErrorCode().isEmpty())
            return error.text();
        return QStringLiteral("%1 (SQLite error %2)").arg(error.text(), error.nativeErrorCode());
    }

    void writeDeployments(const QList<Deployment> &deployments) {
        exec("DELETE FROM deployments", {});
        for (qsizetype i = 0; i < deployments.size(); ++i) {
            const Deployment &d = deployments[i];
            exec("INSERT INTO deployments VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 {i, d.id, d.name, providerToString(d.provider), d.region,
                  editionToString(d.edition), d.vpcId, d.cidr.toString(), d.cloudAccountId,
                  text(d.reservedCidrs.join(u'\n'))});
        }
    }

    void writePeering(const PeeringRecord &record, bool isNew) {
        const Peering &p = record.peering;
        const QVariantList values{p.deploymentId,
                                  providerToString(p.provider),
                                  p.peeringId,
                                  p.accountId,
                                  p.vpcId,
                                  p.cidr.toString(),
                                  peeringStateToString(p.state),
                                  p.createdAt.toMSecsSinceEpoch(),
                                  p.updatedAt.toMSecsSinceEpoch(),
                                  timeValue(p.expiresAt),
                                  text(p.failureReason),
                                  timeValue(record.autoAttachAt),
                                  timeValue(record.removeAt),
                                  text(failureCodeToString(p.failureCode)),
                                  p.id};
        if (isNew) {
            exec("INSERT INTO peerings (deployment_id, provider, peering_id, account_id, vpc_id, "
                 "cidr, state, created_at, updated_at, expires_at, failure_reason, "
                 "auto_attach_at, remove_at, failure_code, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                 "?, ?, ?, ?, ?, ?)",
                 values);
        } else {
            exec("UPDATE peerings SET deployment_id = ?, provider = ?, peering_id = ?, "
                 "account_id = ?, vpc_id = ?, cidr = ?, state = ?, created_at = ?, "
                 "updated_at = ?, expires_at = ?, failure_reason = ?, auto_attach_at = ?, "
                 "remove_at = ?, failure_code = ? WHERE id = ?",
                 values);
            exec("DELETE FROM resources WHERE peering = ?", {p.id});
        }
        for (qsizetype i = 0; i < p.boundResources.size(); ++i) {
            const BoundResource &r = p.boundResources[i];
            exec("INSERT INTO resources VALUES (?, ?, ?, ?, ?)", {p.id, i, r.id, r.name, r.type});
        }
    }

    void removePeering(const QString &id) {
        exec("DELETE FROM resources WHERE peering = ?", {id});
        exec("DELETE FROM peerings WHERE id = ?", {id});
    }

    void writeEntry(const QString &slot, const IdempotencyCache::Entry &e) {
        exec("INSERT OR REPLACE INTO idempotency VALUES (?, ?, ?, ?, ?)",
             {slot, e.fingerprint, e.status, e.body, e.createdAt.toMSecsSinceEpoch()});
    }

private:
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace

StateDb::StateDb(QString path)
    : m_path(std::move(path))
    , m_connection(QStringLiteral("vpw-sandbox-state-%1").arg(quintptr(this), 0, 16)) {}

StateDb::~StateDb() {
    close();
}

void StateDb::close() {
    if (!m_open)
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close(); // the last connection: SQLite checkpoints the WAL into the file
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_open = false;
}

bool StateDb::openDatabase(const QString &file, QString *error) {
    close();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(file);
    m_open = true;
    if (!db.open()) {
        *error = QStringLiteral("cannot open state file %1: %2")
                     .arg(file, Writer::describe(db.lastError()));
        return false;
    }
    QSqlQuery pragma(db);
    // WAL: a commit appends to the log instead of rewriting pages; FULL: it is fsynced before
    // the answer is sent, so an acknowledged change survives a power loss too.
    if (!pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !pragma.next() ||
        pragma.value(0).toString() != u"wal" ||
        !pragma.exec(QStringLiteral("PRAGMA synchronous=FULL"))) {
        // A full disk fails here too: SQLite's own text tells which it is.
        *error = QStringLiteral("cannot use state file %1: %2")
                     .arg(file, Writer::describe(pragma.lastError()));
        return false;
    }
    return true;
}

bool StateDb::createSchema(QString *error) {
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Writer writer(db);
    if (!db.transaction()) {
        *error = QStringLiteral("cannot write state file %1: %2")
                     .arg(m_path, Writer::describe(db.lastError()));
        return false;
    }
    for (const char *statement : kSchema)
        writer.exec(statement, {});
    writer.exec("INSERT OR IGNORE INTO meta VALUES ('version', ?)", {kSchemaVersion});
    if (!writer.ok() || !db.commit()) {
        // A failed COMMIT (SQLITE_FULL) leaves the statements' error empty: take the database's.
        const QString problem = writer.ok() ? Writer::describe(db.lastError()) : writer.error();
        db.rollback();
        *error = QStringLiteral("cannot write state file %1: %2").arg(m_path, problem);
        return false;
    }
    return true;
}

StateDb::LoadResult StateDb::open(Store *store, QString *error) {
    const QString migrating = m_path + QStringLiteral(".migrating");
    QFile file(m_path);
    if (!file.exists() && QFile::exists(migrating))
        QFile::rename(migrating, m_path); // the migration was interrupted after its last write
    if (!file.exists())
        return LoadResult::NoState; // create() makes it, with its first content

    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read state file %1: %2").arg(m_path, file.errorString());
        return LoadResult::Error;
    }
    const QByteArray start = file.read(kSqliteMagic.size());
    file.close();
    if (start != kSqliteMagic)
        return migrate(store, error); // StateFile refuses an empty or cut file
    if (!openDatabase(m_path, error) || !migrateFrom2(error) || !createSchema(error) ||
        !read(store, error))
        return LoadResult::Error;
    return LoadResult::Loaded;
}

bool StateDb::migrateFrom2(QString *error) {
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QString problem;
    if (!migrateSchema2(db, &problem)) {
        *error = QStringLiteral("cannot migrate state file %1: %2").arg(m_path, problem);
        return false;
    }
    return true;
}

StateDb::LoadResult StateDb::migrate(Store *store, QString *error) {
    Store loaded;
    if (StateFile(m_path).load(&loaded, error) != StateFile::LoadResult::Loaded)
        return LoadResult::Error;
    upgradeRecords(&loaded);
    const QString migrating = m_path + QStringLiteral(".migrating");
    const QString kept = m_path + QStringLiteral(".json-migrated");
    QFile::remove(migrating);
    if (!openDatabase(migrating, error) || !createSchema(error) || !save(loaded, error)) {
        close();
        QFile::remove(migrating);
        return LoadResult::Error;
    }
    close();
    QFile::remove(kept);
    if (!QFile::rename(m_path, kept) || !QFile::rename(migrating, m_path)) {
        *error = QStringLiteral("cannot migrate state file %1 to SQLite").arg(m_path);
        return LoadResult::Error;
    }
    if (!openDatabase(m_path, error))
        return LoadResult::Error;
    loaded.clearTouched();
    *store = std::move(loaded);
    return LoadResult::Loaded;
}

// Written under another name and renamed into place only once complete, so a start that fails
// (a full disk) leaves nothing that a later start would take for a saved state.
bool StateDb::create(const Store &initial, QString *error) {
    const QString creating = m_path + QStringLiteral(".creating");
    const auto removeCreating = [&] {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(creating + QLatin1String(suffix));
    };
    removeCreating();
    if (!openDatabase(creating, error) || !createSchema(error) || !save(initial, error)) {
        close();
        removeCreating();
        return false;
    }
    close(); // checkpoints the WAL into the file
    if (!QFile::rename(creating, m_path)) {
        removeCreating();
        *error = QStringLiteral("cannot create state file %1").arg(m_path);
        return false;
    }
    return openDatabase(m_path, error);
}

bool StateDb::read(Store *store, QString *error) {
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    const auto fail = [&](const QString &problem) {
        *error = QStringLiteral("corrupt state file %1: %2").arg(m_path, problem);
        return false;
    };
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'version'")) ||
        !query.next() || query.value(0).toInt() != kSchemaVersion)
        return fail(QStringLiteral("version: expected %1").arg(kSchemaVersion));

    Store loaded;
    query.exec(
        QStringLiteral("SELECT id, name, platform, region, edition, vpc_id, cidr, "
                       "cloud_account_id, reserved_cidrs FROM deployments ORDER BY position"));
    while (query.next()) {
        const auto provider = providerFromString(query.value(2).toString());
        const auto edition = editionFromString(query.value(4).toString());
        const auto cidr = Cidr::fromString(query.value(6).toString());
        if (!provider || !edition || !cidr)
            return fail(QStringLiteral("deployment %1").arg(query.value(0).toString()));
        const QString reserved = query.value(8).toString();
        loaded.deployments().append({query.value(0).toString(), query.value(1).toString(),
                                     *provider, query.value(3).toString(), *edition,
                                     query.value(5).toString(), *cidr, query.value(7).toString(),
                                     reserved.isEmpty() ? QStringList() : reserved.split(u'\n')});
    }
    QHash<QString, QList<BoundResource>> resources;
    query.exec(QStringLiteral("SELECT peering, id, name, type FROM resources ORDER BY peering, "
                              "position"));
    while (query.next()) {
        resources[query.value(0).toString()].append(
            {query.value(1).toString(), query.value(2).toString(), query.value(3).toString()});
    }
    query.exec(QStringLiteral("SELECT id, deployment_id, provider, peering_id, account_id, vpc_id, "
                              "cidr, state, created_at, updated_at, expires_at, failure_reason, "
                              "auto_attach_at, remove_at, failure_code FROM peerings ORDER BY "
                              "seq"));
    while (query.next()) {
        PeeringRecord record;
        Peering &p = record.peering;
        p.id = query.value(0).toString();
        p.deploymentId = query.value(1).toString();
        const auto provider = providerFromString(query.value(2).toString());
        const auto cidr = Cidr::fromString(query.value(6).toString());
        const auto state = peeringStateFromString(query.value(7).toString());
        if (!provider || !cidr || !state || !loaded.deployment(p.deploymentId))
            return fail(QStringLiteral("peering %1").arg(p.id));
        p.provider = *provider;
        p.peeringId = query.value(3).toString();
        p.accountId = query.value(4).toString();
        p.vpcId = query.value(5).toString();
        p.cidr = *cidr;
        p.state = *state;
        p.createdAt = *timeFrom(query.value(8));
        p.updatedAt = *timeFrom(query.value(9));
        p.expiresAt = timeFrom(query.value(10));
        p.failureReason = query.value(11).toString();
        record.autoAttachAt = timeFrom(query.value(12));
        record.removeAt = timeFrom(query.value(13));
        p.failureCode = failureCodeFromString(query.value(14).toString());
        p.boundResources = resources.value(p.id);
        loaded.peerings().append(std::move(record));
    }
    query.exec(
        QStringLiteral("SELECT slot, fingerprint, status, body, created_at FROM idempotency"));
    while (query.next()) {
        loaded.idempotency().restore(query.value(0).toString(),
                                     {query.value(1).toByteArray(), query.value(2).toInt(),
                                      query.value(3).toByteArray(), *timeFrom(query.value(4))});
    }
    if (query.lastError().isValid())
        return fail(Writer::describe(query.lastError()));
    m_deployments = loaded.deployments();
    m_peerings.clear();
    for (const PeeringRecord &record : loaded.peerings())
        m_peerings.insert(record.peering.id, record);
    m_entries = loaded.idempotency().entries();
    loaded.clearTouched();
    *store = std::move(loaded);
    return true;
}

bool StateDb::save(const Store &current, QString *error) {
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Writer writer(db);
    if (!db.transaction()) {
        *error = QStringLiteral("cannot write state file %1: %2")
                     .arg(m_path, Writer::describe(db.lastError()));
        return false;
    }
    const bool deploymentsChanged = !sameDeployments(m_deployments, current.deployments());
    if (deploymentsChanged)
        writer.writeDeployments(current.deployments());

    // Against the image of the database, not a copy of the store (which would make every
    // change copy all the peerings), and only for the records the store noted as touched:
    // a create costs the same with 10 peerings as with 10,000.
    QList<const PeeringRecord *> written;
    QStringList removed;
    const auto compare = [&](const QString &id, const PeeringRecord *record) {
        const auto saved = m_peerings.constFind(id);
        const bool isNew = saved == m_peerings.cend();
        if (record && (isNew || !sameRecord(*saved, *record))) {
            writer.writePeering(*record, isNew);
            written.append(record);
        } else if (!record && !isNew) {
            writer.removePeering(id);
            removed.append(id);
        }
    };
    if (current.touched().all) {
        QSet<QString> ids;
        for (const PeeringRecord &record : current.peerings()) {
            compare(record.peering.id, &record);
            ids.insert(record.peering.id);
        }
        for (auto it = m_peerings.cbegin(); it != m_peerings.cend(); ++it) {
            if (!ids.contains(it.key()))
                compare(it.key(), nullptr);
        }
    } else {
        // Only what the change touched; a request adds at most one peering, so the order of
        // new rows (their seq) is the creation order.
        for (const QString &id : current.touched().ids)
            compare(id, current.peering(id));
    }

    const auto &entries = current.idempotency().entries();
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        const auto old = m_entries.constFind(it.key());
        if (old == m_entries.cend() || !sameEntry(*old, *it))
            writer.writeEntry(it.key(), *it);
    }
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (!entries.contains(it.key()))
            writer.exec("DELETE FROM idempotency WHERE slot = ?", {it.key()});
    }

    if (!writer.ok() || !db.commit()) {
        const QString problem = writer.ok() ? Writer::describe(db.lastError()) : writer.error();
        db.rollback();
        *error = QStringLiteral("cannot write state file %1: %2").arg(m_path, problem);
        return false;
    }
    if (deploymentsChanged)
        m_deployments = current.deployments();
    for (const PeeringRecord *record : std::as_const(written))
        m_peerings.insert(record->peering.id, *record);
    for (const QString &id : std::as_const(removed))
        m_peerings.remove(id);
    m_entries = entries;
    return true;
}

bool StateDb::reload(Store *store, QString *error) {
    return read(store, error);
}

} // namespace vpw::sandbox
