// The v2.0 route API of the Huawei Cloud emulator (POST/GET /v2.0/vpc/routes): a route of type
// peering in the VPC's default route table, the same table the v1 route-table API shows.
#include "huaweiapi.h"
#include "huaweiemulator.h"

#include <QJsonDocument>
#include <QUuid>

namespace vpw::huawei::emu {

namespace {

using sandbox::HttpRequest;
using sandbox::HttpResponse;
using sandbox::PathParams;

QString str(const QJsonObject &o, const char *key) {
    return o.value(QLatin1String(key)).toString();
}

HttpResponse routeError(const Ctx *ctx, int status, const QString &message) {
    return error(Shape::Nested, status, QStringLiteral("VPC.0101"), message, ctx->requestId);
}

// The operator's VPC's default route table, empty when there is none.
QJsonObject defaultTable(const Ctx *ctx, const QString &vpcId) {
    for (const QJsonObject &table : ctx->store->all(kRouteTable)) {
        if (str(table, "vpc_id") == vpcId && table.value(QStringLiteral("default")).toBool())
            return table;
    }
    return {};
}

// A route's v2.0 ID: stable, derived from its table and destination (a destination is unique
// in a table), so a route added through v1 has one too.
QString routeId(const QString &tableId, const QString &destination) {
    static const QUuid kNamespace(QStringLiteral("6f1c1c2e-4b8a-4f3e-9a51-2c7d0e5b9a11"));
    return QUuid::createUuidV5(kNamespace, tableId + u'/' + destination)
        .toString(QUuid::WithoutBraces);
}

QJsonObject routeView(const QJsonObject &table, const QJsonObject &route) {
    return {{QStringLiteral("id"), routeId(str(table, "id"), str(route, "destination"))},
            {QStringLiteral("type"), str(route, "type")},
            {QStringLiteral("nexthop"), str(route, "nexthop")},
            {QStringLiteral("destination"), str(route, "destination")},
            {QStringLiteral("vpc_id"), str(table, "vpc_id")},
            {QStringLiteral("tenant_id"), QLatin1String(kOperatorProject)}};
}

// Every route of the operator's default tables, in the v2.0 shape.
QList<QJsonObject> allRoutes(const Ctx *ctx) {
    QList<QJsonObject> out;
    for (const QJsonObject &table : ctx->store->all(kRouteTable)) {
        if (!table.value(QStringLiteral("default")).toBool())
            continue;
        const QJsonObject vpc = ctx->store->get(kVpc, str(table, "vpc_id"));
        if (str(vpc, "project_id") != QLatin1String(kOperatorProject))
            continue;
        for (const QJsonValue &route : table.value(QStringLiteral("routes")).toArray())
            out.append(routeView(table, route.toObject()));
    }
    return out;
}

HttpResponse createRoute(Ctx *ctx, const HttpRequest &request) {
    const QJsonObject route =
        QJsonDocument::fromJson(request.body).object().value(QStringLiteral("route")).toObject();
    const QString vpcId = str(route, "vpc_id");
    for (const char *key : {"type", "nexthop", "destination", "vpc_id"}) {
        if (str(route, key).isEmpty())
            return routeError(ctx, 400, QStringLiteral("%1 is required.").arg(QLatin1String(key)));
    }
    const QJsonObject vpc = ctx->store->get(kVpc, vpcId);
    QJsonObject table = defaultTable(ctx, vpcId);
    if (vpc.isEmpty() || str(vpc, "project_id") != QLatin1String(kOperatorProject) ||
        table.isEmpty())
        return routeError(ctx, 404, QStringLiteral("The VPC %1 does not exist.").arg(vpcId));
    QJsonArray routes = table.value(QStringLiteral("routes")).toArray();
    if (const QString refusal = routeRefusal(ctx, routes, route); !refusal.isEmpty())
        return routeError(ctx, 400, refusal);
    // The peering must connect this VPC (its next hop is the VPC's side of it).
    const QJsonObject peering = ctx->store->get(kPeering, str(route, "nexthop"));
    const auto side = [&peering](const char *key) {
        return peering.value(QLatin1String(key)).toObject().value(QStringLiteral("vpc_id"));
    };
    if (side("request_vpc_info").toString() != vpcId && side("accept_vpc_info").toString() != vpcId)
        return routeError(ctx, 400,
                          QStringLiteral("The peering %1 does not connect the VPC %2.")
                              .arg(str(route, "nexthop"), vpcId));
    const QJsonObject stored{{QStringLiteral("type"), str(route, "type")},
                             {QStringLiteral("destination"), str(route, "destination")},
                             {QStringLiteral("nexthop"), str(route, "nexthop")},
                             {QStringLiteral("description"), QString()}};
    routes.append(stored);
    table.insert(QStringLiteral("routes"), routes);
    ctx->store->put(kRouteTable, str(table, "id"), table);
    ctx->changed = true;
    return json(200, {{QStringLiteral("route"), routeView(table, stored)}});
}

HttpResponse listRoutes(Ctx *ctx, const HttpRequest &request) {
    const auto filter = [&request](const char *name) {
        return request.query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    QList<QJsonObject> matching;
    for (const QJsonObject &route : allRoutes(ctx)) {
        bool keep = true;
        for (const char *name : {"vpc_id", "type", "destination", "id"})
            keep = keep && (filter(name).isEmpty() || str(route, name) == filter(name));
        if (keep)
            matching.append(route);
    }
    bool ok = false;
    int limit = filter("limit").toInt(&ok);
    if (!ok || limit <= 0)
        limit = 2000;
    const QList<QJsonObject> page = pageAfter(matching, filter("marker"), limit);
    QJsonArray routes;
    for (const QJsonObject &route : page)
        routes.append(route);
    QJsonArray links;
    if (page.size() == limit && !page.isEmpty() && page.last() != matching.last())
        links.append(QJsonObject{
            {QStringLiteral("rel"), QStringLiteral("next")},
            {QStringLiteral("href"), QStringLiteral("/v2.0/vpc/routes?limit=%1&marker=%2")
                                         .arg(limit)
                                         .arg(str(page.last(), "id"))}});
    return json(200, {{QStringLiteral("routes"), routes}, {QStringLiteral("routes_links"), links}});
}

HttpResponse showRoute(Ctx *ctx, const PathParams &params) {
    const QString id = params.value(QStringLiteral("route_id"));
    for (const QJsonObject &route : allRoutes(ctx)) {
        if (str(route, "id") == id)
            return json(200, {{QStringLiteral("route"), route}});
    }
    return routeError(ctx, 404, QStringLiteral("The route %1 does not exist.").arg(id));
}

} // namespace

void registerV2RouteRoutes(sandbox::Router &router, Ctx *ctx) {
    router.add("POST", QStringLiteral("/v2.0/vpc/routes"),
               [ctx](const HttpRequest &r, const PathParams &) { return createRoute(ctx, r); });
    router.add("GET", QStringLiteral("/v2.0/vpc/routes"),
               [ctx](const HttpRequest &r, const PathParams &) { return listRoutes(ctx, r); });
    router.add("GET", QStringLiteral("/v2.0/vpc/routes/{route_id}"),
               [ctx](const HttpRequest &, const PathParams &p) { return showRoute(ctx, p); });
}

} // namespace vpw::huawei::emu
