// Route tables, security groups and security-group rules of the Huawei Cloud emulator.
#include "huaweiapi.h"
#include "huaweiemulator.h"

#include <QJsonDocument>

namespace vpw::huawei::emu {

namespace {

using sandbox::HttpRequest;
using sandbox::HttpResponse;
using sandbox::PathParams;

QString str(const QJsonObject &o, const char *key) {
    return o.value(QLatin1String(key)).toString();
}

bool ownProject(const PathParams &params) {
    return params.value(QStringLiteral("project_id")) == QLatin1String(kOperatorProject);
}

HttpResponse wrongProject(const Ctx *ctx) {
    return error(Shape::V1, 400, QStringLiteral("VPC.0007"),
                 QStringLiteral("urlTenantId is not equal to tokenTenantId."), ctx->requestId);
}

HttpResponse badParameter(const Ctx *ctx, const QString &message) {
    return error(Shape::V1, 400, QStringLiteral("VPC.0101"), message, ctx->requestId);
}

HttpResponse listRouteTables(Ctx *ctx, const HttpRequest &request, const PathParams &params) {
    if (!ownProject(params))
        return wrongProject(ctx);
    const QString vpcId = request.query.queryItemValue(QStringLiteral("vpc_id"));
    QJsonArray tables;
    for (const QJsonObject &table : ctx->store->all(kRouteTable)) {
        if (vpcId.isEmpty() || str(table, "vpc_id") == vpcId)
            tables.append(table);
    }
    return json(200, {{QStringLiteral("routetables"), tables}});
}

HttpResponse routeTableNotFound(const Ctx *ctx) {
    return error(Shape::V1, 404, QStringLiteral("VPC.1801"),
                 QStringLiteral("The route table does not exist."), ctx->requestId);
}

HttpResponse showRouteTable(Ctx *ctx, const PathParams &params) {
    if (!ownProject(params))
        return wrongProject(ctx);
    const QJsonObject table = ctx->store->get(kRouteTable, params.value(QStringLiteral("id")));
    if (table.isEmpty())
        return routeTableNotFound(ctx);
    return json(200, {{QStringLiteral("routetable"), table}});
}

HttpResponse updateRouteTable(Ctx *ctx, const HttpRequest &request, const PathParams &params) {
    if (!ownProject(params))
        return wrongProject(ctx);
    const QString id = params.value(QStringLiteral("id"));
    QJsonObject table = ctx->store->get(kRouteTable, id);
    if (table.isEmpty())
        return routeTableNotFound(ctx);
    const QJsonObject body = QJsonDocument::fromJson(request.body)
                                 .object()
                                 .value(QStringLiteral("routetable"))
                                 .toObject();
    QJsonArray routes = table.value(QStringLiteral("routes")).toArray();
    const QJsonArray add =
        body.value(QStringLiteral("routes")).toObject().value(QStringLiteral("add")).toArray();
    for (const QJsonValue &value : add) {
        const QJsonObject route = value.toObject();
        const QString type = str(route, "type");
        const QString destination = str(route, "destination");
        const QString nexthop = str(route, "nexthop");
        if (type != QLatin1String("peering"))
            return badParameter(ctx, QStringLiteral("Only routes of type peering are emulated."));
        if (destination.isEmpty() || nexthop.isEmpty())
            return badParameter(ctx, QStringLiteral("destination and nexthop are required."));
        const QJsonObject peering = ctx->store->get(kPeering, nexthop);
        if (peering.isEmpty())
            return badParameter(ctx,
                                QStringLiteral("The next hop %1 is not a peering.").arg(nexthop));
        if (str(peering, "status") != QLatin1String("ACTIVE"))
            return badParameter(ctx, QStringLiteral("The peering %1 is not ACTIVE (%2).")
                                         .arg(nexthop, str(peering, "status")));
        for (const QJsonValue &existing : std::as_const(routes)) {
            if (str(existing.toObject(), "destination") == destination)
                return badParameter(ctx, QStringLiteral("A route to %1 already exists in the "
                                                        "route table.")
                                             .arg(destination));
        }
        if (routes.size() >= 200)
            return badParameter(ctx, QStringLiteral("The route table holds 200 routes already."));
        routes.append(QJsonObject{{QStringLiteral("type"), type},
                                  {QStringLiteral("destination"), destination},
                                  {QStringLiteral("nexthop"), nexthop},
                                  {QStringLiteral("description"), str(route, "description")}});
    }
    table.insert(QStringLiteral("routes"), routes);
    ctx->store->put(kRouteTable, id, table);
    ctx->changed = true;
    return json(200, {{QStringLiteral("routetable"), table}});
}

QJsonArray rulesOf(const Ctx *ctx, const QString &groupId) {
    QJsonArray rules;
    for (const QJsonObject &rule : ctx->store->all(kRule)) {
        if (groupId.isEmpty() || str(rule, "security_group_id") == groupId)
            rules.append(rule);
    }
    return rules;
}

HttpResponse listSecurityGroups(Ctx *ctx, const HttpRequest &request, const PathParams &params) {
    if (!ownProject(params))
        return wrongProject(ctx);
    const QString vpcId = request.query.queryItemValue(QStringLiteral("vpc_id"));
    QJsonArray groups;
    for (QJsonObject group : ctx->store->all(kSecurityGroup)) {
        if (!vpcId.isEmpty() && str(group, "vpc_id") != vpcId)
            continue;
        group.insert(QStringLiteral("security_group_rules"), rulesOf(ctx, str(group, "id")));
        groups.append(group);
    }
    return json(200, {{QStringLiteral("security_groups"), groups}});
}

bool sameRule(const QJsonObject &a, const QJsonObject &b) {
    for (const char *key :
         {"security_group_id", "direction", "ethertype", "protocol", "remote_ip_prefix"}) {
        if (str(a, key) != str(b, key))
            return false;
    }
    return a.value(QStringLiteral("port_range_min")) == b.value(QStringLiteral("port_range_min")) &&
           a.value(QStringLiteral("port_range_max")) == b.value(QStringLiteral("port_range_max"));
}

HttpResponse createRule(Ctx *ctx, const HttpRequest &request, const PathParams &params) {
    if (!ownProject(params))
        return wrongProject(ctx);
    const QJsonObject in = QJsonDocument::fromJson(request.body)
                               .object()
                               .value(QStringLiteral("security_group_rule"))
                               .toObject();
    const QString groupId = str(in, "security_group_id");
    if (!ctx->store->contains(kSecurityGroup, groupId))
        return error(Shape::V1, 404, QStringLiteral("VPC.0602"),
                     QStringLiteral("The security group does not exist."), ctx->requestId);
    const QString direction = str(in, "direction");
    if (direction != QLatin1String("ingress") && direction != QLatin1String("egress"))
        return badParameter(ctx, QStringLiteral("direction must be ingress or egress."));
    QJsonObject rule{{QStringLiteral("id"), newUuid()},
                     {QStringLiteral("security_group_id"), groupId},
                     {QStringLiteral("direction"), direction},
                     {QStringLiteral("ethertype"), str(in, "ethertype").isEmpty()
                                                       ? QStringLiteral("IPv4")
                                                       : str(in, "ethertype")},
                     {QStringLiteral("protocol"), str(in, "protocol")},
                     {QStringLiteral("port_range_min"), in.value(QStringLiteral("port_range_min"))},
                     {QStringLiteral("port_range_max"), in.value(QStringLiteral("port_range_max"))},
                     {QStringLiteral("remote_ip_prefix"), str(in, "remote_ip_prefix")},
                     {QStringLiteral("description"), str(in, "description")},
                     {QStringLiteral("tenant_id"), QLatin1String(kOperatorProject)},
                     {QStringLiteral("created_at"), isoTime(ctx->nowMs)}};
    // Unlike Alibaba Cloud, a duplicate rule is an error (code not confirmed by a source: the
    // emulator's choice, see docs/providers-emulated.md).
    for (const QJsonValue &existing : rulesOf(ctx, groupId)) {
        if (sameRule(existing.toObject(), rule))
            return error(Shape::V1, 409, QStringLiteral("VPC.0604"),
                         QStringLiteral("Security group rule already exists: %1.")
                             .arg(str(existing.toObject(), "id")),
                         ctx->requestId);
    }
    ctx->store->put(kRule, str(rule, "id"), rule);
    ctx->changed = true;
    return json(200, {{QStringLiteral("security_group_rule"), rule}});
}

HttpResponse listRules(Ctx *ctx, const HttpRequest &request, const PathParams &params, bool v3) {
    if (!ownProject(params))
        return wrongProject(ctx);
    const QJsonArray rules =
        rulesOf(ctx, request.query.queryItemValue(QStringLiteral("security_group_id")));
    if (!v3)
        return json(200, {{QStringLiteral("security_group_rules"), rules}});
    QJsonArray out;
    for (const QJsonValue &value : rules) { // v3: action, priority, multiport
        QJsonObject rule = value.toObject();
        const QJsonValue min = rule.take(QStringLiteral("port_range_min"));
        const QJsonValue max = rule.take(QStringLiteral("port_range_max"));
        rule.insert(QStringLiteral("multiport"),
                    min == max ? QString::number(min.toInt())
                               : QStringLiteral("%1-%2").arg(min.toInt()).arg(max.toInt()));
        rule.insert(QStringLiteral("action"), QStringLiteral("allow"));
        rule.insert(QStringLiteral("priority"), 1);
        out.append(rule);
    }
    return json(200, {{QStringLiteral("request_id"), ctx->requestId},
                      {QStringLiteral("security_group_rules"), out},
                      {QStringLiteral("page_info"),
                       QJsonObject{{QStringLiteral("current_count"), out.size()}}}});
}

} // namespace

void registerNetworkRoutes(sandbox::Router &router, Ctx *ctx) {
    router.add(
        "GET", QStringLiteral("/v1/{project_id}/routetables"),
        [ctx](const HttpRequest &r, const PathParams &p) { return listRouteTables(ctx, r, p); });
    router.add("GET", QStringLiteral("/v1/{project_id}/routetables/{id}"),
               [ctx](const HttpRequest &, const PathParams &p) { return showRouteTable(ctx, p); });
    router.add(
        "PUT", QStringLiteral("/v1/{project_id}/routetables/{id}"),
        [ctx](const HttpRequest &r, const PathParams &p) { return updateRouteTable(ctx, r, p); });
    router.add(
        "GET", QStringLiteral("/v1/{project_id}/security-groups"),
        [ctx](const HttpRequest &r, const PathParams &p) { return listSecurityGroups(ctx, r, p); });
    router.add("POST", QStringLiteral("/v1/{project_id}/security-group-rules"),
               [ctx](const HttpRequest &r, const PathParams &p) { return createRule(ctx, r, p); });
    router.add(
        "GET", QStringLiteral("/v1/{project_id}/security-group-rules"),
        [ctx](const HttpRequest &r, const PathParams &p) { return listRules(ctx, r, p, false); });
    router.add(
        "GET", QStringLiteral("/v3/{project_id}/vpc/security-group-rules"),
        [ctx](const HttpRequest &r, const PathParams &p) { return listRules(ctx, r, p, true); });
}

} // namespace vpw::huawei::emu
