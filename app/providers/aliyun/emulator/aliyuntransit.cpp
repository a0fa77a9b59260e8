// Transit routers of the Alibaba Cloud emulator (cbn 2017-09-12): the Basic edition a CEN has in
// each region it has a child instance in, and the Enterprise edition CreateTransitRouter makes
// (providers-api.md §2.3), with its VPC attachments (CreateTransitRouterVpcAttachment).
#include "aliyunapi.h"
#include "aliyunemulator.h"

namespace vpw::aliyun::emu {

namespace {

QString str(const QJsonObject &o, const char *key) {
    return o.value(QLatin1String(key)).toString();
}

qint64 ms(const QJsonObject &o, const char *key) {
    return qint64(o.value(QLatin1String(key)).toDouble());
}

QString readyStatus(const Call &call, const QJsonObject &o, const char *before, const char *after) {
    return QLatin1String(call.nowMs >= ms(o, "ReadyAt") ? after : before);
}

QJsonObject ownedCen(const Call &call, const QString &cenId) {
    const QJsonObject cen = call.store->get(kCen, cenId);
    if (cen.isEmpty() || str(cen, "OwnerId") != QLatin1String(kOperatorUid))
        return {};
    return cen;
}

Answer cenNotFound(const QString &cenId) {
    return Answer::error(400, QStringLiteral("ParameterCenInstanceId"),
                         QStringLiteral("The specified CenId %1 does not exist.").arg(cenId));
}

Answer dryRunPassed() {
    return Answer::error(400, QStringLiteral("DryRunOperation"),
                         QStringLiteral("Request validation has been passed with DryRun flag "
                                        "set."));
}

bool dryRun(const Call &call) {
    return call.param(QStringLiteral("DryRun")) == QLatin1String("true");
}

// Whether the CEN has a Basic transit router in `region`: one of its child instances is there.
bool hasBasicIn(const Call &call, const QString &cenId, const QString &region) {
    for (const QJsonObject &child : call.store->all(kChild)) {
        if (str(child, "CenId") == cenId && str(child, "ChildInstanceRegionId") == region)
            return true;
    }
    return false;
}

QJsonObject routerView(const QString &id, const QString &cenId, const QString &region,
                       const QString &type, const QString &status) {
    return {{QStringLiteral("TransitRouterId"), id},
            {QStringLiteral("CenId"), cenId},
            {QStringLiteral("RegionId"), region},
            {QStringLiteral("Type"), type},
            {QStringLiteral("Status"), status},
            {QStringLiteral("AliUid"), QLatin1String(kOperatorUid).toLongLong()}};
}

Answer listTransitRouters(const Call &call) {
    Page page;
    if (auto bad = readPage(call, &page))
        return *bad;
    const QString cenId = call.param(QStringLiteral("CenId"));
    const QString region = call.param(QStringLiteral("RegionId"));
    const QString routerId = call.param(QStringLiteral("TransitRouterId"));
    QList<QJsonObject> routers;
    for (const QJsonObject &cen : call.store->all(kCen)) {
        if (str(cen, "OwnerId") != QLatin1String(kOperatorUid) ||
            (!cenId.isEmpty() && str(cen, "CenId") != cenId))
            continue;
        const QString id = str(cen, "CenId");
        // Basic: one transit router in each region the CEN has a child instance in.
        QStringList regions;
        for (const QJsonObject &child : call.store->all(kChild)) {
            const QString r = str(child, "ChildInstanceRegionId");
            if (str(child, "CenId") == id && !regions.contains(r))
                regions.append(r);
        }
        regions.sort();
        for (const QString &r : std::as_const(regions))
            routers.append(routerView(QStringLiteral("tr-%1-%2").arg(r, id.mid(4, 10)), id, r,
                                      QStringLiteral("Basic"), QStringLiteral("Active")));
        // Enterprise: those CreateTransitRouter made.
        for (const QJsonObject &router : call.store->all(kTransitRouter)) {
            if (str(router, "CenId") == id)
                routers.append(routerView(str(router, "TransitRouterId"), id,
                                          str(router, "RegionId"), QStringLiteral("Enterprise"),
                                          readyStatus(call, router, "Creating", "Active")));
        }
    }
    routers.removeIf([&](const QJsonObject &r) {
        return (!region.isEmpty() && str(r, "RegionId") != region) ||
               (!routerId.isEmpty() && str(r, "TransitRouterId") != routerId);
    });
    return Answer::ok({{QStringLiteral("TransitRouters"), pageOf(routers, page)},
                       {QStringLiteral("PageNumber"), page.number},
                       {QStringLiteral("PageSize"), page.size},
                       {QStringLiteral("TotalCount"), routers.size()}});
}

Answer createTransitRouter(const Call &call) {
    if (auto missing = require(call, {QStringLiteral("CenId"), QStringLiteral("RegionId")}))
        return *missing;
    if (auto replayed = replay(call))
        return *replayed;
    const QString cenId = call.param(QStringLiteral("CenId"));
    const QString region = call.param(QStringLiteral("RegionId"));
    const QJsonObject cen = ownedCen(call, cenId);
    if (cen.isEmpty())
        return cenNotFound(cenId);
    if (call.nowMs < ms(cen, "ReadyAt"))
        return Answer::error(400, QStringLiteral("IncorrectStatus.CenInstance"),
                             QStringLiteral("The status of the CEN instance is incorrect."));
    if (hasBasicIn(call, cenId, region) || !enterpriseRouterIn(call, cenId, region).isEmpty())
        return Answer::error(400, QStringLiteral("InvalidOperation.TransitRouterExists"),
                             QStringLiteral("The CEN instance already has a transit router in "
                                            "region %1.")
                                 .arg(region));
    if (dryRun(call))
        return dryRunPassed();
    const QString id = randomId(QStringLiteral("tr-"), 21);
    call.store->put(kTransitRouter, id,
                    {{QStringLiteral("TransitRouterId"), id},
                     {QStringLiteral("CenId"), cenId},
                     {QStringLiteral("RegionId"), region},
                     {QStringLiteral("Name"), call.param(QStringLiteral("TransitRouterName"))},
                     {QStringLiteral("ReadyAt"), call.nowMs + call.cenCreateMs}});
    const QJsonObject body{{QStringLiteral("TransitRouterId"), id}};
    remember(call, body);
    return Answer::ok(body, true);
}

// A VPC attachment of an Enterprise transit router: the VPC's own account, or another account
// that granted it with GrantInstanceToTransitRouter (which EMQX Cloud's documented flow never
// calls: it grants with GrantInstanceToCen, the Basic path).
Answer createVpcAttachment(const Call &call) {
    if (auto missing = require(call, {QStringLiteral("VpcId"), QStringLiteral("CenId"),
                                      QStringLiteral("ZoneMappings.1.VSwitchId"),
                                      QStringLiteral("ZoneMappings.1.ZoneId")}))
        return *missing;
    if (auto replayed = replay(call))
        return *replayed;
    const QString cenId = call.param(QStringLiteral("CenId"));
    const QString vpcId = call.param(QStringLiteral("VpcId"));
    if (ownedCen(call, cenId).isEmpty())
        return cenNotFound(cenId);
    QString owner = call.param(QStringLiteral("VpcOwnerId"));
    if (owner.isEmpty())
        owner = QLatin1String(kOperatorUid);
    const QJsonObject vpc = call.store->get(kVpc, vpcId);
    if (vpc.isEmpty() || str(vpc, "OwnerId") != owner)
        return Answer::error(
            400, QStringLiteral("IllegalParam.VpcId"),
            QStringLiteral("The VPC %1 does not exist in the account given.").arg(vpcId));
    const QString region = str(vpc, "RegionId");
    const QString routerId = enterpriseRouterIn(call, cenId, region);
    const QString named = call.param(QStringLiteral("TransitRouterId"));
    if (routerId.isEmpty() || (!named.isEmpty() && named != routerId))
        return Answer::error(400, QStringLiteral("IllegalParam.TransitRouterId"),
                             QStringLiteral("The CEN has no Enterprise transit router %1 in "
                                            "region %2.")
                                 .arg(named, region));
    if (call.nowMs < ms(call.store->get(kTransitRouter, routerId), "ReadyAt"))
        return Answer::error(
            400, QStringLiteral("IncorrectStatus.Status"),
            QStringLiteral("The transit router %1 is still being created.").arg(routerId));
    if (owner != QLatin1String(kOperatorUid) &&
        !call.store->contains(kTrGrant, vpcId + u'/' + cenId))
        return Answer::error(403, QStringLiteral("Forbidden.InstanceNotAuthorized"),
                             QStringLiteral("The VPC %1 of account %2 is not granted to the "
                                            "transit routers of CEN %3 "
                                            "(GrantInstanceToTransitRouter).")
                                 .arg(vpcId, owner, cenId));
    for (const QJsonObject &a : call.store->all(kTrAttachment)) {
        if (str(a, "VpcId") == vpcId)
            return Answer::error(400, QStringLiteral("IncorrectStatus.Attachment"),
                                 QStringLiteral("The VPC %1 is already attached (%2).")
                                     .arg(vpcId, str(a, "TransitRouterAttachmentId")));
    }
    for (const QJsonObject &child : call.store->all(kChild)) { // one VPC, one CEN
        if (str(child, "ChildInstanceId") == vpcId)
            return Answer::error(400, QStringLiteral("IncorrectStatus.Attachment"),
                                 QStringLiteral("The VPC %1 is attached to CEN %2.")
                                     .arg(vpcId, str(child, "CenId")));
    }
    if (dryRun(call))
        return dryRunPassed();
    QJsonArray zones;
    for (int n = 1; n <= 10; ++n) {
        const QString vswitch = call.param(QStringLiteral("ZoneMappings.%1.VSwitchId").arg(n));
        if (vswitch.isEmpty())
            break;
        zones.append(QJsonObject{{QStringLiteral("VSwitchId"), vswitch},
                                 {QStringLiteral("ZoneId"),
                                  call.param(QStringLiteral("ZoneMappings.%1.ZoneId").arg(n))}});
    }
    const QString id = randomId(QStringLiteral("tr-attach-"), 17);
    call.store->put(kTrAttachment, id,
                    {{QStringLiteral("TransitRouterAttachmentId"), id},
                     {QStringLiteral("TransitRouterId"), routerId},
                     {QStringLiteral("CenId"), cenId},
                     {QStringLiteral("VpcId"), vpcId},
                     {QStringLiteral("VpcOwnerId"), owner},
                     {QStringLiteral("VpcRegionId"), region},
                     {QStringLiteral("ZoneMappings"), zones},
                     {QStringLiteral("CreatedAt"), call.nowMs},
                     {QStringLiteral("ReadyAt"), call.nowMs + call.attachMs}});
    const QJsonObject body{{QStringLiteral("TransitRouterAttachmentId"), id}};
    remember(call, body);
    return Answer::ok(body, true);
}

Answer listVpcAttachments(const Call &call) {
    Page page;
    if (auto bad = readPage(call, &page))
        return *bad;
    QList<QJsonObject> matching;
    for (const QJsonObject &a : call.store->all(kTrAttachment)) {
        bool keep = ownedCen(call, str(a, "CenId")).size() > 0;
        for (const char *key : {"CenId", "TransitRouterId", "TransitRouterAttachmentId", "VpcId"})
            keep = keep && (call.param(QLatin1String(key)).isEmpty() ||
                            call.param(QLatin1String(key)) == str(a, key));
        if (!call.param(QStringLiteral("RegionId")).isEmpty())
            keep = keep && call.param(QStringLiteral("RegionId")) == str(a, "VpcRegionId");
        if (!keep)
            continue;
        matching.append(
            {{QStringLiteral("TransitRouterAttachmentId"), str(a, "TransitRouterAttachmentId")},
             {QStringLiteral("TransitRouterId"), str(a, "TransitRouterId")},
             {QStringLiteral("VpcId"), str(a, "VpcId")},
             {QStringLiteral("VpcOwnerId"), str(a, "VpcOwnerId").toLongLong()},
             {QStringLiteral("VpcRegionId"), str(a, "VpcRegionId")},
             {QStringLiteral("ResourceType"), QStringLiteral("VPC")},
             {QStringLiteral("ZoneMappings"), a.value(QStringLiteral("ZoneMappings"))},
             {QStringLiteral("CreationTime"), minuteTime(ms(a, "CreatedAt"))},
             {QStringLiteral("Status"), readyStatus(call, a, "Attaching", "Attached")}});
    }
    return Answer::ok({{QStringLiteral("TransitRouterAttachments"), pageOf(matching, page)},
                       {QStringLiteral("PageNumber"), page.number},
                       {QStringLiteral("PageSize"), page.size},
                       {QStringLiteral("TotalCount"), matching.size()}});
}

} // namespace

QString enterpriseRouterIn(const Call &call, const QString &cenId, const QString &region) {
    for (const QJsonObject &router : call.store->all(kTransitRouter)) {
        if (str(router, "CenId") == cenId && str(router, "RegionId") == region)
            return str(router, "TransitRouterId");
    }
    return {};
}

std::optional<Answer> transitRouterOperation(const Call &call) {
    if (call.version != QLatin1String("2017-09-12"))
        return std::nullopt;
    if (call.action == QLatin1String("ListTransitRouters"))
        return listTransitRouters(call);
    if (call.action == QLatin1String("CreateTransitRouter"))
        return createTransitRouter(call);
    if (call.action == QLatin1String("CreateTransitRouterVpcAttachment"))
        return createVpcAttachment(call);
    if (call.action == QLatin1String("ListTransitRouterVpcAttachments"))
        return listVpcAttachments(call);
    return std::nullopt;
}

} // namespace vpw::aliyun::emu
