#pragma once

#include "httpmessage.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

#include <functional>
#include <memory>
#include <unordered_map>

namespace vpw::sandbox {

// What one connection may cost the server, enforced while reading (never after buffering).
struct ListenerLimits {
    qsizetype maxHeaderBytes = 16 * 1024;  // request line + headers; else 431
    int maxHeaderLines = 100;              // else 431
    qsizetype maxBodyBytes = 64 * 1024;    // declared Content-Length; else 413
    int idleTimeoutMs = 10000;             // to receive a whole request once the connection is idle
    int maxConnections = 256;              // open at once; see "Connection cap" below
    qsizetype maxUnsentBytes = 256 * 1024; // answers not yet written out; above, reading pauses
    int lingerMs = 2000;                   // a closing connection's input is drained this long
    qsizetype lingerBytes = 1024 * 1024;   // ... or up to this many bytes
};

// The sandbox's HTTP/1.1 server side: accepts connections on a QTcpServer, feeds what each one
// sends to its HttpParser (httpparser.h, which holds the rules and limits of a request), hands
// each request to one handler, and writes the answer the handler gives to respond() — now,
// later (latency faults) or never (hang faults). Any number of listeners (the sandbox's API,
// emulators of other APIs) can run side by side, each with its own handler.
//
// Qt 6.4's QAbstractHttpServer is not used: it buffers a whole request before anyone can look
// at it (a 1 GiB body, an endless header line), keeps idle connections forever, drops every
// header after the 100th without saying so, and decodes %2F into a path separator.
//
// Behaviour:
// - Pipelining: the next request on a connection is read only after the current one has been
//   answered, so answers leave in request order whatever the handler's delays.
// - Back-pressure: while more than maxUnsentBytes of a connection's answers are not written
//   out (a client that sends and never reads), its next request is not read; the socket's
//   read buffer is bounded too, so TCP flow control stops the client.
// - HEAD is handed over as GET and answered without the body (Content-Length kept).
// - HTTP/1.0 without "Connection: keep-alive", and "Connection: close", close after the answer;
//   an HTTP/1.0 request that asked for keep-alive is answered "Connection: keep-alive".
// - Refusals (400, 413, 431, 501, 505, and 503 at the cap) are built by `refusal` and close the
//   connection the lingering way, like every close: the answer is written, the sending side
//   shut down once the answer is out, and what the client still sends is read and dropped (up
//   to lingerBytes, for lingerMs) until it closes, so the kernel never resets the connection
//   under the answer. A client that stops reading the answer is cut off after idleTimeoutMs.
// - Idle: a connection that does not deliver a whole request within idleTimeoutMs of becoming
//   idle (accepted, or answered) is closed. A request being handled has no time limit.
// - Connection cap: a new connection beyond maxConnections closes the longest-idle connection
//   that has no request in progress and nothing unsent; only when every connection is busy is
//   the newcomer refused with 503.
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
    bool makeRoom();
    void readRequests(QTcpSocket *socket);
    void refuse(QTcpSocket *socket, int status, const QString &message);
    void closeLingering(QTcpSocket *socket);
    void forget(QTcpSocket *socket);

    Handler m_handler;
    Refusal m_refusal;
    ListenerLimits m_limits;
    QTcpServer m_server;
    QElapsedTimer m_clock; // for the connections' idle times
    std::unordered_map<QTcpSocket *, std::unique_ptr<Connection>> m_connections;
};

} // namespace vpw::sandbox
