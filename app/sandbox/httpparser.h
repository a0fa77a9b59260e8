#pragma once

#include "httpmessage.h"

#include <QByteArray>
#include <QString>

namespace vpw::sandbox {

// What one request may cost, enforced while parsing (never after buffering).
struct ParserLimits {
    qsizetype maxHeaderBytes = 16 * 1024; // request line + headers; else 431
    int maxHeaderLines = 100;             // else 431
    qsizetype maxBodyBytes = 64 * 1024;   // declared Content-Length; else 413
};

// One request as the parser read it, with what the connection must do about it.
struct ParsedRequest {
    HttpRequest request;
    bool head = false;      // HEAD: answer without the body (request.method says "GET")
    bool http10 = false;    // HTTP/1.0
    bool keepAlive = false; // keep the connection open after the answer
};

// Why the parser gave up; the connection answers `status` and closes.
struct ParseRefusal {
    int status = 0;
    QString message;
};

// The sandbox's HTTP/1.1 request parser: a pure object, fed bytes as they arrive, with no
// socket, timer or event loop, so the listener and the fuzz target (tests/fuzz) drive the very
// same code. parse() answers "need more bytes", "a request is complete" (take it with
// takeRequest(); bytes after it stay buffered for the next, pipelined one) or "refused" (final:
// every later parse() answers the same refusal).
//
// Rules (RFC 9112):
// - Stray empty lines before a request line are skipped (§2.2); a line may end in LF alone.
// - The request line is "method SP target SP version" with a token method and a target in
//   origin or absolute form; else 400. Versions other than HTTP/1.1 and HTTP/1.0: 505.
// - The request line and headers together at most maxHeaderBytes, at most maxHeaderLines
//   header lines (431). A header line without a colon, with whitespace before it or folded
//   onto the previous one is 400. A bare CR or a NUL anywhere in the head is 400 (§2.2).
// - Host (§3.2): an HTTP/1.1 request without one, any request with two, or one whose value is
//   not a host[:port], is 400.
// - Transfer-Encoding is 501; Content-Length must be digits (duplicates must agree), else 400;
//   above maxBodyBytes, 413.
// - Connection: HTTP/1.1 keeps the connection unless "close" is listed; HTTP/1.0 keeps it only
//   when "keep-alive" is listed (and the answer must then say so).
// - The path is percent-decoded segment by segment; an encoded slash stays "%2F" inside its
//   segment, so it never separates segments. No trailing slash, except for "/" itself.
class HttpParser {
public:
    enum class Result { NeedMore, Request, Refusal };

    explicit HttpParser(ParserLimits limits = {});

    void feed(const char *data, qsizetype size);
    void feed(const QByteArray &bytes) { feed(bytes.constData(), bytes.size()); }
    // Parses what is buffered.
    Result parse();
    // After Request: the request (the parser then waits for the next one).
    ParsedRequest takeRequest();
    // After Refusal.
    const ParseRefusal &refusal() const { return m_refusal; }
    // true once per request whose head asked "Expect: 100-continue" and whose body has not
    // arrived yet: the caller sends "100 Continue".
    bool takeContinue();

    // Bytes fed and not yet consumed by a request.
    qsizetype buffered() const { return m_buffer.size() - m_pos; }
    // How many more bytes the parser may need to finish the request it is reading: the caller
    // never has to buffer more than this for it.
    qsizetype room() const;
    // Whether part of a request (beyond stray line breaks) has arrived.
    bool midRequest() const { return m_started || buffered() > 0; }

private:
    enum class Phase { Head, Body, Refused };

    Result readHead();
    bool startRequest(const QByteArray &line);
    bool addHeader(const QByteArray &line);
    bool headComplete();
    Result refuse(int status, const QString &message);
    void compact();

    ParserLimits m_limits;
    QByteArray m_buffer;
    qsizetype m_pos = 0; // start of what is not consumed yet
    Phase m_phase = Phase::Head;
    ParsedRequest m_current;
    bool m_started = false; // the request line was read
    qsizetype m_headBytes = 0;
    int m_headerLines = 0;
    qint64 m_bodyLength = 0;
    bool m_expectContinue = false;
    bool m_ready = false; // a request is complete and not taken yet
    ParsedRequest m_done;
    ParseRefusal m_refusal;
};

} // namespace vpw::sandbox
