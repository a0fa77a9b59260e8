#include "emqxsteps.h"

#include "consolesteps.h"

#include "peeringmodel.h"
#include "peeringoperation.h"
#include "session.h"

#include "app/core/peeringstate.h"

#include <QPointer>
#include <QTimer>
#include <QUuid>

namespace vpw::session::emqxsteps {

namespace {

std::optional<Peering> existing(Session *session, const QString &deploymentId,
                                const QString &peeringId, const QString &recordId) {
    if (!recordId.isEmpty()) {
        if (auto known = session->peerings()->peering(recordId))
            return known;
    }
    for (const Peering &p : session->peerings()->peeringsOf(deploymentId)) {
        if (p.peeringId == peeringId && p.state != PeeringState::Failed)
            return p;
    }
    return std::nullopt;
}

StepError emqxError(const PeeringOutcome &outcome) {
    StepError error;
    error.code =
        outcome.field.isEmpty() ? QStringLiteral("emqx") : QStringLiteral("emqx.") + outcome.field;
    error.message = outcome.serverMessage;
    error.explanation = outcome.message;
    return error;
}

} // namespace

PlanStep submit(Session *session, const QString &deploymentId,
                std::function<PeeringRequest(const StepContext &)> request,
                const QString &valuesSummary) {
    if (session && session->console()) // EMQX's console by hand: the operator submits
        return consolesteps::submit(session, deploymentId, std::move(request));
    PlanStep step;
    step.key = QStringLiteral("emqx-submit");
    step.title =
        QCoreApplication::translate("vpw::session::ApplyPlan", "Submit the peering to EMQX Cloud");
    step.values = {valuesSummary};
    step.changes = QCoreApplication::translate(
        "vpw::session::ApplyPlan",
        "Creates the peering record of the deployment in EMQX Cloud; its window opens.");
    QPointer<Session> guarded(session);
    step.run = [guarded, deploymentId, request](const session::StepContextPtr &context,
                                                StepDone done) {
        if (!guarded) {
            QTimer::singleShot(0, [done] { done(StepOutcome::failed({})); });
            return;
        }
        const PeeringRequest values = request(*context);
        if (const auto found =
                existing(guarded, deploymentId, values.peeringId, context->text(kRecordId))) {
            context->setFact(kRecordId, found->id);
            QTimer::singleShot(0, [done] { done(StepOutcome::skipped()); });
            return;
        }
        QString key = context->text(kIdempotencyKey);
        if (key.isEmpty()) {
            key = QUuid::createUuid().toString(QUuid::WithoutBraces);
            context->setFact(kIdempotencyKey, key); // journaled before the create is sent
        }
        PeeringOperation *operation = guarded->createPeering(deploymentId, values, key);
        if (!operation) {
            StepError error;
            error.code = QStringLiteral("emqx.notConnected");
            error.explanation = QCoreApplication::translate(
                "vpw::session::ApplyPlan", "Not connected to EMQX Cloud. Retry when connected.");
            QTimer::singleShot(0, [done, error] { done(StepOutcome::failed(error)); });
            return;
        }
        const auto ctx = context;
        operation->onFinished(operation, [ctx, done](const PeeringOutcome &outcome) {
            if (!outcome.isDone() || !outcome.peering) {
                done(StepOutcome::failed(emqxError(outcome)));
                return;
            }
            ctx->setFact(kRecordId, outcome.peering->id);
            done(StepOutcome::done());
        });
    };
    return step;
}

PlanStep waitRunning(Session *session, int pollMs, int timeoutMs) {
    if (session && session->console()) // no EMQX API: the provider side decided
        return consolesteps::waitRunning(session);
    PlanStep step;
    step.key = QStringLiteral("emqx-running");
    step.title = QCoreApplication::translate("vpw::session::ApplyPlan",
                                             "Wait for the peering to be running");
    step.changes = QCoreApplication::translate("vpw::session::ApplyPlan",
                                               "Nothing: reads the peering's state in EMQX Cloud.");
    step.timeoutMs = timeoutMs;
    step.timeoutError.code = QStringLiteral("timeout");
    step.timeoutError.explanation = QCoreApplication::translate(
        "vpw::session::ApplyPlan", "The peering did not reach running in time.");
    QPointer<Session> guarded(session);
    step.run = [guarded, pollMs](const session::StepContextPtr &context, StepDone done) {
        const QString id = context->text(kRecordId);
        const auto peering = guarded ? guarded->peerings()->peering(id) : std::nullopt;
        if (peering && peering->state == PeeringState::Running) {
            QTimer::singleShot(0, [done] { done(StepOutcome::done()); });
            return;
        }
        if (peering && peering->state == PeeringState::Failed) {
            StepError error;
            error.code = failureCodeToString(peering->failureCode);
            error.message = peering->failureReason;
            error.explanation = QCoreApplication::translate(
                "vpw::session::ApplyPlan",
                "EMQX Cloud failed the peering. Delete it and start again.");
            QTimer::singleShot(0, [done, error] { done(StepOutcome::failed(error)); });
            return;
        }
        if (guarded)
            guarded->refreshNow();
        const QString note =
            QCoreApplication::translate("vpw::session::ApplyPlan", "The peering is still pending.");
        QTimer::singleShot(0, [done, pollMs, note] { done(StepOutcome::again(pollMs, note)); });
    };
    return step;
}

} // namespace vpw::session::emqxsteps
