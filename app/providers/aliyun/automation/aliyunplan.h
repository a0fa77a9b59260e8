#pragma once

#include "app/session/applyplan.h"

#include <QList>
#include <QString>

namespace vpw::session {
class Session;
struct AutomationAccount;
} // namespace vpw::session

namespace vpw::aliyun {

// The journal fact holding the CEN the plan used; the cloud side and the cleanup read it.
inline const QString kCenIdFact = QStringLiteral("aliyun.cenId");

class Client;
struct Account;

// What "Do it for me" needs for a new Alibaba Cloud peering (the pick lists' choices).
struct PlanInput {
    QString deploymentId;
    QString deploymentVpcId;  // EMQX's VPC
    QString deploymentCidr;   // the source of the security-group rules
    QString deploymentRegion; // cn-hangzhou
    QString emqxUid;          // the deployment's cloud account (the VPC's owner)
    QString accountUid;       // the operator's account ID (the peering's account)
    QString vpcId;            // the operator's VPC
    QString vpcCidr;
    QString cenId;   // empty: a new CEN is created (cenName)
    QString cenName; // for a new CEN
    QString securityGroupId;
    QList<int> ports; // the MQTT ports to open, one rule each
};

struct PlanTiming {
    int pollMs = 5000;         // reads while waiting (Attached, running)
    int grantBackoffMs = 2000; // first delay after Forbbiden.AttachChildInstanceAcrossUid
    int maxBackoffMs = 30000;
    int windowMs = 600 * 1000; // the attach window: the grant wait and the running wait end there
};

// The plan of providers-api.md §0.1 (CEN flow), each step reading before it acts: create the CEN
// if none was chosen → attach the operator's VPC → submit to EMQX → attach the deployment's VPC
// once EMQX's grant is visible (Forbbiden.AttachChildInstanceAcrossUid retried with backoff) →
// wait for Attached → wait for running → one security-group rule per port. `client` and
// `session` (not owned) must outlive the plan's engine.
session::ApplyPlan makePlan(const PlanInput &input, Client *client, session::Session *session,
                            const PlanTiming &timing = {});

// The client's account for a provider account of the automation, in `region` (empty: the
// account's first region; none listed: the client's default).
Account accountOf(const session::AutomationAccount &account, const QString &region = {});

// Registers the Alibaba Cloud automation with the session (session::registerAutomation): called
// once at start-up by the application (and by tests, with short timings).
void registerAutomation(const PlanTiming &timing = {});
// Registers the reader of the cloud side of its peerings (session::registerCloudSide).
void registerCloudSide();
// Registers the cleanup of the operator's side after a peering is deleted
// (session::registerCleanup).
void registerCleanup();

} // namespace vpw::aliyun
