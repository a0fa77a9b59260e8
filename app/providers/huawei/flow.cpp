#include "module.h"
#include "parts.h"

namespace vpw::providers::huawei {

// The flow follows the EMQX Cloud documentation "VPC 对等连接配置"
// (../shared/seed/vpc-peering.zh_CN.md). Texts are in the context "vpw::Flow" (kFlowContext),
// field-kind texts in "vpw::FieldRules".

namespace {

QList<FieldKind> siblings() {
    return {peeringId(), vpcId(), userId(), projectId()};
}

ConsoleLink huaweiPeeringConsole() {
    return {QT_TRANSLATE_NOOP("vpw::Flow", "Huawei Cloud VPC peering console"),
            httpsUrl("https://console.huaweicloud.com/vpc/#/vpc/peerings")};
}

} // namespace

const FieldKind &peeringId() {
    static const FieldKind kind{QStringLiteral("huawei.peering-id"),
                                QT_TRANSLATE_NOOP("vpw::FieldRules", "Huawei peering ID"),
                                FieldShape::Uuid,
                                QStringLiteral("6e7f8091-a2b3-4c4d-9e5f-60718293a4b5"),
                                {},
                                false,
                                {},
                                false,
                                nullptr,
                                siblings};
    return kind;
}

const FieldKind &vpcId() {
    static const FieldKind kind{QStringLiteral("huawei.vpc-id"),
                                QT_TRANSLATE_NOOP("vpw::FieldRules", "Huawei VPC ID"),
                                FieldShape::Uuid,
                                QStringLiteral("0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6"),
                                {},
                                false,
                                {},
                                false,
                                nullptr,
                                siblings};
    return kind;
}

const FieldKind &userId() {
    static const FieldKind kind{QStringLiteral("huawei.user-id"),
                                QT_TRANSLATE_NOOP("vpw::FieldRules", "Huawei user ID"),
                                FieldShape::Hex32,
                                QStringLiteral("8a9b0c1d2e3f40516273849a5b6c7d8e"),
                                {},
                                false,
                                {32},
                                true,
                                nullptr,
                                siblings};
    return kind;
}

const FieldKind &projectId() {
    static const FieldKind kind{QStringLiteral("huawei.project-id"),
                                QT_TRANSLATE_NOOP("vpw::FieldRules", "Huawei project ID"),
                                FieldShape::Hex32,
                                QStringLiteral("4b5c6d7e8f90a1b2c3d4e5f60718293a"),
                                {},
                                false,
                                {32},
                                false,
                                nullptr,
                                siblings};
    return kind;
}

FlowDescriptor buildFlow(Provider self) {
    FlowDescriptor flow{self,
                        QT_TRANSLATE_NOOP("vpw::Flow", "Huawei Cloud (VPC peering)"),
                        {},
                        std::nullopt, // the operator's request waits for EMQX Cloud to accept it
                        {}};

    flow.steps.append(prerequisitesStep(QStringLiteral("huawei.prerequisites")));

    flow.steps.append(FlowStep{
        QStringLiteral("huawei.create-request"),
        StepKind::Instructions,
        QT_TRANSLATE_NOOP("vpw::Flow", "Create the peering request in Huawei Cloud"),
        QT_TRANSLATE_NOOP(
            "vpw::Flow",
            "Sign in to your Huawei Cloud account and open Console, Virtual Private Cloud. Click "
            "VPC Peering, then Create VPC Peering Connection. Select your VPC as the local VPC "
            "and choose Another account for the peer.\n\n"
            "Enter the values below: Peer Project ID = EMQX Cloud account ID, Peer VPC ID = "
            "deployment VPC ID. Click OK to create the peering request. Your VPC must be in the "
            "deployment's region.\n\n"
            "Keep this wizard open while you work in the Huawei Cloud console: the deployment's "
            "CIDR block is needed again for the route you add at the end."),
        {},
        {{DeploymentValue::CloudAccountId,
          QT_TRANSLATE_NOOP("vpw::Flow", "Peer project ID (EMQX Cloud account ID)")},
         {DeploymentValue::VpcId,
          QT_TRANSLATE_NOOP("vpw::Flow", "Peer VPC ID (deployment VPC ID)")},
         {DeploymentValue::Region, QT_TRANSLATE_NOOP("vpw::Flow", "Region")},
         {DeploymentValue::Cidr, QT_TRANSLATE_NOOP("vpw::Flow", "Deployment CIDR block")}},
        {huaweiPeeringConsole()},
        std::nullopt});

    flow.steps.append(FlowStep{
        QStringLiteral("huawei.enter-fields"),
        StepKind::CollectFields,
        QT_TRANSLATE_NOOP("vpw::Flow", "Enter your peering details"),
        QT_TRANSLATE_NOOP(
            "vpw::Flow",
            "In the details of the peering connection you created, note its ID, and the CIDR "
            "block and ID of your VPC. Then find your user ID under My Credentials.\n\n"
            "The VPC's CIDR block is checked as you type: it must not fall in EMQX Cloud's "
            "reserved range nor overlap the deployment's network or another peering."),
        {FieldSpec{RequestField::PeeringId, QT_TRANSLATE_NOOP("vpw::Flow", "Peering connection ID"),
                   QT_TRANSLATE_NOOP("vpw::Flow",
                                     "Huawei Cloud console: VPC Peering, the ID of the peering "
                                     "connection you just created (five groups of hex digits)."),
                   peeringId()},
         FieldSpec{RequestField::Cidr, QT_TRANSLATE_NOOP("vpw::Flow", "VPC CIDR block"),
                   QT_TRANSLATE_NOOP("vpw::Flow",
                                     "Huawei Cloud console: Virtual Private Cloud, the IPv4 CIDR "
                                     "block of your VPC."),
                   FieldKind::vpcCidr()},
         FieldSpec{RequestField::VpcId, QT_TRANSLATE_NOOP("vpw::Flow", "VPC ID"),
                   QT_TRANSLATE_NOOP("vpw::Flow",
                                     "Huawei Cloud console: Virtual Private Cloud, the ID of your "
                                     "VPC (the local VPC of the peering connection)."),
                   vpcId()},
         FieldSpec{RequestField::AccountId,
                   QT_TRANSLATE_NOOP("vpw::Flow", "User ID (from My Credentials)"),
                   QT_TRANSLATE_NOOP("vpw::Flow",
                                     "Huawei Cloud console: your account menu, My Credentials, "
                                     "API Credentials: the IAM User ID (32 hex digits)."),
                   userId()}},
        {},
        {huaweiPeeringConsole(),
         {QT_TRANSLATE_NOOP("vpw::Flow", "My Credentials"),
          httpsUrl("https://console.huaweicloud.com/iam/#/mine/apiCredential")}},
        std::nullopt});

    flow.steps.append(FlowStep{
        QStringLiteral("huawei.submit"),
        StepKind::Submit,
        QT_TRANSLATE_NOOP("vpw::Flow", "Submit the peering to EMQX Cloud"),
        QT_TRANSLATE_NOOP(
            "vpw::Flow",
            "EMQX Cloud accepts the peering request you created in Huawei Cloud. The peering "
            "then runs, or fails with the reason (for example: the request was not found, or "
            "the VPC is in another region)."),
        {},
        {},
        {},
        std::nullopt});

    // The same text serves the wizard's waiting page and the status panel.
    flow.stateHelp = {
        QT_TRANSLATE_NOOP("vpw::Flow", "Check the peering state"),
        QT_TRANSLATE_NOOP(
            "vpw::Flow",
            "When EMQX Cloud has accepted the request, the peering is running and the Huawei "
            "Cloud console shows the connection as accepted. If it fails, the reason is shown: "
            "correct it and create the peering again.")};
    flow.steps.append(FlowStep{QStringLiteral("huawei.wait"),
                               StepKind::Wait,
                               flow.stateHelp.title,
                               flow.stateHelp.body,
                               {},
                               {},
                               {},
                               std::nullopt});

    flow.steps.append(FlowStep{
        QStringLiteral("huawei.route"),
        StepKind::FollowUp,
        QT_TRANSLATE_NOOP("vpw::Flow", "Add a route to the deployment"),
        QT_TRANSLATE_NOOP(
            "vpw::Flow",
            "In the Huawei Cloud console, open Virtual Private Cloud, Route Tables, and select "
            "the route table of your VPC. Add a route: Destination = the deployment's CIDR block "
            "below; Next Hop Type = VPC peering connection; Next Hop = the peering connection "
            "you created.\n\n"
            "Without this route your VPC does not send traffic for the deployment through the "
            "peering."),
        {},
        {{DeploymentValue::Cidr,
          QT_TRANSLATE_NOOP("vpw::Flow", "Destination (deployment CIDR block)")}},
        {{QT_TRANSLATE_NOOP("vpw::Flow", "Huawei Cloud VPC console"),
          httpsUrl("https://console.huaweicloud.com/vpc/")}},
        FollowUpKind::Route});

    flow.steps.append(securityGroupStep(
        QStringLiteral("huawei.security-group"),
        QT_TRANSLATE_NOOP(
            "vpw::Flow",
            "In the Huawei Cloud console, open the security group of the instances in your VPC "
            "(Virtual Private Cloud, Access Control, Security Groups). Add an inbound rule that "
            "accepts TCP traffic from the deployment's CIDR block below, on the MQTT ports "
            "you use: tick them in the list of ports.\n\n"
            "Without this rule the peering runs but the deployment cannot reach your "
            "instances."),
        {QT_TRANSLATE_NOOP("vpw::Flow", "Huawei Cloud VPC console"),
         httpsUrl("https://console.huaweicloud.com/vpc/")}));

    return flow;
}

} // namespace vpw::providers::huawei
