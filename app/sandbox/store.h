#pragma once

#include "idempotency.h"

#include "app/core/model.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace vpw::sandbox {

// A peering as the server keeps it: the API value plus the sandbox's own schedule.
struct PeeringRecord {
    Peering peering;
    std::optional<QDateTime> autoAttachAt; // --auto-attach-after: pending -> running then
    std::optional<QDateTime> removeAt;     // deleting -> removed then
};

// Everything the sandbox knows: deployments, peerings, idempotency answers. Plain data with
// lookups; the rules are applied by the API handlers (through app/core) and the lifecycle.
// Not thread-safe: owned by one Server, used in its thread.
//
// Every mutable access to peerings is noted (touched()), so that a save (StateDb) compares
// only those records: peering(), peeringAt(), addPeering() and removePeering() note one
// record, the mutable peerings() all of them. Read through the const overloads.
class Store {
public:
    // Which peerings may have changed since clearTouched(): all, or those with these IDs.
    struct Touched {
        bool all = true;
        QSet<QString> ids;
    };

    QList<Deployment> &deployments() { return m_deployments; }
    const QList<Deployment> &deployments() const { return m_deployments; }
    QList<PeeringRecord> &peerings() {
        m_touched.all = true;
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

    // New unique IDs: "pcx-" + 12 [a-z0-9] for peerings, "res-" + 10 for resources.
    QString newPeeringId();
    QString newResourceId();

    bool isEmpty() const { return m_deployments.isEmpty() && m_peerings.isEmpty(); }

    // The state file document ({"version":1, ...}) and its strict reader.
    QJsonObject toJson() const;
    bool fromJson(const QJsonObject &object, QString *error);

private:
    QString uniqueId(const char *prefix, int length) const;

    QList<Deployment> m_deployments;
    QList<PeeringRecord> m_peerings;
    IdempotencyCache m_idempotency;
    Touched m_touched;
};

} // namespace vpw::sandbox
