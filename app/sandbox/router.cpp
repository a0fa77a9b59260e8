#include "router.h"

namespace vpw::sandbox {

namespace {

QStringList splitPath(const QString &path) {
    return path.split(u'/', Qt::SkipEmptyParts);
}

bool isParameter(const QString &segment) {
    return segment.size() > 2 && segment.startsWith(u'{') && segment.endsWith(u'}');
}

} // namespace

void Router::add(const QByteArray &method, const QString &pathTemplate, RouteHandler handler) {
    m_routes.append({method, pathTemplate, splitPath(pathTemplate), std::move(handler)});
}

bool Router::matches(const Route &route, const QStringList &segments, PathParams *params) {
    if (route.segments.size() != segments.size())
        return false;
    PathParams found;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &expected = route.segments.at(i);
        if (isParameter(expected))
            found.insert(expected.mid(1, expected.size() - 2), segments.at(i));
        else if (expected != segments.at(i))
            return false;
    }
    if (params)
        *params = std::move(found);
    return true;
}

Router::Match Router::match(const QByteArray &method, const QString &path) const {
    const QStringList segments = splitPath(path);
    Match result;
    for (const Route &route : m_routes) {
        PathParams params;
        if (!matches(route, segments, &params))
            continue;
        result.pathTemplate = route.pathTemplate;
        if (route.method == method) {
            result.kind = Match::Kind::Found;
            result.handler = &route.handler;
            result.params = std::move(params);
            return result;
        }
        result.kind = Match::Kind::MethodNotAllowed;
        result.allowed.append(route.method);
    }
    return result;
}

QString Router::templateFor(const QString &path) const {
    const QStringList segments = splitPath(path);
    for (const Route &route : m_routes) {
        if (matches(route, segments, nullptr))
            return route.pathTemplate;
    }
    return {};
}

} // namespace vpw::sandbox
