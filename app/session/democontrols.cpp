// The demo profile's shortcuts (Session::demoFinishProviderSide / demoExpireWindow): kept
// apart from session.cpp because they only make sense against the built-in sandbox.
#include "session.h"

#include "peeringmodel.h"

#include "app/cloud/apiclient.h"

namespace vpw::session {

namespace {

// The answer goes into the model before the caller's slot runs (this connection is made
// first), exactly like a create or delete answer: the row and the peeringEvent() come from
// the same place as for a poll.
cloud::PeeringJob *mergedIntoModel(cloud::PeeringJob *job, Session *session) {
    job->onFinished(session, [session](const cloud::PeeringJob &finished) {
        if (finished.isOk())
            session->peerings()->upsert(finished.value());
    });
    return job;
}

} // namespace

cloud::PeeringJob *Session::demoFinishProviderSide(const QString &peeringId) {
    if (!isDemo() || !client())
        return nullptr;
    return mergedIntoModel(client()->attachInSandbox(peeringId), this);
}

cloud::PeeringJob *Session::demoExpireWindow(const QString &peeringId) {
    if (!isDemo() || !client())
        return nullptr;
    return mergedIntoModel(client()->expireInSandbox(peeringId), this);
}

} // namespace vpw::session
