#include "serverthread.h"

#include "server.h"

#include <QMetaObject>

namespace vpw::sandbox {

ServerThread::ServerThread(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options)) {
    m_thread.setObjectName(QStringLiteral("vpw-sandbox"));
}

ServerThread::~ServerThread() {
    if (m_thread.isRunning()) {
        // The server's sockets and timers belong to the thread: delete them there.
        QMetaObject::invokeMethod(
            m_context, [context = m_context] { delete context; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_context;
    }
}

void ServerThread::start() {
    if (m_started)
        return;
    m_started = true;
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_context, [this] { startInThread(); }, Qt::QueuedConnection);
}

void ServerThread::startInThread() {
    // Runs in m_thread. Only m_options (immutable after start()) is read from `this`.
    auto *server = new Server(m_options, m_context);
    QString error;
    QStringList lines;
    bool ok = server->start(&error);
    for (const Companion &companion : std::as_const(m_companions)) {
        if (ok)
            ok = companion(m_options, m_context, &lines, &error);
    }
    const QUrl url = ok ? server->baseUrl() : QUrl();
    if (!ok)
        qDeleteAll(m_context->children()); // the server and what the companions made
    // Back to the owner's thread; dropped if the ServerThread is destroyed first.
    QMetaObject::invokeMethod(
        this, [this, url, error, lines] { onStarted(url, error, lines); }, Qt::QueuedConnection);
}

void ServerThread::onStarted(const QUrl &baseUrl, const QString &error, const QStringList &lines) {
    if (baseUrl.isEmpty()) {
        Q_EMIT failed(error);
        return;
    }
    m_baseUrl = baseUrl;
    m_companionLines = lines;
    Q_EMIT ready(baseUrl);
}

} // namespace vpw::sandbox
