#pragma once

#include "idempotency.h"

#include "app/core/cidrindex.h"
#include "app/core/model.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>
#include <set>
#include <utility>

namespace vpw::sandbox {

// A peering as the server keeps it: the API value plus the sandbox's own schedule.
struct PeeringRecord {
    Peering peering;
    std::optional<QDateTime> autoAttachAt; // --auto-attach-after: pending -> running then
    std::optional<QDateTime> removeAt;     // deleting -> removed then

    // The next time-driven transition (the lifecycle's): pending -> running at autoAttachAt
    // if that comes before expiresAt, else pending -> failed at expiresAt; deleting -> removed
    // at removeAt (at once without one); nothing in other states.
    struct Due {
        QDateTime at; // invalid: at once
        bool attach = false;
    };
    std::optional<Due> due() const;
};

// What a create checks a deployment's live peerings (pending, running, deleting: those
// holding their CIDR) against.
struct LivePeerings {
    CidrIndex cidrs;                         // with the deployment's own CIDR
    QHash<QString, QStringList> byPeeringId; // provider peering ID -> our IDs, oldest first
};

// Everything the sandbox knows: deployments, peerings, idempotency answers. Plain data with
// lookups; the rules are applied by the API handlers (through app/core) and the lifecycle.
// Not thread-safe: owned by one Server, used in its thread.
//
// Every mutable access to peerings is noted (touched()), so that a save (StateDb) compares
// only those records: peering(), peeringAt(), addPeering() and removePeering() note one
// record, the mutable peerings() (and deployments()) all of them. Read through the const
// overloads.
//
// The same notes keep the indexes up to date (livePeerings(), dueBy(), lookups by ID): they
// are brought up to date with the noted records when next read, so no request does work that
// grows with the number of stored peerings unless it reads or changes them all. Hence: change
// a record (or the lists) before the next read of an index, not through a pointer or
// reference kept across one; take it again instead.
class Store {
public:
    // Which peerings may have changed since clearTouched(): all, or those with these IDs.
    struct Touched {
        bool all = true;
        QSet<QString> ids;
    };

    QList<Deployment> &deployments() {
        m_stale.all = true; // a save compares the deployments anyway
        return m_deployments;
    }
    const QList<Deployment> &deployments() const { return m_deployments; }
    QList<PeeringRecord> &peerings() {
        m_touched.all = true;
        m_stale.all = true;
        m_positions.clear();
        return m_peerings;
    }
    const QList<PeeringRecord> &peerings() const { return m_peerings; }
    PeeringRecord &peeringAt(qsizetype index);
    void addPeering(PeeringRecord record);
    IdempotencyCache &idempotency() { return m_idempotency; }
    const IdempotencyCache &idempotency() const { return m_idempotency; }
    const Touched &touched() const { return m_touched; }
    void clearTouched() { m_touched = Touched{false, {}}; }

    const Deployment *deployment(const QString &id) const;
    PeeringRecord *peering(const QString &id);
    const PeeringRecord *peering(const QString &id) const;
    // The peerings of one deployment, in creation order.
    QList<Peering> peeringsOf(const QString &deploymentId) const;
    void removePeering(const QString &id);

    // The live peerings of a deployment (empty for an unknown one).
    const LivePeerings &livePeerings(const QString &deploymentId) const;
    // The IDs of the peerings whose next transition is due at `now` or before, earliest first,
    // and the time of the earliest one due (nullopt: none; invalid: at once).
    QStringList dueBy(const QDateTime &now) const;
    std::optional<QDateTime> nextDue() const;

    // New unique IDs: "peer-" + 12 [a-z0-9] for peerings (not "pcx-": AWS peering connection
    // IDs start with it), "res-" + 10 for resources.
    QString newPeeringId();
    QString newResourceId();

    bool isEmpty() const { return m_deployments.isEmpty() && m_peerings.isEmpty(); }

    // The state file document ({"version":1, ...}) and its strict reader.
    QJsonObject toJson() const;
    bool fromJson(const QJsonObject &object, QString *error);

private:
    // What the indexes hold for one peering, to take it out again when the record changes.
    struct Indexed {
        QString deploymentId;
        CidrIndex::Entry cidr;
        bool live = false;
        std::optional<qint64> dueMs;
    };

    QString uniqueId(const char *prefix, int length, bool peering) const;
    void noteChanged(const QString &id);
    // Brings the indexes up to date with the records noted since the last call.
    void refresh() const;
    void rebuild() const;
    void reindex(const QString &id, const Indexed *old, const Indexed *now) const;
    static Indexed indexedOf(const PeeringRecord &record);
    qsizetype position(const QString &id) const;

    QList<Deployment> m_deployments;
    QList<PeeringRecord> m_peerings;
    IdempotencyCache m_idempotency;
    Touched m_touched;

    // Derived from the above; rebuilt or brought up to date when read (hence mutable).
    mutable Touched m_stale;                            // records the indexes may not reflect
    mutable QHash<QString, qsizetype> m_positions;      // ID -> index in m_peerings
    mutable QHash<QString, LivePeerings> m_live;        // by deployment ID
    mutable QHash<QString, Indexed> m_indexed;          // by peering ID
    mutable std::set<std::pair<qint64, QString>> m_due; // (due ms, ID); LLONG_MIN: at once
};

} // namespace vpw::sandbox
