#include "peeringoperation.h"

#include "session.h"

#include "app/cloud/apijob.h"
#include "app/wire/errorcode.h"

namespace vpw::session {

namespace {

// The API's answer in the session's terms (docs/api.md, "Errors").
PeeringOutcome outcomeOf(const cloud::PeeringJob &job) {
    PeeringOutcome outcome;
    if (job.isOk()) {
        outcome.kind = PeeringOutcome::Done;
        outcome.peering = job.value();
        return outcome;
    }
    const cloud::ApiError &error = job.error();
    const auto is = [&error](const char *code) {
        return error.code == QLatin1String(code);
    };
    if (error.httpStatus == 422 && !error.field.isEmpty())
        outcome.kind = PeeringOutcome::Rejected;
    else if (is(wire::ErrorCode::ResourcesBound))
        outcome.kind = PeeringOutcome::ResourcesBound;
    else if (is(wire::ErrorCode::NotRunning) || is(wire::ErrorCode::InvalidState))
        outcome.kind = PeeringOutcome::NotRunning;
    else if (error.httpStatus == 404)
        outcome.kind = PeeringOutcome::NotFound;
    else
        outcome.kind = PeeringOutcome::Failed;
    outcome.field = error.field;
    outcome.resources = error.resources;
    outcome.message = error.userMessage();
    outcome.serverMessage = error.message;
    outcome.fromServer = error.kind == cloud::ApiError::Http;
    return outcome;
}

} // namespace

PeeringOperation::PeeringOperation(QObject *parent)
    : QObject(parent) {}

PeeringOperation::~PeeringOperation() = default;

PeeringOperation *PeeringOperation::follow(cloud::PeeringJob *job, Session *session) {
    auto *operation = new PeeringOperation(job->parent());
    operation->m_job = job;
    operation->m_idempotencyKey = job->idempotencyKey();
    // The job ends silently when aborted (a dropped client): so does the operation.
    connect(job, &QObject::destroyed, operation, [operation] {
        if (!operation->m_finished && !operation->m_aborted) {
            operation->m_aborted = true;
            operation->deleteLater();
        }
    });
    job->onFinished(operation, [operation, session](const cloud::PeeringJob &done) {
        if (operation->m_aborted)
            return;
        operation->m_finished = true;
        operation->m_outcome = outcomeOf(done);
        // Merged before the caller hears of it: the row and the peeringEvent() come from the
        // same place as for a poll.
        if (operation->m_outcome.peering)
            session->mergeAnswer(*operation->m_outcome.peering);
        Q_EMIT operation->finished(operation->m_outcome);
        operation->deleteLater();
    });
    return operation;
}

void PeeringOperation::abort() {
    if (m_finished || m_aborted)
        return;
    m_aborted = true; // no finished() from now on
    if (auto *job = qobject_cast<cloud::ApiJob *>(m_job.data()))
        job->abort();
    deleteLater();
}

} // namespace vpw::session
