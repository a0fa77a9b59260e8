#pragma once

#include "cidr.h"
#include "flow.h"
#include "model.h"
#include "provider.h"
#include "verdict.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <utility>

namespace vpw {

// The changes the operator makes on the provider side after a peering runs, as text: the
// same change as a command for the provider's official CLI and as a Terraform snippet. Pure
// functions, no widgets (ui/followupwidget shows them).

// What the follow-up configures: FollowUpKind (flow.h). Each kind is a FollowUp step of the
// provider's flow (its title, body and console links), marked with FlowStep::followUp. The
// commands themselves are the provider module's (ProviderModule::followUpCli / Terraform).

// Everything the texts are built from. The IDs the application cannot know (the operator's
// security group and route table) are typed by the operator; while empty or not plausible
// (isPlausibleResourceId) the texts carry placeholders instead.
struct FollowUpInput {
    Provider provider = nullptr;
    QString region;          // the deployment's region (same region as the operator's VPC)
    Cidr deploymentCidr;     // route destination; security-group rule source
    QString peeringId;       // the provider's peering ID (Huawei, AWS: the route's next hop)
    QString vpcId;           // the operator's VPC ID (the peering's vpcId)
    QList<quint16> ports;    // the MQTT ports to open, in securityGroupPorts() order
    QString securityGroupId; // typed by the operator
    QString routeTableId;    // typed by the operator (flows with a route follow-up)
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
// translated): "Alibaba Cloud CLI", "Huawei Cloud KooCLI", "AWS CLI".
QString followUpCliName(Provider provider);

// Placeholders for what the operator has not typed yet.
inline constexpr const char kSecurityGroupPlaceholder[] = "<SECURITY_GROUP_ID>";
inline constexpr const char kRouteTablePlaceholder[] = "<ROUTE_TABLE_ID>";

// A resource ID that can go into a command line as is: 1-128 characters of ASCII letters,
// digits, '-' and '_' (every Aliyun / Huawei ID is), so nothing typed can inject shell or HCL
// syntax. Surrounding whitespace is not accepted (trim first).
bool isPlausibleResourceId(QStringView text);
// isPlausibleResourceId() as a verdict (Ok with the ID, or an error "id.charset" without a
// message): ProviderModule::checkFollowUpId of providers whose IDs have no fixed form.
Verdict plausibleResourceIdVerdict(QStringView text);

// The ready command for the provider's official CLI (Alibaba Cloud CLI `aliyun`, Huawei Cloud
// KooCLI `hcloud`, `aws`), one line. Empty when there is nothing to do: a security-group rule
// with no port ticked, or a kind the provider's flow does not have.
QString followUpCliCommand(FollowUpKind kind, const FollowUpInput &input);
// The same change as Terraform (the provider's Terraform provider), lines ending in "\n".
// Empty in the same cases as followUpCliCommand().
QString followUpTerraform(FollowUpKind kind, const FollowUpInput &input);

// Building blocks of the providers' generators (app/providers/<name>/followup.cpp).
namespace followup {
// The text when it can go into a shell command or HCL string as is (isPlausibleResourceId),
// else the placeholder: values from the server or typed by the operator never change the
// syntax.
QString idOr(const QString &text, const char *placeholder);
// The deployment CIDR as text; the ports as decimal texts.
QString cidrText(const FollowUpInput &input);
QStringList portTexts(const FollowUpInput &input);
// "value" (an HCL string literal of a value that needs no escaping).
QString quoted(const QString &value);
// One Terraform resource block, formatted as `terraform fmt` does: arguments aligned on "=".
// Values are HCL literals already (quoted strings or numbers).
QString hclResource(const char *type, const QString &name,
                    const QList<std::pair<const char *, QString>> &arguments);
} // namespace followup

} // namespace vpw
