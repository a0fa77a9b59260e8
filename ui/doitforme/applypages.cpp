#include "applypages.h"

#include "doitformewizard.h"
#include "operatorbox.h"
#include "pickpages.h"
#include "steprow.h"

#include "app/session/applyengine.h"
#include "app/session/automation.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vpw::ui {

namespace {

using State = session::ApplyEngine::State;

QString stateText(State state) {
    switch (state) {
    case State::Waiting:
        return QCoreApplication::translate("vpw::ui::ApplyPage", "waiting");
    case State::Running:
        return QCoreApplication::translate("vpw::ui::ApplyPage", "running");
    case State::Done:
        return QCoreApplication::translate("vpw::ui::ApplyPage", "done");
    case State::Skipped:
        return QCoreApplication::translate("vpw::ui::ApplyPage", "already there — skipped");
    case State::Failed:
        return QCoreApplication::translate("vpw::ui::ApplyPage", "failed");
    }
    return {};
}

QString seconds(qint64 ms) {
    return QCoreApplication::translate("vpw::ui::ApplyPage", "%1 s").arg(ms / 1000);
}

QString errorText(const session::StepError &error) {
    QString text = error.explanation;
    if (!error.code.isEmpty())
        text += QCoreApplication::translate("vpw::ui::ApplyPage", " (code %1").arg(error.code) +
                (error.requestId.isEmpty()
                     ? QStringLiteral(")")
                     : QCoreApplication::translate("vpw::ui::ApplyPage", ", request ID %1)")
                           .arg(error.requestId));
    if (!error.message.isEmpty())
        text += QStringLiteral("\n") + error.message;
    return text;
}

} // namespace

PlanPage::PlanPage(DoItForMeWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard) {
    setTitle(tr("Plan"));
    setSubTitle(tr("Every call, in order, with its values. Nothing changes until you choose "
                   "Apply."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Apply"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("planList"));
    m_list->setAccessibleName(tr("Calls in order"));
    m_list->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("planStatus"));
    m_status->setTextFormat(Qt::PlainText);
    auto *policyLabel = new QLabel(tr("&Policy the account needs:"), this);
    m_policy = new QPlainTextEdit(this);
    m_policy->setObjectName(QStringLiteral("policyText"));
    m_policy->setReadOnly(true);
    m_policy->setAccessibleName(tr("Policy the account needs"));
    m_policy->setMaximumHeight(120);
    policyLabel->setBuddy(m_policy);
    auto *copy = new QPushButton(tr("C&opy policy"), this);
    copy->setObjectName(QStringLiteral("copyPolicyButton"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_policy->toPlainText()); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(policyLabel);
    layout->addWidget(m_policy);
    layout->addWidget(copy, 0, Qt::AlignLeft);
}

void PlanPage::initializePage() {
    auto *pick = qobject_cast<PickPage *>(m_wizard->page(DoItForMeWizard::PickPageId));
    m_engine = m_wizard->doItForMe()->prepare(pick->selection());
    m_list->clear();
    if (!m_engine)
        return;
    for (int i = 0; i < m_engine->stepCount(); ++i) {
        m_list->addItem(QString());
        showStep(i);
    }
    m_policy->setPlainText(m_engine->plan().policy);
    m_status->setText(tr("Checking what is already there…"));
    m_resumed = m_engine->resumedSteps() > 0
                    ? tr("An earlier Apply of this plan stopped after %n step(s); Apply continues "
                         "from there.",
                         nullptr, m_engine->resumedSteps())
                    : QString();
    connect(m_engine, &session::ApplyEngine::stepChanged, this, &PlanPage::showStep);
    connect(m_engine, &session::ApplyEngine::dryRunFinished, this, [this] {
        bool refused = false;
        for (int i = 0; i < m_engine->stepCount(); ++i)
            refused = refused || !refusal(i).isEmpty();
        if (refused)
            m_status->setText(tr("Checked: the provider would refuse a call marked below. Add "
                                 "the missing permission to the account's policy, then go Back "
                                 "and Next to check again."));
        else
            m_status->setText(m_resumed.isEmpty() ? tr("Checked. Choose Apply to make these calls.")
                                                  : m_resumed);
    });
    m_engine->dryRun();
}

void PlanPage::showStep(int index) {
    if (!m_engine || index >= m_list->count())
        return;
    const session::PlanStep &step = m_engine->step(index);
    QString text = tr("%1. %2").arg(index + 1).arg(step.title);
    if (m_engine->status(index).alreadyThere)
        text += tr(" — already there — skipped");
    for (const QString &value : step.values)
        text += QStringLiteral("\n    ") + value;
    if (!step.changes.isEmpty())
        text += QStringLiteral("\n    ") + step.changes;
    // The dry run's refusal (a missing permission): the provider's explanation and code.
    if (const QString refused = refusal(index); !refused.isEmpty())
        text += QStringLiteral("\n    ") + refused;
    m_list->item(index)->setText(text);
}

QString PlanPage::refusal(int index) const {
    // A step still to run with an error: the dry run's (a step done by an earlier, resumed
    // Apply keeps the error of its last retry).
    const session::ApplyEngine::StepStatus &status = m_engine->status(index);
    if (status.state != session::ApplyEngine::State::Waiting || status.error.code.isEmpty())
        return {};
    const session::StepError &error = status.error;
    return tr("Would be refused: %1 (code %2, request ID %3)")
        .arg(error.explanation.isEmpty() ? error.message : error.explanation, error.code,
             error.requestId);
}

ApplyPage::ApplyPage(DoItForMeWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard) {
    setTitle(tr("Apply"));
    setSubTitle(tr("The calls are made one by one. You can close this window: the next time, "
                   "the steps done stay done."));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("applyList"));
    m_list->setAccessibleName(tr("Steps"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Step"), tr("State"), tr("Elapsed")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("applyStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_retry = new QPushButton(tr("&Retry step"), this);
    m_retry->setObjectName(QStringLiteral("retryStepButton"));
    m_byHand = new QPushButton(tr("Continue by &hand"), this);
    m_byHand->setObjectName(QStringLiteral("continueByHandButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_byHand);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    m_operator = new OperatorBox(this);
    layout->addWidget(m_operator);
    layout->addLayout(buttons);
    m_ticker = new QTimer(this);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &ApplyPage::tick);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_engine)
            m_engine->retryStep();
        m_retry->setEnabled(false);
    });
    connect(m_byHand, &QPushButton::clicked, this, [this] {
        if (m_engine)
            m_engine->stop();
        // The guided pages for what is left, with every value known filled in.
        session::HandOver handOver;
        if (m_wizard->doItForMe())
            handOver = m_wizard->doItForMe()->handOver();
        handOver.deploymentId = m_wizard->deploymentId();
        Q_EMIT m_wizard->continueByHand(handOver);
        m_wizard->reject();
    });
}

void ApplyPage::initializePage() {
    m_engine = m_wizard->doItForMe()->engine();
    m_list->clear();
    m_retry->setEnabled(false);
    if (!m_engine)
        return;
    for (int i = 0; i < m_engine->stepCount(); ++i) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, m_engine->step(i).title);
        showStep(i);
    }
    connect(m_engine, &session::ApplyEngine::stepChanged, this, &ApplyPage::showStep);
    connect(m_engine, &session::ApplyEngine::finished, this, &ApplyPage::onFinished);
    m_ticker->start();
    m_engine->apply();
    if (m_engine->hasFailed()) { // a resumed plan that had failed: Retry step decides
        m_retry->setEnabled(true);
        showStep(m_engine->currentStep());
    }
}

void ApplyPage::showStep(int index) {
    if (!m_engine || index >= m_list->topLevelItemCount())
        return;
    const auto &status = m_engine->status(index);
    QTreeWidgetItem *item = m_list->topLevelItem(index);
    QString state = stateText(status.state);
    m_operator->showStep(m_engine, index);
    if (m_engine->waitsForOperator(index))
        state = tr("waiting for you — do it in the EMQX Cloud console, then choose Done");
    else if (status.state == State::Running && !status.note.isEmpty())
        state = tr("%1 — %2 Next try in %3.")
                    .arg(state, status.note, seconds(status.nextRunInMs + 999));
    item->setIcon(1, stepStateIcon(status.state));
    item->setText(1, state);
    item->setText(2, seconds(m_engine->elapsedMs(index)));
    if (status.state == State::Running)
        m_status->setText(tr("Step %1 of %2: %3")
                              .arg(index + 1)
                              .arg(m_engine->stepCount())
                              .arg(m_engine->step(index).title));
    if (status.state == State::Failed)
        m_status->setText(tr("Step %1 failed: %2").arg(index + 1).arg(errorText(status.error)));
}

void ApplyPage::tick() {
    if (!m_engine)
        return;
    const int current = m_engine->currentStep();
    if (current >= 0)
        m_list->topLevelItem(current)->setText(2, seconds(m_engine->elapsedMs(current)));
}

void ApplyPage::onFinished(bool ok) {
    m_retry->setEnabled(!ok);
    if (ok) {
        m_ticker->stop();
        m_status->setText(tr("Done: the peering is running and the rules are in place."));
    }
    Q_EMIT completeChanged();
}

bool ApplyPage::isComplete() const {
    return m_engine && m_engine->isFinished();
}

} // namespace vpw::ui
