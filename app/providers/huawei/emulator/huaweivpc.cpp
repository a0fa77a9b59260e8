// IAM, VPC and peering operations of the Huawei Cloud emulator.
#include "huaweiapi.h"
#include "huaweiemulator.h"

#include <QDateTime>
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

bool ownProject(const PathParams &params) {
    return params.value(QStringLiteral("project_id")) == QLatin1String(kOperatorProject);
}

HttpResponse wrongProject(const Ctx *ctx) {
    return error(Shape::V1, 400, QStringLiteral("VPC.0007"),
                 QStringLiteral("urlTenantId is not equal to tokenTenantId."), ctx->requestId);
}

int limitOf(const HttpRequest &request, int fallback) {
    bool ok = false;
    const int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    return ok && limit > 0 ? limit : fallback;
}

QJsonObject vpcView(const QJsonObject &vpc) {
    QJsonObject out = vpc;
    out.remove(QStringLiteral("project_id"));
    return out;
}

HttpResponse showCredential(Ctx *ctx, const PathParams &params) {
    const QString ak = params.value(QStringLiteral("access_key"));
    if (ak != ctx->accessKey)
        return error(Shape::Nested, 404, QStringLiteral("IAM.0004"),
                     QStringLiteral("The access key does not exist."), ctx->requestId);
    return json(
        200,
        {{QStringLiteral("credential"),
          QJsonObject{
              {QStringLiteral("user_id"), QLatin1String(kOperatorUserId)},
              {QStringLiteral("access"), ak},
              {QStringLiteral("status"), QStringLiteral("active")},
              {QStringLiteral("create_time"), QStringLiteral("2026-01-05T08:00:00.000000Z")},
              {QStringLiteral("last_use_time"),
               QDateTime::fromMSecsSinceEpoch(ctx->nowMs, Qt::UTC).toString(Qt::ISODateWithMs)},
              {QStringLiteral("description"), QString()}}}});
}

HttpResponse listProjects(Ctx *) {
    return json(
        200, {{QStringLiteral("projects"),
               QJsonArray{QJsonObject{{QStringLiteral("id"), QLatin1String(kOperatorProject)},
                                      {QStringLiteral("name"), QStringLiteral("cn-north-4")},
                                      {QStringLiteral("domain_id"), QLatin1String(kOperatorDomain)},
                                      {QStringLiteral("enabled"), true}}}}});
}

HttpResponse listDomains(Ctx *) {
    return json(200,
                {{QStringLiteral("domains"),
                  QJsonArray{QJsonObject{{QStringLiteral("id"), QLatin1String(kOperatorDomain)},
                                         {QStringLiteral("name"), QStringLiteral("operator")},
                                         {QStringLiteral("enabled"), true}}}}});
}

HttpResponse listVpcs(Ctx *ctx, const HttpRequest &request, const PathParams &params) {
    if (!ownProject(params))
        return wrongProject(ctx);
    QList<QJsonObject> own;
    for (const QJsonObject &vpc : ctx->store->all(kVpc)) {
        if (str(vpc, "project_id") == QLatin1String(kOperatorProject))
            own.append(vpcView(vpc));
    }
    QJsonArray vpcs;
    for (const QJsonObject &vpc : pageAfter(
             own, request.query.queryItemValue(QStringLiteral("marker")), limitOf(request, 2000)))
        vpcs.append(vpc);
    return json(200, {{QStringLiteral("vpcs"), vpcs}});
}

HttpResponse showVpc(Ctx *ctx, const PathParams &params) {
    if (!ownProject(params))
        return wrongProject(ctx);
    const QJsonObject vpc = ctx->store->get(kVpc, params.value(QStringLiteral("vpc_id")));
    if (vpc.isEmpty() || str(vpc, "project_id") != QLatin1String(kOperatorProject))
        return error(Shape::V1, 404, QStringLiteral("VPC.0003"),
                     QStringLiteral("The VPC does not exist."), ctx->requestId);
    return json(200, {{QStringLiteral("vpc"), vpcView(vpc)}});
}

// The stored peering after its pending request's expiry, saved when it expired now.
QJsonObject current(Ctx *ctx, const QJsonObject &peering) {
    const QJsonObject now = expireIfDue(peering, ctx->nowMs);
    if (now != peering) {
        ctx->store->put(kPeering, str(now, "id"), now);
        ctx->changed = true;
    }
    return now;
}

// v3 ShowVpc: the v3 shape (status ACTIVE, extend_cidrs, request_id) and the v3 error body.
HttpResponse showVpcV3(Ctx *ctx, const PathParams &params) {
    if (!ownProject(params))
        return error(Shape::Gateway, 400, QStringLiteral("VPC.0007"),
                     QStringLiteral("urlTenantId is not equal to tokenTenantId."), ctx->requestId);
    const QJsonObject vpc = ctx->store->get(kVpc, params.value(QStringLiteral("vpc_id")));
    if (vpc.isEmpty() || str(vpc, "project_id") != QLatin1String(kOperatorProject))
        return error(Shape::Gateway, 404, QStringLiteral("VPC.0003"),
                     QStringLiteral("The VPC does not exist."), ctx->requestId);
    const QString status = str(vpc, "status") == QLatin1String("OK") ? QStringLiteral("ACTIVE")
                                                                     : QStringLiteral("PENDING");
    return json(200, {{QStringLiteral("request_id"), ctx->requestId},
                      {QStringLiteral("vpc"),
                       QJsonObject{{QStringLiteral("id"), str(vpc, "id")},
                                   {QStringLiteral("name"), str(vpc, "name")},
                                   {QStringLiteral("description"), str(vpc, "description")},
                                   {QStringLiteral("cidr"), str(vpc, "cidr")},
                                   {QStringLiteral("extend_cidrs"),
                                    vpc.value(QStringLiteral("extend_cidrs")).toArray()},
                                   {QStringLiteral("status"), status},
                                   {QStringLiteral("project_id"), str(vpc, "project_id")},
                                   {QStringLiteral("enterprise_project_id"), QStringLiteral("0")},
                                   {QStringLiteral("tags"), QJsonArray{}},
                                   {QStringLiteral("cloud_resources"), QJsonArray{}}}}});
}

bool isTerminal(const QString &status) {
    return status == QLatin1String("REJECTED") || status == QLatin1String("EXPIRED") ||
           status == QLatin1String("DELETED");
}

HttpResponse peeringError(Ctx *ctx, int status, const QString &message) {
    return error(Shape::Nested, status, QStringLiteral("VPC.0101"), message, ctx->requestId);
}

HttpResponse createPeering(Ctx *ctx, const HttpRequest &request) {
    const QJsonObject peering =
        QJsonDocument::fromJson(request.body).object().value(QStringLiteral("peering")).toObject();
    const QString ownVpc = peering.value(QStringLiteral("request_vpc_info"))
                               .toObject()
                               .value(QStringLiteral("vpc_id"))
                               .toString();
    const QJsonObject accept = peering.value(QStringLiteral("accept_vpc_info")).toObject();
    const QString peerVpc = accept.value(QStringLiteral("vpc_id")).toString();
    QString peerProject = accept.value(QStringLiteral("tenant_id")).toString();
    if (peerProject.isEmpty())
        peerProject = QLatin1String(kOperatorProject);
    const QJsonObject own = ctx->store->get(kVpc, ownVpc);
    if (own.isEmpty() || str(own, "project_id") != QLatin1String(kOperatorProject))
        return peeringError(ctx, 404,
                            QStringLiteral("The request VPC %1 does not exist.").arg(ownVpc));
    const QJsonObject peer = ctx->store->get(kVpc, peerVpc);
    if (peer.isEmpty() || str(peer, "project_id") != peerProject)
        return peeringError(ctx, 404,
                            QStringLiteral("The accept VPC %1 does not exist in project %2.")
                                .arg(peerVpc, peerProject));
    if (ownVpc == peerVpc)
        return peeringError(ctx, 400, QStringLiteral("A VPC cannot be peered with itself."));
    // "Only one peering between two VPCs at a time."
    for (const QJsonObject &existing : ctx->store->all(kPeering)) {
        const QString a = existing.value(QStringLiteral("request_vpc_info"))
                              .toObject()
                              .value(QStringLiteral("vpc_id"))
                              .toString();
        const QString b = existing.value(QStringLiteral("accept_vpc_info"))
                              .toObject()
                              .value(QStringLiteral("vpc_id"))
                              .toString();
        if (!isTerminal(str(existing, "status")) &&
            ((a == ownVpc && b == peerVpc) || (a == peerVpc && b == ownVpc)))
            return peeringError(ctx, 409,
                                QStringLiteral("A peering between %1 and %2 already "
                                               "exists: %3.")
                                    .arg(ownVpc, peerVpc, str(existing, "id")));
    }
    const QString id = newUuid();
    const QString now = isoTime(ctx->nowMs);
    const bool sameProject = peerProject == QLatin1String(kOperatorProject);
    const QJsonObject stored{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), peering.value(QStringLiteral("name")).toString()},
        {QStringLiteral("description"), peering.value(QStringLiteral("description")).toString()},
        {QStringLiteral("status"),
         sameProject ? QStringLiteral("ACTIVE") : QStringLiteral("PENDING_ACCEPTANCE")},
        {QStringLiteral("request_vpc_info"),
         QJsonObject{{QStringLiteral("vpc_id"), ownVpc},
                     {QStringLiteral("tenant_id"), QLatin1String(kOperatorProject)}}},
        {QStringLiteral("accept_vpc_info"),
         QJsonObject{{QStringLiteral("vpc_id"), peerVpc},
                     {QStringLiteral("tenant_id"), peerProject}}},
        {QStringLiteral("created_at"), now},
        {QStringLiteral("updated_at"), now}};
    ctx->store->put(kPeering, id, stored);
    ctx->changed = true;
    return json(201, {{QStringLiteral("peering"), stored}});
}

bool visible(const QJsonObject &peering) {
    const QString own = QLatin1String(kOperatorProject);
    return peering.value(QStringLiteral("request_vpc_info"))
                   .toObject()
                   .value(QStringLiteral("tenant_id"))
                   .toString() == own ||
           peering.value(QStringLiteral("accept_vpc_info"))
                   .toObject()
                   .value(QStringLiteral("tenant_id"))
                   .toString() == own;
}

HttpResponse showPeering(Ctx *ctx, const PathParams &params) {
    const QJsonObject stored =
        ctx->store->get(kPeering, params.value(QStringLiteral("peering_id")));
    const QJsonObject peering = stored.isEmpty() ? stored : current(ctx, stored);
    if (peering.isEmpty() || !visible(peering))
        return peeringError(ctx, 404,
                            QStringLiteral("The peering %1 does not exist.")
                                .arg(params.value(QStringLiteral("peering_id"))));
    return json(200, {{QStringLiteral("peering"), peering}});
}

HttpResponse listPeerings(Ctx *ctx, const HttpRequest &request) {
    const QString vpcId = request.query.queryItemValue(QStringLiteral("vpc_id"));
    const QString status = request.query.queryItemValue(QStringLiteral("status"));
    QList<QJsonObject> matching;
    for (const QJsonObject &stored : ctx->store->all(kPeering)) {
        const QJsonObject peering = current(ctx, stored);
        if (!visible(peering) || (!status.isEmpty() && str(peering, "status") != status))
            continue;
        const QString a = peering.value(QStringLiteral("request_vpc_info"))
                              .toObject()
                              .value(QStringLiteral("vpc_id"))
                              .toString();
        const QString b = peering.value(QStringLiteral("accept_vpc_info"))
                              .toObject()
                              .value(QStringLiteral("vpc_id"))
                              .toString();
        if (!vpcId.isEmpty() && a != vpcId && b != vpcId)
            continue;
        matching.append(peering);
    }
    const int limit = limitOf(request, 2000);
    const QList<QJsonObject> page =
        pageAfter(matching, request.query.queryItemValue(QStringLiteral("marker")), limit);
    QJsonArray peerings;
    for (const QJsonObject &p : page)
        peerings.append(p);
    QJsonArray links;
    if (page.size() == limit && !page.isEmpty() && page.last() != matching.last())
        links.append(QJsonObject{
            {QStringLiteral("rel"), QStringLiteral("next")},
            {QStringLiteral("href"), QStringLiteral("/v2.0/vpc/peerings?limit=%1&marker=%2")
                                         .arg(limit)
                                         .arg(str(page.last(), "id"))}});
    return json(
        200, {{QStringLiteral("peerings"), peerings}, {QStringLiteral("peerings_links"), links}});
}

} // namespace

void registerRoutes(sandbox::Router &router, Ctx *ctx) {
    router.add("GET", QStringLiteral("/v3.0/OS-CREDENTIAL/credentials/{access_key}"),
               [ctx](const HttpRequest &, const PathParams &p) { return showCredential(ctx, p); });
    router.add("GET", QStringLiteral("/v3/auth/projects"),
               [ctx](const HttpRequest &, const PathParams &) { return listProjects(ctx); });
    router.add("GET", QStringLiteral("/v3/auth/domains"),
               [ctx](const HttpRequest &, const PathParams &) { return listDomains(ctx); });
    router.add("GET", QStringLiteral("/v1/{project_id}/vpcs"),
               [ctx](const HttpRequest &r, const PathParams &p) { return listVpcs(ctx, r, p); });
    router.add("GET", QStringLiteral("/v1/{project_id}/vpcs/{vpc_id}"),
               [ctx](const HttpRequest &, const PathParams &p) { return showVpc(ctx, p); });
    router.add("POST", QStringLiteral("/v2.0/vpc/peerings"),
               [ctx](const HttpRequest &r, const PathParams &) { return createPeering(ctx, r); });
    router.add("GET", QStringLiteral("/v2.0/vpc/peerings"),
               [ctx](const HttpRequest &r, const PathParams &) { return listPeerings(ctx, r); });
    router.add("GET", QStringLiteral("/v2.0/vpc/peerings/{peering_id}"),
               [ctx](const HttpRequest &, const PathParams &p) { return showPeering(ctx, p); });
    router.add("GET", QStringLiteral("/v3/{project_id}/vpc/vpcs/{vpc_id}"),
               [ctx](const HttpRequest &, const PathParams &p) { return showVpcV3(ctx, p); });
    registerNetworkRoutes(router, ctx);
    registerV2RouteRoutes(router, ctx);
}

HttpResponse error(Shape shape, int status, const QString &code, const QString &message,
                   const QString &requestId) {
    QJsonObject body;
    switch (shape) {
    case Shape::Gateway:
        body = {{QStringLiteral("error_msg"), message},
                {QStringLiteral("error_code"), code},
                {QStringLiteral("request_id"), requestId}};
        break;
    case Shape::V1:
        body = {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
        break;
    case Shape::Nested:
        body = {{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                      {QStringLiteral("message"), message}}}};
        break;
    }
    return json(status, body);
}

HttpResponse json(int status, const QJsonObject &body) {
    return HttpResponse::json(status, QJsonDocument(body));
}

QString newUuid() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString isoTime(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QJsonObject expireIfDue(const QJsonObject &peering, qint64 nowMs) {
    constexpr qint64 kRequestLifetimeMs = 7LL * 24 * 3600 * 1000;
    if (peering.value(QStringLiteral("status")).toString() != QLatin1String("PENDING_ACCEPTANCE"))
        return peering;
    QDateTime created =
        QDateTime::fromString(peering.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
    created.setTimeSpec(Qt::UTC);
    if (!created.isValid() || created.toMSecsSinceEpoch() + kRequestLifetimeMs > nowMs)
        return peering;
    QJsonObject expired = peering;
    expired.insert(QStringLiteral("status"), QStringLiteral("EXPIRED"));
    expired.insert(QStringLiteral("updated_at"),
                   isoTime(created.toMSecsSinceEpoch() + kRequestLifetimeMs));
    return expired;
}

QList<QJsonObject> pageAfter(const QList<QJsonObject> &items, const QString &marker, int limit) {
    qsizetype first = 0;
    if (!marker.isEmpty()) {
        first = items.size();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (items.at(i).value(QStringLiteral("id")).toString() == marker) {
                first = i + 1;
                break;
            }
        }
    }
    return items.mid(first, limit);
}

} // namespace vpw::huawei::emu
