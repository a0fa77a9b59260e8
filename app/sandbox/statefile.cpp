#include "statefile.h"

#include "store.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

namespace vpw::sandbox {

StateFile::StateFile(QString path)
    : m_path(std::move(path)) {}

StateFile::LoadResult StateFile::load(Store *store, QString *error) const {
    QFile file(m_path);
    if (!file.exists())
        return LoadResult::NoState;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read state file %1: %2").arg(m_path, file.errorString());
        return LoadResult::Error;
    }
    const QByteArray data = file.readAll();
    // Every save writes a whole document, so an empty file is never a first start: it is what
    // a full disk or a crash left behind, and seeding over it would erase the user's peerings.
    if (data.trimmed().isEmpty()) {
        *error = QStringLiteral("corrupt state file %1: the file is empty (refusing to start "
                                "over; remove it to start with the demo data)")
                     .arg(m_path);
        return LoadResult::Error;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("corrupt state file %1: invalid JSON at offset %2: %3")
                     .arg(m_path)
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return LoadResult::Error;
    }
    if (!document.isObject()) {
        *error =
            QStringLiteral("corrupt state file %1: the document is not a JSON object").arg(m_path);
        return LoadResult::Error;
    }
    QString problem;
    if (!store->fromJson(document.object(), &problem)) {
        *error = QStringLiteral("corrupt state file %1: %2").arg(m_path, problem);
        return LoadResult::Error;
    }
    return LoadResult::Loaded;
}

bool StateFile::save(const Store &store, QString *error) const {
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write state file %1: %2").arg(m_path, file.errorString());
        return false;
    }
    const QByteArray data = QJsonDocument(store.toJson()).toJson(QJsonDocument::Indented);
    // A short write (full disk, file size limit) must not be committed: the rename would
    // replace the last good file with a cut one. cancelWriting() makes commit() discard it.
    if (file.write(data) != data.size() || !file.flush())
        file.cancelWriting();
    if (!file.commit()) {
        *error = QStringLiteral("cannot write state file %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

} // namespace vpw::sandbox
