#include "consolebackend.h"

#include "consolewatcher.h"
#include "deploymentmodel.h"
#include "peeringmodel.h"

#include "app/core/clock.h"

#include <QStandardPaths>

namespace vpw::session {

ConsoleBackend::ConsoleBackend(const QString &profileId, DeploymentModel *model, QObject *parent)
    : QObject(parent)
    , m_store(dataPath(profileId))
    , m_peerings(peeringsPath(profileId))
    , m_model(model) {}

QString ConsoleBackend::dataPath(const QString &profileId) {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/console/") + profileId + QStringLiteral("/deployments.json");
}

QString ConsoleBackend::peeringsPath(const QString &profileId) {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/console/") + profileId + QStringLiteral("/peerings.json");
}

void ConsoleBackend::attach(PeeringModel *peerings, const Clock *clock) {
    m_peeringModel = peerings;
    m_clock = clock;
    if (!m_watcher)
        m_watcher = new ConsoleWatcher(this, clock, this);
}

QDateTime ConsoleBackend::now() const {
    return (m_clock ? *m_clock : systemClock()).now();
}

bool ConsoleBackend::load() {
    m_loadError = {};
    bool ok = m_store.load(&m_loadError);
    publish();
    QString peeringsError;
    if (!m_peerings.load(&peeringsError) && ok) {
        m_loadError = {0, {}, peeringsError};
        ok = false;
    }
    publishPeerings();
    return ok;
}

std::optional<Peering> ConsoleBackend::recordPeering(const QString &deploymentId,
                                                     const PeeringRequest &request) {
    const auto deployment = m_store.find(deploymentId);
    if (!deployment)
        return std::nullopt;
    PeeringRequest values = request;
    if (values.region.isEmpty())
        values.region = deployment->region;
    auto peering = m_peerings.create(deploymentId, deployment->provider, values, now());
    if (peering)
        publishPeerings();
    return peering;
}

bool ConsoleBackend::confirmOutcome(const QString &id, PeeringState state, FailureCode code,
                                    const QString &reason, bool byProvider) {
    const bool ok = m_peerings.confirm(id, state, code, reason, byProvider, now());
    if (ok)
        publishPeerings();
    return ok;
}

bool ConsoleBackend::setCloudSide(const QString &id, const ConsoleCloudSide &cloudSide) {
    const auto before = m_peerings.find(id);
    const bool ok = m_peerings.setCloudSide(id, cloudSide);
    if (ok && before && !(before->cloudSide == cloudSide))
        Q_EMIT peeringsChanged();
    return ok;
}

bool ConsoleBackend::markRemoved(const QString &id) {
    const bool ok = m_peerings.markRemoved(id, now());
    if (ok)
        publishPeerings();
    return ok;
}

void ConsoleBackend::publishPeerings() {
    if (m_peeringModel)
        m_peeringModel->merge(m_peerings.livePeerings());
    Q_EMIT peeringsChanged();
}

std::optional<Deployment> ConsoleBackend::add(const ManualInput &input,
                                              QList<ManualProblem> *problems) {
    auto added = m_store.add(input, problems);
    if (added)
        publish();
    return added;
}

bool ConsoleBackend::update(const QString &id, const ManualInput &input,
                            QList<ManualProblem> *problems) {
    const bool ok = m_store.update(id, input, problems);
    if (ok)
        publish();
    return ok;
}

bool ConsoleBackend::remove(const QString &id) {
    const bool ok = m_store.remove(id);
    if (ok)
        publish();
    return ok;
}

int ConsoleBackend::importJson(const QByteArray &json, ManualImportError *error) {
    const int count = m_store.importJson(json, error);
    if (count >= 0)
        publish();
    return count;
}

void ConsoleBackend::publish() {
    m_model->merge(m_store.deployments());
    Q_EMIT deploymentsChanged();
}

} // namespace vpw::session
