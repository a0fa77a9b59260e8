#pragma once

#include "cidr.h"
#include "flow.h"
#include "model.h"
#include "provider.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace vpw {

// The changes the operator makes on the provider side after a peering runs, as text: the
// same change as a command for the provider's official CLI and as a Terraform snippet. Pure
// functions, no widgets (ui/followupwidget shows them).

// What the follow-up configures. Each kind is a FollowUp step of the provider's flow (its
// title, body and console links): "<provider>.route", "<provider>.security-group".
enum class FollowUpKind { Route, SecurityGroup };

// Everything the texts are built from. The IDs the application cannot know (the operator's
// security group and route table) are typed by the operator; while empty or not plausible
// (isPlausibleResourceId) the texts carry placeholders instead.
struct FollowUpInput {
    Provider provider = Provider::Aliyun;
    QString region;          // the deployment's region (same region as the operator's VPC)
    Cidr deploymentCidr;     // route destination; security-group rule source
    QString peeringId;       // Huawei: the peering connection ID (the route's next hop)
    QString vpcId;           // the operator's VPC ID (the peering's vpcId)
    QList<quint16> ports;    // the MQTT ports to open, in securityGroupPorts() order
    QString securityGroupId; // typed by the operator
    QString routeTableId;    // typed by the operator (Huawei)
};

// The input for a peering of `deployment`, with every port of securityGroupPorts() ticked
// and no typed IDs.
FollowUpInput followUpInput(const Deployment &deployment, const Peering &peering);

// The follow-ups of the provider's flow, in the flow's order (Huawei: route, then security
// group; Aliyun: security group). Empty for a provider without a flow.
QList<FollowUpKind> followUpKinds(Provider provider);
// The flow step that describes the follow-up (title, body, console links); nullptr when the
// provider's flow has none.
const FlowStep *followUpStep(Provider provider, FollowUpKind kind);

// The name of the provider's official CLI as its documentation writes it (a product name, not
// translated): "Alibaba Cloud CLI", "Huawei Cloud KooCLI".
QString followUpCliName(Provider provider);

// Placeholders for what the operator has not typed yet.
inline constexpr const char kSecurityGroupPlaceholder[] = "<SECURITY_GROUP_ID>";
inline constexpr const char kRouteTablePlaceholder[] = "<ROUTE_TABLE_ID>";

// A resource ID that can go into a command line as is: 1-128 characters of ASCII letters,
// digits, '-' and '_' (every Aliyun / Huawei ID is), so nothing typed can inject shell or HCL
// syntax. Surrounding whitespace is not accepted (trim first).
bool isPlausibleResourceId(QStringView text);

// The ready command for the provider's official CLI (Alibaba Cloud CLI `aliyun`, Huawei Cloud
// KooCLI `hcloud`), one line. Empty when there is nothing to do: a security-group rule with no
// port ticked, or a kind the provider's flow does not have.
QString followUpCliCommand(FollowUpKind kind, const FollowUpInput &input);
// The same change as Terraform (providers `alicloud` / `huaweicloud`), lines ending in "\n".
// Empty in the same cases as followUpCliCommand().
QString followUpTerraform(FollowUpKind kind, const FollowUpInput &input);

} // namespace vpw
