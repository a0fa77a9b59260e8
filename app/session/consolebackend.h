#pragma once

#include "consolepeeringstore.h"
#include "manualdeploymentstore.h"

#include <QObject>

namespace vpw {
class Clock;
}

namespace vpw::session {

class ConsoleWatcher;
class DeploymentModel;
class PeeringModel;

// The local backend of an "EMQX Cloud console (by hand)" profile (secrets::ProfileKind::Console):
// no network, no secret. The deployments the operator entered (ManualDeploymentStore, one JSON
// file per profile under the application's data directory) are served through the session's
// DeploymentModel like an API profile's, so the status panel and the wizard list them the same
// way. Every change is written at once and mirrored into the model.
//
// The peerings made through the application under this profile are kept beside them
// (ConsolePeeringStore, peerings.json): recorded when the operator confirms the submit in EMQX's
// console, their outcome confirmed by the provider side or by the operator, marked removed when
// deleted there. The live ones fill the session's PeeringModel.
// Threading: the session's thread.
class ConsoleBackend : public QObject {
    Q_OBJECT

public:
    ConsoleBackend(const QString &profileId, DeploymentModel *model, QObject *parent = nullptr);

    // Where the profile's deployments are kept: <AppDataLocation>/console/<profileId>/
    // deployments.json.
    static QString dataPath(const QString &profileId);
    // Where the profile's peerings are kept: <AppDataLocation>/console/<profileId>/peerings.json.
    static QString peeringsPath(const QString &profileId);

    // The session's peering model and clock (not owned): without them no peering is kept.
    // Also creates the watcher.
    void attach(PeeringModel *peerings, const Clock *clock);
    // Watches pending peerings on the provider side where a provider account is connected
    // (nullptr before attach()).
    ConsoleWatcher *watcher() const { return m_watcher; }

    // Reads the file and fills the model. False with loadError() when the file is unreadable;
    // the file is then left as it is (nothing is overwritten until the operator changes
    // something) and the model is empty.
    bool load();
    const ManualImportError &loadError() const { return m_loadError; }

    const QList<Deployment> &deployments() const { return m_store.deployments(); }
    std::optional<Deployment> add(const ManualInput &input, QList<ManualProblem> *problems);
    bool update(const QString &id, const ManualInput &input, QList<ManualProblem> *problems);
    bool remove(const QString &id);
    QByteArray exportJson() const { return m_store.exportJson(); }
    int importJson(const QByteArray &json, ManualImportError *error);
    // Why the last change could not be written (translated), empty when it was.
    QString lastWriteError() const { return m_store.lastWriteError(); }

    // The peerings (ConsolePeeringStore), every entry with its history, removed ones too.
    const QList<ConsolePeering> &peeringEntries() const { return m_peerings.entries(); }
    std::optional<ConsolePeering> peeringEntry(const QString &id) const {
        return m_peerings.find(id);
    }
    // The operator confirmed the submit of `request` in EMQX's console now: a pending peering
    // of `deploymentId` (Alibaba Cloud: its window estimated from now). nullopt when the
    // deployment is unknown or the file cannot be written (peeringsWriteError()).
    std::optional<Peering> recordPeering(const QString &deploymentId,
                                         const PeeringRequest &request);
    // The outcome of a pending peering, now: running, or failed with `code` and `reason`.
    // `byProvider`: seen through the provider account rather than told by the operator.
    bool confirmOutcome(const QString &id, PeeringState state, FailureCode code = {},
                        const QString &reason = {}, bool byProvider = false);
    // What the operator's side of the peering is checked against (the wizard's follow-up: their
    // security group, route table and ports); peeringsChanged() when it changed.
    bool setCloudSide(const QString &id, const ConsoleCloudSide &cloudSide);
    // Deleted in EMQX's console: the entry leaves the list, its history stays in the file.
    bool markRemoved(const QString &id);
    QString peeringsWriteError() const { return m_peerings.lastWriteError(); }

Q_SIGNALS:
    void deploymentsChanged();
    void peeringsChanged();

private:
    void publish();
    void publishPeerings();
    QDateTime now() const;

    ManualDeploymentStore m_store;
    ConsolePeeringStore m_peerings;
    DeploymentModel *m_model;
    PeeringModel *m_peeringModel = nullptr;
    const Clock *m_clock = nullptr;
    ConsoleWatcher *m_watcher = nullptr;
    ManualImportError m_loadError;
};

} // namespace vpw::session
