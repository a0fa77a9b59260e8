#include "parts.h"

#include <QStringList>

namespace vpw::providers::huawei {

using followup::cidrText;
using followup::hclResource;
using followup::idOr;
using followup::portTexts;
using followup::quoted;

const FieldKind &securityGroupId() {
    static const FieldKind kind{QStringLiteral("huawei.security-group-id"),
                                QT_TRANSLATE_NOOP("vpw::FieldRules", "Huawei security group ID"),
                                FieldShape::Uuid,
                                QStringLiteral("5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d"),
                                {},
                                false,
                                {},
                                false,
                                nullptr,
                                nullptr};
    return kind;
}

const FieldKind &routeTableId() {
    static const FieldKind kind{QStringLiteral("huawei.route-table-id"),
                                QT_TRANSLATE_NOOP("vpw::FieldRules", "Huawei route table ID"),
                                FieldShape::Uuid,
                                QStringLiteral("7c8d9e0f-1a2b-4c3d-9e4f-5a6b7c8d9e0f"),
                                {},
                                false,
                                {},
                                false,
                                nullptr,
                                nullptr};
    return kind;
}

namespace {

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

} // namespace

QString followUpCli(FollowUpKind kind, const FollowUpInput &input) {
    switch (kind) {
    case FollowUpKind::Route:
        return huaweiRouteCli(input);
    case FollowUpKind::SecurityGroup:
        return huaweiSecurityGroupCli(input);
    }
    return {};
}

QString followUpTerraform(FollowUpKind kind, const FollowUpInput &input) {
    switch (kind) {
    case FollowUpKind::Route:
        return huaweiRouteTerraform(input);
    case FollowUpKind::SecurityGroup:
        return huaweiSecurityGroupTerraform(input);
    }
    return {};
}

} // namespace vpw::providers::huawei
