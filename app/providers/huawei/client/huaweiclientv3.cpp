// The v3 and v2.0 calls of the Huawei Cloud client (providers-api.md §0.2): ShowVpc v3, the v3
// security-group rules and the v2.0 route API.
#include "huaweiclient.h"
#include "huaweiclientutil.h"

#include <memory>

namespace vpw::huawei {

using namespace detail;

namespace {

using cloud::ProviderRequest;
using Step = cloud::ProviderJob::Step;

// "1883" or "8883-8884"; empty: every port (0, 0).
void parseMultiport(const QString &text, SecurityGroupRule &rule) {
    const QStringList parts = text.split(u'-');
    rule.portMin = text.isEmpty() ? 0 : parts.value(0).toInt();
    rule.portMax = parts.size() == 2 ? parts.value(1).toInt() : rule.portMin;
}

QString multiportOf(const SecurityGroupRule &rule) {
    if (rule.portMin == 0 && rule.portMax == 0)
        return {};
    if (rule.portMin == rule.portMax)
        return QString::number(rule.portMin);
    return QStringLiteral("%1-%2").arg(rule.portMin).arg(rule.portMax);
}

SecurityGroupRule v3RuleFrom(const QJsonObject &o) {
    SecurityGroupRule rule;
    rule.id = str(o, "id");
    rule.securityGroupId = str(o, "security_group_id");
    rule.direction = str(o, "direction");
    rule.ethertype = str(o, "ethertype");
    rule.protocol = str(o, "protocol");
    parseMultiport(str(o, "multiport"), rule);
    rule.remoteIpPrefix = str(o, "remote_ip_prefix");
    rule.description = str(o, "description");
    rule.action = str(o, "action");
    const QJsonValue priority = o.value(QStringLiteral("priority"));
    rule.priority = priority.isString() ? priority.toString().toInt() : priority.toInt();
    return rule;
}

bool sameV3Rule(const SecurityGroupRule &a, const SecurityGroupRule &b) {
    return a.securityGroupId == b.securityGroupId && a.direction == b.direction &&
           a.ethertype.compare(b.ethertype, Qt::CaseInsensitive) == 0 &&
           a.protocol.compare(b.protocol, Qt::CaseInsensitive) == 0 && a.portMin == b.portMin &&
           a.portMax == b.portMax && a.remoteIpPrefix == b.remoteIpPrefix && a.action == b.action &&
           a.priority == b.priority;
}

VpcRoute routeFrom(const QJsonObject &o) {
    return {str(o, "id"),      str(o, "type"),   str(o, "destination"),
            str(o, "nexthop"), str(o, "vpc_id"), str(o, "tenant_id")};
}

} // namespace

VpcJob *Client::showVpcV3(const QString &vpcId) {
    const ProviderRequest r =
        request(QStringLiteral("vpc"), "GET",
                QStringLiteral("/v3/%1/vpc/vpcs/%2").arg(m_account.projectId, vpcId));
    return new VpcJob(
        this, [r] { return r; },
        [](const QJsonObject &body, Vpc &vpc) {
            const QJsonObject o = member(body, "vpc");
            vpc = {str(o, "id"), str(o, "name"), str(o, "cidr"), str(o, "status"), {}};
            for (const QJsonValue &cidr : o.value(QStringLiteral("extend_cidrs")).toArray())
                vpc.extendCidrs.append(cidr.toString());
            return Step::done();
        });
}

SecurityGroupRuleListJob *Client::listSecurityGroupRulesV3(const QString &securityGroupId) {
    return markerPaged<SecurityGroupRule>(
        this,
        request(QStringLiteral("vpc"), "GET",
                QStringLiteral("/v3/%1/vpc/security-group-rules").arg(m_account.projectId),
                {{QStringLiteral("security_group_id"), securityGroupId}}),
        "security_group_rules", v3RuleFrom);
}

SecurityGroupRuleJob *Client::createSecurityGroupRuleV3(const SecurityGroupRule &rule,
                                                        bool dryRun) {
    const QString path = QStringLiteral("/v3/%1/vpc/security-group-rules").arg(m_account.projectId);
    const ProviderRequest read =
        request(QStringLiteral("vpc"), "GET", path,
                {{QStringLiteral("security_group_id"), rule.securityGroupId}});
    QJsonObject in{{QStringLiteral("security_group_id"), rule.securityGroupId},
                   {QStringLiteral("direction"), rule.direction},
                   {QStringLiteral("ethertype"), rule.ethertype},
                   {QStringLiteral("protocol"), rule.protocol},
                   {QStringLiteral("remote_ip_prefix"), rule.remoteIpPrefix},
                   {QStringLiteral("action"), rule.action},
                   // a string in the SDK's model ("1"-"100")
                   {QStringLiteral("priority"), QString::number(rule.priority)}};
    if (const QString ports = multiportOf(rule); !ports.isEmpty())
        in.insert(QStringLiteral("multiport"), ports);
    if (!rule.description.isEmpty())
        in.insert(QStringLiteral("description"), rule.description);
    QJsonObject body{{QStringLiteral("security_group_rule"), in}};
    if (dryRun)
        body.insert(QStringLiteral("dry_run"), true);
    const ProviderRequest create = request(QStringLiteral("vpc"), "POST", path, {}, compact(body));
    return createRuleOnce(this, read, create, rule, v3RuleFrom, sameV3Rule);
}

VpcRouteJob *Client::createVpcRoute(const QString &vpcId, const Route &route) {
    const ProviderRequest read = request(
        QStringLiteral("vpc"), "GET", QStringLiteral("/v2.0/vpc/routes"),
        {{QStringLiteral("vpc_id"), vpcId}, {QStringLiteral("destination"), route.destination}});
    const QJsonObject body{
        {QStringLiteral("route"), QJsonObject{{QStringLiteral("type"), route.type},
                                              {QStringLiteral("nexthop"), route.nexthop},
                                              {QStringLiteral("destination"), route.destination},
                                              {QStringLiteral("vpc_id"), vpcId}}}};
    const ProviderRequest create = request(QStringLiteral("vpc"), "POST",
                                           QStringLiteral("/v2.0/vpc/routes"), {}, compact(body));
    auto creating = std::make_shared<bool>(false);
    return new VpcRouteJob(
        this,
        [read, creating] {
            *creating = false;
            return read;
        },
        [create, creating, route](const QJsonObject &answer, VpcRoute &out) {
            if (*creating) {
                out = routeFrom(member(answer, "route"));
                return Step::done();
            }
            for (const QJsonValue &v : answer.value(QStringLiteral("routes")).toArray()) {
                const VpcRoute existing = routeFrom(v.toObject());
                if (existing.destination == route.destination &&
                    existing.nexthop == route.nexthop) {
                    out = existing; // there already (an earlier attempt's)
                    return Step::done();
                }
            }
            // None, or one to another next hop: the provider says why it refuses that.
            *creating = true;
            return Step::then(create);
        },
        {}, true);
}

VpcRouteListJob *Client::listVpcRoutes(const QString &vpcId) {
    return markerPaged<VpcRoute>(this,
                                 request(QStringLiteral("vpc"), "GET",
                                         QStringLiteral("/v2.0/vpc/routes"),
                                         {{QStringLiteral("vpc_id"), vpcId}}),
                                 "routes", routeFrom);
}

} // namespace vpw::huawei
