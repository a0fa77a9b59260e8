#include "httplistener.h"

#include <QHttpServerRequest>

namespace vpw::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method) {
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QString normalizedPath(const QUrl &url) {
    QString path = url.path();
    if (path.isEmpty())
        return QStringLiteral("/");
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    return path;
}

} // namespace

HttpListener::HttpListener(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler)) {}

bool HttpListener::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) {
    HttpRequest copy;
    copy.method = methodName(request.method());
    copy.path = normalizedPath(request.url());
    copy.query = request.query();
    copy.headers = request.headers();
    copy.body = request.body();
    m_handler(std::move(copy), socket);
    return true; // every request is answered by the handler (404 included)
}

void HttpListener::missingHandler(const QHttpServerRequest &, QTcpSocket *) {
    // Never reached: handleRequest() accepts every request.
}

} // namespace vpw::sandbox
