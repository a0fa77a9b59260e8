#pragma once

#include "manualdeployment.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace vpw::session {

// What is wrong in an imported file: the line (1-based; 0 when unknown), the field's key
// ("cidr"; empty for the file's structure) and a translated message.
struct ManualImportError {
    int line = 0;
    QString field;
    QString message;
};

// The deployments of an "EMQX Cloud console (by hand)" profile, kept in one JSON file. Every
// change is written at once through QSaveFile (a temporary file renamed over the old one), so
// a crash leaves either the old or the new file, never a torn one. Not thread-safe: one owner.
class ManualDeploymentStore {
public:
    explicit ManualDeploymentStore(QString filePath);

    // Reads the file; a missing file is an empty store. False (with `error`) on an unreadable or
    // invalid file, which is then left untouched (nothing is overwritten until the next change).
    bool load(ManualImportError *error = nullptr);

    const QList<Deployment> &deployments() const { return m_deployments; }
    std::optional<Deployment> find(const QString &id) const;

    // Adds a deployment (a new ID "dep-manual-…"), or changes one, and writes the file. Nothing
    // changes when a field is wrong: `problems` says which.
    std::optional<Deployment> add(const ManualInput &input, QList<ManualProblem> *problems);
    bool update(const QString &id, const ManualInput &input, QList<ManualProblem> *problems);
    bool remove(const QString &id);

    // The export: {"format": "vpw-manual-deployments", "version": 1, "deployments": [...]}.
    QByteArray exportJson() const;
    // The deployments of an exported file, every field checked as if typed; nullopt with the
    // first problem (its line and field) otherwise. A bare array of deployments is accepted.
    static std::optional<QList<Deployment>> parseJson(const QByteArray &json,
                                                      ManualImportError *error);
    // Imports a file: a deployment with a known ID replaces it, the others are added. All or
    // nothing. Returns the number imported, or -1 with `error`.
    int importJson(const QByteArray &json, ManualImportError *error);

    QString lastWriteError() const { return m_writeError; }

private:
    bool write();

    QString m_path;
    QList<Deployment> m_deployments;
    QString m_writeError;
};

} // namespace vpw::session
