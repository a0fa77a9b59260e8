#include "module.h"
#include "parts.h"

namespace vpw::providers::aliyun {

// The flow follows the EMQX Cloud documentation "VPC 对等连接配置"
// (../shared/seed/vpc-peering.zh_CN.md); the console steps the app does itself (open the EMQX
// Cloud console, click "+VPC 对等连接") are replaced by the wizard's own steps. Texts are in the
// context "vpw::Flow" (kFlowContext), field-kind texts in "vpw::FieldRules".

namespace {

// "您需要在10分钟内完成 ... 否则将视为失败"
constexpr int kAttachWindowSeconds = 600;

QList<FieldKind> siblings() {
    return {cenId(), accountId(), vpcId()};
}

ConsoleLink cenConsole() {
    return {QT_TRANSLATE_NOOP("vpw::Flow", "Alibaba Cloud CEN console"),
            httpsUrl("https://cen.console.aliyun.com/cen/list")};
}

} // namespace

const FieldKind &cenId() {
    static const FieldKind kind{QStringLiteral("aliyun.cen-id"),
                                QT_TRANSLATE_NOOP("vpw::FieldRules", "CEN instance ID"),
                                FieldShape::PrefixedId,
                                QStringLiteral("cen-a1b2c3d4e5f6g7h8i9"),
                                QStringLiteral("cen-"),
                                false,
                                {18},
                                false,
                                nullptr,
                                siblings};
    return kind;
}

const FieldKind &accountId() {
    static const FieldKind kind{
        QStringLiteral("aliyun.account-id"),
        QT_TRANSLATE_NOOP("vpw::FieldRules", "Alibaba Cloud account ID"),
        FieldShape::Digits,
        QStringLiteral("1688000000000000"),
        {},
        false,
        {16},
        false,
        QT_TRANSLATE_NOOP("vpw::FieldRules", "an Alibaba Cloud account ID is digits only (console "
                                             "overview page, “Account ID”)."),
        siblings};
    return kind;
}

const FieldKind &vpcId() {
    static const FieldKind kind{QStringLiteral("aliyun.vpc-id"),
                                QT_TRANSLATE_NOOP("vpw::FieldRules", "Alibaba Cloud VPC ID"),
                                FieldShape::PrefixedId,
                                QStringLiteral("vpc-bp1a2b3c4d5e6f7g8h9i0"),
                                QStringLiteral("vpc-"),
                                false,
                                {21},
                                false,
                                nullptr,
                                siblings};
    return kind;
}

FlowDescriptor buildFlow(Provider self) {
    FlowDescriptor flow{self,
                        QT_TRANSLATE_NOOP("vpw::Flow", "Alibaba Cloud (Cloud Enterprise Network)"),
                        {},
                        kAttachWindowSeconds,
                        {}};

    flow.steps.append(prerequisitesStep(QStringLiteral("aliyun.prerequisites")));

    flow.steps.append(FlowStep{
        QStringLiteral("aliyun.create-cen"),
        StepKind::Instructions,
        QT_TRANSLATE_NOOP("vpw::Flow", "Create a CEN instance"),
        QT_TRANSLATE_NOOP(
            "vpw::Flow",
            "On Alibaba Cloud, VPC peering goes through a Cloud Enterprise Network (CEN).\n\n"
            "Sign in to your Alibaba Cloud account and open the Cloud Enterprise Network page. "
            "Click Create CEN Instance, fill in the information of your VPC and click OK.\n\n"
            "Note: one VPC can belong to only one CEN instance. If your VPC is already attached "
            "to a CEN instance, use that instance instead of creating a new one."),
        {},
        {},
        {cenConsole(),
         {QT_TRANSLATE_NOOP("vpw::Flow", "Cloud Enterprise Network introduction"),
          httpsUrl("https://cn.aliyun.com/product/cbn")}},
        std::nullopt});

    flow.steps.append(FlowStep{
        QStringLiteral("aliyun.enter-fields"),
        StepKind::CollectFields,
        QT_TRANSLATE_NOOP("vpw::Flow", "Enter your CEN details"),
        QT_TRANSLATE_NOOP(
            "vpw::Flow",
            "Copy these values from the Alibaba Cloud console. The peering ID is the ID of the "
            "CEN instance you created, the account ID is your Alibaba Cloud account ID, and the "
            "VPC ID is the VPC attached to that CEN instance.\n\n"
            "The VPC's CIDR block is checked as you type: it must not fall in EMQX Cloud's "
            "reserved range nor overlap the deployment's network or another peering."),
        {FieldSpec{RequestField::PeeringId,
                   QT_TRANSLATE_NOOP("vpw::Flow", "Peering ID (CEN instance ID)"),
                   QT_TRANSLATE_NOOP("vpw::Flow",
                                     "Alibaba Cloud console: Cloud Enterprise Network, the ID "
                                     "column of your CEN instance. It starts with \"cen-\"."),
                   cenId()},
         FieldSpec{RequestField::AccountId,
                   QT_TRANSLATE_NOOP("vpw::Flow", "Account ID (Alibaba Cloud account ID)"),
                   QT_TRANSLATE_NOOP("vpw::Flow",
                                     "Alibaba Cloud console: the account menu at the top right, "
                                     "or the overview page, shows the Account ID (digits only)."),
                   accountId()},
         FieldSpec{RequestField::VpcId,
                   QT_TRANSLATE_NOOP("vpw::Flow", "VPC ID (the VPC attached to the CEN)"),
                   QT_TRANSLATE_NOOP("vpw::Flow",
                                     "Alibaba Cloud console: VPC, the ID of the VPC you attached "
                                     "to the CEN instance. It starts with \"vpc-\"."),
                   vpcId()},
         FieldSpec{RequestField::Cidr, QT_TRANSLATE_NOOP("vpw::Flow", "VPC CIDR block"),
                   QT_TRANSLATE_NOOP("vpw::Flow",
                                     "Alibaba Cloud console: VPC, the IPv4 CIDR block of the same "
                                     "VPC."),
                   FieldKind::vpcCidr()}},
        {},
        {cenConsole()},
        std::nullopt});

    flow.steps.append(FlowStep{
        QStringLiteral("aliyun.submit"),
        StepKind::Submit,
        QT_TRANSLATE_NOOP("vpw::Flow", "Submit the peering to EMQX Cloud"),
        QT_TRANSLATE_NOOP(
            "vpw::Flow",
            "EMQX Cloud records the peering as pending. From the moment EMQX Cloud creates it, "
            "you have 10 minutes to load the deployment's VPC into your CEN instance; after that "
            "the peering fails and must be created again.\n\n"
            "Keep the Alibaba Cloud console open on your CEN instance before you submit."),
        {},
        {},
        {},
        std::nullopt});

    flow.steps.append(FlowStep{
        QStringLiteral("aliyun.load-network-instance"),
        StepKind::Wait,
        QT_TRANSLATE_NOOP("vpw::Flow", "Load the deployment's VPC into your CEN within 10 minutes"),
        QT_TRANSLATE_NOOP(
            "vpw::Flow",
            "In the Alibaba Cloud console, open the details of the CEN instance you created and "
            "click Load Network Instance. Choose the option for another account, then enter the "
            "values below: the deployment's VPC ID, EMQX Cloud's account ID and the region. "
            "Click OK.\n\n"
            "Finish before the countdown ends, or the peering fails. The countdown runs from the "
            "time EMQX Cloud created the peering, and the state is checked while you work."),
        {},
        {{DeploymentValue::VpcId, QT_TRANSLATE_NOOP("vpw::Flow", "Deployment VPC ID")},
         {DeploymentValue::CloudAccountId, QT_TRANSLATE_NOOP("vpw::Flow", "EMQX Cloud account ID")},
         {DeploymentValue::Region, QT_TRANSLATE_NOOP("vpw::Flow", "Region")}},
        {cenConsole()},
        std::nullopt});

    flow.stateHelp = {
        QT_TRANSLATE_NOOP("vpw::Flow", "Check the peering state"),
        QT_TRANSLATE_NOOP(
            "vpw::Flow",
            "The peering turns running once EMQX Cloud finds the deployment's VPC in your CEN "
            "instance. If it fails, the reason is shown: correct it and create the peering "
            "again. A failed peering no longer holds its CIDR block.")};

    flow.steps.append(securityGroupStep(
        QStringLiteral("aliyun.security-group"),
        QT_TRANSLATE_NOOP(
            "vpw::Flow",
            "Sign in to your Alibaba Cloud account and open the security group of the instances "
            "in your VPC (ECS console, Network & Security, Security Groups). Add an inbound rule "
            "that accepts TCP traffic from the deployment's CIDR block below, on the MQTT ports "
            "you use: tick them in the list of ports.\n\n"
            "Without this rule the peering runs but the deployment cannot reach your "
            "instances."),
        {QT_TRANSLATE_NOOP("vpw::Flow", "Alibaba Cloud ECS console"),
         httpsUrl("https://ecs.console.aliyun.com/")}));

    return flow;
}

} // namespace vpw::providers::aliyun
