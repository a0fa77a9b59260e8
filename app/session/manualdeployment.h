#pragma once

#include "app/core/model.h"
#include "app/core/verdict.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace vpw::session {

// A deployment of an "EMQX Cloud console (by hand)" profile: EMQX Cloud has no public peering
// API yet, so the operator enters each deployment once from what EMQX's "+ VPC peering" dialog
// shows (design.md §5 "Without an EMQX API"). Every field is checked with the rules used
// everywhere: the provider module's field kinds and regions, the CIDR rules (reserved range),
// and only dedicated deployments (shared and free-trial ones are refused with the documented
// reason).

enum class ManualField { Name, Provider, Region, VpcId, Cidr, CloudAccountId, Edition };

// Every field, in the order the editor shows them.
const QList<ManualField> &manualFields();
// The stable key of the field in the exported JSON: "name", "provider", "region", "vpcId",
// "cidr", "cloudAccountId", "edition".
QString manualFieldKey(ManualField field);
// The translated label the editor shows ("Deployment VPC ID").
QString manualFieldLabel(ManualField field);

// The values as typed, by field (a missing field is empty).
using ManualInput = QHash<ManualField, QString>;

// The verdict of one field as typed, in the context of the others (the VPC ID, the account ID
// and the region depend on the provider). Provider: a wire name ("aliyun") or a display name
// ("Alibaba Cloud", "阿里云"). Edition: "dedicated"/"shared"/"trial" or a display name; shared
// and trial are errors "edition.no_peering" with the documented reason. Codes are those of
// checkField()/checkVpcCidr(), plus name.empty, name.control, name.too_long, provider.unknown,
// provider.needed, region.unknown (a warning: the region list is not closed), edition.unknown.
Verdict checkManualField(const ManualInput &input, ManualField field);

// The providers a deployment can be on, for a choice: (wire name, translated display name), in
// the registry's order. (The UI does not reach the registry itself.)
QList<std::pair<QString, QString>> manualProviderChoices();

// The provider named by `text` (wire or display name, case-insensitive), or nullptr.
Provider manualProvider(const QString &text);

// One problem of an input: the field and its error verdict.
struct ManualProblem {
    ManualField field;
    Verdict verdict;
};

// The deployment the input describes, with the values normalised, or nullopt with every
// field's error in `problems` (warnings are not problems). `id` is kept as given.
std::optional<Deployment> manualDeployment(const QString &id, const ManualInput &input,
                                           QList<ManualProblem> *problems = nullptr);
// The input that describes `deployment` (for editing and export).
ManualInput manualInput(const Deployment &deployment);

// The values the paste helper recognises in text copied from EMQX's "+ VPC peering" dialog or
// the deployment overview (English or Simplified Chinese console): "Label: value",
// "Label<TAB>value" or a label line followed by its value. Only recognised fields are set; the
// values are trimmed, not checked (the editor checks them as if typed).
ManualInput parseConsoleText(const QString &text);

} // namespace vpw::session
