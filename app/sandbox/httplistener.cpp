#include "httplistener.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cstring>

namespace vpw::sandbox {

namespace {

// A refused body up to this size is read and dropped, so the client, still sending, gets to
// read the 413 instead of a connection reset; a larger one is not read at all.
constexpr qint64 kMaxDiscardBytes = 1024 * 1024;

// RFC 9110 token characters (method and header names).
bool isToken(const QByteArray &text) {
    static constexpr char kSpecials[] = "!#$%&'*+-.^_`|~";
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool alnum =
            (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (!alnum && (c == 0 || !std::strchr(kSpecials, c)))
            return false;
    }
    return true;
}

// Whether a comma-separated header value lists `token` (case-insensitive).
bool listsToken(const QByteArray &value, const char *token) {
    for (const QByteArray &item : value.split(',')) {
        if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Decodes each segment on its own, so an encoded slash stays inside its segment (as "%2F")
// instead of becoming a separator. No trailing slash, except for "/" itself.
QString decodePath(const QByteArray &rawPath) {
    QStringList segments;
    for (const QByteArray &raw : rawPath.split('/')) {
        QString segment = QString::fromUtf8(QByteArray::fromPercentEncoding(raw));
        segment.replace(u'/', QStringLiteral("%2F"));
        segments.append(segment);
    }
    QString path = segments.join(u'/');
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    return path.isEmpty() ? QStringLiteral("/") : path;
}

} // namespace

struct HttpListener::Connection {
    enum class Phase {
        Head,       // reading a request line and headers
        Body,       // reading a declared body
        Handling,   // the handler has the request; nothing more is read until it answers
        Discarding, // refused with 413: dropping the declared body, then closing
        Closing,    // answered and closing
    };

    void reset() {
        phase = Phase::Head;
        request = HttpRequest();
        started = false;
        headBytes = 0;
        headerLines = 0;
        bodyLength = 0;
        head = false;
        close = false;
    }

    QTcpSocket *socket = nullptr;
    QTimer *idle = nullptr; // a child of the socket
    Phase phase = Phase::Head;
    HttpRequest request;
    bool started = false; // the request line was read
    qsizetype headBytes = 0;
    int headerLines = 0;
    qint64 bodyLength = 0;
    qint64 discardLeft = 0;
    bool head = false;  // HEAD: answer without the body
    bool close = false; // close after the answer
    bool http10 = false;
};

HttpListener::HttpListener(Handler handler, Refusal refusal, ListenerLimits limits, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_refusal(std::move(refusal))
    , m_limits(limits) {
    connect(&m_server, &QTcpServer::newConnection, this, &HttpListener::onNewConnection);
}

HttpListener::~HttpListener() {
    for (const auto &entry : m_connections) {
        entry.first->disconnect(this); // no forget() while the map is walked
        entry.first->abort();
    }
    m_connections.clear();
    m_server.close(); // the sockets are its children
}

bool HttpListener::listen(const QHostAddress &address, quint16 port, QString *error) {
    if (m_server.listen(address, port))
        return true;
    *error = m_server.errorString();
    return false;
}

void HttpListener::onNewConnection() {
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (connectionCount() >= m_limits.maxConnections) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            send(socket,
                 serializeResponse(m_refusal(503, QStringLiteral("Too many open connections.")),
                                   BodyDelivery::Complete, false, true),
                 true);
            continue;
        }
        // Bounds what Qt reads ahead for us: a request never needs more than this at once.
        socket->setReadBufferSize(m_limits.maxHeaderBytes + m_limits.maxBodyBytes);
        auto connection = std::make_unique<Connection>();
        connection->socket = socket;
        connection->idle = new QTimer(socket);
        connection->idle->setSingleShot(true);
        connection->idle->setInterval(m_limits.idleTimeoutMs);
        connect(connection->idle, &QTimer::timeout, socket, [this, socket] {
            socket->abort();
            forget(socket);
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequests(socket); });
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
    for (;;) {
        switch (connection.phase) {
        case Connection::Phase::Head:
            if (!readHead(connection))
                return;
            break;
        case Connection::Phase::Body:
            readBody(connection); // hands the request over: `connection` may be gone after it
            return;
        case Connection::Phase::Discarding:
            discard(connection);
            return;
        case Connection::Phase::Handling:
        case Connection::Phase::Closing:
            return;
        }
    }
}

// true when the head is complete (the phase moved on); false to wait for more bytes, or after
// a refusal.
bool HttpListener::readHead(Connection &connection) {
    QTcpSocket *socket = connection.socket;
    while (socket->canReadLine()) {
        const qsizetype allowance = m_limits.maxHeaderBytes - connection.headBytes;
        QByteArray line = socket->readLine(allowance + 1);
        connection.headBytes += line.size();
        if (!line.endsWith('\n') || connection.headBytes > m_limits.maxHeaderBytes) {
            refuse(connection, 431,
                   QStringLiteral("The request line and headers exceed %1 bytes.")
                       .arg(m_limits.maxHeaderBytes));
            return false;
        }
        line.chop(line.endsWith("\r\n") ? 2 : 1);
        if (!connection.started) {
            if (line.isEmpty())
                continue; // a stray line break between requests (RFC 9112 §2.2)
            if (!startRequest(connection, line))
                return false;
        } else if (line.isEmpty()) {
            return headComplete(connection);
        } else if (!addHeader(connection, line)) {
            return false;
        }
    }
    if (socket->bytesAvailable() > m_limits.maxHeaderBytes - connection.headBytes) {
        refuse(connection, 431,
               QStringLiteral("The request line and headers exceed %1 bytes.")
                   .arg(m_limits.maxHeaderBytes));
    }
    return false;
}

bool HttpListener::startRequest(Connection &connection, const QByteArray &line) {
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty()) {
        refuse(connection, 400, QStringLiteral("Malformed request line."));
        return false;
    }
    const QByteArray &version = parts.at(2);
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        refuse(connection, 505, QStringLiteral("Only HTTP/1.1 and HTTP/1.0 are supported."));
        return false;
    }
    QByteArray target = parts.at(1);
    if (target.startsWith("http://") || target.startsWith("https://")) { // absolute form
        const qsizetype slash = target.indexOf('/', target.indexOf("//") + 2);
        target = slash < 0 ? QByteArray("/") : target.mid(slash);
    }
    if (!target.startsWith('/')) {
        refuse(connection, 400, QStringLiteral("The request target must be a path."));
        return false;
    }
    if (const qsizetype hash = target.indexOf('#'); hash >= 0)
        target.truncate(hash);
    const qsizetype question = target.indexOf('?');

    connection.started = true;
    connection.http10 = version == "HTTP/1.0";
    connection.head = parts.at(0) == "HEAD";
    connection.request.method = connection.head ? QByteArray("GET") : parts.at(0);
    connection.request.path = decodePath(question < 0 ? target : target.left(question));
    if (question >= 0)
        connection.request.query = QUrlQuery(QString::fromUtf8(target.mid(question + 1)));
    return true;
}

bool HttpListener::addHeader(Connection &connection, const QByteArray &line) {
    if (++connection.headerLines > m_limits.maxHeaderLines) {
        refuse(connection, 431,
               QStringLiteral("More than %1 header lines.").arg(m_limits.maxHeaderLines));
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    // A line without a colon or with a folded continuation is malformed, not to be skipped:
    // the headers around it would otherwise be misread.
    if (colon <= 0 || !isToken(line.left(colon))) {
        refuse(connection, 400, QStringLiteral("Malformed header line."));
        return false;
    }
    connection.request.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    return true;
}

bool HttpListener::headComplete(Connection &connection) {
    const HttpRequest &request = connection.request;
    const QByteArray connectionHeader = request.header("Connection");
    connection.close = connection.http10 ? !listsToken(connectionHeader, "keep-alive")
                                         : listsToken(connectionHeader, "close");
    if (request.hasHeader("Transfer-Encoding")) {
        refuse(connection, 501,
               QStringLiteral("Transfer-Encoding is not supported; send a Content-Length."));
        return false;
    }
    QByteArray length;
    for (const auto &[name, value] : request.headers) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) != 0)
            continue;
        if (!length.isNull() && value != length) {
            refuse(connection, 400, QStringLiteral("Conflicting Content-Length headers."));
            return false;
        }
        length = value;
    }
    bool ok = true;
    const qint64 bodyLength = length.isNull() ? 0 : length.toLongLong(&ok);
    const bool digitsOnly =
        std::all_of(length.cbegin(), length.cend(), [](char c) { return c >= '0' && c <= '9'; });
    if (!ok || !digitsOnly) {
        refuse(connection, 400, QStringLiteral("Invalid Content-Length."));
        return false;
    }
    if (bodyLength > m_limits.maxBodyBytes) {
        connection.discardLeft = bodyLength <= kMaxDiscardBytes ? bodyLength : 0;
        refuse(connection, 413,
               QStringLiteral("The body is larger than %1 bytes.").arg(m_limits.maxBodyBytes));
        return false;
    }
    if (bodyLength > 0 && listsToken(request.header("Expect"), "100-continue"))
        send(connection.socket, "HTTP/1.1 100 Continue\r\n\r\n", false);
    connection.bodyLength = bodyLength;
    connection.phase = Connection::Phase::Body;
    return true;
}

bool HttpListener::readBody(Connection &connection) {
    if (connection.socket->bytesAvailable() < connection.bodyLength)
        return false;
    connection.request.body = connection.socket->read(connection.bodyLength);
    connection.idle->stop();
    connection.phase = Connection::Phase::Handling;
    m_handler(std::move(connection.request), connection.socket);
    return true;
}

void HttpListener::discard(Connection &connection) {
    const qint64 dropped =
        connection.socket->skip(qMin(connection.discardLeft, connection.socket->bytesAvailable()));
    connection.discardLeft -= qMax<qint64>(0, dropped);
    if (connection.discardLeft <= 0) {
        connection.phase = Connection::Phase::Closing;
        connection.socket->disconnectFromHost();
    }
}

void HttpListener::refuse(Connection &connection, int status, const QString &message) {
    const bool draining = status == 413 && connection.discardLeft > 0;
    connection.phase = draining ? Connection::Phase::Discarding : Connection::Phase::Closing;
    send(connection.socket,
         serializeResponse(m_refusal(status, message), BodyDelivery::Complete, false, true),
         !draining);
    if (draining)
        discard(connection);
}

void HttpListener::respond(QTcpSocket *socket, const HttpResponse &response,
                           BodyDelivery delivery) {
    const auto found = m_connections.find(socket);
    if (found == m_connections.end() || found->second->phase != Connection::Phase::Handling)
        return;
    Connection &connection = *found->second;
    const bool close = connection.close || delivery == BodyDelivery::Truncated;
    const QByteArray bytes = serializeResponse(response, delivery, connection.head, close);
    if (close) {
        connection.phase = Connection::Phase::Closing;
        send(socket, bytes, true);
        return;
    }
    connection.reset();
    connection.idle->start();
    send(socket, bytes, false);
    // Pipelined requests already received: read them after this call returns.
    QMetaObject::invokeMethod(
        this,
        [this, guard = QPointer<QTcpSocket>(socket)] {
            if (guard)
                readRequests(guard);
        },
        Qt::QueuedConnection);
}

void HttpListener::send(QTcpSocket *socket, const QByteArray &bytes, bool close) {
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write(bytes);
    if (close)
        socket->disconnectFromHost(); // after the pending bytes are written
}

} // namespace vpw::sandbox
