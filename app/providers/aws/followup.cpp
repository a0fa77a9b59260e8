#include "parts.h"

#include <QStringList>

namespace vpw::providers::aws {

using followup::cidrText;
using followup::hclResource;
using followup::idOr;
using followup::portTexts;
using followup::quoted;

namespace {

// AWS CLI, `aws ec2 create-route` with --vpc-peering-connection-id (the route to the peer VPC):
// https://docs.aws.amazon.com/cli/latest/reference/ec2/create-route.html and the example
// "routes it to VPC peering connection" in aws/aws-cli awscli/examples/ec2/create-route.rst.
QString routeCli(const FollowUpInput &input) {
    return QStringList{
        QStringLiteral("aws ec2 create-route"),
        QStringLiteral("--region ") + idOr(input.region, "<REGION_ID>"),
        QStringLiteral("--route-table-id ") + idOr(input.routeTableId, kRouteTablePlaceholder),
        QStringLiteral("--destination-cidr-block ") + cidrText(input),
        QStringLiteral("--vpc-peering-connection-id ") + idOr(input.peeringId, "<PEERING_ID>")}
        .join(u' ');
}

// AWS CLI, `aws ec2 authorize-security-group-ingress --group-id ... --ip-permissions ...`, one
// permission per port in shorthand syntax, IpRanges quoted for a POSIX shell as in the
// documentation's Linux examples:
// https://docs.aws.amazon.com/cli/latest/reference/ec2/authorize-security-group-ingress.html
// (aws/aws-cli awscli/examples/ec2/authorize-security-group-ingress.rst).
QString securityGroupCli(const FollowUpInput &input) {
    QStringList parts{QStringLiteral("aws ec2 authorize-security-group-ingress"),
                      QStringLiteral("--region ") + idOr(input.region, "<REGION_ID>"),
                      QStringLiteral("--group-id ") +
                          idOr(input.securityGroupId, kSecurityGroupPlaceholder),
                      QStringLiteral("--ip-permissions")};
    for (const QString &port : portTexts(input)) {
        parts << QStringLiteral("IpProtocol=tcp,FromPort=%1,ToPort=%1,IpRanges='[{CidrIp=%2}]'")
                     .arg(port, cidrText(input));
    }
    return parts.join(u' ');
}

// terraform-provider-aws, resource aws_route
// (https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route;
// website/docs/r/route.html.markdown): route_table_id, destination_cidr_block,
// vpc_peering_connection_id.
QString routeTerraform(const FollowUpInput &input) {
    return hclResource(
        "aws_route", QStringLiteral("emqx_deployment"),
        {{"route_table_id", quoted(idOr(input.routeTableId, kRouteTablePlaceholder))},
         {"destination_cidr_block", quoted(cidrText(input))},
         {"vpc_peering_connection_id", quoted(idOr(input.peeringId, "<PEERING_ID>"))}});
}

// terraform-provider-aws, resource aws_vpc_security_group_ingress_rule
// (https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/vpc_security_group_ingress_rule;
// website/docs/r/vpc_security_group_ingress_rule.html.markdown, hashicorp/terraform-provider-aws
// 1997e57): security_group_id, cidr_ipv4, from_port, ip_protocol, to_port, description. One rule
// per port.
QString securityGroupTerraform(const FollowUpInput &input) {
    QStringList blocks;
    for (const QString &port : portTexts(input)) {
        blocks << hclResource(
            "aws_vpc_security_group_ingress_rule", QStringLiteral("emqx_mqtt_") + port,
            {{"security_group_id", quoted(idOr(input.securityGroupId, kSecurityGroupPlaceholder))},
             {"cidr_ipv4", quoted(cidrText(input))},
             {"ip_protocol", quoted(QStringLiteral("tcp"))},
             {"from_port", port},
             {"to_port", port},
             {"description", quoted(QStringLiteral("EMQX Cloud deployment, MQTT port ") + port)}});
    }
    return blocks.join(u'\n');
}

} // namespace

QString followUpCli(FollowUpKind kind, const FollowUpInput &input) {
    switch (kind) {
    case FollowUpKind::Route:
        return routeCli(input);
    case FollowUpKind::SecurityGroup:
        return securityGroupCli(input);
    }
    return {};
}

QString followUpTerraform(FollowUpKind kind, const FollowUpInput &input) {
    switch (kind) {
    case FollowUpKind::Route:
        return routeTerraform(input);
    case FollowUpKind::SecurityGroup:
        return securityGroupTerraform(input);
    }
    return {};
}

} // namespace vpw::providers::aws
