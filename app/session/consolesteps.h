#pragma once

#include "applyplan.h"

#include "app/core/model.h"

namespace vpw::session {

class ApplyEngine;
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

// The local record of a failed "Do it for me" apply under a console profile: when the failed
// step of `engine` saw the peering fail on the provider side (StepError::peeringFailure), or
// when the operator gives up on it (`abandoned`: code other, the step and its error as the
// reason), the record the plan made (emqxsteps::kRecordId), still pending, becomes failed with
// a history entry. False when there is nothing to record (no console, no failed step, no
// pending record) or the file cannot be written.
bool recordFailure(Session *session, const ApplyEngine &engine, bool abandoned);
// Whether recordFailure(…, abandoned = true) would fail a record now.
bool canAbandon(Session *session, const ApplyEngine &engine);

} // namespace consolesteps

} // namespace vpw::session
