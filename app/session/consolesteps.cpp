#include "consolesteps.h"

#include "applyengine.h"
#include "consolebackend.h"
#include "emqxsteps.h"
#include "session.h"

#include "app/core/flow.h"
#include "app/core/peeringstate.h"
#include "app/core/providermodule.h"

#include <QPointer>
#include <QTimer>

namespace vpw::session::consolesteps {

namespace {

// The operator's Done reruns the step at once; this is only the pace of the wait otherwise.
constexpr int kOperatorPollMs = 60 * 1000;

void later(StepDone done, StepOutcome outcome) {
    QTimer::singleShot(0, [done = std::move(done), outcome] { done(outcome); });
}

std::optional<ConsolePeering> existing(ConsoleBackend *console, const QString &deploymentId,
                                       const QString &peeringId, const QString &recordId) {
    if (!recordId.isEmpty()) {
        if (auto known = console->peeringEntry(recordId))
            return known;
    }
    for (const ConsolePeering &entry : console->peeringEntries()) {
        if (!entry.removed && entry.peering.deploymentId == deploymentId &&
            entry.peering.peeringId == peeringId && entry.peering.state != PeeringState::Failed)
            return entry;
    }
    return std::nullopt;
}

StepError consoleError(const QString &code, const QString &explanation) {
    StepError error;
    error.code = code;
    error.explanation = explanation;
    return error;
}

} // namespace

PlanStep submit(Session *session, const QString &deploymentId,
                std::function<PeeringRequest(const StepContext &)> request) {
    PlanStep step;
    step.key = QStringLiteral("emqx-submit");
    step.title = QCoreApplication::translate(
        "vpw::session::ConsoleSteps", "Do this in the EMQX Cloud console: create the peering");
    step.changes = QCoreApplication::translate(
        "vpw::session::ConsoleSteps",
        "You create the peering in EMQX Cloud's console (+ VPC Peering), then "
        "choose Done; the application records it and its window starts then.");
    Provider provider = nullptr;
    QString deploymentName = deploymentId;
    if (ConsoleBackend *console = session ? session->console() : nullptr) {
        for (const Deployment &d : console->deployments()) {
            if (d.id == deploymentId) {
                provider = d.provider;
                deploymentName = d.name;
            }
        }
    }
    step.values = {
        QCoreApplication::translate("vpw::session::ConsoleSteps",
                                    "In EMQX Cloud's console: deployment \"%1\", + VPC Peering")
            .arg(deploymentName)};
    auto task = std::make_shared<OperatorTask>();
    task->link = QUrl(QStringLiteral("https://cloud.emqx.com/console/"));
    task->instructions = QCoreApplication::translate(
                             "vpw::session::ConsoleSteps",
                             "1. Open the EMQX Cloud console and the deployment \"%1\".\n"
                             "2. Click + VPC Peering.\n"
                             "3. Enter the values below, exactly as shown (use the copy buttons).\n"
                             "4. Click Confirm in EMQX's console, then Done here.")
                             .arg(deploymentName);
    task->values = [provider, request](const StepContext &context) {
        QList<OperatorValue> values;
        if (!provider)
            return values;
        const PeeringRequest r = request(context);
        for (const FlowStep &flowStep : provider->flow().steps) {
            for (const FieldSpec &spec : flowStep.fields)
                values.append({requestFieldWireName(spec.field), flowText(spec.label),
                               requestValue(r, spec.field)});
        }
        return values;
    };
    step.operatorTask = task;
    const QString key = step.key;
    QPointer<Session> guarded(session);
    step.run = [guarded, deploymentId, request, key](const StepContextPtr &context, StepDone done) {
        ConsoleBackend *console = guarded ? guarded->console() : nullptr;
        if (!console) {
            later(std::move(done),
                  StepOutcome::failed(consoleError(
                      QStringLiteral("console.unavailable"),
                      QCoreApplication::translate(
                          "vpw::session::ConsoleSteps",
                          "This profile keeps no console peerings. Retry from the profile you "
                          "started with."))));
            return;
        }
        const PeeringRequest values = request(*context);
        if (const auto found = existing(console, deploymentId, values.peeringId,
                                        context->text(emqxsteps::kRecordId))) {
            context->setFact(emqxsteps::kRecordId, found->peering.id);
            later(std::move(done), StepOutcome::skipped());
            return;
        }
        if (!context->fact(operatorDoneFact(key)).toBool()) {
            later(std::move(done),
                  StepOutcome::again(kOperatorPollMs,
                                     QCoreApplication::translate(
                                         "vpw::session::ConsoleSteps",
                                         "Waiting for you: do this in the EMQX Cloud console, "
                                         "then choose Done.")));
            return;
        }
        const auto peering = console->recordPeering(deploymentId, values);
        if (!peering) {
            const QString why = console->peeringsWriteError();
            later(std::move(done), StepOutcome::failed(consoleError(
                                       QStringLiteral("console.write"),
                                       why.isEmpty() ? QCoreApplication::translate(
                                                           "vpw::session::ConsoleSteps",
                                                           "The peering could not be recorded.")
                                                     : why)));
            return;
        }
        context->setFact(emqxsteps::kRecordId, peering->id);
        later(std::move(done), StepOutcome::done());
    };
    return step;
}

PlanStep waitRunning(Session *session) {
    PlanStep step;
    step.key = QStringLiteral("emqx-running");
    step.title = QCoreApplication::translate("vpw::session::ConsoleSteps",
                                             "Record the outcome seen on your side");
    step.changes = QCoreApplication::translate(
        "vpw::session::ConsoleSteps",
        "Nothing in the clouds: the peering kept by the application becomes "
        "running, as your account shows it.");
    QPointer<Session> guarded(session);
    step.run = [guarded](const StepContextPtr &context, StepDone done) {
        ConsoleBackend *console = guarded ? guarded->console() : nullptr;
        const QString id = context->text(emqxsteps::kRecordId);
        const auto entry = console ? console->peeringEntry(id) : std::nullopt;
        if (!entry) {
            later(std::move(done),
                  StepOutcome::failed(consoleError(
                      QStringLiteral("not_found"),
                      QCoreApplication::translate("vpw::session::ConsoleSteps",
                                                  "The application keeps no such peering."))));
            return;
        }
        if (entry->removed || entry->peering.state == PeeringState::Failed) {
            StepError error =
                consoleError(entry->removed ? QStringLiteral("removed")
                                            : failureCodeToString(entry->peering.failureCode),
                             QCoreApplication::translate(
                                 "vpw::session::ConsoleSteps",
                                 "The peering failed or was marked removed. Delete it in EMQX "
                                 "Cloud's console and start again."));
            error.message = entry->peering.failureReason;
            later(std::move(done), StepOutcome::failed(error));
            return;
        }
        if (entry->peering.state == PeeringState::Pending &&
            !console->confirmOutcome(id, PeeringState::Running, {}, {}, true)) {
            later(std::move(done),
                  StepOutcome::failed(consoleError(QStringLiteral("console.write"),
                                                   console->peeringsWriteError())));
            return;
        }
        later(std::move(done), StepOutcome::done());
    };
    return step;
}

namespace {

// The failed step of `engine` and the pending record its plan made, if any.
std::optional<std::pair<int, ConsolePeering>> failedPending(Session *session,
                                                            const ApplyEngine &engine) {
    ConsoleBackend *console = session ? session->console() : nullptr;
    const int index = engine.currentStep();
    if (!console || index < 0 || engine.status(index).state != ApplyEngine::State::Failed)
        return std::nullopt;
    const auto entry = console->peeringEntry(engine.fact(emqxsteps::kRecordId).toString());
    if (!entry || entry->removed || entry->peering.state != PeeringState::Pending)
        return std::nullopt;
    return std::make_pair(index, *entry);
}

} // namespace

bool canAbandon(Session *session, const ApplyEngine &engine) {
    return failedPending(session, engine).has_value();
}

bool recordFailure(Session *session, const ApplyEngine &engine, bool abandoned) {
    const auto found = failedPending(session, engine);
    if (!found)
        return false;
    const auto &[index, entry] = *found;
    const StepError &error = engine.status(index).error;
    if (!abandoned && error.peeringFailure == FailureCode::None)
        return false;
    const Provider provider = entry.peering.provider;
    QString reason;
    FailureCode code = error.peeringFailure;
    if (code != FailureCode::None && provider) {
        reason = provider->failureReason(code);
    } else {
        code = FailureCode::Other;
        const QString why = !error.explanation.isEmpty() ? error.explanation
                            : !error.message.isEmpty()   ? error.message
                                                         : error.code;
        reason = QCoreApplication::translate("vpw::session::ConsoleSteps",
                                             "Do it for me stopped at \"%1\" and you gave up: %2")
                     .arg(engine.step(index).title, why);
    }
    return session->console()->confirmOutcome(entry.peering.id, PeeringState::Failed, code, reason,
                                              !abandoned);
}

} // namespace vpw::session::consolesteps
