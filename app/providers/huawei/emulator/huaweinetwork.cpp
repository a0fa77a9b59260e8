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

} // namespace

QString routeRefusal(const Ctx *ctx, const QJsonArray &routes, const QJsonObject &route) {
    const QString type = str(route, "type");
    const QString destination = str(route, "destination");
    const QString nexthop = str(route, "nexthop");
    if (type != QLatin1String("peering"))
        return QStringLiteral("Only routes of type peering are emulated.");
    if (destination.isEmpty() || nexthop.isEmpty())
        return QStringLiteral("destination and nexthop are required.");
    const QJsonObject peering = ctx->store->get(kPeering, nexthop);
    if (peering.isEmpty())
        return QStringLiteral("The next hop %1 is not a peering.").arg(nexthop);
    if (str(peering, "status") != QLatin1String("ACTIVE"))
        return QStringLiteral("The peering %1 is not ACTIVE (%2).")
            .arg(nexthop, str(peering, "status"));
    for (const QJsonValue &existing : routes) {
        if (str(existing.toObject(), "destination") == destination)
            return QStringLiteral("A route to %1 already exists in the route table.")
                .arg(destination);
    }
    if (routes.size() >= 200)
        return QStringLiteral("The route table holds 200 routes already.");
    return {};
}

namespace {

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
        if (const QString refusal = routeRefusal(ctx, routes, route); !refusal.isEmpty())
            return badParameter(ctx, refusal);
        routes.append(QJsonObject{{QStringLiteral("type"), str(route, "type")},
                                  {QStringLiteral("destination"), str(route, "destination")},
                                  {QStringLiteral("nexthop"), str(route, "nexthop")},
                                  {QStringLiteral("description"), str(route, "description")}});
    }
    // routes.del: each route named by its destination (and next hop, when given) must be in the
    // table, else nothing changes (the emulator's reading of Huawei's "route not found").
    const QJsonArray del =
        body.value(QStringLiteral("routes")).toObject().value(QStringLiteral("del")).toArray();
    for (const QJsonValue &value : del) {
        const QJsonObject route = value.toObject();
        const QString nexthop = str(route, "nexthop");
        qsizetype found = -1;
        for (qsizetype i = 0; i < routes.size() && found < 0; ++i) {
            const QJsonObject existing = routes.at(i).toObject();
            if (str(existing, "destination") == str(route, "destination") &&
                (nexthop.isEmpty() || str(existing, "nexthop") == nexthop))
                found = i;
        }
        if (found < 0)
            return badParameter(ctx, QStringLiteral("The route to %1 does not exist in the route "
                                                    "table.")
                                         .arg(str(route, "destination")));
        routes.removeAt(found);
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

QJsonObject v1View(QJsonObject rule);

HttpResponse listSecurityGroups(Ctx *ctx, const HttpRequest &request, const PathParams &params) {
    if (!ownProject(params))
        return wrongProject(ctx);
    const QString vpcId = request.query.queryItemValue(QStringLiteral("vpc_id"));
    QJsonArray groups;
    for (QJsonObject group : ctx->store->all(kSecurityGroup)) {
        if (!vpcId.isEmpty() && str(group, "vpc_id") != vpcId)
            continue;
        QJsonArray rules;
        for (const QJsonValue &rule : rulesOf(ctx, str(group, "id")))
            rules.append(v1View(rule.toObject()));
        group.insert(QStringLiteral("security_group_rules"), rules);
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
    // A rule without an action and priority (v1) is "allow" at priority 1.
    const auto action = [](const QJsonObject &r) {
        return r.value(QStringLiteral("action")).toString(QStringLiteral("allow"));
    };
    const auto priority = [](const QJsonObject &r) {
        return r.value(QStringLiteral("priority")).toInt(1);
    };
    return a.value(QStringLiteral("port_range_min")) == b.value(QStringLiteral("port_range_min")) &&
           a.value(QStringLiteral("port_range_max")) == b.value(QStringLiteral("port_range_max")) &&
           action(a) == action(b) && priority(a) == priority(b);
}

// "1883" or "8883-8884" as a port range; empty: every port. Comma lists are not emulated.
bool parseMultiport(const QString &text, QJsonValue *min, QJsonValue *max) {
    if (text.isEmpty()) {
        *min = *max = QJsonValue(QJsonValue::Null);
        return true;
    }
    const QStringList parts = text.split(u'-');
    bool ok1 = false;
    bool ok2 = false;
    const int low = parts.value(0).toInt(&ok1);
    const int high = parts.size() == 2 ? parts.value(1).toInt(&ok2) : low;
    if (!ok1 || (parts.size() == 2 && !ok2) || parts.size() > 2 || low < 1 || high > 65535 ||
        low > high)
        return false;
    *min = low;
    *max = high;
    return true;
}

QJsonObject v3View(QJsonObject rule) {
    const QJsonValue min = rule.take(QStringLiteral("port_range_min"));
    const QJsonValue max = rule.take(QStringLiteral("port_range_max"));
    rule.insert(QStringLiteral("multiport"),
                min.isNull() ? QString()
                : min == max ? QString::number(min.toInt())
                             : QStringLiteral("%1-%2").arg(min.toInt()).arg(max.toInt()));
    if (!rule.contains(QStringLiteral("action")))
        rule.insert(QStringLiteral("action"), QStringLiteral("allow"));
    if (!rule.contains(QStringLiteral("priority")))
        rule.insert(QStringLiteral("priority"), 1);
    rule.insert(QStringLiteral("project_id"), rule.take(QStringLiteral("tenant_id")));
    return rule;
}

QJsonObject v1View(QJsonObject rule) {
    rule.remove(QStringLiteral("action"));
    rule.remove(QStringLiteral("priority"));
    return rule;
}

// v1 (POST /v1/{project}/security-group-rules: ports as port_range_min/max, errors {code,
// message}, 200) or v3 (POST /v3/{project}/vpc/security-group-rules: multiport, action,
// priority, errors {error_code, error_msg, request_id}, 201).
HttpResponse createRule(Ctx *ctx, const HttpRequest &request, const PathParams &params, bool v3) {
    const Shape shape = v3 ? Shape::Gateway : Shape::V1;
    if (!ownProject(params))
        return error(shape, 400, QStringLiteral("VPC.0007"),
                     QStringLiteral("urlTenantId is not equal to tokenTenantId."), ctx->requestId);
    const auto refuse = [ctx, shape](const QString &message) {
        return error(shape, 400, QStringLiteral("VPC.0101"), message, ctx->requestId);
    };
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QJsonObject in = body.value(QStringLiteral("security_group_rule")).toObject();
    const QString groupId = str(in, "security_group_id");
    if (!ctx->store->contains(kSecurityGroup, groupId))
        return error(shape, 404, QStringLiteral("VPC.0602"),
                     QStringLiteral("The security group does not exist."), ctx->requestId);
    const QString direction = str(in, "direction");
    if (direction != QLatin1String("ingress") && direction != QLatin1String("egress"))
        return refuse(QStringLiteral("direction must be ingress or egress."));
    QJsonValue min = in.value(QStringLiteral("port_range_min"));
    QJsonValue max = in.value(QStringLiteral("port_range_max"));
    QJsonObject rule{{QStringLiteral("id"), newUuid()},
                     {QStringLiteral("security_group_id"), groupId},
                     {QStringLiteral("direction"), direction},
                     {QStringLiteral("ethertype"), str(in, "ethertype").isEmpty()
                                                       ? QStringLiteral("IPv4")
                                                       : str(in, "ethertype")},
                     {QStringLiteral("protocol"), str(in, "protocol")},
                     {QStringLiteral("remote_ip_prefix"), str(in, "remote_ip_prefix")},
                     {QStringLiteral("description"), str(in, "description")},
                     {QStringLiteral("tenant_id"), QLatin1String(kOperatorProject)},
                     {QStringLiteral("created_at"), isoTime(ctx->nowMs)}};
    if (v3) {
        if (!parseMultiport(str(in, "multiport"), &min, &max))
            return refuse(QStringLiteral("multiport must be one port or a range (a list of "
                                         "ports is not emulated)."));
        const QString action =
            str(in, "action").isEmpty() ? QStringLiteral("allow") : str(in, "action");
        // The SDK's model has the priority as a string ("1"-"100"); a number is accepted too.
        const QJsonValue given = in.value(QStringLiteral("priority"));
        const int priority = given.isUndefined() ? 1
                             : given.isString()  ? given.toString().toInt()
                                                 : given.toInt();
        if (action != QLatin1String("allow") && action != QLatin1String("deny"))
            return refuse(QStringLiteral("action must be allow or deny."));
        if (priority < 1 || priority > 100)
            return refuse(QStringLiteral("priority must be from 1 to 100."));
        rule.insert(QStringLiteral("action"), action);
        rule.insert(QStringLiteral("priority"), priority);
    }
    // Absent (every port) is kept as null, so that a v1 and a v3 rule compare alike.
    rule.insert(QStringLiteral("port_range_min"), min.isUndefined() ? QJsonValue() : min);
    rule.insert(QStringLiteral("port_range_max"), max.isUndefined() ? QJsonValue() : max);
    // Unlike Alibaba Cloud, a duplicate rule is an error (code not confirmed by a source: the
    // emulator's choice, see docs/providers-emulated.md).
    for (const QJsonValue &existing : rulesOf(ctx, groupId)) {
        if (sameRule(existing.toObject(), rule))
            return error(shape, 409, QStringLiteral("VPC.0604"),
                         QStringLiteral("Security group rule already exists: %1.")
                             .arg(str(existing.toObject(), "id")),
                         ctx->requestId);
    }
    // v3 dry run: checked, nothing created (202, as Huawei's v3 APIs answer a passed dry run).
    if (v3 && body.value(QStringLiteral("dry_run")).toBool())
        return json(202, {{QStringLiteral("request_id"), ctx->requestId}});
    ctx->store->put(kRule, str(rule, "id"), rule);
    ctx->changed = true;
    if (v3)
        return json(201, {{QStringLiteral("request_id"), ctx->requestId},
                          {QStringLiteral("security_group_rule"), v3View(rule)}});
    return json(200, {{QStringLiteral("security_group_rule"), v1View(rule)}});
}

HttpResponse listRules(Ctx *ctx, const HttpRequest &request, const PathParams &params, bool v3) {
    if (!ownProject(params))
        return wrongProject(ctx);
    // v3 repeats security_group_id for several groups; v1 takes one.
    const QStringList groups =
        request.query.allQueryItemValues(QStringLiteral("security_group_id"));
    QJsonArray out;
    for (const QJsonValue &value : rulesOf(ctx, {})) {
        const QJsonObject rule = value.toObject();
        if (!groups.isEmpty() && !groups.contains(str(rule, "security_group_id")))
            continue;
        out.append(v3 ? v3View(rule) : v1View(rule));
    }
    if (!v3)
        return json(200, {{QStringLiteral("security_group_rules"), out}});
    return json(200, {{QStringLiteral("request_id"), ctx->requestId},
                      {QStringLiteral("security_group_rules"), out},
                      {QStringLiteral("page_info"),
                       QJsonObject{{QStringLiteral("current_count"), out.size()}}}});
}

// DELETE /v1/{project}/security-group-rules/{id} (v1 error shape) or
// /v3/{project}/vpc/security-group-rules/{id} (gateway shape): 204 without a body.
HttpResponse deleteRule(Ctx *ctx, const PathParams &params, bool v3) {
    const Shape shape = v3 ? Shape::Gateway : Shape::V1;
    if (!ownProject(params))
        return error(shape, 400, QStringLiteral("VPC.0007"),
                     QStringLiteral("urlTenantId is not equal to tokenTenantId."), ctx->requestId);
    const QString id = params.value(QStringLiteral("id"));
    if (!ctx->store->contains(kRule, id))
        return error(shape, 404, QStringLiteral("VPC.0603"),
                     QStringLiteral("The security group rule does not exist."), ctx->requestId);
    ctx->store->remove(kRule, id);
    ctx->changed = true;
    return HttpResponse::empty(204);
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
    router.add(
        "POST", QStringLiteral("/v1/{project_id}/security-group-rules"),
        [ctx](const HttpRequest &r, const PathParams &p) { return createRule(ctx, r, p, false); });
    router.add(
        "POST", QStringLiteral("/v3/{project_id}/vpc/security-group-rules"),
        [ctx](const HttpRequest &r, const PathParams &p) { return createRule(ctx, r, p, true); });
    router.add(
        "GET", QStringLiteral("/v1/{project_id}/security-group-rules"),
        [ctx](const HttpRequest &r, const PathParams &p) { return listRules(ctx, r, p, false); });
    router.add(
        "GET", QStringLiteral("/v3/{project_id}/vpc/security-group-rules"),
        [ctx](const HttpRequest &r, const PathParams &p) { return listRules(ctx, r, p, true); });
    router.add(
        "DELETE", QStringLiteral("/v1/{project_id}/security-group-rules/{id}"),
        [ctx](const HttpRequest &, const PathParams &p) { return deleteRule(ctx, p, false); });
    router.add(
        "DELETE", QStringLiteral("/v3/{project_id}/vpc/security-group-rules/{id}"),
        [ctx](const HttpRequest &, const PathParams &p) { return deleteRule(ctx, p, true); });
}

} // namespace vpw::huawei::emu
