#include "logfile.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>

#include <atomic>

namespace vpw {

std::optional<QString> logRulesForLevel(const QString &level) {
    // Each level enables itself and everything more severe; the rules name the ones below.
    static const QStringList order = {QStringLiteral("debug"), QStringLiteral("info"),
                                      QStringLiteral("warning"), QStringLiteral("critical")};
    const auto index = order.indexOf(level.trimmed().toLower());
    if (index < 0)
        return std::nullopt;
    QStringList rules;
    for (int i = 0; i < order.size(); ++i)
        rules << QStringLiteral("vpw.*.%1=%2").arg(order.at(i), i >= index ? u"true" : u"false");
    return rules.join(u'\n');
}

RotatingLogFile::RotatingLogFile(const QString &path, qint64 maxBytes, int keep)
    : m_path(path)
    , m_maxBytes(maxBytes)
    , m_keep(keep)
    , m_file(path) {}

RotatingLogFile::~RotatingLogFile() = default;

bool RotatingLogFile::open(QString *error) {
    QMutexLocker lock(&m_mutex);
    if (!QDir().mkpath(QFileInfo(m_path).path())) {
        *error = QStringLiteral("cannot create the folder of %1").arg(m_path);
        return false;
    }
    if (!openFile()) {
        *error = QStringLiteral("%1: %2").arg(m_path, m_file.errorString());
        return false;
    }
    return true;
}

void RotatingLogFile::write(const QString &line) {
    const QByteArray bytes = line.toUtf8() + '\n';
    QMutexLocker lock(&m_mutex);
    if (!m_file.isOpen())
        return;
    if (m_file.size() > 0 && m_file.size() + bytes.size() > m_maxBytes)
        rotate();
    m_file.write(bytes);
    m_file.flush();
}

void RotatingLogFile::rotate() {
    m_file.close();
    const auto numbered = [this](int n) {
        return QStringLiteral("%1.%2").arg(m_path).arg(n);
    };
    QFile::remove(numbered(m_keep));
    for (int n = m_keep - 1; n >= 1; --n)
        QFile::rename(numbered(n), numbered(n + 1));
    if (m_keep > 0)
        QFile::rename(m_path, numbered(1));
    else
        QFile::remove(m_path);
    openFile();
}

// Created owner-only (never readable by others, not even until a chmod); a file an earlier
// version left readable is narrowed.
bool RotatingLogFile::openFile() {
    constexpr QFileDevice::Permissions kOwnerOnly =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text, kOwnerOnly))
        return false;
    if (m_file.permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                QFileDevice::ReadOther | QFileDevice::WriteOther))
        m_file.setPermissions(kOwnerOnly);
    return true;
}

namespace {

std::atomic<RotatingLogFile *> g_file{nullptr};
QtMessageHandler g_previous = nullptr;

const char *levelName(QtMsgType type) {
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    if (RotatingLogFile *file = g_file.load()) {
        file->write(QStringLiteral("%1 %2 %3: %4")
                        .arg(QDateTime::currentDateTime().toString(Qt::ISODateWithMs),
                             QLatin1String(levelName(type)),
                             QLatin1String(context.category ? context.category : "default"),
                             message));
    }
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

void installLogFile(RotatingLogFile *file) {
    if (file && !g_file.load())
        g_previous = qInstallMessageHandler(handleMessage);
    else if (!file && g_file.load())
        qInstallMessageHandler(g_previous);
    g_file.store(file);
}

} // namespace vpw
