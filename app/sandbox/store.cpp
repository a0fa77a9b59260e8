#include "store.h"

#include "app/wire/codec.h"
#include "app/wire/rfc3339.h"

#include "app/core/peeringstate.h"

#include <QJsonArray>
#include <QRandomGenerator>

#include <limits>

namespace vpw::sandbox {

namespace {

constexpr int kStateVersion = 1;

QJsonObject recordToJson(const PeeringRecord &record) {
    QJsonObject object = wire::peeringToJson(record.peering);
    if (record.autoAttachAt)
        object.insert(QStringLiteral("autoAttachAt"), wire::formatTime(*record.autoAttachAt));
    if (record.removeAt)
        object.insert(QStringLiteral("removeAt"), wire::formatTime(*record.removeAt));
    return object;
}

// A peering of the state file: the API's Peering (read by the same codec as the API, with the
// same rule for nullable members) plus the optional schedule members.
std::optional<PeeringRecord> readRecord(wire::ObjectReader &in) {
    std::optional<Peering> peering = wire::readPeering(in);
    const std::optional<QDateTime> autoAttachAt = in.optionalTime(QStringLiteral("autoAttachAt"));
    const std::optional<QDateTime> removeAt = in.optionalTime(QStringLiteral("removeAt"));
    if (!in.ok())
        return std::nullopt;
    return PeeringRecord{std::move(*peering), autoAttachAt, removeAt};
}

QString englishText(const wire::DecodeError &error) {
    return error.text(wire::DecodeError::Language::English);
}

} // namespace

std::optional<PeeringRecord::Due> PeeringRecord::due() const {
    switch (peering.state) {
    case PeeringState::Pending:
        if (autoAttachAt && (!peering.expiresAt || *autoAttachAt < *peering.expiresAt))
            return Due{*autoAttachAt, true};
        if (peering.expiresAt)
            return Due{*peering.expiresAt, false};
        return std::nullopt;
    case PeeringState::Deleting:
        return Due{removeAt.value_or(QDateTime()), false};
    default:
        return std::nullopt;
    }
}

const Deployment *Store::deployment(const QString &id) const {
    for (const Deployment &deployment : m_deployments) {
        if (deployment.id == id)
            return &deployment;
    }
    return nullptr;
}

qsizetype Store::position(const QString &id) const {
    if (m_positions.size() != m_peerings.size()) { // after a removal, or a change of them all
        m_positions.clear();
        for (qsizetype i = 0; i < m_peerings.size(); ++i)
            m_positions.insert(m_peerings.at(i).peering.id, i);
    }
    const qsizetype i = m_positions.value(id, -1);
    // The list may have been changed through peerings() since: then look again from scratch.
    if (i >= 0 && (i >= m_peerings.size() || m_peerings.at(i).peering.id != id)) {
        m_positions.clear();
        return position(id);
    }
    return i;
}

void Store::noteChanged(const QString &id) {
    m_touched.ids.insert(id); // only existing IDs: the set stays bounded
    if (!m_stale.all)
        m_stale.ids.insert(id);
}

PeeringRecord *Store::peering(const QString &id) {
    const qsizetype i = position(id);
    if (i < 0)
        return nullptr;
    noteChanged(id);
    return &m_peerings[i];
}

const PeeringRecord *Store::peering(const QString &id) const {
    const qsizetype i = position(id);
    return i < 0 ? nullptr : &m_peerings.at(i);
}

PeeringRecord &Store::peeringAt(qsizetype index) {
    noteChanged(m_peerings.at(index).peering.id);
    return m_peerings[index];
}

void Store::addPeering(PeeringRecord record) {
    noteChanged(record.peering.id);
    if (m_positions.size() == m_peerings.size())
        m_positions.insert(record.peering.id, m_peerings.size());
    m_peerings.append(std::move(record));
}

QList<Peering> Store::peeringsOf(const QString &deploymentId) const {
    QList<Peering> result;
    for (const PeeringRecord &record : m_peerings) {
        if (record.peering.deploymentId == deploymentId)
            result.append(record.peering);
    }
    return result;
}

void Store::removePeering(const QString &id) {
    const qsizetype i = position(id);
    if (i < 0)
        return;
    noteChanged(id);
    m_peerings.removeAt(i);
    m_positions.clear(); // the later ones moved
}

const LivePeerings &Store::livePeerings(const QString &deploymentId) const {
    static const LivePeerings kNone;
    refresh();
    const auto it = m_live.constFind(deploymentId);
    return it == m_live.cend() ? kNone : *it;
}

QStringList Store::dueBy(const QDateTime &now) const {
    refresh();
    QStringList ids;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    for (auto it = m_due.cbegin(); it != m_due.cend() && it->first <= nowMs; ++it)
        ids.append(it->second);
    return ids;
}

std::optional<QDateTime> Store::nextDue() const {
    refresh();
    if (m_due.empty())
        return std::nullopt;
    const qint64 ms = m_due.cbegin()->first;
    return ms == std::numeric_limits<qint64>::min() ? QDateTime()
                                                    : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

void Store::refresh() const {
    if (m_stale.all) {
        rebuild();
    } else {
        for (const QString &id : std::as_const(m_stale.ids)) {
            const PeeringRecord *record = peering(id);
            const auto old = m_indexed.constFind(id);
            std::optional<Indexed> now;
            if (record)
                now = indexedOf(*record);
            reindex(id, old == m_indexed.cend() ? nullptr : &*old, now ? &*now : nullptr);
        }
    }
    m_stale = Touched{false, {}};
}

void Store::rebuild() const {
    m_live.clear();
    m_indexed.clear();
    m_due.clear();
    for (const Deployment &deployment : m_deployments)
        m_live[deployment.id].cidrs = buildCidrIndex(deployment, {}); // its own CIDR
    for (const PeeringRecord &record : m_peerings) {
        const Indexed indexed = indexedOf(record);
        reindex(record.peering.id, nullptr, &indexed);
    }
}

Store::Indexed Store::indexedOf(const PeeringRecord &record) {
    const Peering &p = record.peering;
    Indexed indexed{p.deploymentId, {p.cidr, p.peeringId}, holdsCidr(p.state), std::nullopt};
    if (const auto due = record.due()) {
        indexed.dueMs =
            due->at.isValid() ? due->at.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    }
    return indexed;
}

// Moves a peering from what the indexes hold for it (`old`, null: nothing) to what its record
// says now (`now`, null: removed), touching only the parts that differ: a transition between
// live states changes the due time and nothing else.
void Store::reindex(const QString &id, const Indexed *old, const Indexed *now) const {
    const bool wasLive = old && old->live;
    const bool isLive = now && now->live;
    const bool sameLive =
        wasLive == isLive &&
        (!isLive || (old->deploymentId == now->deploymentId && old->cidr.cidr == now->cidr.cidr &&
                     old->cidr.owner == now->cidr.owner));
    if (!sameLive && wasLive) {
        LivePeerings &live = m_live[old->deploymentId];
        live.cidrs.remove(old->cidr);
        QStringList &ids = live.byPeeringId[old->cidr.owner];
        ids.removeOne(id);
        if (ids.isEmpty())
            live.byPeeringId.remove(old->cidr.owner);
    }
    if (!sameLive && isLive) {
        LivePeerings &live = m_live[now->deploymentId];
        live.cidrs.insert(now->cidr);
        // Oldest first, like a scan of the records would find them.
        QStringList &ids = live.byPeeringId[now->cidr.owner];
        const qsizetype at = position(id);
        auto it = std::find_if(ids.begin(), ids.end(),
                               [this, at](const QString &other) { return position(other) > at; });
        ids.insert(it, id);
    }
    const std::optional<qint64> oldDue = old ? old->dueMs : std::nullopt;
    const std::optional<qint64> newDue = now ? now->dueMs : std::nullopt;
    if (oldDue != newDue) {
        if (oldDue)
            m_due.erase({*oldDue, id});
        if (newDue)
            m_due.insert({*newDue, id});
    }
    if (now)
        m_indexed.insert(id, *now);
    else
        m_indexed.remove(id);
}

QString Store::uniqueId(const char *prefix, int length, bool peering) const {
    static constexpr char16_t kAlphabet[] = u"0123456789abcdefghijklmnopqrstuvwxyz";
    // Peering IDs by lookup; resource IDs (only made when one is bound) by a scan.
    const auto taken = [this, peering](const QString &id) {
        if (peering)
            return position(id) >= 0;
        for (const PeeringRecord &record : m_peerings) {
            for (const BoundResource &resource : record.peering.boundResources) {
                if (resource.id == id)
                    return true;
            }
        }
        return false;
    };
    for (;;) {
        QString id = QLatin1String(prefix);
        for (int i = 0; i < length; ++i)
            id += QChar(kAlphabet[QRandomGenerator::global()->bounded(36)]);
        if (!taken(id))
            return id;
    }
}

QString Store::newPeeringId() {
    return uniqueId("peer-", 12, true);
}

QString Store::newResourceId() {
    return uniqueId("res-", 10, false);
}

QJsonObject Store::toJson() const {
    QJsonArray deployments;
    for (const Deployment &deployment : m_deployments)
        deployments.append(wire::deploymentToJson(deployment));
    QJsonArray peerings;
    for (const PeeringRecord &record : m_peerings)
        peerings.append(recordToJson(record));
    return QJsonObject{
        {QStringLiteral("version"), kStateVersion},
        {QStringLiteral("deployments"), deployments},
        {QStringLiteral("peerings"), peerings},
        {QStringLiteral("idempotency"), m_idempotency.toJson()},
    };
}

bool Store::fromJson(const QJsonObject &object, QString *error) {
    if (object.value(QStringLiteral("version")).toInt(-1) != kStateVersion) {
        *error = QStringLiteral("version: expected %1").arg(kStateVersion);
        return false;
    }
    wire::ObjectReader in(object);
    const QString deploymentsKey = QStringLiteral("deployments");
    const QString peeringsKey = QStringLiteral("peerings");
    const QJsonArray deployments = in.array(deploymentsKey);
    const QJsonArray peerings = in.array(peeringsKey);
    Store loaded;
    for (qsizetype i = 0; in.ok() && i < deployments.size(); ++i) {
        std::optional<wire::ObjectReader> item = in.item(deploymentsKey, deployments, i);
        std::optional<Deployment> deployment = item ? wire::readDeployment(*item) : std::nullopt;
        if (item)
            in.adopt(*item);
        if (deployment)
            loaded.m_deployments.append(std::move(*deployment));
    }
    for (qsizetype i = 0; in.ok() && i < peerings.size(); ++i) {
        std::optional<wire::ObjectReader> item = in.item(peeringsKey, peerings, i);
        std::optional<PeeringRecord> record = item ? readRecord(*item) : std::nullopt;
        if (item)
            in.adopt(*item);
        if (!record)
            break;
        if (!loaded.deployment(record->peering.deploymentId)) {
            *error = in.pathOf(peeringsKey, i) +
                     QStringLiteral(".deploymentId: no such deployment: ") +
                     record->peering.deploymentId;
            return false;
        }
        loaded.m_peerings.append(std::move(*record));
    }
    if (!in.ok()) {
        *error = englishText(in.error());
        return false;
    }
    const QJsonValue idempotency = object.value(QStringLiteral("idempotency"));
    if (!idempotency.isUndefined() &&
        (!idempotency.isArray() || !loaded.m_idempotency.fromJson(idempotency.toArray(), error))) {
        if (!idempotency.isArray())
            *error = QStringLiteral("idempotency: not an array");
        return false;
    }
    *this = std::move(loaded);
    return true;
}

} // namespace vpw::sandbox
