#pragma once

#include <QFile>
#include <QMutex>
#include <QString>

#include <optional>

namespace vpw {

// The filter rules (QLoggingCategory::setFilterRules()) that put every vpw.* category at
// `level`: "debug", "info", "warning" or "critical" (case-insensitive); nullopt for anything
// else. Rules set this way are overridden by QT_LOGGING_RULES, so both can be used together.
std::optional<QString> logRulesForLevel(const QString &level);

// A log file that never grows past a size cap: before a line would take it over `maxBytes`,
// <path> becomes <path>.1, <path>.1 becomes <path>.2 ... and <path>.<keep> is dropped, so at
// most `keep` older files stay. The file is private to the user (0600).
//
// Thread-safe: write() may be called from any thread (a message handler runs in the thread
// that logs, e.g. the sandbox's). A failing disk never throws or blocks: lines are dropped.
class RotatingLogFile {
public:
    static constexpr qint64 DefaultMaxBytes = 1024 * 1024;
    static constexpr int DefaultKeep = 3;

    explicit RotatingLogFile(const QString &path, qint64 maxBytes = DefaultMaxBytes,
                             int keep = DefaultKeep);
    ~RotatingLogFile();

    // Creates the folder and opens the file for appending. On failure, `error` says why.
    bool open(QString *error);
    QString path() const { return m_path; }

    // Appends `line` and a newline, rotating first when needed; flushed at once, so a crash
    // loses nothing already logged.
    void write(const QString &line);

private:
    void rotate();
    bool openFile(); // with m_mutex held

    const QString m_path;
    const qint64 m_maxBytes;
    const int m_keep;
    QMutex m_mutex;
    QFile m_file;
};

// Sends every message that passes the category filters to `file` as well (with a timestamp,
// level and category), besides where it went before (stderr or the journal). Pass nullptr to
// stop. `file` is not owned and must outlive its installation.
void installLogFile(RotatingLogFile *file);

} // namespace vpw
