#pragma once

#include "applyplan.h"

#include "app/core/model.h"

namespace vpw::session {

class Session;

// The EMQX Cloud steps every "Do it for me" plan shares, on the session's client; under an
// "EMQX Cloud console (by hand)" profile (Session::console()) consolesteps' instead.
namespace emqxsteps {

// The fact holding the EMQX record's ID ("peer-…") once the create was answered.
inline const QString kRecordId = QStringLiteral("emqx.recordId");
// The fact holding the Idempotency-Key of the create (journaled before it is sent).
inline const QString kIdempotencyKey = QStringLiteral("emqx.idempotencyKey");

// Submits the peering to EMQX Cloud (POST /peerings) with `request(context)` (the values may come
// from earlier steps' facts). Reads first: a record already known (the journal) or one of the
// deployment with the same peering ID is Skipped. The idempotency key is journaled before the
// create is sent, so a resumed plan sends the same one and gets the same record.
PlanStep submit(Session *session, const QString &deploymentId,
                std::function<PeeringRequest(const StepContext &)> request,
                const QString &valuesSummary);

// Waits (polling the session every `pollMs`) for the record to run; fails with the record's
// failure code and reason when it fails (the window closed, the request rejected...).
PlanStep waitRunning(Session *session, int pollMs, int timeoutMs);

} // namespace emqxsteps

} // namespace vpw::session
