#pragma once

#include <QString>

namespace vpw::sandbox {

class Store;

// --state-file: the whole store as one JSON document, written atomically (QSaveFile: temporary
// file + fsync + rename) after every change, so a crash or a full disk never leaves half a file
// behind: a save that cannot write every byte fails and keeps the previous file.
class StateFile {
public:
    explicit StateFile(QString path);

    enum class LoadResult { Loaded, NoState, Error };
    // NoState: the file does not exist (a first start). Error: `error` says which file and what
    // is wrong (an empty file included: it is never taken for a first start); the file is not
    // modified, so it can be inspected.
    LoadResult load(Store *store, QString *error) const;
    // true once the whole document is on disk; false (with `error`) leaves the old file as is.
    bool save(const Store &store, QString *error) const;

    const QString &path() const { return m_path; }

private:
    QString m_path;
};

} // namespace vpw::sandbox
