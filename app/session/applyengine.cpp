#include "applyengine.h"

#include "logging.h"

#include "app/core/clock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSaveFile>
#include <QTimer>

namespace vpw::session {

namespace {

const char *stateName(ApplyEngine::State state) {
    switch (state) {
    case ApplyEngine::State::Waiting:
        return "waiting";
    case ApplyEngine::State::Running:
        return "running";
    case ApplyEngine::State::Done:
        return "done";
    case ApplyEngine::State::Skipped:
        return "skipped";
    case ApplyEngine::State::Failed:
        return "failed";
    }
    return "waiting";
}

ApplyEngine::State stateFrom(const QString &name) {
    for (const auto state : {ApplyEngine::State::Running, ApplyEngine::State::Done,
                             ApplyEngine::State::Skipped, ApplyEngine::State::Failed}) {
        if (name == QLatin1String(stateName(state)))
            return state;
    }
    return ApplyEngine::State::Waiting;
}

bool settled(ApplyEngine::State state) {
    return state == ApplyEngine::State::Done || state == ApplyEngine::State::Skipped;
}

QJsonObject readJournal(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

// The steps' view of the engine: facts, journaled at each change.
class ApplyEngine::Context final : public StepContext {
public:
    explicit Context(ApplyEngine *engine)
        : m_engine(engine) {}
    QVariant fact(const QString &key) const override {
        return m_engine ? m_engine->m_facts.value(key) : QVariant();
    }
    void setFact(const QString &key, const QVariant &value) override {
        if (!m_engine)
            return;
        m_engine->m_facts.insert(key, value);
        m_engine->saveJournal();
    }

private:
    QPointer<ApplyEngine> m_engine;
};

ApplyEngine::ApplyEngine(ApplyPlan plan, QString journalPath, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_plan(std::move(plan))
    , m_journalPath(std::move(journalPath))
    , m_clock(clock ? clock : &systemClock())
    , m_facts(m_plan.facts)
    , m_status(m_plan.steps.size())
    , m_context(std::make_shared<Context>(this)) {
    loadJournal();
}

ApplyEngine::~ApplyEngine() = default;

const StepContext &ApplyEngine::context() const {
    return *m_context;
}

qint64 ApplyEngine::now() const {
    return m_clock->nowMs();
}

qint64 ApplyEngine::elapsedMs(int index) const {
    const StepStatus &s = m_status.at(index);
    if (s.startedMs == 0)
        return 0;
    return (s.state == State::Running ? now() : s.endedMs) - s.startedMs;
}

int ApplyEngine::currentStep() const {
    for (int i = 0; i < m_status.size(); ++i) {
        if (!settled(m_status.at(i).state))
            return i;
    }
    return -1;
}

bool ApplyEngine::hasFailed() const {
    const int current = currentStep();
    return current >= 0 && m_status.at(current).state == State::Failed;
}

bool ApplyEngine::hasUnfinishedJournal(const QString &journalPath, const QString &planId) {
    const QJsonObject journal = readJournal(journalPath);
    if (journal.value(QStringLiteral("plan")).toString() != planId)
        return false;
    const QJsonArray steps = journal.value(QStringLiteral("steps")).toArray();
    for (const QJsonValue &step : steps) {
        if (!settled(stateFrom(step.toObject().value(QStringLiteral("state")).toString())))
            return true;
    }
    return false;
}

void ApplyEngine::removeJournal(const QString &journalPath) {
    QFile::remove(journalPath);
}

void ApplyEngine::loadJournal() {
    if (m_journalPath.isEmpty())
        return;
    const QJsonObject journal = readJournal(m_journalPath);
    if (journal.value(QStringLiteral("plan")).toString() != m_plan.id ||
        !hasUnfinishedJournal(m_journalPath, m_plan.id))
        return; // another plan's, a finished one (history), or none: start from the beginning
    const QVariantMap facts = journal.value(QStringLiteral("facts")).toObject().toVariantMap();
    for (auto it = facts.begin(); it != facts.end(); ++it)
        m_facts.insert(it.key(), it.value());
    const QJsonArray steps = journal.value(QStringLiteral("steps")).toArray();
    for (const QJsonValue &value : steps) {
        const QJsonObject step = value.toObject();
        for (int i = 0; i < m_plan.steps.size(); ++i) {
            if (m_plan.steps.at(i).key != step.value(QStringLiteral("key")).toString())
                continue;
            StepStatus &s = m_status[i];
            s.state = stateFrom(step.value(QStringLiteral("state")).toString());
            if (s.state == State::Running)
                s.state = State::Waiting; // interrupted: it runs again, reading first
            s.startedMs = qint64(step.value(QStringLiteral("startedMs")).toDouble());
            s.endedMs = qint64(step.value(QStringLiteral("endedMs")).toDouble());
            s.runs = step.value(QStringLiteral("runs")).toInt();
            s.error.code = step.value(QStringLiteral("errorCode")).toString();
            m_resumedSteps += settled(s.state) ? 1 : 0;
        }
    }
}

void ApplyEngine::saveJournal() const {
    if (m_journalPath.isEmpty())
        return;
    QJsonArray steps;
    for (int i = 0; i < m_plan.steps.size(); ++i) {
        const StepStatus &s = m_status.at(i);
        steps.append(QJsonObject{{QStringLiteral("key"), m_plan.steps.at(i).key},
                                 {QStringLiteral("state"), QLatin1String(stateName(s.state))},
                                 {QStringLiteral("startedMs"), double(s.startedMs)},
                                 {QStringLiteral("endedMs"), double(s.endedMs)},
                                 {QStringLiteral("runs"), s.runs},
                                 {QStringLiteral("errorCode"), s.error.code}});
    }
    const QJsonObject journal{{QStringLiteral("plan"), m_plan.id},
                              {QStringLiteral("facts"), QJsonObject::fromVariantMap(m_facts)},
                              {QStringLiteral("steps"), steps}};
    QSaveFile file(m_journalPath);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcSession) << "cannot write the apply journal" << m_journalPath;
        return;
    }
    file.write(QJsonDocument(journal).toJson(QJsonDocument::Compact));
    if (!file.commit())
        qCWarning(lcSession) << "cannot write the apply journal" << m_journalPath;
}

void ApplyEngine::dryRun() {
    check(0);
}

void ApplyEngine::check(int index) {
    while (index < m_plan.steps.size() && !m_plan.steps.at(index).check)
        ++index;
    if (index >= m_plan.steps.size()) {
        QTimer::singleShot(0, this, &ApplyEngine::dryRunFinished);
        return;
    }
    QPointer<ApplyEngine> self(this);
    m_plan.steps.at(index).check(m_context, [self, index](const StepOutcome &outcome) {
        if (!self)
            return;
        self->m_status[index].alreadyThere = outcome.kind == StepOutcome::Skipped;
        if (outcome.kind == StepOutcome::Failed)
            self->m_status[index].error = outcome.error;
        Q_EMIT self->stepChanged(index);
        self->check(index + 1);
    });
}

void ApplyEngine::apply() {
    const int index = currentStep();
    if (m_running || index < 0)
        return;
    if (m_status.at(index).state == State::Failed)
        return; // retryStep() decides
    m_running = true;
    m_stopping = false;
    runStep(index);
}

void ApplyEngine::retryStep() {
    const int index = currentStep();
    if (m_running || index < 0 || m_status.at(index).state != State::Failed)
        return;
    m_status[index].state = State::Waiting;
    m_status[index].startedMs = 0; // the retry's own elapsed time
    m_running = true;
    m_stopping = false;
    runStep(index);
}

void ApplyEngine::stop() {
    if (m_running)
        m_stopping = true;
}

bool ApplyEngine::waitsForOperator(int index) const {
    return index >= 0 && index < m_status.size() && m_plan.steps.at(index).operatorTask &&
           m_status.at(index).state == State::Running &&
           !m_facts.value(operatorDoneFact(m_plan.steps.at(index).key)).toBool();
}

QList<OperatorValue> ApplyEngine::operatorValues(int index) const {
    const auto &task = m_plan.steps.at(index).operatorTask;
    return task && task->values ? task->values(*m_context) : QList<OperatorValue>();
}

void ApplyEngine::operatorDone(int index) {
    if (!waitsForOperator(index))
        return;
    m_context->setFact(operatorDoneFact(m_plan.steps.at(index).key), true);
    if (m_running && m_status.at(index).nextRunInMs > 0)
        runStep(index); // waiting between runs: now (the older run's timer is dropped)
    else
        Q_EMIT stepChanged(index);
}

void ApplyEngine::runStep(int index) {
    StepStatus &s = m_status[index];
    if (s.state != State::Running) {
        s.state = State::Running;
        if (s.startedMs == 0)
            s.startedMs = now();
        s.error = {};
    }
    s.note.clear();
    s.nextRunInMs = 0;
    ++s.runs;
    saveJournal();
    Q_EMIT stepChanged(index);
    const int generation = ++m_generation;
    QPointer<ApplyEngine> self(this);
    m_plan.steps.at(index).run(m_context, [self, index, generation](const StepOutcome &outcome) {
        if (self)
            self->onOutcome(index, generation, outcome);
    });
}

void ApplyEngine::onOutcome(int index, int generation, const StepOutcome &outcome) {
    if (generation != m_generation || !m_running)
        return;
    StepStatus &s = m_status[index];
    const PlanStep &step = m_plan.steps.at(index);
    if (outcome.kind == StepOutcome::Again) {
        const bool late = step.timeoutMs > 0 && now() - s.startedMs >= step.timeoutMs;
        if (!late && !m_stopping) {
            // The operator's Done came while this run was reading: no wait.
            const bool operatorDid =
                step.operatorTask && m_facts.value(operatorDoneFact(step.key)).toBool();
            s.note = outcome.note;
            s.error = outcome.error;
            s.nextRunInMs = operatorDid ? 0 : outcome.againAfterMs;
            Q_EMIT stepChanged(index);
            QPointer<ApplyEngine> self(this);
            QTimer::singleShot(s.nextRunInMs, this, [self, index, generation] {
                if (self && generation == self->m_generation && self->m_running)
                    self->runStep(index);
            });
            return;
        }
        s.state = State::Failed;
        s.error = late ? step.timeoutError : outcome.error;
        if (s.error.code.isEmpty())
            s.error = outcome.error;
    } else if (outcome.kind == StepOutcome::Failed) {
        s.state = State::Failed;
        s.error = outcome.error;
    } else {
        s.state = outcome.kind == StepOutcome::Skipped ? State::Skipped : State::Done;
        s.note.clear();
    }
    s.endedMs = now();
    s.nextRunInMs = 0;
    saveJournal();
    Q_EMIT stepChanged(index);
    if (s.state == State::Failed) {
        qCInfo(lcSession) << "apply step failed:" << step.key << s.error.code;
        m_running = false;
        Q_EMIT finished(false);
        return;
    }
    const int next = currentStep();
    if (next < 0) {
        m_running = false;
        Q_EMIT finished(true);
        return;
    }
    if (m_stopping) {
        m_running = false;
        return;
    }
    runStep(next);
}

} // namespace vpw::session
