#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QTcpSocket>
#include <QUrlQuery>

namespace vpw::sandbox {

// A request as HttpListener read it; a value, so it can outlive the handler call (latency
// faults answer later).
struct HttpRequest {
    QByteArray method; // "GET", "POST", ... as sent (HEAD arrives as GET)
    QString path;      // decoded path, without a trailing slash (except "/"); "%2F" kept
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // The first header named `name` (case-insensitive), or a null QByteArray.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
};

struct HttpResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HttpResponse json(int status, const QJsonDocument &document);
    static HttpResponse empty(int status);
    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
};

// How the body is put on the wire.
enum class BodyDelivery {
    Complete,
    Truncated, // Content-Length announces the whole body; half of it is sent, then close
};

// RFC 7231 IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT").
QByteArray httpDate(const QDateTime &time);
QByteArray reasonPhrase(int status);

// What the answer's Connection header says about the connection.
enum class ConnectionHeader {
    None,      // HTTP/1.1 keeps it open by default
    KeepAlive, // an HTTP/1.0 client that asked for keep-alive: it stays open
    Close,     // closed after the answer
};

// The response as HTTP/1.1 bytes. `omitBody`: the answer to a HEAD (Content-Length kept, no
// body). A truncated body always announces "Connection: close".
QByteArray serializeResponse(const HttpResponse &response, BodyDelivery delivery, bool omitBody,
                             ConnectionHeader connection);

} // namespace vpw::sandbox
