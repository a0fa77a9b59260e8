#include "httpmessage.h"

#include <QLocale>

namespace vpw::sandbox {

QByteArray HttpRequest::header(const QByteArray &name) const {
    for (const auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return entry.second;
    }
    return {};
}

bool HttpRequest::hasHeader(const QByteArray &name) const {
    for (const auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

HttpResponse HttpResponse::json(int status, const QJsonDocument &document) {
    HttpResponse response;
    response.status = status;
    response.body = document.toJson(QJsonDocument::Compact);
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    return response;
}

HttpResponse HttpResponse::empty(int status) {
    HttpResponse response;
    response.status = status;
    return response;
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value) {
    for (auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0) {
            entry.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray &name) const {
    for (const auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return entry.second;
    }
    return {};
}

QByteArray httpDate(const QDateTime &time) {
    // The C locale: day and month names must be English whatever the process locale is.
    return QLocale::c()
        .toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return status >= 500 ? "Server Error" : "Status";
    }
}

QByteArray serializeResponse(const HttpResponse &response, BodyDelivery delivery, bool omitBody,
                             ConnectionHeader connection) {
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                     reasonPhrase(response.status) + "\r\n";
    for (const auto &entry : response.headers)
        out += entry.first + ": " + entry.second + "\r\n";
    // 1xx, 204 and 304 have no body and no Content-Length (RFC 7230 §3.3.2).
    const bool bodyless = response.status == 204 || response.status == 304;
    if (!bodyless)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (connection == ConnectionHeader::Close || delivery == BodyDelivery::Truncated)
        out += "Connection: close\r\n";
    else if (connection == ConnectionHeader::KeepAlive)
        out += "Connection: keep-alive\r\n";
    out += "\r\n";
    if (!bodyless && !omitBody) {
        out += delivery == BodyDelivery::Truncated ? response.body.left(response.body.size() / 2)
                                                   : response.body;
    }
    return out;
}

} // namespace vpw::sandbox
