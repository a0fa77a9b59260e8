#pragma once

#include "httpmessage.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace vpw::sandbox {

using PathParams = QHash<QString, QString>;
using RouteHandler = std::function<HttpResponse(const HttpRequest &, const PathParams &)>;

// A small method + path-template router ("/api/v1/deployments/{deploymentId}"), so that an
// unknown path (404) and a known path with the wrong method (405 + Allow) can be told apart.
class Router {
public:
    void add(const QByteArray &method, const QString &pathTemplate, RouteHandler handler);

    struct Match {
        enum class Kind { Found, NotFound, MethodNotAllowed } kind = Kind::NotFound;
        const RouteHandler *handler = nullptr;
        QString pathTemplate; // of the matched path, also for 405
        PathParams params;
        QList<QByteArray> allowed; // for 405
    };
    Match match(const QByteArray &method, const QString &path) const;

    // The template a path matches ("/api/v1/deployments/{deploymentId}"), or empty.
    QString templateFor(const QString &path) const;

private:
    struct Route {
        QByteArray method;
        QString pathTemplate;
        QStringList segments;
        RouteHandler handler;
    };
    static bool matches(const Route &route, const QStringList &segments, PathParams *params);

    QList<Route> m_routes;
};

} // namespace vpw::sandbox
