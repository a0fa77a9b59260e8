#include "singleinstance.h"

#include "app/core/logging.h"

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace vpw {

namespace {
// One line each way: the request and its acknowledgement.
constexpr char kActivate[] = "activate\n";
constexpr char kAcknowledged[] = "ok\n";
constexpr int kRetryMs = 200;
} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
    , m_key(key) {
    m_retry.setSingleShot(true);
    m_retry.setInterval(kRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &SingleInstance::tryConnect);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this,
            [this] { finishActivation(tr("the running instance did not answer")); });
}

SingleInstance::~SingleInstance() {
    if (m_lockFd >= 0)
        ::close(m_lockFd); // releases the lock
}

QString SingleInstance::runtimeFolder() {
    return QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
}

QString SingleInstance::socketPath() const {
    return QDir(runtimeFolder()).filePath(m_key + QStringLiteral(".socket"));
}

SingleInstance::Role SingleInstance::claim(QString *error) {
    const QString folder = runtimeFolder();
    if (folder.isEmpty() || !QDir().mkpath(folder)) {
        *error = QStringLiteral("no runtime folder for the single-instance lock");
        return Role::Unchecked;
    }
    // An flock(2) on the lock file: the kernel releases it when the process ends, however it
    // ends, so a crash leaves no stale lock. The file itself stays (removing a locked file
    // races with the next start opening it). Nothing is written or synced: this is before the
    // first frame (docs/performance.md).
    const QByteArray path =
        QFile::encodeName(QDir(folder).filePath(m_key + QStringLiteral(".lock")));
    m_lockFd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_lockFd < 0) {
        *error = QStringLiteral("cannot create the lock file in %1: %2")
                     .arg(folder, QString::fromLocal8Bit(std::strerror(errno)));
        return Role::Unchecked;
    }
    if (::flock(m_lockFd, LOCK_EX | LOCK_NB) != 0) {
        const int code = errno;
        ::close(m_lockFd);
        m_lockFd = -1;
        if (code == EWOULDBLOCK)
            return Role::Secondary;
        *error = QStringLiteral("cannot lock %1: %2")
                     .arg(QFile::decodeName(path), QString::fromLocal8Bit(std::strerror(code)));
        return Role::Unchecked;
    }
    return Role::Primary;
}

bool SingleInstance::listen(QString *error) {
    Q_ASSERT(m_lockFd >= 0 && !m_server);
    // We hold the lock, so a socket file left there belongs to a dead instance.
    QLocalServer::removeServer(socketPath());
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(socketPath())) {
        *error = m_server->errorString();
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    qCDebug(lcCore) << "single instance: listening on" << socketPath();
    return true;
}

void SingleInstance::onNewConnection() {
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { answer(socket); });
    }
}

void SingleInstance::answer(QLocalSocket *socket) {
    if (!socket->canReadLine())
        return;
    if (socket->readLine() == kActivate) {
        qCInfo(lcCore) << "single instance: a second start asked for the window";
        socket->write(kAcknowledged);
        Q_EMIT activationRequested();
    }
    socket->disconnectFromServer();
}

void SingleInstance::activatePrimary(int timeoutMs) {
    m_activating = true;
    m_deadline.start(timeoutMs);
    tryConnect();
}

void SingleInstance::tryConnect() {
    delete m_client;
    m_client = new QLocalSocket(this);
    connect(m_client, &QLocalSocket::connected, this, [this] { m_client->write(kActivate); });
    connect(m_client, &QLocalSocket::readyRead, this, [this] {
        if (m_client->canReadLine())
            finishActivation(m_client->readLine() == kAcknowledged
                                 ? QString()
                                 : tr("the running instance gave an unexpected answer"));
    });
    // Not listening yet (still starting) or gone away mid-way: try again until the deadline.
    connect(m_client, &QLocalSocket::errorOccurred, this, [this] {
        if (m_activating)
            m_retry.start();
    });
    m_client->connectToServer(socketPath());
}

void SingleInstance::finishActivation(const QString &error) {
    if (!m_activating)
        return; // already finished
    m_activating = false;
    m_deadline.stop();
    m_retry.stop();
    if (m_client)
        m_client->disconnect(this);
    if (error.isEmpty())
        Q_EMIT activated();
    else
        Q_EMIT activationFailed(error);
}

} // namespace vpw
