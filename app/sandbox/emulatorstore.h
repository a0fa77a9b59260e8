#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace vpw::sandbox {

// The state of a provider emulator (app/providers/<name>/emulator): resources as JSON objects,
// by kind ("cen", "vpc", ...) and ID, in ID order. With a state file they live in SQLite (the
// sandbox's --state-file, in a table of the emulator's own, "<prefix>_resources"): commit()
// writes the resources changed since the last commit in one transaction, so a change is on disk
// before the emulator answers.
//
// Not thread-safe: use it in one thread (Qt SQL's rule for a connection).
class EmulatorStore {
public:
    // `prefix` names the table: "aliyun" -> aliyun_resources.
    explicit EmulatorStore(QString prefix);
    ~EmulatorStore();
    EmulatorStore(const EmulatorStore &) = delete;
    EmulatorStore &operator=(const EmulatorStore &) = delete;

    // Opens (and creates) the table in `path` and loads it. false with `error` when the file
    // cannot be opened. `empty` tells whether there was no state yet (seed then).
    bool open(const QString &path, bool *empty, QString *error);
    bool isPersistent() const { return m_open; }

    bool contains(const QString &kind, const QString &id) const;
    QJsonObject get(const QString &kind, const QString &id) const;
    // Every resource of `kind`, in ID order.
    QList<QJsonObject> all(const QString &kind) const;
    void put(const QString &kind, const QString &id, const QJsonObject &object);
    void remove(const QString &kind, const QString &id);

    // Writes what changed since the last commit in one transaction. false with `error` leaves
    // the database as it was; the caller then reverts to it with rollback().
    bool commit(QString *error);
    // Drops the changes since the last commit (reloads what the database holds).
    void rollback();

private:
    bool load(QString *error);

    QString m_prefix;
    QString m_connection;
    bool m_open = false;
    QHash<QString, QMap<QString, QJsonObject>> m_resources;
    QSet<QPair<QString, QString>> m_dirty;
    QHash<QString, QMap<QString, QJsonObject>> m_committed; // in memory only: for rollback()
};

} // namespace vpw::sandbox
