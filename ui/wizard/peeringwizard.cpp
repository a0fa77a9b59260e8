#include "peeringwizard.h"

#include "app/session/automation.h"
#include "app/session/deploymentmodel.h"
#include "app/session/session.h"
#include "choosedeploymentpage.h"
#include "collectfieldspage.h"
#include "consolesubmitpage.h"
#include "countdownpage.h"
#include "failurepage.h"
#include "followuppage.h"
#include "reviewpage.h"
#include "steppage.h"
#include "wizardjournal.h"
#include "wizardvalues.h"

#include <QMessageBox>
#include <QPushButton>

#include <algorithm>

namespace vpw::ui {

namespace {
const QString kFailureStep = QStringLiteral("failure");
const QString kChooseStep = QStringLiteral("choose-deployment");
} // namespace

PeeringWizard::PeeringWizard(session::Session *session, const QString &deploymentId,
                             QWidget *parent)
    : QWizard(parent, Qt::Window)
    , m_journal(nullptr) {
    setObjectName(QStringLiteral("peeringWizard"));
    setWindowTitle(tr("New peering"));
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    // After the countdown (the failure or the follow-up) going back would only bounce off it.
    setOption(QWizard::DisabledBackButtonOnLastPage, true);
    setMinimumSize(640, 520);
    // Wide enough for the follow-up page's port row and commands without scrolling sideways.
    resize(960, 720);
    m_context.session = session;
    m_context.values = new WizardValues(this);
    m_journal = new WizardJournal(m_context.values, session->profile().id, this);

    auto *failure = new FailurePage(&m_context, this);
    setPage(FailurePageId, failure);
    connect(failure, &FailurePage::tryAgainRequested, this, &PeeringWizard::tryAgain);

    if (deploymentId.isEmpty()) {
        auto *choose = new ChooseDeploymentPage(&m_context, this);
        setPage(ChooseDeploymentPageId, choose);
        connect(choose, &ChooseDeploymentPage::deploymentChosen, this,
                &PeeringWizard::chooseDeployment);
        setStartId(ChooseDeploymentPageId);
    } else {
        chooseDeployment(deploymentId);
        setStartId(FirstStepPageId);
    }
    connect(this, &QWizard::currentIdChanged, this, &PeeringWizard::onCurrentIdChanged);
}

PeeringWizard::~PeeringWizard() = default;

PeeringWizard *PeeringWizard::resume(session::Session *session, const QString &deploymentId,
                                     QWidget *parent) {
    if (!session->deployments()->deployment(deploymentId))
        return nullptr;
    auto *wizard = new PeeringWizard(session, deploymentId, parent);
    if (!WizardJournal::load(session->profile().id, deploymentId, wizard->values())) {
        delete wizard;
        return nullptr;
    }
    // A submitted peering resumes on its countdown (or the follow-up it had reached), where
    // Back no longer applies; anything earlier is walked to, so Back still works.
    // Read before restart(): showing a page records it as the current step.
    const int saved = wizard->pageIdOf(wizard->values()->stepId());
    if (!wizard->values()->recordId().isEmpty()) {
        QWizardPage *page = saved >= 0 ? wizard->page(saved) : nullptr;
        const int target = qobject_cast<CountdownPage *>(page) || qobject_cast<FollowUpPage *>(page)
                               ? saved
                               : wizard->firstPageOf<CountdownPage>();
        wizard->setStartId(target >= 0 ? target : FirstStepPageId);
        wizard->restart();
    } else {
        wizard->restart();
        wizard->walkTo(saved);
    }
    return wizard;
}

PeeringWizard *PeeringWizard::forPeering(session::Session *session, const Peering &peering,
                                         bool continueSetup, QWidget *parent) {
    if (!session->deployments()->deployment(peering.deploymentId))
        return nullptr;
    auto *wizard = new PeeringWizard(session, peering.deploymentId, parent);
    PeeringRequest typed{peering.peeringId, peering.accountId, peering.vpcId, peering.cidr, {}};
    for (const FlowStep &step : wizard->m_context.flow->steps) {
        for (const FieldSpec &spec : step.fields)
            wizard->values()->setText(fieldKey(spec), requestValue(typed, spec.field));
    }
    if (continueSetup) {
        wizard->values()->setRecordId(peering.id);
        const int countdown = wizard->firstPageOf<CountdownPage>();
        wizard->setStartId(countdown >= 0 ? countdown : FirstStepPageId);
        wizard->restart();
    } else {
        wizard->restart();
        wizard->walkTo(wizard->firstPageOf<CollectFieldsPage>());
    }
    return wizard;
}

PeeringWizard *PeeringWizard::forHandOver(session::Session *session,
                                          const session::HandOver &handOver, QWidget *parent) {
    if (!session->deployments()->deployment(handOver.deploymentId))
        return nullptr;
    auto *wizard = new PeeringWizard(session, handOver.deploymentId, parent);
    WizardValues *values = wizard->values();
    const WizardContext &context = wizard->m_context;
    QList<WizardValues::DoneForYou> done;
    for (const FlowStep &step : context.flow->steps) {
        QStringList filled;
        for (const FieldSpec &spec : step.fields) {
            const QString text =
                spec.field == RequestField::Cidr && handOver.request.cidr.prefixLength() == 0
                    ? QString() // not known
                    : requestValue(handOver.request, spec.field);
            values->setText(fieldKey(spec), text);
            if (!text.isEmpty())
                filled << flowText(spec.label);
        }
        if (!filled.isEmpty())
            done.append(
                {step.id,
                 tr("Filled in from your account: %1.").arg(filled.join(QStringLiteral(", ")))});
    }
    // The first step not done, by the flow's order (the page ids follow it).
    int target = -1;
    for (const QString &stepId : handOver.pending) {
        const int page = wizard->pageIdOf(stepId);
        if (page >= 0 && (target < 0 || page < target))
            target = page;
    }
    const bool submitted = !handOver.recordId.isEmpty();
    if (submitted) {
        QWizardPage *page = target >= 0 ? wizard->page(target) : nullptr;
        if (!qobject_cast<CountdownPage *>(page) && !qobject_cast<FollowUpPage *>(page))
            target = wizard->firstPageOf<CountdownPage>();
    }
    const QString targetStep = wizard->m_stepPages.key(target);
    for (const session::HandOver::Done &d : handOver.done)
        done.append({d.flowStep, d.title});
    // The page it opens on says everything done before it (each earlier page, walked past or
    // not shown at all once submitted, keeps its own note for Back).
    const int ownNotes = int(done.size());
    for (int i = 0; target >= 0 && i < ownNotes; ++i) {
        if (wizard->pageIdOf(done.at(i).stepId) < target)
            done.append({targetStep, done.at(i).text});
    }
    WizardValues::HandOverChoices choices;
    for (int port : handOver.ports)
        choices.ports.append(quint16(port));
    choices.securityGroupId = handOver.securityGroupId;
    choices.routeTableId = handOver.routeTableId;
    values->setHandOver(done, choices);
    if (!handOver.idempotencyKey.isEmpty())
        values->adoptIdempotencyKey(handOver.deploymentId,
                                    requestFor(*context.flow, *values, context.deployment.region),
                                    handOver.idempotencyKey);
    if (submitted) {
        values->setRecordId(handOver.recordId);
        wizard->setStartId(target >= 0 ? target : FirstStepPageId);
        wizard->restart();
    } else {
        wizard->restart();
        wizard->walkTo(target);
    }
    return wizard;
}

int PeeringWizard::pageIdOf(const QString &stepId) const {
    return m_stepPages.value(stepId, -1);
}

void PeeringWizard::chooseDeployment(const QString &deploymentId) {
    if (deploymentId == m_context.deployment.id && m_context.flow)
        return;
    const auto deployment = m_context.session->deployments()->deployment(deploymentId);
    m_context.deployment = deployment.value_or(Deployment{});
    m_context.deployment.id = deploymentId;
    m_context.flow = flowFor(m_context.deployment.provider);
    // The session lists only providers the registry knows; an unknown deployment has no steps
    // (no other provider's flow stands in for it).
    static const FlowDescriptor noFlow{nullptr, "", {}, std::nullopt, {nullptr, nullptr}};
    if (!m_context.flow)
        m_context.flow = &noFlow;
    m_context.values->setDeploymentId(deploymentId);
    setWindowTitle(
        tr("New peering — %1")
            .arg(m_context.deployment.name.isEmpty() ? deploymentId : m_context.deployment.name));
    buildFlowPages();
    Q_EMIT deploymentChosen(deploymentId);
}

// One page per step of the descriptor, by kind.
void PeeringWizard::buildFlowPages() {
    for (int id : std::as_const(m_flowPageIds)) {
        QWizardPage *old = page(id);
        removePage(id);
        delete old;
    }
    m_flowPageIds.clear();
    m_stepPages.clear();
    m_stepPages.insert(kFailureStep, FailurePageId);
    if (page(ChooseDeploymentPageId))
        m_stepPages.insert(kChooseStep, ChooseDeploymentPageId);
    int id = FirstStepPageId;
    for (const FlowStep &step : m_context.flow->steps)
        addStepPage(&step, id++);
}

void PeeringWizard::addStepPage(const FlowStep *step, int id) {
    QWizardPage *page = nullptr;
    switch (step->kind) {
    case StepKind::Instructions:
    case StepKind::ShowValues:
        page = new StepPage(step, &m_context, this);
        break;
    case StepKind::CollectFields:
        page = new CollectFieldsPage(step, &m_context, this);
        break;
    case StepKind::Submit: {
        if (m_context.session->console()) { // EMQX's step is done in EMQX's own console
            page = new ConsoleSubmitPage(step, &m_context, this);
            break;
        }
        auto *review = new ReviewPage(step, &m_context, this);
        connect(review, &ReviewPage::fieldRejected, this, &PeeringWizard::goToField);
        page = review;
        break;
    }
    case StepKind::Wait:
        page = new CountdownPage(step, &m_context, this);
        break;
    case StepKind::FollowUp:
        // One page shows every follow-up (FollowUpWidget renders each step's text).
        if (firstPageOf<FollowUpPage>() >= 0) {
            m_stepPages.insert(step->id, firstPageOf<FollowUpPage>());
            return;
        }
        page = new FollowUpPage(step, &m_context, this);
        break;
    }
    if (!page)
        return;
    setPage(id, page);
    m_stepPages.insert(step->id, id);
    m_flowPageIds.append(id);
}

int PeeringWizard::nextId() const {
    const int id = currentId();
    if (id == FailurePageId)
        return -1;
    if (id == ChooseDeploymentPageId)
        return FirstStepPageId;
    if (const auto *countdown = qobject_cast<const CountdownPage *>(currentPage())) {
        if (countdown->state() == PeeringState::Failed)
            return FailurePageId;
    }
    const int index = m_flowPageIds.indexOf(id);
    return index >= 0 && index + 1 < m_flowPageIds.size() ? m_flowPageIds.at(index + 1) : -1;
}

// Finishing or discarding the wizard ends its journal; a crash, a close event or a quit keeps it.
void PeeringWizard::done(int result) {
    if (!m_closing)
        m_journal->remove();
    QWizard::done(result);
}

void PeeringWizard::reject() {
    const auto &texts = m_context.values->texts();
    const bool typed = std::any_of(texts.begin(), texts.end(),
                                   [](const QString &text) { return !text.isEmpty(); });
    const bool submitted = !m_context.values->recordId().isEmpty();
    const auto *countdown = qobject_cast<const CountdownPage *>(currentPage());
    const bool waiting = submitted && countdown && countdown->state() == PeeringState::Pending;
    if (m_closing || m_discardConfirmed || !isVisible() || (submitted ? !waiting : !typed)) {
        m_discardConfirmed = false;
        QWizard::reject();
        return;
    }
    if (findChild<QMessageBox *>(QStringLiteral("discardQuestion")))
        return; // already asking
    // Not exec(): no nested event loop. Keeping is the default, for Enter and for Esc again.
    auto *box =
        waiting ? new QMessageBox(QMessageBox::Question, tr("Leave the waiting peering?"),
                                  tr("The peering is still waiting for your side. If you close the "
                                     "wizard now, the status panel keeps showing the peering and "
                                     "the values to load; \"Continue setup…\" on it opens this "
                                     "page again."),
                                  QMessageBox::NoButton, this)
                : new QMessageBox(QMessageBox::Question, tr("Discard the values?"),
                                  tr("Close the wizard and discard the values you typed?"),
                                  QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("discardQuestion"));
    QPushButton *discard = box->addButton(waiting ? tr("&Close anyway") : tr("&Discard"),
                                          QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    QPushButton *keep = box->addButton(waiting ? tr("&Keep waiting") : tr("&Keep editing"),
                                       QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditingButton"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(discard, &QPushButton::clicked, this, [this] {
        m_discardConfirmed = true;
        reject();
    });
    box->open();
}

// QDialog::closeEvent() rejects the dialog, which would read as Cancel. But Qt 6 closes every
// window when the application quits (closing the main window, SIGTERM, Ctrl+Q), and that must not
// discard what was typed: the next start offers to resume it.
void PeeringWizard::closeEvent(QCloseEvent *event) {
    m_closing = true;
    QWizard::closeEvent(event);
    m_closing = false;
}

void PeeringWizard::onCurrentIdChanged(int id) {
    // -1: QWizard resets itself when it is rejected, also by the close event of a quit; the
    // journal keeps the page the operator was on.
    if (id == -1)
        return;
    m_context.values->setStepId(m_stepPages.key(id));
    m_journal->flush();
}

// A 422 naming a field: back to its page (the commit has not happened yet, so Back works),
// where the server's message waits under the field.
void PeeringWizard::goToField(const QString &fieldKey) {
    for (int id : std::as_const(m_flowPageIds)) {
        auto *fields = qobject_cast<CollectFieldsPage *>(page(id));
        if (!fields || !fields->editor(fieldKey))
            continue;
        while (currentId() != id && currentId() != -1 && !visitedIds().isEmpty() &&
               visitedIds().first() != currentId())
            back();
        if (currentId() == id)
            fields->showRejected(fieldKey);
        return;
    }
}

void PeeringWizard::tryAgain() {
    m_context.values->startNewAttempt();
    const int target = firstPageOf<CollectFieldsPage>();
    setStartId(page(ChooseDeploymentPageId) ? ChooseDeploymentPageId : FirstStepPageId);
    restart();
    walkTo(target);
}

// Moves forward through complete pages up to `pageId`, so Back still leads through the
// steps before it. Stops at the first incomplete page and never submits.
void PeeringWizard::walkTo(int pageId) {
    while (pageId >= 0 && currentId() != pageId && currentPage() && currentPage()->isComplete() &&
           !qobject_cast<ReviewPage *>(currentPage()) &&
           !qobject_cast<ConsoleSubmitPage *>(currentPage())) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break;
    }
}

} // namespace vpw::ui
