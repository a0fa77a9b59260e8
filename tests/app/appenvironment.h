#pragma once

// Starting the GUI executable in tests: a private home, data, settings and runtime folder
// under one temporary directory (so tests never see the user's profiles, demo state or running
// instance, nor each other's), the offscreen platform, and no session bus (no keychain).

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QString>

namespace vpw::test {

inline QProcessEnvironment isolatedAppEnvironment(const QString &root) {
    const QString runtime = root + QStringLiteral("/runtime");
    QDir().mkpath(runtime);
    // Qt ignores a runtime folder that others can read.
    QFile::setPermissions(runtime,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), root);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), root + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), root + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), root + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_FORCE_STDERR_LOGGING"), QStringLiteral("1")); // not the journal
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=/nonexistent/vpw-no-session-bus"));
    for (const char *name : {"QT_LOGGING_RULES", "QT_MESSAGE_PATTERN", "VPW_SANDBOX_API_KEY",
                             "VPW_SANDBOX_API_SECRET", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QString::fromLatin1(name));
    return env;
}

// Where the executable writes its log with --log-file under isolatedAppEnvironment(root):
// QStandardPaths::AppDataLocation is <XDG_DATA_HOME>/<organisation>/<application>.
inline QString appLogFile(const QString &root) {
    return root + QStringLiteral("/data/vpc-peering-wizard/vpc-peering-wizard/logs/"
                                 "vpc-peering-wizard.log");
}

// The single-instance socket of the executable under isolatedAppEnvironment(root).
inline QString appInstanceSocket(const QString &root) {
    return root + QStringLiteral("/runtime/vpc-peering-wizard.socket");
}

} // namespace vpw::test
