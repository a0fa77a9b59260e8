#pragma once

#include "app/session/applyplan.h"

#include <QList>
#include <QString>

namespace vpw::session {
class Session;
struct AutomationAccount;
} // namespace vpw::session

namespace vpw::huawei {

// The journal fact holding the peering request the plan made; the cloud side and the cleanup
// read it.
inline const QString kPeeringIdFact = QStringLiteral("huawei.peeringId");

class Client;
struct Account;

// What "Do it for me" needs for a new Huawei Cloud peering (the pick lists' choices).
struct PlanInput {
    QString deploymentId;
    QString deploymentVpcId;  // EMQX's VPC
    QString deploymentCidr;   // the route's destination and the rules' source
    QString deploymentRegion; // cn-north-4
    QString emqxProjectId;    // the deployment's cloud account (EMQX's project)
    QString vpcId;            // the operator's VPC
    QString vpcCidr;
    QString routeTableId; // of the operator's VPC (the default one unless chosen)
    QString securityGroupId;
    QString peeringName;
    QList<int> ports;
};

struct PlanTiming {
    int pollMs = 5000;
    int windowMs = 600 * 1000; // how long the waits last
};

// The plan of providers-api.md §0.2 (VPC peering flow), each step reading before it acts: read
// the user ID → create the peering request → submit to EMQX → wait for ACTIVE → wait for
// running → add the route (next hop = the peering) → one security-group rule per port.
// `client` and `session` (not owned) must outlive the plan's engine.
session::ApplyPlan makePlan(const PlanInput &input, Client *client, session::Session *session,
                            const PlanTiming &timing = {});

// The client's account for a provider account of the automation, in `region` (empty: the
// account's first region; none listed: the client's default).
Account accountOf(const session::AutomationAccount &account, const QString &region = {});

// Registers the Huawei Cloud automation with the session (session::registerAutomation): called
// once at start-up by the application (and by tests, with short timings).
void registerAutomation(const PlanTiming &timing = {});
// Registers the reader of the cloud side of its peerings (session::registerCloudSide).
void registerCloudSide();
// Registers the cleanup of the operator's side after a peering is deleted
// (session::registerCleanup).
void registerCleanup();

} // namespace vpw::huawei
