#include "consolepeeringstore.h"

#include "app/providers/registry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

#include <algorithm>

namespace vpw::session {

namespace {

const QString kFormat = QStringLiteral("vpw-console-peerings");

class Text {
    Q_DECLARE_TR_FUNCTIONS(vpw::session::ConsolePeeringStore)
};

const char *const kKinds[] = {"created", "confirmed", "removed"};

QString timeText(const QDateTime &at) {
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QJsonValue &value) {
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QJsonObject eventJson(const ConsolePeeringEvent &e) {
    QJsonObject o{{QStringLiteral("kind"), QLatin1String(kKinds[e.kind])},
                  {QStringLiteral("at"), timeText(e.at)},
                  {QStringLiteral("state"), peeringStateToString(e.state)}};
    if (e.byProvider)
        o.insert(QStringLiteral("byProvider"), true);
    if (!e.detail.isEmpty())
        o.insert(QStringLiteral("detail"), e.detail);
    return o;
}

std::optional<ConsolePeeringEvent> eventFrom(const QJsonObject &o) {
    ConsolePeeringEvent e;
    const QString kind = o.value(QStringLiteral("kind")).toString();
    const auto *found = std::find_if(std::begin(kKinds), std::end(kKinds),
                                     [&kind](const char *k) { return kind == QLatin1String(k); });
    if (found == std::end(kKinds))
        return std::nullopt;
    e.kind = ConsolePeeringEvent::Kind(found - std::begin(kKinds));
    e.at = timeFrom(o.value(QStringLiteral("at")));
    e.state = peeringStateFromString(o.value(QStringLiteral("state")).toString())
                  .value_or(PeeringState::Pending);
    e.byProvider = o.value(QStringLiteral("byProvider")).toBool();
    e.detail = o.value(QStringLiteral("detail")).toString();
    return e;
}

QJsonObject entryJson(const ConsolePeering &entry) {
    const Peering &p = entry.peering;
    QJsonObject o{{QStringLiteral("id"), p.id},
                  {QStringLiteral("deploymentId"), p.deploymentId},
                  {QStringLiteral("provider"), providerToString(p.provider)},
                  {QStringLiteral("peeringId"), p.peeringId},
                  {QStringLiteral("accountId"), p.accountId},
                  {QStringLiteral("vpcId"), p.vpcId},
                  {QStringLiteral("cidr"), p.cidr.toString()},
                  {QStringLiteral("region"), entry.region},
                  {QStringLiteral("state"), peeringStateToString(p.state)},
                  {QStringLiteral("createdAt"), timeText(p.createdAt)},
                  {QStringLiteral("updatedAt"), timeText(p.updatedAt)}};
    if (p.expiresAt)
        o.insert(QStringLiteral("expiresAt"), timeText(*p.expiresAt));
    if (p.state == PeeringState::Failed) {
        o.insert(QStringLiteral("failureReason"), p.failureReason);
        o.insert(QStringLiteral("failureCode"), failureCodeToString(p.failureCode));
    }
    if (entry.removed)
        o.insert(QStringLiteral("removed"), true);
    if (!entry.cloudSide.isEmpty()) {
        QJsonArray ports;
        for (int port : entry.cloudSide.ports)
            ports.append(port);
        o.insert(QStringLiteral("cloudSide"),
                 QJsonObject{{QStringLiteral("securityGroupId"), entry.cloudSide.securityGroupId},
                             {QStringLiteral("routeTableId"), entry.cloudSide.routeTableId},
                             {QStringLiteral("ports"), ports}});
    }
    QJsonArray history;
    for (const ConsolePeeringEvent &e : entry.history)
        history.append(eventJson(e));
    o.insert(QStringLiteral("history"), history);
    return o;
}

std::optional<ConsolePeering> entryFrom(const QJsonObject &o) {
    ConsolePeering entry;
    Peering &p = entry.peering;
    p.id = o.value(QStringLiteral("id")).toString();
    p.deploymentId = o.value(QStringLiteral("deploymentId")).toString();
    const auto provider = providerFromString(o.value(QStringLiteral("provider")).toString());
    const auto cidr = Cidr::fromString(o.value(QStringLiteral("cidr")).toString());
    const auto state = peeringStateFromString(o.value(QStringLiteral("state")).toString());
    if (p.id.isEmpty() || p.deploymentId.isEmpty() || !provider || !cidr || !state)
        return std::nullopt;
    p.provider = *provider;
    p.cidr = *cidr;
    p.state = *state;
    p.peeringId = o.value(QStringLiteral("peeringId")).toString();
    p.accountId = o.value(QStringLiteral("accountId")).toString();
    p.vpcId = o.value(QStringLiteral("vpcId")).toString();
    p.createdAt = timeFrom(o.value(QStringLiteral("createdAt")));
    p.updatedAt = timeFrom(o.value(QStringLiteral("updatedAt")));
    if (o.contains(QStringLiteral("expiresAt")))
        p.expiresAt = timeFrom(o.value(QStringLiteral("expiresAt")));
    if (p.state == PeeringState::Failed) {
        p.failureReason = o.value(QStringLiteral("failureReason")).toString();
        p.failureCode = failureCodeFromString(o.value(QStringLiteral("failureCode")).toString());
    }
    entry.region = o.value(QStringLiteral("region")).toString();
    entry.removed = o.value(QStringLiteral("removed")).toBool();
    const QJsonObject cloudSide = o.value(QStringLiteral("cloudSide")).toObject();
    entry.cloudSide.securityGroupId = cloudSide.value(QStringLiteral("securityGroupId")).toString();
    entry.cloudSide.routeTableId = cloudSide.value(QStringLiteral("routeTableId")).toString();
    for (const QJsonValue &port : cloudSide.value(QStringLiteral("ports")).toArray()) {
        if (port.toInt() > 0 && port.toInt() < 65536)
            entry.cloudSide.ports.append(port.toInt());
    }
    const QJsonArray history = o.value(QStringLiteral("history")).toArray();
    for (const QJsonValue &value : history) {
        if (const auto e = eventFrom(value.toObject()))
            entry.history.append(*e);
    }
    return entry;
}

} // namespace

ConsolePeeringStore::ConsolePeeringStore(QString filePath)
    : m_path(std::move(filePath)) {}

bool ConsolePeeringStore::load(QString *error) {
    m_entries.clear();
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Text::tr("The peerings file cannot be read: %1").arg(file.errorString());
        return false;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError ||
        root.value(QStringLiteral("format")).toString() != kFormat) {
        if (error)
            *error =
                Text::tr("The peerings file is not a file of this application: %1").arg(m_path);
        return false;
    }
    const QJsonArray list = root.value(QStringLiteral("peerings")).toArray();
    for (const QJsonValue &value : list) {
        if (const auto entry = entryFrom(value.toObject()))
            m_entries.append(*entry);
    }
    return true;
}

std::optional<ConsolePeering> ConsolePeeringStore::find(const QString &id) const {
    for (const ConsolePeering &entry : m_entries) {
        if (entry.peering.id == id)
            return entry;
    }
    return std::nullopt;
}

QList<Peering> ConsolePeeringStore::livePeerings() const {
    QList<Peering> live;
    for (const ConsolePeering &entry : m_entries) {
        if (!entry.removed)
            live.append(entry.peering);
    }
    return live;
}

std::optional<Peering> ConsolePeeringStore::create(const QString &deploymentId, Provider provider,
                                                   const PeeringRequest &request,
                                                   const QDateTime &confirmedAt) {
    ConsolePeering entry;
    Peering &p = entry.peering;
    p.id = QStringLiteral("peer-local-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    p.deploymentId = deploymentId;
    p.provider = provider;
    p.peeringId = request.peeringId;
    p.accountId = request.accountId;
    p.vpcId = request.vpcId;
    p.cidr = request.cidr;
    p.state = PeeringState::Pending;
    p.createdAt = confirmedAt;
    p.updatedAt = confirmedAt;
    if (const auto window = attachWindowSeconds(provider))
        p.expiresAt = confirmedAt.addSecs(*window);
    entry.region = request.region;
    entry.history.append(
        {ConsolePeeringEvent::Created, confirmedAt, PeeringState::Pending, false, {}});
    m_entries.append(entry);
    if (!write()) {
        m_entries.removeLast();
        return std::nullopt;
    }
    return p;
}

bool ConsolePeeringStore::confirm(const QString &id, PeeringState state, FailureCode code,
                                  const QString &reason, bool byProvider, const QDateTime &at) {
    if (state != PeeringState::Running && state != PeeringState::Failed)
        return false;
    for (ConsolePeering &entry : m_entries) {
        if (entry.peering.id != id)
            continue;
        if (entry.removed || entry.peering.state != PeeringState::Pending)
            return false;
        const ConsolePeering old = entry;
        entry.peering.state = state;
        entry.peering.updatedAt = at;
        if (state == PeeringState::Failed) {
            entry.peering.failureCode = code == FailureCode::None ? FailureCode::Other : code;
            entry.peering.failureReason = reason;
        }
        entry.history.append({ConsolePeeringEvent::Confirmed, at, state, byProvider,
                              state == PeeringState::Failed ? reason : QString()});
        if (!write()) {
            entry = old;
            return false;
        }
        return true;
    }
    return false;
}

bool ConsolePeeringStore::setCloudSide(const QString &id, const ConsoleCloudSide &cloudSide) {
    for (ConsolePeering &entry : m_entries) {
        if (entry.peering.id != id)
            continue;
        if (entry.removed)
            return false;
        if (entry.cloudSide == cloudSide)
            return true;
        const ConsolePeering old = entry;
        entry.cloudSide = cloudSide;
        if (!write()) {
            entry = old;
            return false;
        }
        return true;
    }
    return false;
}

bool ConsolePeeringStore::markRemoved(const QString &id, const QDateTime &at) {
    for (ConsolePeering &entry : m_entries) {
        if (entry.peering.id != id)
            continue;
        if (entry.removed)
            return false;
        const ConsolePeering old = entry;
        entry.removed = true;
        entry.history.append({ConsolePeeringEvent::Removed, at, entry.peering.state, false, {}});
        if (!write()) {
            entry = old;
            return false;
        }
        return true;
    }
    return false;
}

bool ConsolePeeringStore::write() {
    QJsonArray list;
    for (const ConsolePeering &entry : std::as_const(m_entries))
        list.append(entryJson(entry));
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("peerings"), list}};
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        m_writeError = Text::tr("The peerings cannot be saved: %1").arg(file.errorString());
        return false;
    }
    m_writeError.clear();
    return true;
}

} // namespace vpw::session
