#pragma once

// Small helpers shared by tests of several layers (header-only).

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QString>
#include <QStringList>

namespace vpw::test {

// Files under `root` whose bytes contain `needle` (a secret must be in none of them).
inline QStringList filesContaining(const QString &root, const QByteArray &needle) {
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << file.fileName();
    }
    return hits;
}

// For a test main() before the application object exists: no session bus (so no keychain), no
// desktop hints (which would pick KWallet), and `home` as a fresh HOME to inspect afterwards.
inline void isolateWithoutKeychain(const QString &home) {
    qputenv("HOME", home.toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (home + QStringLiteral("/.config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (home + QStringLiteral("/.local/share")).toLocal8Bit());
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/vpw-no-session-bus");
    for (const char *name : {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION",
                             "KDE_SESSION_VERSION", "DISPLAY", "WAYLAND_DISPLAY"})
        qunsetenv(name);
}

} // namespace vpw::test
