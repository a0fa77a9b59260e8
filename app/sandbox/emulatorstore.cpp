#include "emulatorstore.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace vpw::sandbox {

namespace {

QString describe(const QSqlError &error) {
    return QStringLiteral("%1 (SQLite error %2)").arg(error.text(), error.nativeErrorCode());
}

} // namespace

EmulatorStore::EmulatorStore(QString prefix)
    : m_prefix(std::move(prefix))
    , m_connection(QStringLiteral("vpw-emulator-") + QUuid::createUuid().toString()) {}

EmulatorStore::~EmulatorStore() {
    if (m_open) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool EmulatorStore::open(const QString &path, bool *empty, QString *error) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    // The peering API's state database may hold a write lock for a moment.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, describe(db.lastError()));
        return false;
    }
    m_open = true;
    QSqlQuery query(db);
    // The emulator holds every resource in memory (load()): SQLite's page cache would be a second
    // copy. A few pages are enough for a commit's B-tree path, and set before the first page is
    // read they are all SQLite allocates (20 pages otherwise, per connection; docs/performance.md
    // "Memory two seconds after the first window").
    if (!query.exec(QStringLiteral("PRAGMA cache_size=8")) ||
        !query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) ||
        !query.exec(QStringLiteral("PRAGMA synchronous=FULL")) ||
        !query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1_resources (kind TEXT NOT NULL, "
                                   "id TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (kind, id))")
                        .arg(m_prefix))) {
        *error = QStringLiteral("%1: %2").arg(path, describe(query.lastError()));
        return false;
    }
    if (!load(error))
        return false;
    *empty = m_resources.isEmpty();
    return true;
}

bool EmulatorStore::load(QString *error) {
    m_resources.clear();
    m_dirty.clear();
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT kind, id, body FROM %1_resources").arg(m_prefix))) {
        *error = describe(query.lastError());
        return false;
    }
    while (query.next()) {
        const QJsonDocument document = QJsonDocument::fromJson(query.value(2).toByteArray());
        if (!document.isObject()) {
            *error = QStringLiteral("%1_resources: the row %2/%3 is not a JSON object")
                         .arg(m_prefix, query.value(0).toString(), query.value(1).toString());
            return false;
        }
        m_resources[query.value(0).toString()].insert(query.value(1).toString(), document.object());
    }
    m_committed = m_resources;
    return true;
}

bool EmulatorStore::contains(const QString &kind, const QString &id) const {
    return m_resources.value(kind).contains(id);
}

QJsonObject EmulatorStore::get(const QString &kind, const QString &id) const {
    return m_resources.value(kind).value(id);
}

QList<QJsonObject> EmulatorStore::all(const QString &kind) const {
    return m_resources.value(kind).values();
}

void EmulatorStore::put(const QString &kind, const QString &id, const QJsonObject &object) {
    m_resources[kind].insert(id, object);
    m_dirty.insert({kind, id});
}

void EmulatorStore::remove(const QString &kind, const QString &id) {
    m_resources[kind].remove(id);
    m_dirty.insert({kind, id});
}

bool EmulatorStore::commit(QString *error) {
    if (m_dirty.isEmpty())
        return true;
    if (!m_open) {
        m_committed = m_resources;
        m_dirty.clear();
        return true;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        *error = describe(db.lastError());
        return false;
    }
    QSqlQuery query(db);
    for (const auto &[kind, id] : std::as_const(m_dirty)) {
        bool ok = false;
        if (m_resources.value(kind).contains(id)) {
            query.prepare(QStringLiteral("INSERT OR REPLACE INTO %1_resources (kind, id, body) "
                                         "VALUES (?, ?, ?)")
                              .arg(m_prefix));
            query.addBindValue(kind);
            query.addBindValue(id);
            query.addBindValue(
                QJsonDocument(m_resources.value(kind).value(id)).toJson(QJsonDocument::Compact));
        } else {
            query.prepare(
                QStringLiteral("DELETE FROM %1_resources WHERE kind = ? AND id = ?").arg(m_prefix));
            query.addBindValue(kind);
            query.addBindValue(id);
        }
        ok = query.exec();
        if (!ok) {
            *error = describe(query.lastError());
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = describe(db.lastError());
        db.rollback();
        return false;
    }
    m_committed = m_resources;
    m_dirty.clear();
    return true;
}

void EmulatorStore::rollback() {
    m_resources = m_committed;
    m_dirty.clear();
}

} // namespace vpw::sandbox
