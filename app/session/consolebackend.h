#pragma once

#include "manualdeploymentstore.h"

#include <QObject>

namespace vpw::session {

class DeploymentModel;

// The local backend of an "EMQX Cloud console (by hand)" profile (secrets::ProfileKind::Console):
// no network, no secret. The deployments the operator entered (ManualDeploymentStore, one JSON
// file per profile under the application's data directory) are served through the session's
// DeploymentModel like an API profile's, so the status panel and the wizard list them the same
// way. Every change is written at once and mirrored into the model.
// Threading: the session's thread.
class ConsoleBackend : public QObject {
    Q_OBJECT

public:
    ConsoleBackend(const QString &profileId, DeploymentModel *model, QObject *parent = nullptr);

    // Where the profile's deployments are kept: <AppDataLocation>/console/<profileId>/
    // deployments.json.
    static QString dataPath(const QString &profileId);

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

Q_SIGNALS:
    void deploymentsChanged();

private:
    void publish();

    ManualDeploymentStore m_store;
    DeploymentModel *m_model;
    ManualImportError m_loadError;
};

} // namespace vpw::session
