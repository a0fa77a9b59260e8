#include "consolebackend.h"

#include "deploymentmodel.h"

#include <QStandardPaths>

namespace vpw::session {

ConsoleBackend::ConsoleBackend(const QString &profileId, DeploymentModel *model, QObject *parent)
    : QObject(parent)
    , m_store(dataPath(profileId))
    , m_model(model) {}

QString ConsoleBackend::dataPath(const QString &profileId) {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/console/") + profileId + QStringLiteral("/deployments.json");
}

bool ConsoleBackend::load() {
    m_loadError = {};
    const bool ok = m_store.load(&m_loadError);
    publish();
    return ok;
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
