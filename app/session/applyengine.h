#pragma once

#include "applyplan.h"

#include <QObject>
#include <QString>

#include <memory>

namespace vpw {
class Clock;
}

namespace vpw::session {

// Runs an ApplyPlan one step at a time ("Do it for me", the Apply page): each step's state
// (waiting, running, done, skipped, failed), its elapsed time by the injected clock, and on
// failure the provider's error; retryStep() runs the failed step again. An Again outcome runs
// the step again after the delay it names until the step's timeout.
//
// The journal (a JSON file) holds the facts and every step's state, written at each change, so
// that an engine built later from the same plan (same id) resumes after the application was
// quit or crashed mid-apply: the steps done stay done, the one that was running runs again
// (it reads before it acts, so nothing is done twice). A journal whose steps all ended (a
// finished apply) is not resumed: the same plan later starts again, reading first.
//
// dryRun() runs the steps' check reads in order, without changing anything, and marks what is
// already there (the Plan page's "already there — skipped").
//
// Threading: the GUI thread; nothing blocks (steps are asynchronous).
class ApplyEngine : public QObject {
    Q_OBJECT

public:
    enum class State { Waiting, Running, Done, Skipped, Failed };
    Q_ENUM(State)

    struct StepStatus {
        State state = State::Waiting;
        qint64 startedMs = 0;
        qint64 endedMs = 0;
        int runs = 0; // runs of the step (Again and Retry step included)
        StepError error;
        QString note;              // translated: what an Again waits for
        bool alreadyThere = false; // found by dryRun()
        int nextRunInMs = 0;       // Again: the delay before the next run (the countdown)
    };

    // `clock` (not owned; nullptr: the system clock) dates the journal and the elapsed times.
    ApplyEngine(ApplyPlan plan, QString journalPath, const Clock *clock = nullptr,
                QObject *parent = nullptr);
    ~ApplyEngine() override;

    const ApplyPlan &plan() const { return m_plan; }
    int stepCount() const { return int(m_plan.steps.size()); }
    const PlanStep &step(int index) const { return m_plan.steps.at(index); }
    const StepStatus &status(int index) const { return m_status.at(index); }
    qint64 elapsedMs(int index) const;
    QVariant fact(const QString &key) const { return m_facts.value(key); }
    // The facts as the steps see them (ApplyPlan::request() reads them).
    const StepContext &context() const;
    // The step that is running, failed or next; -1 when all are done or skipped.
    int currentStep() const;
    bool isRunning() const { return m_running; }
    bool isFinished() const { return currentStep() < 0; }
    bool hasFailed() const;
    // Steps found done in the journal of an earlier run of this plan (a resumed apply).
    int resumedSteps() const { return m_resumedSteps; }

    // A journal of `planId` at `journalPath` with a step not done yet: offer to resume.
    static bool hasUnfinishedJournal(const QString &journalPath, const QString &planId);
    static void removeJournal(const QString &journalPath);

    void dryRun();
    // Starts, or resumes from the journal; nothing when running or finished.
    void apply();
    // The failed step again (Retry step), then the steps after it.
    void retryStep();
    // Stops after the running step's answer (Continue by hand); the journal stays.
    void stop();

    // A step done by the operator (PlanStep::operatorTask) that is running and waits for the
    // operator's Done.
    bool waitsForOperator(int index) const;
    // What the operator enters for such a step (the values computed from the facts known now).
    QList<OperatorValue> operatorValues(int index) const;
    // The operator did step `index` by hand (Done): journaled, and the step runs again at once.
    void operatorDone(int index);

Q_SIGNALS:
    void stepChanged(int index);
    void dryRunFinished();
    void finished(bool ok); // all done or skipped (true), or a step failed (false)

private:
    class Context;
    void loadJournal();
    void saveJournal() const;
    void runStep(int index);
    void onOutcome(int index, int generation, const StepOutcome &outcome);
    void check(int index);
    qint64 now() const;

    ApplyPlan m_plan;
    QString m_journalPath;
    const Clock *m_clock;
    QVariantMap m_facts;
    QList<StepStatus> m_status;
    std::shared_ptr<Context> m_context;
    int m_generation = 0; // outcomes of an older run (stop, retry) are dropped
    bool m_running = false;
    bool m_stopping = false;
    int m_resumedSteps = 0;
};

} // namespace vpw::session
