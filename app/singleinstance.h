#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class QLocalServer;
class QLocalSocket;

namespace vpw {

// One running application per user: the first start holds a lock and listens on a local
// socket; a later start finds the lock, asks the first one to raise its window, and exits.
//
// The lock and the socket live in the user's runtime folder (QStandardPaths::RuntimeLocation,
// $XDG_RUNTIME_DIR: private to the user), named after `key`. The lock is an flock(2), which
// the kernel releases when its process ends, so a crash never keeps the application from
// starting again.
//
// claim() is a quick local file operation, done once at start-up before the window exists;
// listen() may wait until the window is on screen (a later start retries its connection
// meanwhile). Everything after them is asynchronous. Threading: the thread that created the
// object, with an event loop.
class SingleInstance : public QObject {
    Q_OBJECT

public:
    enum class Role {
        Primary,   // this process runs the application; activationRequested() may follow
        Secondary, // another process does: call activatePrimary(), then exit
        Unchecked, // the runtime folder is unusable: run anyway (error says why)
    };

    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The folder the lock and the socket are in, and the socket's path.
    static QString runtimeFolder();
    QString socketPath() const;

    Role claim(QString *error);
    // Primary only: starts answering later starts. False (error says why) if the socket
    // cannot listen: this process still runs, but a later start cannot reach it.
    bool listen(QString *error);

    // Secondary only: asks the primary to raise its window. Ends with exactly one of
    // activated() or activationFailed() within `timeoutMs`; while the primary is still
    // starting (it holds the lock but does not listen yet) the connection is retried.
    void activatePrimary(int timeoutMs = 10000);

Q_SIGNALS:
    // Primary: a later start asked for the window (raise and activate it).
    void activationRequested();
    // Secondary: the primary acknowledged the request.
    void activated();
    void activationFailed(const QString &message);

private:
    void onNewConnection();
    void answer(QLocalSocket *socket);
    void tryConnect();
    void finishActivation(const QString &error);

    const QString m_key;
    int m_lockFd = -1; // the flock'ed lock file, while Primary
    QLocalServer *m_server = nullptr;
    QLocalSocket *m_client = nullptr;
    QTimer m_retry;
    QTimer m_deadline;
    bool m_activating = false; // between activatePrimary() and its one terminal signal
};

} // namespace vpw
