#pragma once

#include "cidr.h"
#include "cidrindex.h"
#include "peeringstate.h"
#include "provider.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vpw {

// Value types of the peering API (docs/api.md). Codecs live in cloud/ (client) and
// sandbox/ (server); these carry no JSON.

struct Deployment {
    QString id;
    QString name;
    Provider provider = nullptr; // the provider module (wire: `platform`); nullptr until known
    QString region;
    Edition edition = Edition::Dedicated;
    QString vpcId;
    Cidr cidr;
    QString cloudAccountId;    // EMQX Cloud's account ID on the provider (Huawei: project ID)
    QStringList reservedCidrs; // as sent by the server; empty = documented default
};

struct BoundResource {
    QString id;
    QString name;
    QString type;
};

struct Peering {
    QString id;
    QString deploymentId;
    Provider provider = nullptr;
    QString peeringId; // the provider's ID: Aliyun CEN instance, Huawei / AWS peering connection
    QString accountId; // Aliyun: account ID (UID); Huawei: user ID; AWS: requester VPC owner
    QString vpcId;
    Cidr cidr;
    PeeringState state = PeeringState::Pending;
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<QDateTime> expiresAt; // createdAt + the flow's attach window (Aliyun); or none
    QString failureReason;              // empty unless failed
    FailureCode failureCode = FailureCode::None; // None unless failed
    QList<BoundResource> boundResources;
};

// What the operator submits to create a peering.
struct PeeringRequest {
    QString peeringId;
    QString accountId;
    QString vpcId;
    Cidr cidr;
    QString region; // optional on the wire; checked against the deployment's region
};

// The overlap index for a new peering of `deployment`: its own CIDR plus the CIDRs of the
// live peerings in `peerings` (failed ones release theirs). Owners are labelled "deployment VPC"
// (translated) and the peering's peeringId. A deployment CIDR of /0 (a default-constructed Cidr:
// not known yet) is left out rather than made to conflict with everything.
CidrIndex buildCidrIndex(const Deployment &deployment, const QList<Peering> &peerings);

// The seconds the operator has to finish the provider side (the module's
// FlowDescriptor::attachWindowSeconds: Aliyun 600), or nullopt (also for no provider).
std::optional<int> attachWindowSeconds(Provider provider);

} // namespace vpw
