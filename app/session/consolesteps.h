#pragma once

#include "applyplan.h"

#include "app/core/model.h"

namespace vpw::session {

class Session;

// The EMQX Cloud steps of a "Do it for me" plan under an "EMQX Cloud console (by hand)" profile
// (Session::console()): EMQX Cloud has no API to call, so emqxsteps chooses these instead.
namespace consolesteps {

// "Do this in the EMQX Cloud console": waits for the operator (PlanStep::operatorTask: the
// console link and exactly what to enter, the values `request(context)` gives, in the provider
// flow's words) until Done; then records the peering locally (ConsoleBackend::recordPeering):
// pending from now, an attach window (Alibaba Cloud) estimated from that moment. A record
// already kept (the journal's, or a live one of the deployment with the same peering ID) is
// Skipped. The record's ID goes to emqxsteps::kRecordId.
PlanStep submit(Session *session, const QString &deploymentId,
                std::function<PeeringRequest(const StepContext &)> request);

// The outcome, decided on the provider side: the plan's step before this one waited for it in
// the operator's account (Alibaba Cloud: the deployment's VPC Attached to the CEN, attached by
// the plan once EMQX's grant was visible; Huawei Cloud: the peering request ACTIVE, accepted by
// EMQX). Records it (ConsoleBackend::confirmOutcome, byProvider) and is Done; a record the
// watcher or the operator already failed or removed fails the step.
PlanStep waitRunning(Session *session);

} // namespace consolesteps

} // namespace vpw::session
