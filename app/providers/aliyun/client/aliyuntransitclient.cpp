// The transit-router calls of the Alibaba Cloud client: the CEN's edition per region, and the
// Enterprise-edition path of providers-api.md §2.3.
#include "aliyunclient.h"
#include "aliyunclientutil.h"

namespace vpw::aliyun {

using namespace detail;

namespace {

using cloud::ProviderRequest;
using Step = cloud::ProviderJob::Step;

TransitRouter routerFrom(const QJsonObject &o) {
    return {str(o, "TransitRouterId"), str(o, "CenId"), str(o, "RegionId"), str(o, "Type"),
            str(o, "Status")};
}

TransitRouterVpcAttachment attachmentFrom(const QJsonObject &o) {
    TransitRouterVpcAttachment a{str(o, "TransitRouterAttachmentId"),
                                 str(o, "TransitRouterId"),
                                 str(o, "VpcId"),
                                 str(o, "VpcOwnerId"),
                                 str(o, "VpcRegionId"),
                                 str(o, "Status"),
                                 {}};
    for (const QJsonValue &v : o.value(QStringLiteral("ZoneMappings")).toArray())
        a.zoneMappings.append({str(v.toObject(), "VSwitchId"), str(v.toObject(), "ZoneId")});
    return a;
}

} // namespace

TransitRouterListJob *Client::listTransitRouters(const QString &cenId, const QString &regionId) {
    return paged<TransitRouter>(
        this,
        request(QStringLiteral("cbn"), "ListTransitRouters", kCen,
                {{QStringLiteral("CenId"), cenId}, {QStringLiteral("RegionId"), regionId}}),
        "TransitRouters", nullptr, routerFrom);
}

CenEditionJob *Client::cenEdition(const QString &cenId, const QString &regionId) {
    const ProviderRequest r = request(QStringLiteral("cbn"), "ListTransitRouters", kCen,
                                      {{QStringLiteral("CenId"), cenId},
                                       {QStringLiteral("RegionId"), regionId},
                                       {QStringLiteral("PageSize"), QString::number(kPageSize)}});
    return new CenEditionJob(
        this, [r] { return r; },
        [regionId](const QJsonObject &body, CenEdition &edition) {
            edition = CenEdition::None;
            for (const QJsonValue &v : listOf(body, "TransitRouters", nullptr)) {
                const TransitRouter router = routerFrom(v.toObject());
                if (router.regionId != regionId)
                    continue;
                if (router.type == QLatin1String("Enterprise"))
                    edition = CenEdition::Enterprise;
                else if (router.type == QLatin1String("Basic"))
                    edition = CenEdition::Basic;
            }
            return Step::done();
        });
}

TransitRouterIdJob *Client::createTransitRouter(const QString &cenId, const QString &regionId,
                                                const QString &clientToken) {
    const ProviderRequest r = request(
        QStringLiteral("cbn"), "CreateTransitRouter", kCen,
        {{QStringLiteral("CenId"), cenId},
         {QStringLiteral("ClientToken"), clientToken.isEmpty() ? newClientToken() : clientToken},
         {QStringLiteral("RegionId"), regionId}});
    return new TransitRouterIdJob(
        this, [r] { return r; },
        [](const QJsonObject &body, QString &id) {
            id = str(body, "TransitRouterId");
            return Step::done();
        });
}

VpcAttachmentJob *Client::createTransitRouterVpcAttachment(const QString &cenId,
                                                           const QString &vpcId,
                                                           const QList<ZoneMapping> &zones,
                                                           const QString &ownerUid,
                                                           const QString &clientToken) {
    Params params{
        {QStringLiteral("CenId"), cenId},
        {QStringLiteral("ClientToken"), clientToken.isEmpty() ? newClientToken() : clientToken},
        {QStringLiteral("RegionId"), m_account.regionId},
        {QStringLiteral("VpcId"), vpcId},
        {QStringLiteral("VpcOwnerId"), ownerUid}};
    for (qsizetype i = 0; i < zones.size(); ++i) {
        params.append(
            {QStringLiteral("ZoneMappings.%1.VSwitchId").arg(i + 1), zones.at(i).vSwitchId});
        params.append({QStringLiteral("ZoneMappings.%1.ZoneId").arg(i + 1), zones.at(i).zoneId});
    }
    const ProviderRequest r =
        request(QStringLiteral("cbn"), "CreateTransitRouterVpcAttachment", kCen, params);
    return new VpcAttachmentJob(
        this, [r] { return r; },
        [vpcId, ownerUid, zones, region = m_account.regionId](const QJsonObject &body,
                                                              TransitRouterVpcAttachment &a) {
            a = {str(body, "TransitRouterAttachmentId"),
                 {},
                 vpcId,
                 ownerUid,
                 region,
                 QStringLiteral("Attaching"),
                 zones};
            return Step::done();
        });
}

VpcAttachmentListJob *Client::listTransitRouterVpcAttachments(const QString &cenId) {
    return paged<TransitRouterVpcAttachment>(this,
                                             request(QStringLiteral("cbn"),
                                                     "ListTransitRouterVpcAttachments", kCen,
                                                     {{QStringLiteral("CenId"), cenId}}),
                                             "TransitRouterAttachments", nullptr, attachmentFrom);
}

} // namespace vpw::aliyun
