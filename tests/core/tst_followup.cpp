// The follow-up texts (CLI commands and Terraform snippets) against the expected text for
// both providers; the argument names are checked against the providers' documentation in
// app/core/followup.cpp.
#include "app/core/followup.h"
#include "app/providers/aliyun/module.h"
#include "app/providers/huawei/module.h"
#include "app/providers/registry.h"

#include <QTest>

using namespace Qt::StringLiterals;
using vpw::FollowUpInput;
using vpw::FollowUpKind;
using vpw::Provider;

Q_DECLARE_METATYPE(vpw::FollowUpKind)
Q_DECLARE_METATYPE(vpw::FollowUpInput)

namespace {

FollowUpInput inputFor(Provider provider, const QString &region, QStringView cidr,
                       const QString &peeringId, const QString &vpcId) {
    vpw::Deployment deployment;
    deployment.provider = provider;
    deployment.region = region;
    deployment.cidr = *vpw::Cidr::fromString(cidr);
    vpw::Peering peering;
    peering.provider = provider;
    peering.peeringId = peeringId;
    peering.vpcId = vpcId;
    return vpw::followUpInput(deployment, peering);
}

FollowUpInput aliyunInput() {
    return inputFor(&vpw::providers::aliyun::module(), u"cn-hangzhou"_s, u"10.11.0.0/16",
                    u"cen-7qthudw0ll6jmc8o3q"_s, u"vpc-bp1a2b3c4d5e6f7g8h9i0"_s);
}

FollowUpInput huaweiInput() {
    return inputFor(&vpw::providers::huawei::module(), u"cn-north-4"_s, u"10.12.0.0/16",
                    u"60c809cb-6731-45d0-ace8-3bf5626421a9"_s,
                    u"ab78be2d-782f-42a5-aa72-35879f6890ff"_s);
}

FollowUpInput withPorts(FollowUpInput input, QList<quint16> ports) {
    input.ports = std::move(ports);
    return input;
}

FollowUpInput withIds(FollowUpInput input, const QString &securityGroup,
                      const QString &routeTable = {}) {
    input.securityGroupId = securityGroup;
    input.routeTableId = routeTable;
    return input;
}

} // namespace

class TestFollowUp : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void kindsFollowTheFlow();
    void inputFromDeploymentAndPeering();
    void cliCommand_data();
    void cliCommand();
    void terraform_data();
    void terraform();
    void resourceIds_data();
    void resourceIds();
};

void TestFollowUp::kindsFollowTheFlow() {
    QCOMPARE(vpw::followUpKinds(&vpw::providers::aliyun::module()),
             QList<FollowUpKind>{FollowUpKind::SecurityGroup});
    QCOMPARE(vpw::followUpKinds(&vpw::providers::huawei::module()),
             (QList<FollowUpKind>{FollowUpKind::Route, FollowUpKind::SecurityGroup}));
    QVERIFY(!vpw::followUpStep(&vpw::providers::aliyun::module(), FollowUpKind::Route));
    const vpw::FlowStep *route =
        vpw::followUpStep(&vpw::providers::huawei::module(), FollowUpKind::Route);
    QVERIFY(route);
    QCOMPARE(route->id, u"huawei.route"_s);
    QVERIFY(!route->links.isEmpty());
    QVERIFY(vpw::followUpKinds(nullptr).isEmpty());
    QCOMPARE(vpw::followUpCliName(&vpw::providers::aliyun::module()), u"Alibaba Cloud CLI"_s);
    QCOMPARE(vpw::followUpCliName(&vpw::providers::huawei::module()), u"Huawei Cloud KooCLI"_s);
}

void TestFollowUp::inputFromDeploymentAndPeering() {
    const FollowUpInput input = huaweiInput();
    QCOMPARE(input.provider, &vpw::providers::huawei::module());
    QCOMPARE(input.region, u"cn-north-4"_s);
    QCOMPARE(input.deploymentCidr.toString(), u"10.12.0.0/16"_s);
    QCOMPARE(input.peeringId, u"60c809cb-6731-45d0-ace8-3bf5626421a9"_s);
    // Every port offered is ticked at first, in securityGroupPorts() order.
    QCOMPARE(input.ports, (QList<quint16>{1883, 8883, 8083, 8084}));
    QVERIFY(input.securityGroupId.isEmpty());
}

void TestFollowUp::cliCommand_data() {
    QTest::addColumn<FollowUpKind>("kind");
    QTest::addColumn<FollowUpInput>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("aliyun: security group, two ports, placeholder")
        << FollowUpKind::SecurityGroup << withPorts(aliyunInput(), {1883, 8883})
        << u"aliyun ecs AuthorizeSecurityGroup --RegionId cn-hangzhou --SecurityGroupId "
           "<SECURITY_GROUP_ID> --Permissions.1.IpProtocol tcp --Permissions.1.PortRange "
           "1883/1883 --Permissions.1.SourceCidrIp 10.11.0.0/16 --Permissions.1.Policy accept "
           "--Permissions.1.NicType intranet --Permissions.2.IpProtocol tcp "
           "--Permissions.2.PortRange 8883/8883 --Permissions.2.SourceCidrIp 10.11.0.0/16 "
           "--Permissions.2.Policy accept --Permissions.2.NicType intranet"_s;
    QTest::newRow("aliyun: security group, typed ID")
        << FollowUpKind::SecurityGroup
        << withIds(withPorts(aliyunInput(), {8084}), u"sg-bp67acfmxazb4p1234"_s)
        << u"aliyun ecs AuthorizeSecurityGroup --RegionId cn-hangzhou --SecurityGroupId "
           "sg-bp67acfmxazb4p1234 --Permissions.1.IpProtocol tcp --Permissions.1.PortRange "
           "8084/8084 --Permissions.1.SourceCidrIp 10.11.0.0/16 --Permissions.1.Policy accept "
           "--Permissions.1.NicType intranet"_s;
    QTest::newRow("aliyun: no port ticked, no command")
        << FollowUpKind::SecurityGroup << withPorts(aliyunInput(), {}) << QString();
    QTest::newRow("aliyun: no route in the flow")
        << FollowUpKind::Route << aliyunInput() << QString();
    QTest::newRow("aliyun: a typed ID with shell syntax stays a placeholder")
        << FollowUpKind::SecurityGroup
        << withIds(withPorts(aliyunInput(), {1883}), u"sg-1; rm -rf ~"_s)
        << u"aliyun ecs AuthorizeSecurityGroup --RegionId cn-hangzhou --SecurityGroupId "
           "<SECURITY_GROUP_ID> --Permissions.1.IpProtocol tcp --Permissions.1.PortRange "
           "1883/1883 --Permissions.1.SourceCidrIp 10.11.0.0/16 --Permissions.1.Policy accept "
           "--Permissions.1.NicType intranet"_s;

    QTest::newRow("huawei: security group, all ports, placeholder")
        << FollowUpKind::SecurityGroup << huaweiInput()
        << u"hcloud VPC CreateSecurityGroupRule/v3 --cli-region=cn-north-4 "
           "--security_group_rule.security_group_id=<SECURITY_GROUP_ID> "
           "--security_group_rule.direction=ingress --security_group_rule.ethertype=IPv4 "
           "--security_group_rule.protocol=tcp "
           "--security_group_rule.multiport=1883,8883,8083,8084 "
           "--security_group_rule.remote_ip_prefix=10.12.0.0/16 "
           "--security_group_rule.action=allow"_s;
    QTest::newRow("huawei: security group, typed ID, one port")
        << FollowUpKind::SecurityGroup
        << withIds(withPorts(huaweiInput(), {8883}), u"0c4a2336-b036-4fa2-bc3c-1a291ed4c431"_s)
        << u"hcloud VPC CreateSecurityGroupRule/v3 --cli-region=cn-north-4 "
           "--security_group_rule.security_group_id=0c4a2336-b036-4fa2-bc3c-1a291ed4c431 "
           "--security_group_rule.direction=ingress --security_group_rule.ethertype=IPv4 "
           "--security_group_rule.protocol=tcp --security_group_rule.multiport=8883 "
           "--security_group_rule.remote_ip_prefix=10.12.0.0/16 "
           "--security_group_rule.action=allow"_s;
    QTest::newRow("huawei: route, placeholder")
        << FollowUpKind::Route << huaweiInput()
        << u"hcloud VPC UpdateRouteTable --cli-region=cn-north-4 --routetable_id=<ROUTE_TABLE_ID> "
           "--routetable.routes.add.1.type=peering "
           "--routetable.routes.add.1.destination=10.12.0.0/16 "
           "--routetable.routes.add.1.nexthop=60c809cb-6731-45d0-ace8-3bf5626421a9"_s;
    QTest::newRow("huawei: route, typed route table, ports do not matter")
        << FollowUpKind::Route
        << withIds(withPorts(huaweiInput(), {}), QString(),
                   u"3d42a0d4-a980-4613-ae76-a2cddecff054"_s)
        << u"hcloud VPC UpdateRouteTable --cli-region=cn-north-4 "
           "--routetable_id=3d42a0d4-a980-4613-ae76-a2cddecff054 "
           "--routetable.routes.add.1.type=peering "
           "--routetable.routes.add.1.destination=10.12.0.0/16 "
           "--routetable.routes.add.1.nexthop=60c809cb-6731-45d0-ace8-3bf5626421a9"_s;
}

void TestFollowUp::cliCommand() {
    QFETCH(FollowUpKind, kind);
    QFETCH(FollowUpInput, input);
    QFETCH(QString, expected);
    QCOMPARE(vpw::followUpCliCommand(kind, input), expected);
}

void TestFollowUp::terraform_data() {
    QTest::addColumn<FollowUpKind>("kind");
    QTest::addColumn<FollowUpInput>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("aliyun: one resource per port")
        << FollowUpKind::SecurityGroup
        << withIds(withPorts(aliyunInput(), {1883, 8083}), u"sg-bp67acfmxazb4p1234"_s)
        << uR"(resource "alicloud_security_group_rule" "emqx_mqtt_1883" {
  type              = "ingress"
  ip_protocol       = "tcp"
  nic_type          = "intranet"
  policy            = "accept"
  port_range        = "1883/1883"
  priority          = 1
  security_group_id = "sg-bp67acfmxazb4p1234"
  cidr_ip           = "10.11.0.0/16"
  description       = "EMQX Cloud deployment, MQTT port 1883"
}

resource "alicloud_security_group_rule" "emqx_mqtt_8083" {
  type              = "ingress"
  ip_protocol       = "tcp"
  nic_type          = "intranet"
  policy            = "accept"
  port_range        = "8083/8083"
  priority          = 1
  security_group_id = "sg-bp67acfmxazb4p1234"
  cidr_ip           = "10.11.0.0/16"
  description       = "EMQX Cloud deployment, MQTT port 8083"
}
)"_s;
    QTest::newRow("aliyun: no port ticked")
        << FollowUpKind::SecurityGroup << withPorts(aliyunInput(), {}) << QString();

    QTest::newRow("huawei: security group rule, placeholder")
        << FollowUpKind::SecurityGroup << withPorts(huaweiInput(), {1883, 8883})
        << uR"(resource "huaweicloud_networking_secgroup_rule" "emqx_mqtt" {
  security_group_id = "<SECURITY_GROUP_ID>"
  direction         = "ingress"
  ethertype         = "IPv4"
  protocol          = "tcp"
  ports             = "1883,8883"
  remote_ip_prefix  = "10.12.0.0/16"
  description       = "EMQX Cloud deployment, MQTT"
}
)"_s;
    QTest::newRow("huawei: route, placeholder")
        << FollowUpKind::Route << huaweiInput()
        << uR"(resource "huaweicloud_vpc_route" "emqx_deployment" {
  vpc_id         = "ab78be2d-782f-42a5-aa72-35879f6890ff"
  route_table_id = "<ROUTE_TABLE_ID>"
  destination    = "10.12.0.0/16"
  type           = "peering"
  nexthop        = "60c809cb-6731-45d0-ace8-3bf5626421a9"
}
)"_s;
    QTest::newRow("huawei: route, typed route table")
        << FollowUpKind::Route
        << withIds(huaweiInput(), QString(), u"3d42a0d4-a980-4613-ae76-a2cddecff054"_s)
        << uR"(resource "huaweicloud_vpc_route" "emqx_deployment" {
  vpc_id         = "ab78be2d-782f-42a5-aa72-35879f6890ff"
  route_table_id = "3d42a0d4-a980-4613-ae76-a2cddecff054"
  destination    = "10.12.0.0/16"
  type           = "peering"
  nexthop        = "60c809cb-6731-45d0-ace8-3bf5626421a9"
}
)"_s;
}

void TestFollowUp::terraform() {
    QFETCH(FollowUpKind, kind);
    QFETCH(FollowUpInput, input);
    QFETCH(QString, expected);
    QCOMPARE(vpw::followUpTerraform(kind, input), expected);
}

void TestFollowUp::resourceIds_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("plausible");
    QTest::newRow("aliyun security group") << u"sg-bp67acfmxazb4p1234"_s << true;
    QTest::newRow("huawei UUID") << u"0c4a2336-b036-4fa2-bc3c-1a291ed4c431"_s << true;
    QTest::newRow("underscore") << u"rtb_1"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("surrounding space") << u" sg-1"_s << false;
    QTest::newRow("inner space") << u"sg 1"_s << false;
    QTest::newRow("shell") << u"sg-1;reboot"_s << false;
    QTest::newRow("quote") << u"sg-1\""_s << false;
    QTest::newRow("placeholder") << u"<SECURITY_GROUP_ID>"_s << false;
    QTest::newRow("non-ASCII letter") << u"sg-é"_s << false;
    QTest::newRow("129 characters") << QString(129, u'a') << false;
    QTest::newRow("128 characters") << QString(128, u'a') << true;
}

void TestFollowUp::resourceIds() {
    QFETCH(QString, text);
    QFETCH(bool, plausible);
    QCOMPARE(vpw::isPlausibleResourceId(text), plausible);
}

QTEST_APPLESS_MAIN(TestFollowUp)
#include "tst_followup.moc"
