#pragma once

#include "app/core/model.h"
#include "app/core/peeringstate.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

#include <functional>
#include <memory>

namespace vpw::session {

// Why a step of "Do it for me" failed, as the Apply page shows it: the provider's own code and
// request ID (plain text, untranslated) and a translated explanation of what to do.
struct StepError {
    QString code;        // "Forbbiden.AttachChildInstanceAcrossUid", "VPC.0003", "window_closed"
    QString requestId;   // the provider's request ID, for a support ticket
    QString message;     // the provider's text, untranslated: show it as plain text
    QString explanation; // translated, plain language
    bool throttled = false;
    // The step saw the peering itself fail on the provider side, for good (Huawei Cloud: the
    // request REJECTED or EXPIRED; Alibaba Cloud: the attach window closed): under a console
    // profile the peering kept locally fails with this code at once. None: the step failed but
    // the peering may still run (a refusal, an error: Retry step).
    FailureCode peeringFailure = FailureCode::None;
};

// How one run of a step ended. A step reads before it acts: what it finds done already is
// Skipped ("already there — skipped"); Again asks the engine to run it again after a delay (a
// grant not visible yet, a status still changing) until the step's timeout.
struct StepOutcome {
    enum Kind { Done, Skipped, Failed, Again };
    Kind kind = Done;
    StepError error;
    int againAfterMs = 0;
    QString note; // translated: what an Again waits for ("EMQX's grant is not visible yet")

    static StepOutcome done() { return {}; }
    static StepOutcome skipped() { return {Skipped, {}, 0, {}}; }
    static StepOutcome failed(StepError error) { return {Failed, std::move(error), 0, {}}; }
    static StepOutcome again(int afterMs, QString note, StepError last = {}) {
        return {Again, std::move(last), afterMs, std::move(note)};
    }
};

// What a step may read and write besides its provider: the values the steps hand on (the CEN
// created, the peering request's ID, the EMQX record's ID). Each setFact() is journaled at once,
// before the step sends the write it prepares (a ClientToken, an idempotency key).
class StepContext {
public:
    virtual ~StepContext() = default;
    virtual QVariant fact(const QString &key) const = 0;
    virtual void setFact(const QString &key, const QVariant &value) = 0;
    QString text(const QString &key) const { return fact(key).toString(); }
};

// Shared so that a step's answer arriving after the engine was destroyed (the application quit
// mid-call) finds a context that no longer reaches it: fact() is empty, setFact() does nothing.
using StepContextPtr = std::shared_ptr<StepContext>;
using StepDone = std::function<void(const StepOutcome &outcome)>;
// Runs a step (or its dry-run read): calls `done` exactly once, asynchronously. The engine may
// be gone by then; it guards itself.
using StepRun = std::function<void(const StepContextPtr &context, StepDone done)>;

// The fact naming a container a plan created for the operator's VPC (Alibaba Cloud: the new
// CEN). A VPC found in it is not "in another container" when that plan is resumed.
inline const QString kCreatedContainerFact = QStringLiteral("plan.createdContainer");

// One value the operator enters by hand elsewhere (EMQX Cloud's console), with a Copy button.
struct OperatorValue {
    QString name;  // stable, for objectNames: "peeringId", "accountId", "vpcId", "cidr"
    QString label; // translated, in the provider flow's words
    QString value; // exact, as the API would have sent it
};

// A step the operator does by hand (an "EMQX Cloud console (by hand)" profile): the step waits
// (Again, with a translated note) until the operator says it is done (ApplyEngine::
// operatorDone(), which sets the fact operatorDoneFact(step key)).
struct OperatorTask {
    QUrl link;            // where to do it
    QString instructions; // translated, plain text
    // The values to enter; they may come from earlier steps' facts (the new CEN's ID).
    std::function<QList<OperatorValue>(const StepContext &)> values;
};

inline QString operatorDoneFact(const QString &stepKey) {
    return QStringLiteral("operator.done.") + stepKey;
}

// One step of a plan, with its exact values and what it changes (the Plan page's row).
struct PlanStep {
    QString key;        // stable within the plan: the journal's name for it
    QString title;      // translated: "Attach your VPC to the CEN"
    QStringList values; // "CenId = cen-…", exact, untranslated values
    QString changes;    // translated: what it changes in which account
    StepRun run;        // reads, then acts; Skipped when already there
    StepRun check;      // optional dry-run read: Skipped when already there, Done when needed
    int timeoutMs = 0;  // an Again loop fails after this long (by the engine's clock); 0: never
    StepError timeoutError;
    std::shared_ptr<OperatorTask> operatorTask; // set: done by the operator, by hand
    // The step of the provider's guided flow (FlowStep::id) where the operator does this by
    // hand: Continue by hand opens the guided wizard there (automation.h, HandOver).
    QString guidedStep;
};

// What a step does, run or dry-run alike: it reads, then acts unless `dryRun` (when it calls
// `done` with Done: the act is needed).
using DryRunnableStep =
    std::function<void(bool dryRun, const StepContextPtr &context, StepDone done)>;

// Sets the step's run (dryRun false) and check (dryRun true) to the one function.
inline void setRunAndCheck(PlanStep &step, const DryRunnableStep &run) {
    step.run = [run](const StepContextPtr &c, StepDone d) {
        run(false, c, std::move(d));
    };
    step.check = [run](const StepContextPtr &c, StepDone d) {
        run(true, c, std::move(d));
    };
}

// The ordered steps of "Do it for me" for one new peering, built by the provider's automation
// library (app/providers/<name>/automation), and the policy they need.
struct ApplyPlan {
    QString id; // the journal's: the same inputs give the same id
    QList<PlanStep> steps;
    QVariantMap facts; // the values known before the first step
    QString policy;    // the RAM or IAM policy (JSON) the plan needs, for copying
    // The peering's values as far as the facts know them (the new CEN, the peering request's
    // ID, the user ID read), for the guided wizard's fields on Continue by hand.
    std::function<PeeringRequest(const StepContext &)> request;
};

// A plan's stable ID (its journal's name): a short hash of what the operator chose, so the same
// choices find the same journal and resume.
inline QString planIdOf(const QStringList &choices) {
    return QString::fromLatin1(
        QCryptographicHash::hash(choices.join(u'|').toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16));
}

} // namespace vpw::session
