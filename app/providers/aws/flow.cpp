#include "module.h"
#include "parts.h"

namespace vpw::providers::aws {

// The flow follows EMQX Cloud's current documentation for AWS VPC peering
// (../shared/providers.md, AWS section): the operator's VPC requests, the deployment's VPC in
// EMQX Cloud's account accepts. Texts are in the context "vpw::Flow" (kFlowContext), field-kind
// texts in "vpw::FieldRules". ID formats: Amazon EC2 resource IDs ("pcx-"/"vpc-" + 8 or 17
// hex); account IDs: exactly 12 digits.

namespace {

QList<FieldKind> siblings() {
    return {peeringId(), vpcId(), accountId()};
}

ConsoleLink peeringConsole() {
    return {QT_TRANSLATE_NOOP("vpw::Flow", "AWS VPC console: Peering connections"),
            httpsUrl("https://console.aws.amazon.com/vpcconsole/home#PeeringConnections:")};
}

} // namespace

const FieldKind &peeringId() {
    static const FieldKind kind{QStringLiteral("aws.peering-id"),
                                QT_TRANSLATE_NOOP("vpw::FieldRules", "AWS peering connection ID"),
                                FieldShape::PrefixedId,
                                QStringLiteral("pcx-1a2b3c4d5e6f7a8b9"),
                                QStringLiteral("pcx-"),
                                true,
                                {8, 17},
                                true,
                                nullptr,
                                siblings};
    return kind;
}

const FieldKind &vpcId() {
    static const FieldKind kind{QStringLiteral("aws.vpc-id"),
                                QT_TRANSLATE_NOOP("vpw::FieldRules", "AWS VPC ID"),
                                FieldShape::PrefixedId,
                                QStringLiteral("vpc-0a1b2c3d4e5f6a7b8"),
                                QStringLiteral("vpc-"),
                                true,
                                {8, 17},
                                true,
                                nullptr,
                                siblings};
    return kind;
}

const FieldKind &accountId() {
    static const FieldKind kind{
        QStringLiteral("aws.account-id"),
        QT_TRANSLATE_NOOP("vpw::FieldRules", "AWS account ID"),
        FieldShape::Digits,
        QStringLiteral("123456789012"),
        {},
        false,
        {12},
        true,
        QT_TRANSLATE_NOOP("vpw::FieldRules", "an AWS account ID is 12 digits (AWS console: the "
                                             "account menu at the top right)."),
        siblings};
    return kind;
}

FlowDescriptor buildFlow(Provider self) {
    FlowDescriptor flow{self,
                        QT_TRANSLATE_NOOP("vpw::Flow", "AWS (VPC peering)"),
                        {},
                        std::nullopt, // EMQX Cloud accepts the request: no window to race
                        {}};

    flow.steps.append(prerequisitesStep(QStringLiteral("aws.prerequisites")));

    flow.steps.append(FlowStep{
        QStringLiteral("aws.show-values"),
        StepKind::ShowValues,
        QT_TRANSLATE_NOOP("vpw::Flow", "Note the deployment's values"),
        QT_TRANSLATE_NOOP(
            "vpw::Flow",
            "You will need these values in the AWS console: the deployment's region, VPC ID, "
            "CIDR block and EMQX Cloud's AWS account ID.\n\n"
            "Keep this wizard open while you work in the AWS console, and sign in to the same "
            "region as the deployment."),
        {},
        {{DeploymentValue::Region, QT_TRANSLATE_NOOP("vpw::Flow", "Region")},
         {DeploymentValue::VpcId, QT_TRANSLATE_NOOP("vpw::Flow", "Deployment VPC ID")},
         {DeploymentValue::Cidr, QT_TRANSLATE_NOOP("vpw::Flow", "Deployment CIDR block")},
         {DeploymentValue::CloudAccountId,
          QT_TRANSLATE_NOOP("vpw::Flow", "EMQX Cloud account ID")}},
        {peeringConsole()},
        std::nullopt});

    flow.steps.append(FlowStep{
        QStringLiteral("aws.create-request"),
        StepKind::Instructions,
        QT_TRANSLATE_NOOP("vpw::Flow", "Create the peering connection in AWS"),
        QT_TRANSLATE_NOOP(
            "vpw::Flow",
            "In the AWS console, in the deployment's region, open VPC, Peering connections, and "
            "click Create peering connection. Select your VPC as the VPC ID (Requester).\n\n"
            "Under Select another VPC to peer with, choose Another account and This Region, then "
            "enter the values below: Account ID = EMQX Cloud account ID, VPC ID (Accepter) = "
            "deployment VPC ID. Click Create peering connection. Then note the peering "
            "connection ID, the Requester VPC ID and the Requester VPC owner."),
        {},
        {{DeploymentValue::CloudAccountId,
          QT_TRANSLATE_NOOP("vpw::Flow", "Account ID (EMQX Cloud account ID)")},
         {DeploymentValue::VpcId,
          QT_TRANSLATE_NOOP("vpw::Flow", "VPC ID (Accepter) (deployment VPC ID)")},
         {DeploymentValue::Region, QT_TRANSLATE_NOOP("vpw::Flow", "Region")}},
        {peeringConsole()},
        std::nullopt});

    flow.steps.append(FlowStep{
        QStringLiteral("aws.enter-fields"),
        StepKind::CollectFields,
        QT_TRANSLATE_NOOP("vpw::Flow", "Enter your peering connection details"),
        QT_TRANSLATE_NOOP(
            "vpw::Flow",
            "Copy these values from the details of the peering connection you created in the AWS "
            "console.\n\n"
            "The VPC's CIDR block is checked as you type: it must not fall in EMQX Cloud's "
            "reserved range nor overlap the deployment's network or another peering."),
        {FieldSpec{RequestField::PeeringId, QT_TRANSLATE_NOOP("vpw::Flow", "Peering connection ID"),
                   QT_TRANSLATE_NOOP("vpw::Flow",
                                     "AWS console: VPC, Peering connections, the Peering "
                                     "connection ID column. It starts with \"pcx-\"."),
                   peeringId()},
         FieldSpec{RequestField::VpcId, QT_TRANSLATE_NOOP("vpw::Flow", "Requester VPC ID"),
                   QT_TRANSLATE_NOOP("vpw::Flow",
                                     "AWS console: the peering connection's details, Requester "
                                     "VPC. It starts with \"vpc-\"."),
                   vpcId()},
         FieldSpec{RequestField::AccountId,
                   QT_TRANSLATE_NOOP("vpw::Flow", "Requester VPC owner (your AWS account ID)"),
                   QT_TRANSLATE_NOOP("vpw::Flow",
                                     "AWS console: the peering connection's details, Requester "
                                     "owner ID: your AWS account ID (12 digits)."),
                   accountId()},
         FieldSpec{RequestField::Cidr, QT_TRANSLATE_NOOP("vpw::Flow", "Requester VPC CIDR block"),
                   QT_TRANSLATE_NOOP("vpw::Flow",
                                     "AWS console: the peering connection's details, Requester "
                                     "CIDRs: the IPv4 CIDR block of your VPC."),
                   FieldKind::vpcCidr()}},
        {},
        {peeringConsole()},
        std::nullopt});

    flow.steps.append(FlowStep{
        QStringLiteral("aws.submit"),
        StepKind::Submit,
        QT_TRANSLATE_NOOP("vpw::Flow", "Submit the peering to EMQX Cloud"),
        QT_TRANSLATE_NOOP(
            "vpw::Flow",
            "EMQX Cloud accepts the peering connection you requested in AWS. The peering then "
            "runs, or fails with the reason (for example: the peering connection was not found, "
            "or it does not name the deployment's VPC)."),
        {},
        {},
        {},
        std::nullopt});

    flow.stateHelp = {
        QT_TRANSLATE_NOOP("vpw::Flow", "Check the peering state"),
        QT_TRANSLATE_NOOP(
            "vpw::Flow",
            "When EMQX Cloud has accepted the request, the peering is running and the AWS "
            "console shows the peering connection as Active. If it fails, the reason is shown: "
            "correct it and create the peering again.")};
    flow.steps.append(FlowStep{QStringLiteral("aws.wait"),
                               StepKind::Wait,
                               flow.stateHelp.title,
                               flow.stateHelp.body,
                               {},
                               {},
                               {},
                               std::nullopt});

    flow.steps.append(FlowStep{
        QStringLiteral("aws.route"),
        StepKind::FollowUp,
        QT_TRANSLATE_NOOP("vpw::Flow", "Add a route to the deployment"),
        QT_TRANSLATE_NOOP(
            "vpw::Flow",
            "In the AWS console, open VPC, Route tables, and select the route table of the "
            "subnets that must reach the deployment. Click Edit routes, then Add route: "
            "Destination = the deployment's CIDR block below; Target = Peering Connection, then "
            "the peering connection you created. Save the changes.\n\n"
            "Without this route your VPC does not send traffic for the deployment through the "
            "peering."),
        {},
        {{DeploymentValue::Cidr,
          QT_TRANSLATE_NOOP("vpw::Flow", "Destination (deployment CIDR block)")}},
        {{QT_TRANSLATE_NOOP("vpw::Flow", "AWS VPC console: Route tables"),
          httpsUrl("https://console.aws.amazon.com/vpcconsole/home#RouteTables:")}},
        FollowUpKind::Route});

    flow.steps.append(securityGroupStep(
        QStringLiteral("aws.security-group"),
        QT_TRANSLATE_NOOP(
            "vpw::Flow",
            "In the AWS console, open EC2, Security Groups, and select the security group of the "
            "instances in your VPC. Click Edit inbound rules and add a rule of type Custom TCP "
            "from the deployment's CIDR block below, on the MQTT ports you use: tick them in the "
            "list of ports.\n\n"
            "Without this rule the peering runs but the deployment cannot reach your "
            "instances."),
        {QT_TRANSLATE_NOOP("vpw::Flow", "AWS EC2 console: Security Groups"),
         httpsUrl("https://console.aws.amazon.com/ec2/home#SecurityGroups:")}));

    return flow;
}

} // namespace vpw::providers::aws
