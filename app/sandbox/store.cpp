#include "store.h"

#include "app/wire/codec.h"
#include "app/wire/rfc3339.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>

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

const Deployment *Store::deployment(const QString &id) const {
    for (const Deployment &deployment : m_deployments) {
        if (deployment.id == id)
            return &deployment;
    }
    return nullptr;
}

PeeringRecord *Store::peering(const QString &id) {
    for (PeeringRecord &record : m_peerings) {
        if (record.peering.id == id)
            return &record;
    }
    return nullptr;
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
    m_peerings.removeIf([&id](const PeeringRecord &record) { return record.peering.id == id; });
}

QString Store::uniqueId(const char *prefix, int length) const {
    static constexpr char16_t kAlphabet[] = u"0123456789abcdefghijklmnopqrstuvwxyz";
    QSet<QString> taken;
    for (const PeeringRecord &record : m_peerings) {
        taken.insert(record.peering.id);
        for (const BoundResource &resource : record.peering.boundResources)
            taken.insert(resource.id);
    }
    for (;;) {
        QString id = QLatin1String(prefix);
        for (int i = 0; i < length; ++i)
            id += QChar(kAlphabet[QRandomGenerator::global()->bounded(36)]);
        if (!taken.contains(id))
            return id;
    }
}

QString Store::newPeeringId() {
    return uniqueId("pcx-", 12);
}

QString Store::newResourceId() {
    return uniqueId("res-", 10);
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
