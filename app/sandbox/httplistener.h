#pragma once

#include "httpmessage.h"

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

#include <functional>
#include <memory>
#include <unordered_map>

namespace vpw::sandbox {

// What one connection may cost the server, enforced while reading (never after buffering).
struct ListenerLimits {
    qsizetype maxHeaderBytes = 16 * 1024; // request line + headers; else 431
    int maxHeaderLines = 100;             // else 431
    qsizetype maxBodyBytes = 64 * 1024;   // declared Content-Length; else 413
    int idleTimeoutMs = 10000;            // to receive a whole request once the connection is idle
    int maxConnections = 256;             // open at once; more are answered 503 and closed
};

// The sandbox's HTTP/1.1 server side: accepts connections on a QTcpServer, reads one request
// at a time within ListenerLimits, hands it to one handler, and writes the answer the handler
// gives to respond() — now, later (latency faults) or never (hang faults).
//
// Qt 6.4's QAbstractHttpServer is not used: it buffers a whole request before anyone can look
// at it (a 1 GiB body, an endless header line), keeps idle connections forever, drops every
// header after the 100th without saying so, and decodes %2F into a path separator. A guard in
// front of it would have to parse HTTP just as fully, so this parses it once.
//
// Behaviour:
// - Pipelining: the next request on a connection is read only after the current one has been
//   answered, so answers leave in request order whatever the handler's delays.
// - HEAD is handed over as GET and answered without the body (Content-Length kept).
// - HTTP/1.0 (without "Connection: keep-alive") and "Connection: close" close after the answer.
// - The path is percent-decoded segment by segment; an encoded slash stays "%2F" inside its
//   segment, so it never separates segments.
// - Refusals (400 malformed, 413, 431, 501 Transfer-Encoding, 503 too many connections) are
//   built by `refusal` and close the connection. A 413 body is discarded up to 1 MiB so the
//   client can read the answer; a larger one is not read at all.
// - Idle: a connection that does not deliver a whole request within idleTimeoutMs of becoming
//   idle (accepted, or answered) is closed. A request being handled has no time limit.
class HttpListener : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<void(HttpRequest request, QTcpSocket *socket)>;
    using Refusal = std::function<HttpResponse(int status, const QString &message)>;

    HttpListener(Handler handler, Refusal refusal, ListenerLimits limits,
                 QObject *parent = nullptr);
    // Closes the listening socket and every connection.
    ~HttpListener() override;

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }
    int connectionCount() const { return int(m_connections.size()); }

    // Answers the request being handled on `socket` (nothing if it is gone), then goes on with
    // the connection's next request or closes it.
    void respond(QTcpSocket *socket, const HttpResponse &response,
                 BodyDelivery delivery = BodyDelivery::Complete);

private:
    struct Connection;

    void onNewConnection();
    void readRequests(QTcpSocket *socket);
    bool readHead(Connection &connection);
    bool readBody(Connection &connection);
    bool startRequest(Connection &connection, const QByteArray &line);
    bool addHeader(Connection &connection, const QByteArray &line);
    bool headComplete(Connection &connection);
    void discard(Connection &connection);
    void refuse(Connection &connection, int status, const QString &message);
    void send(QTcpSocket *socket, const QByteArray &bytes, bool close);
    void forget(QTcpSocket *socket);

    Handler m_handler;
    Refusal m_refusal;
    ListenerLimits m_limits;
    QTcpServer m_server;
    std::unordered_map<QTcpSocket *, std::unique_ptr<Connection>> m_connections;
};

} // namespace vpw::sandbox
