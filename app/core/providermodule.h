#pragma once

#include "cidr.h"
#include "fieldrules.h"
#include "flow.h"
#include "followup.h"
#include "model.h"
#include "peeringstate.h"
#include "provider.h"
#include "provideraccountpart.h"
#include "verdict.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace vpw {

// The demo data of one provider for the sandbox (docs/api.md "Seed data"): plain values, no
// sandbox types. The sandbox (app/sandbox/seed.cpp) turns them into records; it knows no
// provider. IDs pass the module's own field checks; CIDRs are outside the reserved range.
struct DemoPeering {
    QString id; // the API record ID ("peer-demo0running")
    QString peeringId;
    QString accountId;
    QString vpcId;
    QString cidr;
    PeeringState state = PeeringState::Running;
    // Created a week before the sandbox's now; a pending peering is created at now and gets a
    // fresh attach window (when the flow has one).
    FailureCode failureCode = FailureCode::None; // failed peerings: why
    QList<BoundResource> boundResources;
};

struct DemoDeployment {
    QString id;
    QString name;
    QString region;
    Edition edition = Edition::Dedicated;
    QString vpcId;
    QString cidr;
    QString cloudAccountId;
    QList<DemoPeering> peerings;
};

// Everything provider-specific that is not a widget, for one provider. Each provider is one
// folder, app/providers/<name>/, whose module implements every function below (a provider that
// lacks a part does not build); the registry (app/providers/registry.h) lists the modules, and
// tests/providers/tst_registry.cpp checks each part. Nothing falls back to another provider.
// Texts are English source strings translated through QCoreApplication::translate; modules are
// immutable singletons, safe to read from any thread.
class ProviderModule {
public:
    virtual ~ProviderModule();

    // The wire name (docs/api.md `platform` / `provider`): "aliyun", "huawei", "aws".
    virtual QString id() const = 0;
    // Translated display name: "Alibaba Cloud" / "阿里云".
    virtual QString displayName() const = 0;

    // The wizard's flow: steps, fields (with this module's field kinds), copy values, console
    // links, the attach window if any, state help. flow().provider is this module.
    virtual const FlowDescriptor &flow() const = 0;
    // Every field kind of the provider (collected fields and the IDs EMQX Cloud shows), with
    // their formats and examples.
    virtual QList<FieldKind> fieldKinds() const = 0;
    // Region codes documented for the provider (completion candidates, not a closed list).
    virtual QStringList knownRegions() const = 0;
    // The translated name the provider's console lists `regionId` by ("China (Hangzhou)" /
    // "华东1（杭州）"); empty for a region the module does not know. Shown beside the ID
    // (regionText(), provider.h).
    virtual QString regionName(const QString &regionId) const = 0;
    // The provider's own limits for a VPC CIDR (prefix lengths, private ranges), before the
    // reserved-range and overlap checks every flow shares (checkVpcCidr).
    virtual Verdict checkCidrLimits(const Cidr &cidr) const = 0;
    // The kinds of the two IDs EMQX Cloud shows for a deployment of this provider (its "+ VPC
    // peering" dialog): the deployment's VPC ID and EMQX Cloud's account ID on the provider
    // (Huawei: the project ID). A deployment entered by hand is checked against them.
    virtual FieldKind deploymentVpcIdKind() const = 0;
    virtual FieldKind cloudAccountIdKind() const = 0;

    // The provider's official CLI as its documentation names it ("AWS CLI"), not translated.
    virtual QString cliName() const = 0;
    // The follow-up `kind` (a FollowUp step of flow()) as one CLI command line and as Terraform,
    // with the input's values filled in (placeholders for what the operator has not typed).
    // Called only for a kind the flow has, with something to do (followup.h checks).
    virtual QString followUpCli(FollowUpKind kind, const FollowUpInput &input) const = 0;
    virtual QString followUpTerraform(FollowUpKind kind, const FollowUpInput &input) const = 0;
    // The verdict on the ID the operator types for the follow-up `kind` (their security group's
    // or route table's), trimmed. Ok with the canonical ID in `normalized`; an error keeps the
    // placeholder in the texts. The message may be empty: the caller then says what any ID is
    // made of (isPlausibleResourceId). Huawei's IDs are UUIDs: "sg-test123" is an error there.
    virtual Verdict checkFollowUpId(FollowUpKind kind, QStringView id) const = 0;

    // Plain-language advice for a failed peering of this provider: what went wrong and the next
    // step, translated. Every FailureCode except None has its own text.
    virtual QString failureAdvice(FailureCode code) const = 0;
    // The reason EMQX Cloud (the sandbox) writes on a peering that failed with `code`: plain
    // English, as a server sends it (not translated).
    virtual QString failureReason(FailureCode code) const = 0;

    // The provider's demo deployments and peerings for the sandbox.
    virtual QList<DemoDeployment> demoSeed() const = 0;

    // The operator's own account on the provider (keys, their checks, the policy), for a
    // provider whose API the application calls; nullptr for a guided-only provider (AWS).
    virtual const ProviderAccountPart *account() const = 0;
};

} // namespace vpw
