#include "parts.h"

#include <QStringList>

namespace vpw::providers::aliyun {

using followup::cidrText;
using followup::hclResource;
using followup::idOr;
using followup::portTexts;
using followup::quoted;

namespace {

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

} // namespace

QString followUpCli(FollowUpKind kind, const FollowUpInput &input) {
    // The flow has one follow-up: the security-group rule (no route: the CEN routes).
    return kind == FollowUpKind::SecurityGroup ? aliyunSecurityGroupCli(input) : QString();
}

QString followUpTerraform(FollowUpKind kind, const FollowUpInput &input) {
    return kind == FollowUpKind::SecurityGroup ? aliyunSecurityGroupTerraform(input) : QString();
}

} // namespace vpw::providers::aliyun
