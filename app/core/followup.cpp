#include "followup.h"

#include <QStringList>

#include <utility>

namespace vpw {

namespace {

// Values from the server or typed by the operator go into a shell command or HCL string only
// when they cannot change its syntax; anything else shows as the placeholder.
QString idOr(const QString &text, const char *placeholder) {
    return isPlausibleResourceId(text) ? text : QLatin1String(placeholder);
}

QString cidrText(const FollowUpInput &input) {
    return input.deploymentCidr.toString();
}

QStringList portTexts(const FollowUpInput &input) {
    QStringList ports;
    for (const quint16 port : input.ports)
        ports << QString::number(port);
    return ports;
}

// One Terraform resource block, formatted as `terraform fmt` does: arguments aligned on "=".
// Values are HCL literals already (quoted strings or numbers).
QString hclResource(const char *type, const QString &name,
                    const QList<std::pair<const char *, QString>> &arguments) {
    qsizetype width = 0;
    for (const auto &argument : arguments)
        width = qMax(width, qsizetype(qstrlen(argument.first)));
    QString text = QStringLiteral("resource \"%1\" \"%2\" {\n").arg(QLatin1String(type), name);
    for (const auto &[key, value] : arguments) {
        text += QStringLiteral("  ") + QString::fromLatin1(key).leftJustified(width) +
                QStringLiteral(" = ") + value + u'\n';
    }
    text += QStringLiteral("}\n");
    return text;
}

QString quoted(const QString &value) {
    return u'"' + value + u'"';
}

// Alibaba Cloud CLI, ECS API AuthorizeSecurityGroup (adds inbound rules; one Permissions.N per
// port): https://help.aliyun.com/document_detail/25554.html and
// https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-authorizesecuritygroup
// (RegionId, SecurityGroupId, Permissions.N.IpProtocol / PortRange "1883/1883" / SourceCidrIp /
// Policy accept / NicType intranet, the value for VPC security groups).
QString aliyunSecurityGroupCli(const FollowUpInput &input) {
    QStringList parts{QStringLiteral("aliyun ecs AuthorizeSecurityGroup"),
                      QStringLiteral("--RegionId ") + idOr(input.region, "<REGION_ID>"),
                      QStringLiteral("--SecurityGroupId ") +
                          idOr(input.securityGroupId, kSecurityGroupPlaceholder)};
    const QStringList ports = portTexts(input);
    for (qsizetype i = 0; i < ports.size(); ++i) {
        const QString prefix = QStringLiteral("--Permissions.%1.").arg(i + 1);
        parts << prefix + QStringLiteral("IpProtocol tcp")
              << prefix + QStringLiteral("PortRange %1/%1").arg(ports.at(i))
              << prefix + QStringLiteral("SourceCidrIp ") + cidrText(input)
              << prefix + QStringLiteral("Policy accept")
              << prefix + QStringLiteral("NicType intranet");
    }
    return parts.join(u' ');
}

// terraform-provider-alicloud, resource alicloud_security_group_rule
// (website/docs/r/security_group_rule.html.markdown, aliyun/terraform-provider-alicloud
// 81c43b6): type, ip_protocol, nic_type ("intranet" for VPC security groups), policy,
// port_range "start/end", priority, security_group_id, cidr_ip, description. One rule holds one
// port range, so one resource per port.
QString aliyunSecurityGroupTerraform(const FollowUpInput &input) {
    QStringList blocks;
    for (const QString &port : portTexts(input)) {
        blocks << hclResource(
            "alicloud_security_group_rule", QStringLiteral("emqx_mqtt_") + port,
            {{"type", quoted(QStringLiteral("ingress"))},
             {"ip_protocol", quoted(QStringLiteral("tcp"))},
             {"nic_type", quoted(QStringLiteral("intranet"))},
             {"policy", quoted(QStringLiteral("accept"))},
             {"port_range", quoted(port + u'/' + port)},
             {"priority", QStringLiteral("1")},
             {"security_group_id", quoted(idOr(input.securityGroupId, kSecurityGroupPlaceholder))},
             {"cidr_ip", quoted(cidrText(input))},
             {"description", quoted(QStringLiteral("EMQX Cloud deployment, MQTT port ") + port)}});
    }
    return blocks.join(u'\n');
}

// Huawei Cloud KooCLI (`hcloud <service> <operation> --param=value`, nested body parameters
// with dots, arrays 1-based;
// https://support.huaweicloud.com/intl/en-us/productdesc-hcli/hcli_01_002.html, region with
// --cli-region: https://support.huaweicloud.com/intl/en-us/usermanual-hcli/hcli_05_04.html), VPC
// API v3 CreateSecurityGroupRule (POST /v3/{project_id}/vpc/security-group-rules,
// https://support.huaweicloud.com/intl/en-us/api-vpc/vpc_apiv3_0016.html): security_group_rule
// .security_group_id / direction / ethertype / protocol / multiport ("1883,8883": one rule for
// every port) / remote_ip_prefix / action.
QString huaweiSecurityGroupCli(const FollowUpInput &input) {
    const QString rule = QStringLiteral("--security_group_rule.");
    return QStringList{QStringLiteral("hcloud VPC CreateSecurityGroupRule/v3"),
                       QStringLiteral("--cli-region=") + idOr(input.region, "<REGION_ID>"),
                       rule + QStringLiteral("security_group_id=") +
                           idOr(input.securityGroupId, kSecurityGroupPlaceholder),
                       rule + QStringLiteral("direction=ingress"),
                       rule + QStringLiteral("ethertype=IPv4"),
                       rule + QStringLiteral("protocol=tcp"),
                       rule + QStringLiteral("multiport=") + portTexts(input).join(u','),
                       rule + QStringLiteral("remote_ip_prefix=") + cidrText(input),
                       rule + QStringLiteral("action=allow")}
        .join(u' ');
}

// terraform-provider-huaweicloud, resource huaweicloud_networking_secgroup_rule
// (docs/resources/networking_secgroup_rule.md, huaweicloud/terraform-provider-huaweicloud
// a0345b8): security_group_id, direction, ethertype, protocol, ports ("80,500,600-800"
// form), remote_ip_prefix, description.
QString huaweiSecurityGroupTerraform(const FollowUpInput &input) {
    return hclResource(
        "huaweicloud_networking_secgroup_rule", QStringLiteral("emqx_mqtt"),
        {{"security_group_id", quoted(idOr(input.securityGroupId, kSecurityGroupPlaceholder))},
         {"direction", quoted(QStringLiteral("ingress"))},
         {"ethertype", quoted(QStringLiteral("IPv4"))},
         {"protocol", quoted(QStringLiteral("tcp"))},
         {"ports", quoted(portTexts(input).join(u','))},
         {"remote_ip_prefix", quoted(cidrText(input))},
         {"description", quoted(QStringLiteral("EMQX Cloud deployment, MQTT"))}});
}

// KooCLI (as above), VPC API UpdateRouteTable (PUT /v1/{project_id}/routetables/{routetable_id},
// https://support.huaweicloud.com/api-vpc/vpc_apiroutetab_0004.html): routetable.routes.add
// entries with type "peering", destination (CIDR) and nexthop (the peering connection ID).
QString huaweiRouteCli(const FollowUpInput &input) {
    const QString route = QStringLiteral("--routetable.routes.add.1.");
    return QStringList{QStringLiteral("hcloud VPC UpdateRouteTable"),
                       QStringLiteral("--cli-region=") + idOr(input.region, "<REGION_ID>"),
                       QStringLiteral("--routetable_id=") +
                           idOr(input.routeTableId, kRouteTablePlaceholder),
                       route + QStringLiteral("type=peering"),
                       route + QStringLiteral("destination=") + cidrText(input),
                       route + QStringLiteral("nexthop=") + idOr(input.peeringId, "<PEERING_ID>")}
        .join(u' ');
}

// terraform-provider-huaweicloud, resource huaweicloud_vpc_route (docs/resources/vpc_route.md,
// same commit): vpc_id, route_table_id, destination, type "peering", nexthop (the VPC peering
// connection ID).
QString huaweiRouteTerraform(const FollowUpInput &input) {
    return hclResource(
        "huaweicloud_vpc_route", QStringLiteral("emqx_deployment"),
        {{"vpc_id", quoted(idOr(input.vpcId, "<VPC_ID>"))},
         {"route_table_id", quoted(idOr(input.routeTableId, kRouteTablePlaceholder))},
         {"destination", quoted(cidrText(input))},
         {"type", quoted(QStringLiteral("peering"))},
         {"nexthop", quoted(idOr(input.peeringId, "<PEERING_ID>"))}});
}

QString stepId(Provider provider, FollowUpKind kind) {
    return providerToString(provider) + (kind == FollowUpKind::Route
                                             ? QStringLiteral(".route")
                                             : QStringLiteral(".security-group"));
}

bool hasWork(FollowUpKind kind, const FollowUpInput &input) {
    if (!followUpStep(input.provider, kind))
        return false;
    return kind != FollowUpKind::SecurityGroup || !input.ports.isEmpty();
}

} // namespace

FollowUpInput followUpInput(const Deployment &deployment, const Peering &peering) {
    FollowUpInput input;
    input.provider = peering.provider;
    input.region = deployment.region;
    input.deploymentCidr = deployment.cidr;
    input.peeringId = peering.peeringId;
    input.vpcId = peering.vpcId;
    for (const MqttPort &port : securityGroupPorts())
        input.ports << port.port;
    return input;
}

QList<FollowUpKind> followUpKinds(Provider provider) {
    QList<std::pair<qsizetype, FollowUpKind>> found;
    const FlowDescriptor *flow = flowFor(provider);
    if (!flow)
        return {};
    for (const FollowUpKind kind : {FollowUpKind::Route, FollowUpKind::SecurityGroup}) {
        if (const FlowStep *step = followUpStep(provider, kind))
            found.append({step - flow->steps.constData(), kind});
    }
    std::sort(found.begin(), found.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<FollowUpKind> kinds;
    for (const auto &entry : std::as_const(found))
        kinds << entry.second;
    return kinds;
}

const FlowStep *followUpStep(Provider provider, FollowUpKind kind) {
    const FlowDescriptor *flow = flowFor(provider);
    if (!flow)
        return nullptr;
    const FlowStep *step = findStep(*flow, stepId(provider, kind));
    return step && step->kind == StepKind::FollowUp ? step : nullptr;
}

QString followUpCliName(Provider provider) {
    switch (provider) {
    case Provider::Aliyun:
        return QStringLiteral("Alibaba Cloud CLI");
    case Provider::Huawei:
        return QStringLiteral("Huawei Cloud KooCLI");
    }
    return {};
}

bool isPlausibleResourceId(QStringView text) {
    if (text.isEmpty() || text.size() > 128)
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
               u == u'-' || u == u'_';
    });
}

QString followUpCliCommand(FollowUpKind kind, const FollowUpInput &input) {
    if (!hasWork(kind, input))
        return {};
    switch (input.provider) {
    case Provider::Aliyun:
        return kind == FollowUpKind::SecurityGroup ? aliyunSecurityGroupCli(input) : QString();
    case Provider::Huawei:
        return kind == FollowUpKind::SecurityGroup ? huaweiSecurityGroupCli(input)
                                                   : huaweiRouteCli(input);
    }
    return {};
}

QString followUpTerraform(FollowUpKind kind, const FollowUpInput &input) {
    if (!hasWork(kind, input))
        return {};
    switch (input.provider) {
    case Provider::Aliyun:
        return kind == FollowUpKind::SecurityGroup ? aliyunSecurityGroupTerraform(input)
                                                   : QString();
    case Provider::Huawei:
        return kind == FollowUpKind::SecurityGroup ? huaweiSecurityGroupTerraform(input)
                                                   : huaweiRouteTerraform(input);
    }
    return {};
}

} // namespace vpw
