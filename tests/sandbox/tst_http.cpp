// The sandbox's HTTP layer on raw sockets: HEAD, Connection: close and HTTP/1.0, pipelining
// under a latency fault, the auth scheme's case, encoded slashes; and the limits that hold while
// reading (header size and count, body size, idle connections, open connections) with the
// process's memory measured (VmRSS) during each attack. The server runs in its own thread, so
// the blocking socket calls here never stall it.
#include "sandboxtestclient.h"

#include "app/sandbox/serverthread.h"

#include <QFile>
#include <QTcpSocket>
#include <QTest>

#include <memory>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>

using namespace vpw::sandbox;
using namespace vpw::sandbox::test;

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAddressSanitizer = true;
#else
constexpr bool kAddressSanitizer = false;
#endif
#else
constexpr bool kAddressSanitizer = false;
#endif

namespace {

const QString kKey = QStringLiteral("k");
const QString kSecret = QStringLiteral("s");
const QByteArray kAuth = "Authorization: Basic " + QByteArray("k:s").toBase64() + "\r\n";
constexpr qint64 kMemoryCeilingKiB = 64 * 1024;

// The resident memory of this process (test and server thread) in KiB, from /proc/self/status.
qint64 rssKiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

struct RawResponse {
    int status = 0; // 0: none (closed or timed out)
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const {
        for (const auto &entry : headers) {
            if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
                return entry.second;
        }
        return {};
    }
};

// One connection spoken to byte by byte.
class RawConnection {
public:
    explicit RawConnection(const QUrl &url) {
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(url.port()));
        m_socket.waitForConnected(5000);
    }

    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QTcpSocket &socket() { return m_socket; }

    void send(const QByteArray &bytes) {
        m_socket.write(bytes);
        m_socket.waitForBytesWritten(5000);
    }

    // Reads one response; `withBody` false for the answer to a HEAD.
    RawResponse read(bool withBody = true, int timeoutMs = 10000) {
        RawResponse response;
        qsizetype end = -1;
        while ((end = m_buffer.indexOf("\r\n\r\n")) < 0) {
            if (!fill(timeoutMs))
                return response;
        }
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        m_buffer.remove(0, end + 4);
        response.status = lines.value(0).split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            response.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
        }
        const qsizetype length = response.header("Content-Length").toLongLong();
        if (withBody) {
            while (m_buffer.size() < length) {
                if (!fill(timeoutMs))
                    return response;
            }
            response.body = m_buffer.left(length);
            m_buffer.remove(0, length);
        }
        return response;
    }

    // The bytes received after the last response read (waits up to `timeoutMs` for some).
    QByteArray rest(int timeoutMs) {
        fill(timeoutMs);
        return m_buffer;
    }

    // Whether the server closes the connection within `timeoutMs` (what it sends is kept).
    bool closedByServer(int timeoutMs = 10000) {
        QElapsedTimer timer;
        timer.start();
        while (isConnected() && timer.elapsed() < timeoutMs)
            fill(int(qMax<qint64>(1, timeoutMs - timer.elapsed())));
        return !isConnected();
    }

private:
    bool fill(int timeoutMs) {
        if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(timeoutMs))
            return false;
        m_buffer += m_socket.readAll();
        return true;
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
};

QByteArray get(const QByteArray &path, const QByteArray &extra = {},
               const QByteArray &version = "HTTP/1.1", const QByteArray &method = "GET") {
    return method + ' ' + path + ' ' + version + "\r\nHost: 127.0.0.1\r\n" + kAuth + extra + "\r\n";
}

} // namespace

class TestHttp : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void headAnswersWithoutBody();
    void connectionClose_data();
    void connectionClose();
    void pipelinedAnswersKeepRequestOrder();
    void authSchemeIsCaseInsensitive_data();
    void authSchemeIsCaseInsensitive();
    void encodedSlashIsNotASeparator_data();
    void encodedSlashIsNotASeparator();

    void headerLimits_data();
    void headerLimits();
    void endlessHeaderLineIsCutOff();
    void oversizedBodyIsRefusedUnread();
    void hugeBodyStreamIsCutOff();
    void idleConnectionsAreClosed();
    void openConnectionsAreCapped();
    void idleFloodDoesNotLockOutClients();
    void busyConnectionsAreCapped();

    void hostHeaderRules_data();
    void hostHeaderRules();
    void refusalOutlivesUnreadInput();
    void unreadAnswersPauseReading();

private:
    QUrl startServer(Options options = {});

    std::unique_ptr<ServerThread> m_server;
};

QUrl TestHttp::startServer(Options options) {
    options.apiKey = kKey;
    options.apiSecret = kSecret;
    m_server = std::make_unique<ServerThread>(options);
    QSignalSpy ready(m_server.get(), &ServerThread::ready);
    m_server->start();
    return ready.wait(10000) ? m_server->baseUrl() : QUrl();
}

void TestHttp::init() {
    m_server.reset();
}

void TestHttp::cleanup() {
    m_server.reset();
}

void TestHttp::headAnswersWithoutBody() {
    const QUrl url = startServer();
    QVERIFY(url.isValid());
    RawConnection connection(url);
    connection.send(get("/api/v1/deployments", {}, "HTTP/1.1", "HEAD") +
                    get("/api/v1/deployments/d7f3a1c2"));
    const RawResponse head = connection.read(false);
    QCOMPARE(head.status, 200);
    QVERIFY(head.header("Content-Length").toInt() > 0); // the GET's length, no body
    // The next bytes are the second answer, not a body.
    const RawResponse next = connection.read();
    QCOMPARE(next.status, 200);
    QVERIFY2(next.body.contains("\"d7f3a1c2\""), next.body.constData());
}

void TestHttp::connectionClose_data() {
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<bool>("closes");
    QTest::addColumn<QByteArray>("answer"); // the answer's Connection header

    QTest::newRow("HTTP/1.1") << QByteArray("HTTP/1.1") << QByteArray() << false << QByteArray();
    QTest::newRow("HTTP/1.1 Connection: close")
        << QByteArray("HTTP/1.1") << QByteArray("Connection: close\r\n") << true
        << QByteArray("close");
    QTest::newRow("HTTP/1.1 Connection: CLOSE")
        << QByteArray("HTTP/1.1") << QByteArray("Connection: CLOSE\r\n") << true
        << QByteArray("close");
    QTest::newRow("HTTP/1.0") << QByteArray("HTTP/1.0") << QByteArray() << true
                              << QByteArray("close");
    // ApacheBench -k: an HTTP/1.0 client waits for the close unless told the connection stays.
    QTest::newRow("HTTP/1.0 keep-alive")
        << QByteArray("HTTP/1.0") << QByteArray("Connection: keep-alive\r\n") << false
        << QByteArray("keep-alive");
    QTest::newRow("HTTP/1.0 Keep-Alive")
        << QByteArray("HTTP/1.0") << QByteArray("Connection: Keep-Alive\r\n") << false
        << QByteArray("keep-alive");
}

void TestHttp::connectionClose() {
    QFETCH(QByteArray, version);
    QFETCH(QByteArray, extra);
    QFETCH(bool, closes);
    QFETCH(QByteArray, answer);
    const QUrl url = startServer();
    RawConnection connection(url);
    connection.send(get("/api/v1/deployments", extra, version));
    const RawResponse response = connection.read();
    QCOMPARE(response.status, 200);
    QCOMPARE(response.header("Connection").toLower(), answer);
    if (closes) {
        QVERIFY(connection.closedByServer(5000));
    } else {
        connection.send(get("/api/v1/deployments", extra, version));
        QCOMPARE(connection.read().status, 200);
    }
}

void TestHttp::pipelinedAnswersKeepRequestOrder() {
    const QUrl url = startServer();
    Client client(url, kKey, kSecret);
    const QJsonObject latency{{QStringLiteral("latencyMs"), 400},
                              {QStringLiteral("method"), QStringLiteral("GET")},
                              {QStringLiteral("path"), QStringLiteral("/api/v1/deployments")}};
    QCOMPARE(client.put(QStringLiteral("/sandbox/v1/faults"), latency).status, 200);

    RawConnection connection(url);
    // The slow request first, two fast ones behind it, in one write.
    connection.send(get("/api/v1/deployments") + get("/api/v1/deployments/d7f3a1c2") +
                    get("/api/v1/deployments/e2b9c4d5"));
    const RawResponse first = connection.read();
    const RawResponse second = connection.read();
    const RawResponse third = connection.read();
    QCOMPARE(first.status, 200);
    QVERIFY2(first.body.startsWith("{\"data\""), first.body.constData());
    QVERIFY2(second.body.contains("\"id\":\"d7f3a1c2\""), second.body.constData());
    QVERIFY2(third.body.contains("\"id\":\"e2b9c4d5\""), third.body.constData());
}

void TestHttp::authSchemeIsCaseInsensitive_data() {
    QTest::addColumn<QByteArray>("scheme");
    QTest::addColumn<int>("status");

    QTest::newRow("Basic") << QByteArray("Basic") << 200;
    QTest::newRow("basic") << QByteArray("basic") << 200;
    QTest::newRow("BASIC") << QByteArray("BASIC") << 200;
    QTest::newRow("bAsIc") << QByteArray("bAsIc") << 200;
    QTest::newRow("Bearer") << QByteArray("Bearer") << 401;
    QTest::newRow("Basicx") << QByteArray("Basicx") << 401;
}

void TestHttp::authSchemeIsCaseInsensitive() {
    QFETCH(QByteArray, scheme);
    QFETCH(int, status);
    const QUrl url = startServer();
    Client client(url, kKey, kSecret);
    const Reply reply =
        client.send("GET", QStringLiteral("/api/v1/deployments"), {},
                    {{"Authorization", scheme + ' ' + QByteArray("k:s").toBase64()}}, false);
    QCOMPARE(reply.status, status);
}

void TestHttp::encodedSlashIsNotASeparator_data() {
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("status");

    QTest::newRow("%2F inside the deployment ID")
        << QByteArray("/api/v1/deployments/d7f3a1c2%2Fpeerings") << 404;
    QTest::newRow("%2f lower case") << QByteArray("/api/v1/deployments/d7f3a1c2%2fpeerings") << 404;
    QTest::newRow("%2F between fixed segments") << QByteArray("/api/v1%2Fdeployments") << 404;
    QTest::newRow("plain slash") << QByteArray("/api/v1/deployments/d7f3a1c2/peerings") << 200;
    QTest::newRow("other escapes are decoded")
        << QByteArray("/api/v1/deployments/d7f3a1c%32/peerings") << 200;
}

void TestHttp::encodedSlashIsNotASeparator() {
    QFETCH(QByteArray, path);
    QFETCH(int, status);
    const QUrl url = startServer();
    RawConnection connection(url);
    connection.send(get(path));
    QCOMPARE(connection.read().status, status);
}

void TestHttp::headerLimits_data() {
    QTest::addColumn<QByteArray>("headers"); // after the request line, before the blank line
    QTest::addColumn<int>("status");

    QByteArray hundred;
    for (int i = 0; i < 98; ++i) // + Host + Authorization = 100
        hundred += "X-Filler-" + QByteArray::number(i) + ": x\r\n";
    QTest::newRow("100 header lines") << hundred << 200;
    QTest::newRow("101 header lines") << hundred + "X-One-Too-Many: x\r\n" << 431;
    QTest::newRow("a header of 17 KiB") << "X-Big: " + QByteArray(17 * 1024, 'a') + "\r\n" << 431;
    QTest::newRow("headers of 16 KiB in all")
        << QByteArray("X-Big: " + QByteArray(16 * 1024 - 200, 'a') + "\r\n") << 200;
    QTest::newRow("line without a colon") << QByteArray("NoColonHere\r\n") << 400;
    QTest::newRow("folded line") << QByteArray("X-A: a\r\n  folded\r\n") << 400;
    QTest::newRow("space before the colon") << QByteArray("X-A : a\r\n") << 400;
    QTest::newRow("Transfer-Encoding") << QByteArray("Transfer-Encoding: chunked\r\n") << 501;
    QTest::newRow("bad Content-Length") << QByteArray("Content-Length: -1\r\n") << 400;
    QTest::newRow("conflicting Content-Length")
        << QByteArray("Content-Length: 1\r\nContent-Length: 2\r\n") << 400;
}

void TestHttp::headerLimits() {
    QFETCH(QByteArray, headers);
    QFETCH(int, status);
    const QUrl url = startServer();
    RawConnection connection(url);
    connection.send("GET /api/v1/deployments HTTP/1.1\r\nHost: 127.0.0.1\r\n" + kAuth + headers +
                    "\r\n");
    const RawResponse response = connection.read();
    QCOMPARE(response.status, status);
    if (status >= 400) {
        QVERIFY2(response.body.contains("\"code\""), response.body.constData());
        QVERIFY(connection.closedByServer(5000));
    }
}

// Sends `chunk` again and again until the server stops taking it (closes, or leaves it unread
// for 2 s) or `limit` bytes went out; the bytes sent and the peak VmRSS meanwhile.
struct Flood {
    qint64 sent = 0;
    qint64 peakKiB = 0;
};
Flood flood(RawConnection &connection, const QByteArray &chunk, qint64 limit) {
    Flood result{0, rssKiB()};
    while (connection.isConnected() && result.sent < limit) {
        if (connection.socket().write(chunk) < 0 || !connection.socket().waitForBytesWritten(2000))
            break;
        result.sent += chunk.size();
        result.peakKiB = qMax(result.peakKiB, rssKiB());
    }
    return result;
}

// An unterminated header line is refused at 16 KiB, however much more is sent.
void TestHttp::endlessHeaderLineIsCutOff() {
    const QUrl url = startServer();
    RawConnection connection(url);
    connection.send("GET /api/v1/deployments HTTP/1.1\r\nX-Endless: ");
    const Flood result = flood(connection, QByteArray(64 * 1024, 'a'), 256LL * 1024 * 1024);
    QVERIFY2(result.sent < 64LL * 1024 * 1024, qPrintable(QString::number(result.sent)));
    QVERIFY2(result.peakKiB < kMemoryCeilingKiB, qPrintable(QString::number(result.peakKiB)));
    QVERIFY(connection.closedByServer(5000));
}

void TestHttp::oversizedBodyIsRefusedUnread() {
    const QUrl url = startServer();
    RawConnection connection(url);
    // Unauthenticated, with a 1 GiB body announced and none sent: refused at once.
    connection.send("POST /api/v1/deployments/d7f3a1c2/peerings HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    "Content-Length: 1073741824\r\n\r\n");
    const RawResponse response = connection.read();
    QCOMPARE(response.status, 413);
    QVERIFY(response.body.contains("PAYLOAD_TOO_LARGE"));
    QVERIFY(connection.closedByServer(5000));
}

// Streaming a 1 GiB body: the server stops reading, so the client can send little of it and the
// process stays small.
void TestHttp::hugeBodyStreamIsCutOff() {
    const QUrl url = startServer();
    RawConnection connection(url);
    connection.send("POST /api/v1/deployments/d7f3a1c2/peerings HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    "Content-Length: 1073741824\r\n\r\n");
    const Flood result = flood(connection, QByteArray(256 * 1024, '{'), 1024LL * 1024 * 1024);
    QVERIFY2(result.sent < 64LL * 1024 * 1024, qPrintable(QString::number(result.sent)));
    QVERIFY2(result.peakKiB < kMemoryCeilingKiB, qPrintable(QString::number(result.peakKiB)));
    QVERIFY(connection.closedByServer(10000));
}

// Idle, half-sent and trickling connections are all closed after the idle timeout.
void TestHttp::idleConnectionsAreClosed() {
    Options options;
    options.idleTimeoutMs = 500;
    const QUrl url = startServer(options);
    std::vector<std::unique_ptr<RawConnection>> connections;
    for (int i = 0; i < 150; ++i) {
        connections.push_back(std::make_unique<RawConnection>(url));
        QVERIFY(connections.back()->isConnected());
        if (i % 3 == 1)
            connections.back()->send("GET /api/v1/deployments HTTP/1.1\r\nX-Slow: ");
    }
    // A trickle (one byte at a time) does not keep a connection alive either.
    QElapsedTimer timer;
    timer.start();
    qint64 peak = rssKiB();
    while (timer.elapsed() < 1500) {
        for (qsizetype i = 2; i < qsizetype(connections.size()); i += 3) {
            if (connections[i]->isConnected())
                connections[i]->send("a");
        }
        peak = qMax(peak, rssKiB());
        QTest::qWait(50);
    }
    for (const auto &connection : connections)
        QVERIFY(connection->closedByServer(10000));
    QVERIFY2(peak < kMemoryCeilingKiB, qPrintable(QString::number(peak)));
    // A fresh connection is served as usual.
    RawConnection fresh(url);
    fresh.send(get("/api/v1/deployments"));
    QCOMPARE(fresh.read().status, 200);
}

// At the cap, a newcomer closes the longest-idle connections: the 10 opened first are closed,
// the 20 newest are all served.
void TestHttp::openConnectionsAreCapped() {
    Options options;
    options.maxConnections = 20;
    const QUrl url = startServer(options);
    std::vector<std::unique_ptr<RawConnection>> connections;
    for (int i = 0; i < 30; ++i) {
        connections.push_back(std::make_unique<RawConnection>(url));
        QVERIFY(connections.back()->isConnected());
        QTest::qWait(5); // a distinct idle time each
    }
    for (int i = 0; i < 10; ++i) {
        QVERIFY2(connections[i]->closedByServer(5000), qPrintable(QString::number(i)));
        QVERIFY(connections[i]->rest(0).isEmpty()); // closed, not refused
    }
    int served = 0;
    for (int i = 10; i < 30; ++i) {
        connections[i]->send(get("/api/v1/deployments"));
        served += connections[i]->read().status == 200 ? 1 : 0;
    }
    QCOMPARE(served, 20);
}

// 300 connections opened and left idle (default cap 256): every authenticated request on a
// new connection is still served at once.
void TestHttp::idleFloodDoesNotLockOutClients() {
    const QUrl url = startServer();
    std::vector<std::unique_ptr<RawConnection>> idle;
    for (int i = 0; i < 300; ++i)
        idle.push_back(std::make_unique<RawConnection>(url));
    QTest::qWait(200);
    int served = 0;
    for (int probe = 0; probe < 10; ++probe) {
        RawConnection connection(url);
        connection.send(get("/api/v1/deployments"));
        const RawResponse response = connection.read(true, 3000);
        served += response.status == 200 ? 1 : 0;
    }
    QCOMPARE(served, 10);
}

// When every connection has a request in progress (here: held by a "hang" fault), the
// newcomer is refused with 503, and reads it.
void TestHttp::busyConnectionsAreCapped() {
    Options options;
    options.maxConnections = 3;
    const QUrl url = startServer(options);
    {
        Client client(url, kKey, kSecret);
        const QJsonObject hang{{QStringLiteral("hang"), true}, {QStringLiteral("count"), 3}};
        QCOMPARE(client.put(QStringLiteral("/sandbox/v1/faults"), hang).status, 200);
    }
    QTest::qWait(100); // the control client's connection is gone
    std::vector<std::unique_ptr<RawConnection>> busy;
    for (int i = 0; i < 3; ++i) {
        busy.push_back(std::make_unique<RawConnection>(url));
        busy.back()->send(get("/api/v1/deployments"));
    }
    QTest::qWait(300);
    RawConnection newcomer(url);
    const RawResponse refused = newcomer.read(true, 5000);
    QCOMPARE(refused.status, 503);
    QVERIFY(refused.body.contains("\"code\""));
    QVERIFY(newcomer.closedByServer(5000));
}

void TestHttp::hostHeaderRules_data() {
    QTest::addColumn<QByteArray>("head"); // request line and headers, without the blank line
    QTest::addColumn<int>("status");

    const QByteArray line = "GET /api/v1/deployments HTTP/1.1\r\n" + kAuth;
    QTest::newRow("one Host") << line + "Host: 127.0.0.1\r\n" << 200;
    QTest::newRow("no Host") << line << 400;
    QTest::newRow("two Host headers") << line + "Host: 127.0.0.1\r\nHost: 127.0.0.1\r\n" << 400;
    QTest::newRow("invalid Host") << line + "Host: a/b\r\n" << 400;
    QTest::newRow("bare CR in a value") << line + "Host: 127.0.0.1\r\nX-A: a\rb\r\n" << 400;
    QTest::newRow("NUL in a value")
        << line + "Host: 127.0.0.1\r\nX-A: a" + QByteArray(1, '\0') + "b\r\n"
        << 400;
}

void TestHttp::hostHeaderRules() {
    QFETCH(QByteArray, head);
    QFETCH(int, status);
    const QUrl url = startServer();
    RawConnection connection(url);
    connection.send(head + "\r\n");
    const RawResponse response = connection.read();
    QCOMPARE(response.status, status);
    if (status == 400)
        QVERIFY(connection.closedByServer(5000));
}

// A client with a small receive buffer pipelines requests, then a malformed one, then keeps
// sending for a while before it reads. The answers back up in the server's socket; a close
// with unread input would reset the connection and throw them away with the 400. The
// lingering close delivers everything.
void TestHttp::refusalOutlivesUnreadInput() {
    const QUrl url = startServer();
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    const int small = 4096;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(url.port()));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    QByteArray requests;
    for (int i = 0; i < 40; ++i)
        requests += get("/api/v1/deployments");
    requests += "BROKEN\r\n\r\n";
    QByteArray received;
    const auto receive = [&] {
        char buffer[65536];
        for (;;) {
            const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
            if (n > 0) {
                received.append(buffer, n);
                continue;
            }
            return n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK); // closed, or reset
        }
    };
    const auto sendAll = [&](const QByteArray &bytes) {
        qsizetype at = 0;
        QElapsedTimer timer;
        timer.start();
        while (at < bytes.size() && timer.elapsed() < 2000) {
            const ssize_t n = ::send(fd, bytes.constData() + at, bytes.size() - at, MSG_NOSIGNAL);
            if (n > 0)
                at += n;
            else
                QTest::qWait(5);
        }
    };
    sendAll(requests);
    const QByteArray junk(16 * 1024, 'x');
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 500) { // more input the server has not read when it refuses
        ::send(fd, junk.constData(), junk.size(), MSG_NOSIGNAL);
        QTest::qWait(20);
    }
    bool done = false;
    timer.restart();
    while (!done && timer.elapsed() < 10000) {
        done = receive();
        if (!done)
            QTest::qWait(5);
    }
    ::close(fd);
    QCOMPARE(received.count("HTTP/1.1 200 OK"), 40);
    QVERIFY2(received.contains("HTTP/1.1 400 Bad Request"), received.right(300).constData());
}

// A client that pipelines requests and never reads: the server stops reading its requests once
// the unsent answers pass a bound, so its memory stays small (TCP flow control then stops the
// client) instead of queueing answers without end.
void TestHttp::unreadAnswersPauseReading() {
    const QUrl url = startServer();
    RawConnection connection(url);
    connection.socket().setReadBufferSize(64 * 1024); // the test itself does not read either
    QByteArray burst;
    for (int i = 0; i < 100; ++i)
        burst += "GET /api/v1/deployments HTTP/1.1\r\nHost: a\r\n" + kAuth + "\r\n";
    const qint64 before = rssKiB();
    qint64 peak = before;
    qint64 sent = 0;
    // Under AddressSanitizer freed memory is held in its quarantine (256 MB), so RSS does not
    // show what is live: there only the bytes the client could send tell the bound.
    while (sent < 32LL * 1024 * 1024 && (kAddressSanitizer || peak - before < kMemoryCeilingKiB)) {
        if (connection.socket().write(burst) < 0 || !connection.socket().waitForBytesWritten(2000))
            break;
        sent += burst.size();
        peak = qMax(peak, rssKiB());
    }
    QTest::qWait(500);
    peak = qMax(peak, rssKiB());
    if (!kAddressSanitizer)
        QVERIFY2(
            peak - before < 32 * 1024,
            qPrintable(QStringLiteral("%1 KiB more, %2 bytes sent").arg(peak - before).arg(sent)));
    QVERIFY2(sent < 32LL * 1024 * 1024, qPrintable(QString::number(sent)));
    // What was queued is answered once the client reads.
    const RawResponse first = connection.read();
    QCOMPARE(first.status, 200);
}

QTEST_GUILESS_MAIN(TestHttp)
#include "tst_http.moc"
