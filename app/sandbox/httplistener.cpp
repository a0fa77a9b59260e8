#include "httplistener.h"

#include "httpparser.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

#include <sys/socket.h>

namespace vpw::sandbox {

struct HttpListener::Connection {
    enum class Phase {
        Reading,  // feeding the parser until it has a request
        Handling, // the handler has the request; nothing more is read until it answers
    };

    QTcpSocket *socket = nullptr;
    QTimer *idle = nullptr; // a child of the socket
    HttpParser parser;
    Phase phase = Phase::Reading;
    bool head = false;      // the request being handled is a HEAD
    bool http10 = false;    // ... is HTTP/1.0
    bool keepAlive = true;  // ... lets the connection stay open
    qint64 idleSinceMs = 0; // m_clock time it last became idle (accepted, or answered)
};

HttpListener::HttpListener(Handler handler, Refusal refusal, ListenerLimits limits, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_refusal(std::move(refusal))
    , m_limits(limits) {
    m_clock.start();
    connect(&m_server, &QTcpServer::newConnection, this, &HttpListener::onNewConnection);
}

HttpListener::~HttpListener() {
    for (const auto &entry : m_connections) {
        entry.first->disconnect(this); // no forget() while the map is walked
        entry.first->abort();
    }
    m_connections.clear();
    m_server.close(); // the sockets (lingering ones too) are its children
}

bool HttpListener::listen(const QHostAddress &address, quint16 port, QString *error) {
    if (m_server.listen(address, port))
        return true;
    *error = m_server.errorString();
    return false;
}

// Closes the longest-idle connection with no request in progress and nothing unsent; false
// when every connection is busy.
bool HttpListener::makeRoom() {
    Connection *oldest = nullptr;
    for (const auto &entry : m_connections) {
        Connection *candidate = entry.second.get();
        if (candidate->phase != Connection::Phase::Reading || candidate->socket->bytesToWrite() > 0)
            continue;
        if (!oldest || candidate->idleSinceMs < oldest->idleSinceMs)
            oldest = candidate;
    }
    if (!oldest)
        return false;
    closeLingering(oldest->socket);
    return true;
}

void HttpListener::onNewConnection() {
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (connectionCount() >= m_limits.maxConnections && !makeRoom()) {
            refuse(socket, 503, QStringLiteral("Too many open connections."));
            continue;
        }
        // Bounds what Qt reads ahead for us: a request never needs more than this at once.
        socket->setReadBufferSize(m_limits.maxHeaderBytes + m_limits.maxBodyBytes);
        auto connection = std::make_unique<Connection>();
        connection->parser =
            HttpParser({m_limits.maxHeaderBytes, m_limits.maxHeaderLines, m_limits.maxBodyBytes});
        connection->socket = socket;
        connection->idleSinceMs = m_clock.elapsed();
        connection->idle = new QTimer(socket);
        connection->idle->setSingleShot(true);
        connection->idle->setInterval(m_limits.idleTimeoutMs);
        connect(connection->idle, &QTimer::timeout, socket, [this, socket] {
            socket->abort();
            forget(socket);
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequests(socket); });
        // Back-pressure released: the answers went out, the next request can be read.
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
            if (socket->bytesToWrite() <= m_limits.maxUnsentBytes)
                readRequests(socket);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { forget(socket); });
        connection->idle->start();
        m_connections.emplace(socket, std::move(connection));
        if (socket->bytesAvailable() > 0)
            readRequests(socket);
    }
}

void HttpListener::forget(QTcpSocket *socket) {
    if (m_connections.erase(socket) > 0)
        socket->deleteLater();
}

void HttpListener::readRequests(QTcpSocket *socket) {
    const auto found = m_connections.find(socket);
    if (found == m_connections.end())
        return;
    Connection &connection = *found->second;
    while (connection.phase == Connection::Phase::Reading &&
           socket->bytesToWrite() <= m_limits.maxUnsentBytes) {
        switch (connection.parser.parse()) {
        case HttpParser::Result::Request: {
            ParsedRequest parsed = connection.parser.takeRequest();
            connection.head = parsed.head;
            connection.http10 = parsed.http10;
            connection.keepAlive = parsed.keepAlive;
            connection.idle->stop();
            connection.phase = Connection::Phase::Handling;
            m_handler(std::move(parsed.request), socket); // `connection` may be gone after it
            return;
        }
        case HttpParser::Result::Refusal: {
            const ParseRefusal refusal = connection.parser.refusal();
            refuse(socket, refusal.status, refusal.message);
            return;
        }
        case HttpParser::Result::NeedMore:
            if (connection.parser.takeContinue())
                socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            if (socket->bytesAvailable() == 0)
                return;
            connection.parser.feed(
                socket->read(qMin(socket->bytesAvailable(), qint64(connection.parser.room()))));
            break;
        }
    }
}

// `socket` is no longer (or never was) a connection of the map.
void HttpListener::refuse(QTcpSocket *socket, int status, const QString &message) {
    socket->write(serializeResponse(m_refusal(status, message), BodyDelivery::Complete, false,
                                    ConnectionHeader::Close));
    closeLingering(socket);
}

// The lingering close (RFC 9112 §9.6): closing a socket with unread input makes the kernel
// send a reset, which can destroy the answer before the client has read it. So the answer is
// written out, only the sending side is shut down, and the input is read and dropped until
// the client closes, lingerBytes arrived or lingerMs passed.
void HttpListener::closeLingering(QTcpSocket *socket) {
    if (const auto found = m_connections.find(socket); found != m_connections.end()) {
        delete found->second->idle;
        m_connections.erase(found);
        socket->disconnect(this);
    }
    if (socket->state() != QAbstractSocket::ConnectedState) {
        socket->deleteLater();
        return;
    }
    // While the answer is still going out, the client has idleTimeoutMs for each step of
    // reading it; once it is out, lingerMs for its close.
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    timer->start(m_limits.idleTimeoutMs);
    auto shutDown = std::make_shared<bool>(false);
    const int lingerMs = m_limits.lingerMs;
    const int idleMs = m_limits.idleTimeoutMs;
    const auto shutdownWhenWritten = [socket, shutDown, timer, lingerMs, idleMs] {
        if (*shutDown || socket->state() != QAbstractSocket::ConnectedState)
            return;
        if (socket->bytesToWrite() > 0) {
            timer->start(idleMs); // progress: the client is reading
            return;
        }
        ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
        *shutDown = true;
        timer->start(lingerMs);
    };
    auto drained = std::make_shared<qint64>(0);
    const qint64 lingerBytes = m_limits.lingerBytes;
    const auto drain = [socket, drained, lingerBytes] {
        *drained += qMax<qint64>(0, socket->skip(socket->bytesAvailable()));
        if (*drained > lingerBytes) {
            socket->abort();
            socket->deleteLater();
        }
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, shutdownWhenWritten);
    connect(socket, &QTcpSocket::readyRead, socket, drain);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    shutdownWhenWritten();
    drain();
}

void HttpListener::respond(QTcpSocket *socket, const HttpResponse &response,
                           BodyDelivery delivery) {
    const auto found = m_connections.find(socket);
    if (found == m_connections.end() || found->second->phase != Connection::Phase::Handling)
        return;
    Connection &connection = *found->second;
    const bool close = !connection.keepAlive || delivery == BodyDelivery::Truncated;
    const ConnectionHeader header = close               ? ConnectionHeader::Close
                                    : connection.http10 ? ConnectionHeader::KeepAlive
                                                        : ConnectionHeader::None;
    socket->write(serializeResponse(response, delivery, connection.head, header));
    if (close) {
        closeLingering(socket);
        return;
    }
    connection.phase = Connection::Phase::Reading;
    connection.idleSinceMs = m_clock.elapsed();
    connection.idle->start();
    // Pipelined requests already received: read them after this call returns.
    QMetaObject::invokeMethod(
        this,
        [this, guard = QPointer<QTcpSocket>(socket)] {
            if (guard)
                readRequests(guard);
        },
        Qt::QueuedConnection);
}

} // namespace vpw::sandbox
