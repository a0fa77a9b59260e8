#pragma once

#include <QString>

namespace vpw::sandbox {

class Store;

// --state-file: the whole store as one JSON document, written atomically (QSaveFile: temporary
// file + rename) after every change, so a crash never leaves half a file behind.
class StateFile {
public:
    explicit StateFile(QString path);

    enum class LoadResult { Loaded, NoState, Error };
    // NoState: the file does not exist or is empty (a first start). Error: `error` says which
    // file and what is wrong; the file is not modified, so it can be inspected.
    LoadResult load(Store *store, QString *error) const;
    bool save(const Store &store, QString *error) const;

    const QString &path() const { return m_path; }

private:
    QString m_path;
};

} // namespace vpw::sandbox
