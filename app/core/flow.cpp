#include "flow.h"

#include "model.h"

#include <QCoreApplication>

namespace vpw {

// Every text below is an English source string in the context "vpw::Flow" (kFlowContext),
// written out literally because lupdate does not resolve constants. The order of the steps and
// their content follow the EMQX Cloud documentation "VPC 对等连接配置"
// (../shared/seed/vpc-peering.zh_CN.md); the console steps the app does itself (open the EMQX
// Cloud console, click "+VPC 对等连接") are replaced by the wizard's own steps.
static_assert(sizeof(kFlowContext) == sizeof("vpw::Flow"), "lupdate context must match");

QString flowText(const char *sourceText) {
    if (!sourceText)
        return {};
    return QCoreApplication::translate(kFlowContext, sourceText);
}

namespace {

QUrl https(const char *url) {
    return QUrl(QString::fromLatin1(url), QUrl::StrictMode);
}

ConsoleLink cenConsole() {
    return {QT_TRANSLATE_NOOP("vpw::Flow", "Alibaba Cloud CEN console"),
            https("https://cen.console.aliyun.com/cen/list")};
}

ConsoleLink huaweiPeeringConsole() {
    return {QT_TRANSLATE_NOOP("vpw::Flow", "Huawei Cloud VPC peering console"),
            https("https://console.huaweicloud.com/vpc/#/vpc/peerings")};
}

// The documentation's notes (注意事项) apply to both providers.
FlowStep prerequisites(const QString &id) {
    return FlowStep{
        id,
        StepKind::Instructions,
        QT_TRANSLATE_NOOP("vpw::Flow", "Before you start"),
        QT_TRANSLATE_NOOP(
            "vpw::Flow",
            "VPC peering is available on dedicated deployments only, not on free-trial or shared "
            "deployments.\n\n"
            "Your VPC must be in the same region as the deployment: EMQX Cloud only creates "
            "peerings within one region.\n\n"
            "Your VPC's CIDR block must not use EMQX Cloud's reserved addresses, documented as "
            "10.10.0.0/24 ～ 10.32.255.0/24 (every address from 10.10.0.0 to 10.32.255.255; the "
            "wizard checks the ranges your deployment reports), and must not overlap the "
            "deployment's CIDR block or the CIDR block of another "
            "peering of the deployment. Plan your VPC's addresses accordingly.\n\n"
            "Peerings and rule-engine resources are bound to each other: create the peering "
            "first, then the resources that use it."),
        {},
        {},
        {}};
}

FlowStep securityGroupStep(const QString &id, const char *body, ConsoleLink link) {
    return FlowStep{
        id,
        StepKind::FollowUp,
        QT_TRANSLATE_NOOP("vpw::Flow", "Allow the deployment in your security group"),
        body,
        {},
        {{DeploymentValue::Cidr, QT_TRANSLATE_NOOP("vpw::Flow", "Source (deployment CIDR block)")}},
        {std::move(link)}};
}

FlowDescriptor buildAliyunFlow() {
    FlowDescriptor flow{Provider::Aliyun,
                        QT_TRANSLATE_NOOP("vpw::Flow", "Alibaba Cloud (Cloud Enterprise Network)"),
                        {},
                        attachWindowSeconds(Provider::Aliyun),
                        {}};

    flow.steps.append(prerequisites(QStringLiteral("aliyun.prerequisites")));

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
         {QT_TRANSLATE_NOOP("vpw::Flow", "About Cloud Enterprise Network"),
          https("https://cn.aliyun.com/product/cbn")}}});

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
                   FieldKind::AliyunCenId},
         FieldSpec{RequestField::AccountId,
                   QT_TRANSLATE_NOOP("vpw::Flow", "Account ID (Alibaba Cloud account ID)"),
                   QT_TRANSLATE_NOOP("vpw::Flow",
                                     "Alibaba Cloud console: the account menu at the top right, "
                                     "or the overview page, shows the Account ID (digits only)."),
                   FieldKind::AliyunAccountId},
         FieldSpec{RequestField::VpcId,
                   QT_TRANSLATE_NOOP("vpw::Flow", "VPC ID (the VPC attached to the CEN)"),
                   QT_TRANSLATE_NOOP("vpw::Flow",
                                     "Alibaba Cloud console: VPC, the ID of the VPC you attached "
                                     "to the CEN instance. It starts with \"vpc-\"."),
                   FieldKind::AliyunVpcId},
         FieldSpec{RequestField::Cidr, QT_TRANSLATE_NOOP("vpw::Flow", "VPC CIDR block"),
                   QT_TRANSLATE_NOOP("vpw::Flow",
                                     "Alibaba Cloud console: VPC, the IPv4 CIDR block of the same "
                                     "VPC, for example 192.168.0.0/16."),
                   FieldKind::VpcCidr}},
        {},
        {cenConsole()}});

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
        {}});

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
        {cenConsole()}});

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
         https("https://ecs.console.aliyun.com/")}));

    return flow;
}

FlowDescriptor buildHuaweiFlow() {
    FlowDescriptor flow{Provider::Huawei,
                        QT_TRANSLATE_NOOP("vpw::Flow", "Huawei Cloud (VPC peering)"),
                        {},
                        attachWindowSeconds(Provider::Huawei),
                        {}};

    flow.steps.append(prerequisites(QStringLiteral("huawei.prerequisites")));

    flow.steps.append(FlowStep{
        QStringLiteral("huawei.show-values"),
        StepKind::ShowValues,
        QT_TRANSLATE_NOOP("vpw::Flow", "Note the deployment's values"),
        QT_TRANSLATE_NOOP(
            "vpw::Flow",
            "You will need these values in the Huawei Cloud console: the deployment's VPC ID, "
            "EMQX Cloud's account ID (Huawei Cloud calls it the peer project ID) and the "
            "deployment's CIDR block, for the route you add at the end.\n\n"
            "Keep this wizard open while you work in the Huawei Cloud console."),
        {},
        {{DeploymentValue::VpcId, QT_TRANSLATE_NOOP("vpw::Flow", "Deployment VPC ID")},
         {DeploymentValue::CloudAccountId, QT_TRANSLATE_NOOP("vpw::Flow", "EMQX Cloud account ID")},
         {DeploymentValue::Cidr, QT_TRANSLATE_NOOP("vpw::Flow", "Deployment CIDR block")}},
        {huaweiPeeringConsole()}});

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
            "deployment's region."),
        {},
        {{DeploymentValue::CloudAccountId,
          QT_TRANSLATE_NOOP("vpw::Flow", "Peer project ID (EMQX Cloud account ID)")},
         {DeploymentValue::VpcId,
          QT_TRANSLATE_NOOP("vpw::Flow", "Peer VPC ID (deployment VPC ID)")},
         {DeploymentValue::Region, QT_TRANSLATE_NOOP("vpw::Flow", "Region")}},
        {huaweiPeeringConsole()}});

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
                   FieldKind::HuaweiPeeringId},
         FieldSpec{RequestField::Cidr, QT_TRANSLATE_NOOP("vpw::Flow", "VPC CIDR block"),
                   QT_TRANSLATE_NOOP("vpw::Flow",
                                     "Huawei Cloud console: Virtual Private Cloud, the IPv4 CIDR "
                                     "block of your VPC, for example 192.168.0.0/16."),
                   FieldKind::VpcCidr},
         FieldSpec{RequestField::VpcId, QT_TRANSLATE_NOOP("vpw::Flow", "VPC ID"),
                   QT_TRANSLATE_NOOP("vpw::Flow",
                                     "Huawei Cloud console: Virtual Private Cloud, the ID of your "
                                     "VPC (the local VPC of the peering connection)."),
                   FieldKind::HuaweiVpcId},
         FieldSpec{RequestField::AccountId,
                   QT_TRANSLATE_NOOP("vpw::Flow", "User ID (from My Credentials)"),
                   QT_TRANSLATE_NOOP("vpw::Flow",
                                     "Huawei Cloud console: your account menu, My Credentials, "
                                     "API Credentials: the IAM User ID (32 hex digits)."),
                   FieldKind::HuaweiUserId}},
        {},
        {huaweiPeeringConsole(),
         {QT_TRANSLATE_NOOP("vpw::Flow", "My Credentials"),
          https("https://console.huaweicloud.com/iam/#/mine/apiCredential")}}});

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
        {}});

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
                               {}});

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
          https("https://console.huaweicloud.com/vpc/")}}});

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
         https("https://console.huaweicloud.com/vpc/")}));

    return flow;
}

} // namespace

QString requestFieldWireName(RequestField field) {
    switch (field) {
    case RequestField::PeeringId:
        return QStringLiteral("peeringId");
    case RequestField::AccountId:
        return QStringLiteral("accountId");
    case RequestField::VpcId:
        return QStringLiteral("vpcId");
    case RequestField::Cidr:
        return QStringLiteral("cidr");
    }
    return {};
}

std::optional<RequestField> requestFieldFromWireName(QStringView name) {
    for (const RequestField field : kRequestFields) {
        if (requestFieldWireName(field) == name)
            return field;
    }
    return std::nullopt;
}

QString requestValue(const PeeringRequest &request, RequestField field) {
    switch (field) {
    case RequestField::PeeringId:
        return request.peeringId;
    case RequestField::AccountId:
        return request.accountId;
    case RequestField::VpcId:
        return request.vpcId;
    case RequestField::Cidr:
        return request.cidr.toString();
    }
    return {};
}

bool setRequestValue(PeeringRequest &request, RequestField field, const QString &text) {
    switch (field) {
    case RequestField::PeeringId:
        request.peeringId = text;
        return true;
    case RequestField::AccountId:
        request.accountId = text;
        return true;
    case RequestField::VpcId:
        request.vpcId = text;
        return true;
    case RequestField::Cidr:
        if (const std::optional<Cidr> cidr = Cidr::fromString(text)) {
            request.cidr = *cidr;
            return true;
        }
        return false;
    }
    return false;
}

const PanelNote &deletePeeringNote() {
    static const PanelNote note{
        QT_TRANSLATE_NOOP("vpw::Flow", "Deleting a peering"),
        QT_TRANSLATE_NOOP(
            "vpw::Flow",
            "A peering can be deleted only while its state is running.\n\n"
            "Before you delete it, make sure the deployment has no resources bound to the "
            "peering (for example rule-engine resources that reach your VPC). Deleting a "
            "peering that resources still use leads to unpredictable failures.\n\n"
            "To delete, select the peering in the list of the deployment's peerings and click "
            "Delete.")};
    return note;
}

const QList<MqttPort> &securityGroupPorts() {
    static const QList<MqttPort> ports = {
        {1883, QT_TRANSLATE_NOOP("vpw::Flow", "MQTT")},
        {8883, QT_TRANSLATE_NOOP("vpw::Flow", "MQTT over TLS")},
        {8083, QT_TRANSLATE_NOOP("vpw::Flow", "MQTT over WebSocket")},
        {8084, QT_TRANSLATE_NOOP("vpw::Flow", "MQTT over secure WebSocket")},
    };
    return ports;
}

const FlowStep *findStep(const FlowDescriptor &flow, QStringView id) {
    for (const FlowStep &step : flow.steps) {
        if (step.id == id)
            return &step;
    }
    return nullptr;
}

const FlowDescriptor &aliyunFlow() {
    static const FlowDescriptor flow = buildAliyunFlow();
    return flow;
}

const FlowDescriptor &huaweiFlow() {
    static const FlowDescriptor flow = buildHuaweiFlow();
    return flow;
}

const FieldSpec *findField(const FlowDescriptor &flow, RequestField field) {
    for (const FlowStep &step : flow.steps) {
        for (const FieldSpec &spec : step.fields) {
            if (spec.field == field)
                return &spec;
        }
    }
    return nullptr;
}

const FlowStep *stepCollecting(const FlowDescriptor &flow, RequestField field) {
    for (const FlowStep &step : flow.steps) {
        for (const FieldSpec &spec : step.fields) {
            if (spec.field == field)
                return &step;
        }
    }
    return nullptr;
}

const QList<const FlowDescriptor *> &flows() {
    static const QList<const FlowDescriptor *> all = {&aliyunFlow(), &huaweiFlow()};
    return all;
}

const FlowDescriptor *flowFor(Provider provider) {
    for (const FlowDescriptor *flow : flows()) {
        if (flow->provider == provider)
            return flow;
    }
    return nullptr;
}

} // namespace vpw
