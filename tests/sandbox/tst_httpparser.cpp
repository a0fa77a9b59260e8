// HttpParser on its own, without a socket: the same bytes give the same requests however they
// are cut into pieces, it never asks for more than its limits allow, and the RFC 9112 rules on
// the head (Host, bare CR, NUL, versions, Connection).
#include "app/sandbox/httpparser.h"

#include <QTest>

using namespace vpw::sandbox;

namespace {

// Feeds `bytes` in pieces of `piece` bytes, parsing after each; the requests and the refusal.
struct Parsed {
    QList<ParsedRequest> requests;
    int refusal = 0;
};
Parsed parseInPieces(const QByteArray &bytes, qsizetype piece, ParserLimits limits = {}) {
    HttpParser parser(limits);
    Parsed parsed;
    for (qsizetype at = 0; at < bytes.size() && parsed.refusal == 0; at += piece) {
        parser.feed(bytes.mid(at, piece));
        for (;;) {
            const HttpParser::Result result = parser.parse();
            if (result == HttpParser::Result::Request) {
                parsed.requests.append(parser.takeRequest());
                continue;
            }
            if (result == HttpParser::Result::Refusal)
                parsed.refusal = parser.refusal().status;
            break;
        }
    }
    return parsed;
}

const QByteArray kPipelined = "GET /api/v1/deployments?page=2 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                              "\r\n" // a stray line break between requests
                              "POST /api/v1/x%2Fy/z/ HTTP/1.1\nHost: h:80\nContent-Length: 5\n\n"
                              "{\"a\"}"
                              "HEAD / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n";

} // namespace

class TestHttpParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pipelinedRequestsInAnyPieces_data();
    void pipelinedRequestsInAnyPieces();
    void headRules_data();
    void headRules();
    void connectionPersistence_data();
    void connectionPersistence();
    void continueIsAskedOnce();
    void refusalIsFinal();
    void roomBoundsTheBuffer();
};

void TestHttpParser::pipelinedRequestsInAnyPieces_data() {
    QTest::addColumn<int>("piece");
    for (const int piece : {1, 2, 7, 64, 100000})
        QTest::newRow(qPrintable(QStringLiteral("%1 byte pieces").arg(piece))) << piece;
}

void TestHttpParser::pipelinedRequestsInAnyPieces() {
    QFETCH(int, piece);
    const Parsed parsed = parseInPieces(kPipelined, piece);
    QCOMPARE(parsed.refusal, 0);
    QCOMPARE(parsed.requests.size(), 3);
    const HttpRequest &get = parsed.requests.at(0).request;
    QCOMPARE(get.method, QByteArray("GET"));
    QCOMPARE(get.path, QStringLiteral("/api/v1/deployments"));
    QCOMPARE(get.query.queryItemValue(QStringLiteral("page")), QStringLiteral("2"));
    const HttpRequest &post = parsed.requests.at(1).request;
    QCOMPARE(post.path, QStringLiteral("/api/v1/x%2Fy/z"));
    QCOMPARE(post.body, QByteArray("{\"a\"}"));
    QCOMPARE(post.header("host"), QByteArray("h:80"));
    const ParsedRequest &head = parsed.requests.at(2);
    QVERIFY(head.head);
    QCOMPARE(head.request.method, QByteArray("GET"));
    QVERIFY(head.http10);
    QVERIFY(head.keepAlive);
}

void TestHttpParser::headRules_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("refusal"); // 0: parsed as a request

    const QByteArray line = "GET / HTTP/1.1\r\n";
    QTest::newRow("Host") << line + "Host: example.com:8080\r\n\r\n" << 0;
    QTest::newRow("empty Host") << line + "Host:\r\n\r\n" << 0;
    QTest::newRow("IPv6 Host") << line + "Host: [::1]:80\r\n\r\n" << 0;
    QTest::newRow("no Host") << line + "Accept: */*\r\n\r\n" << 400;
    QTest::newRow("two Host headers") << line + "Host: a\r\nHost: a\r\n\r\n" << 400;
    QTest::newRow("two Host, other case") << line + "Host: a\r\nhOsT: b\r\n\r\n" << 400;
    QTest::newRow("Host with a space") << line + "Host: a b\r\n\r\n" << 400;
    QTest::newRow("Host with a user") << line + "Host: u@a\r\n\r\n" << 400;
    QTest::newRow("HTTP/1.0 without Host") << QByteArray("GET / HTTP/1.0\r\n\r\n") << 0;
    QTest::newRow("HTTP/1.0 with two Host")
        << QByteArray("GET / HTTP/1.0\r\nHost: a\r\nHost: b\r\n\r\n") << 400;
    QTest::newRow("bare CR in a value") << line + "Host: a\r\nX-A: a\rb\r\n\r\n" << 400;
    QTest::newRow("CR at the end of a value") << line + "Host: a\r\nX-A: ab\r\r\n\r\n" << 400;
    QTest::newRow("NUL in a value")
        << line + "Host: a\r\nX-A: a" + QByteArray(1, '\0') + "b\r\n\r\n"
        << 400;
    QTest::newRow("bare CR in the request line")
        << QByteArray("GET /\r HTTP/1.1\r\nHost: a\r\n\r\n") << 400;
    QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\nHost: a\r\n\r\n") << 505;
    QTest::newRow("no target") << QByteArray("GET  HTTP/1.1\r\nHost: a\r\n\r\n") << 400;
    QTest::newRow("asterisk target") << QByteArray("OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n") << 400;
    QTest::newRow("Transfer-Encoding") << line + "Host: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                                       << 501;
    QTest::newRow("body too large") << line + "Host: a\r\nContent-Length: 65537\r\n\r\n" << 413;
    QTest::newRow("Content-Length +1") << line + "Host: a\r\nContent-Length: +1\r\n\r\nx" << 400;
}

void TestHttpParser::headRules() {
    QFETCH(QByteArray, bytes);
    QFETCH(int, refusal);
    const Parsed parsed = parseInPieces(bytes, bytes.size());
    QCOMPARE(parsed.refusal, refusal);
    QCOMPARE(parsed.requests.size(), refusal == 0 ? 1 : 0);
}

void TestHttpParser::connectionPersistence_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("keepAlive");
    QTest::addColumn<bool>("http10");

    QTest::newRow("1.1") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\r\n") << true << false;
    QTest::newRow("1.1 close") << QByteArray(
                                      "GET / HTTP/1.1\r\nHost: a\r\nConnection: Close\r\n\r\n")
                               << false << false;
    QTest::newRow("1.0") << QByteArray("GET / HTTP/1.0\r\nHost: a\r\n\r\n") << false << true;
    QTest::newRow("1.0 Keep-Alive")
        << QByteArray("GET / HTTP/1.0\r\nHost: a\r\nConnection: Keep-Alive\r\n\r\n") << true
        << true;
}

void TestHttpParser::connectionPersistence() {
    QFETCH(QByteArray, bytes);
    QFETCH(bool, keepAlive);
    QFETCH(bool, http10);
    const Parsed parsed = parseInPieces(bytes, 3);
    QCOMPARE(parsed.requests.size(), 1);
    QCOMPARE(parsed.requests.at(0).keepAlive, keepAlive);
    QCOMPARE(parsed.requests.at(0).http10, http10);
}

void TestHttpParser::continueIsAskedOnce() {
    HttpParser parser;
    parser.feed("POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n");
    QCOMPARE(parser.parse(), HttpParser::Result::NeedMore);
    QVERIFY(parser.takeContinue());
    QVERIFY(!parser.takeContinue());
    parser.feed("{}");
    QCOMPARE(parser.parse(), HttpParser::Result::Request);
    QCOMPARE(parser.takeRequest().request.body, QByteArray("{}"));
    QCOMPARE(parser.parse(), HttpParser::Result::NeedMore);
}

void TestHttpParser::refusalIsFinal() {
    HttpParser parser;
    parser.feed("BROKEN\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n");
    QCOMPARE(parser.parse(), HttpParser::Result::Refusal);
    QCOMPARE(parser.refusal().status, 400);
    parser.feed("GET / HTTP/1.1\r\nHost: a\r\n\r\n");
    QCOMPARE(parser.parse(), HttpParser::Result::Refusal);
    QCOMPARE(parser.buffered(), 0);
}

// A caller that feeds no more than room() never buffers more than the limits, however much
// is sent: an endless header line is refused at the limit, a declared body is read exactly.
void TestHttpParser::roomBoundsTheBuffer() {
    HttpParser parser;
    parser.feed("GET / HTTP/1.1\r\nX-Endless: ");
    qsizetype fed = 0;
    HttpParser::Result result = parser.parse();
    while (result == HttpParser::Result::NeedMore && fed < 1024 * 1024) {
        const qsizetype room = parser.room();
        QVERIFY(room > 0);
        parser.feed(QByteArray(qMin<qsizetype>(room, 4096), 'a'));
        fed += qMin<qsizetype>(room, 4096);
        QVERIFY(parser.buffered() <= 16 * 1024 + 1);
        result = parser.parse();
    }
    QCOMPARE(result, HttpParser::Result::Refusal);
    QCOMPARE(parser.refusal().status, 431);
    QVERIFY(fed <= 16 * 1024);

    HttpParser body;
    body.feed("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\n");
    QCOMPARE(body.parse(), HttpParser::Result::NeedMore);
    QCOMPARE(body.room(), 10);
}

QTEST_GUILESS_MAIN(TestHttpParser)
#include "tst_httpparser.moc"
