#pragma once

#include "fieldrules.h"
#include "model.h"
#include "provider.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace vpw {

// The provider flows of the documentation as data: the wizard renders these; no step text or
// rule lives in the UI. Texts are English source strings marked with QT_TRANSLATE_NOOP in the
// context kFlowContext; show them through flowText() (QCoreApplication::translate).
// The descriptors are built once, on first use, and never change (safe to read from any thread
// after that). Step bodies are plain text; paragraphs are separated by "\n\n".
inline constexpr const char kFlowContext[] = "vpw::Flow";
QString flowText(const char *sourceText);

// The kinds of wizard page. Checking a peering's state later and deleting it belong to the
// status panel, not to the wizard: their texts are FlowDescriptor::stateHelp and
// deletePeeringNote().
enum class StepKind {
    Instructions,  // do something in the provider console (links, no fields)
    ShowValues,    // values EMQX Cloud shows, to carry to the provider console (copy buttons)
    CollectFields, // values the operator enters (validated live)
    Submit,        // submit to EMQX Cloud
    Wait,          // wait for the provider side: follows the peering's state until it leaves
                   // pending; counts down FlowDescriptor::attachWindowSeconds when the flow
                   // has a window
    FollowUp,      // route table / security group after the peering runs
};

// What a FollowUp step configures (FlowStep::followUp); followup.h makes commands of it.
enum class FollowUpKind { Route, SecurityGroup };

// The fields of PeeringRequest a flow collects from the operator (region is taken from the
// deployment, not typed).
enum class RequestField { PeeringId, AccountId, VpcId, Cidr };
inline constexpr RequestField kRequestFields[] = {RequestField::PeeringId, RequestField::AccountId,
                                                  RequestField::VpcId, RequestField::Cidr};

// The field's name on the wire (docs/api.md): "peeringId", "accountId", "vpcId", "cidr"; the
// `field` of a 422 answer names a field this way.
QString requestFieldWireName(RequestField field);
std::optional<RequestField> requestFieldFromWireName(QStringView name);

// Reads / writes one field of a request as text. A CIDR reads as its canonical text; writing a
// CIDR that is not a valid canonical CIDR (Cidr::fromString: host bits set, malformed) leaves
// the request unchanged and returns false. The ID fields store the text as given and return
// true.
QString requestValue(const PeeringRequest &request, RequestField field);
bool setRequestValue(PeeringRequest &request, RequestField field, const QString &text);

struct FieldSpec {
    RequestField field; // where the value goes in PeeringRequest
    const char *label;  // QT_TRANSLATE_NOOP(kFlowContext, ...)
    const char *help;   // where to find it in the provider console
    FieldKind kind;     // the provider module's kind, or FieldKind::vpcCidr()
};

// A value EMQX Cloud shows the operator, taken from the deployment.
enum class DeploymentValue { VpcId, CloudAccountId, Cidr, Region };
struct CopyValue {
    DeploymentValue source;
    const char *label; // e.g. "Peer project ID (EMQX Cloud account ID)"
};

struct ConsoleLink {
    const char *label;
    QUrl url; // https only
};

struct FlowStep {
    QString id; // stable: "aliyun.create-cen", "huawei.route", ...
    StepKind kind;
    const char *title;
    const char *body;
    QList<FieldSpec> fields;
    QList<CopyValue> copyValues;
    QList<ConsoleLink> links;
    std::optional<FollowUpKind> followUp = std::nullopt; // set on every FollowUp step
};

// A text of the status panel: a title and a plain-text body (QT_TRANSLATE_NOOP(kFlowContext)).
struct PanelNote {
    const char *title;
    const char *body;
};

// One provider's wizard flow. Every field of PeeringRequest (RequestField) is collected by
// exactly one FieldSpec of the flow.
struct FlowDescriptor {
    Provider provider; // the module that owns the flow
    const char *name;
    QList<FlowStep> steps; // wizard pages, in the documentation's order
    std::optional<int> attachWindowSeconds;
    PanelNote stateHelp; // what the peering's states mean for this provider (status panel)
};

// What must hold before deleting a peering (status panel), for every provider.
const PanelNote &deletePeeringNote();

// The MQTT ports (EMQX defaults) the security-group follow-up offers to open; the operator
// chooses which. The only place the port numbers are written: step texts do not repeat them.
// Labels are QT_TRANSLATE_NOOP(kFlowContext, ...).
struct MqttPort {
    quint16 port;
    const char *label; // "MQTT over TLS"
};
const QList<MqttPort> &securityGroupPorts();

// Step ids are unique across all flows; nullptr when there is no such step.
const FlowStep *findStep(const FlowDescriptor &flow, QStringView id);
// The field spec that collects `field`, and the step (page) that holds it; nullptr when the
// flow does not collect it. A 422 naming a `field` goes back to that step.
const FieldSpec *findField(const FlowDescriptor &flow, RequestField field);
const FlowStep *stepCollecting(const FlowDescriptor &flow, RequestField field);

// The provider's flow (its module's), or nullptr for no provider. The list of every provider is
// the registry's (app/providers/registry.h).
const FlowDescriptor *flowFor(Provider provider);

// Building blocks the provider modules share.
QUrl httpsUrl(const char *url);
// The documentation's notes (注意事项), the first page of every flow.
FlowStep prerequisitesStep(const QString &id);
// The security-group follow-up: the rule that lets the deployment's CIDR in.
FlowStep securityGroupStep(const QString &id, const char *body, ConsoleLink link);

} // namespace vpw
