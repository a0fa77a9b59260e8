#pragma once

#include "fieldrules.h"
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

enum class StepKind {
    Instructions,  // do something in the provider console (links, no fields)
    ShowValues,    // values EMQX Cloud shows, to carry to the provider console (copy buttons)
    CollectFields, // values the operator enters (validated live)
    Submit,        // submit to EMQX Cloud
    Countdown,     // wait for the provider side, counting down the attach window
    Status,        // check the peering state
    FollowUp,      // route table / security group after the peering runs
    DeleteRules,   // what must hold before deleting
};

struct FieldSpec {
    QString key;       // request field: "peeringId", "accountId", "vpcId", "cidr"
    const char *label; // QT_TRANSLATE_NOOP(kFlowContext, ...)
    const char *help;  // where to find it in the provider console
    FieldKind kind;
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
};

struct FlowDescriptor {
    Provider provider;
    const char *name;
    QList<FlowStep> steps; // in the documentation's order
    std::optional<int> attachWindowSeconds;
};

// The MQTT ports (EMQX defaults) the security-group follow-up offers to open; the operator
// chooses which. Labels are QT_TRANSLATE_NOOP(kFlowContext, ...).
struct MqttPort {
    quint16 port;
    const char *label; // "MQTT over TLS"
};
const QList<MqttPort> &securityGroupPorts();

// Step ids are unique across both flows; nullptr when there is no such step.
const FlowStep *findStep(const FlowDescriptor &flow, QStringView id);

const FlowDescriptor &aliyunFlow();
const FlowDescriptor &huaweiFlow();
const FlowDescriptor &flowFor(Provider provider);

} // namespace vpw
