#include "reviewpage.h"

#include "app/core/flow.h"
#include "app/session/peeringoperation.h"
#include "app/session/session.h"
#include "ui/inlinemessage.h"
#include "wizardcontext.h"
#include "wizardvalues.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace vpw::ui {

ReviewPage::ReviewPage(const FlowStep *step, WizardContext *context, QWidget *parent)
    : StepPage(step, context, parent)
    , m_summary(new QFormLayout)
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_error(new InlineMessage(this))
    , m_serverText(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this)) {
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Submit"));
    auto *summaryBox = new QWidget(this);
    summaryBox->setObjectName(QStringLiteral("reviewSummary"));
    summaryBox->setLayout(m_summary);
    contentLayout()->addWidget(summaryBox);

    m_progress->setObjectName(QStringLiteral("submitProgress"));
    m_progress->setRange(0, 0); // busy: the API gives no progress of its own
    m_progress->setAccessibleName(tr("Submitting"));
    m_progressText->setObjectName(QStringLiteral("submitStatus"));
    m_error->setObjectName(QStringLiteral("submitError"));
    m_serverText->setObjectName(QStringLiteral("submitServerText"));
    m_serverText->setTextFormat(Qt::PlainText); // server text
    m_serverText->setWordWrap(true);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setAutoDefault(false);
    auto *errorRow = new QHBoxLayout;
    errorRow->addWidget(m_error, 1);
    errorRow->addWidget(m_retry, 0, Qt::AlignTop);
    contentLayout()->addWidget(m_progress);
    contentLayout()->addWidget(m_progressText);
    contentLayout()->addLayout(errorRow);
    contentLayout()->addWidget(m_serverText);
    connect(m_retry, &QPushButton::clicked, this, &ReviewPage::submit);
    setBusy(false);
    showError({}, {});
}

static void addRow(QFormLayout *form, const QString &label, const QString &value,
                   const QString &objectName) {
    auto *valueLabel = new QLabel(value);
    valueLabel->setObjectName(objectName);
    valueLabel->setTextFormat(Qt::PlainText);
    valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // The name stays the value (what is about to be submitted); the field's label is the
    // form's buddy label and the description.
    valueLabel->setAccessibleDescription(label);
    form->addRow(ReviewPage::tr("%1:", "a label before its value").arg(label), valueLabel);
}

// Every value the request carries, in the descriptor's words, normalised as it will be sent.
void ReviewPage::initializePage() {
    StepPage::initializePage();
    m_created = !context()->values->recordId().isEmpty();
    while (m_summary->rowCount() > 0)
        m_summary->removeRow(0);
    const Deployment &deployment = context()->deployment;
    addRow(m_summary, tr("Deployment"), deployment.name, QStringLiteral("reviewDeployment"));
    addRow(m_summary, tr("Cloud provider"), providerDisplayName(deployment.provider),
           QStringLiteral("reviewProvider"));
    addRow(m_summary, tr("Region"), regionText(deployment.provider, deployment.region),
           QStringLiteral("reviewRegion"));
    const PeeringRequest request =
        requestFor(*context()->flow, *context()->values, deployment.region);
    for (const FlowStep &flowStep : context()->flow->steps) {
        for (const FieldSpec &spec : flowStep.fields) {
            addRow(m_summary, flowText(spec.label), requestValue(request, spec.field),
                   QLatin1String("review_") + fieldKey(spec));
        }
    }
    showError({}, {});
}

bool ReviewPage::isComplete() const {
    return m_job.isNull();
}

bool ReviewPage::validatePage() {
    if (m_created)
        return true;
    if (m_job.isNull())
        submit();
    return false;
}

void ReviewPage::submit() {
    if (!m_job.isNull() || m_created)
        return;
    const Deployment &deployment = context()->deployment;
    const PeeringRequest request =
        requestFor(*context()->flow, *context()->values, deployment.region);
    const QString key = context()->values->idempotencyKeyFor(deployment.id, request);
    session::PeeringOperation *job = context()->session->createPeering(deployment.id, request, key);
    if (!job) {
        showError(tr("Not connected to EMQX Cloud. Wait until the connection is back, then "
                     "retry."),
                  {});
        return;
    }
    m_job = job;
    job->onFinished(this, [this](const session::PeeringOutcome &done) { onFinished(done); });
    showError({}, {});
    setBusy(true);
}

void ReviewPage::onFinished(const session::PeeringOutcome &outcome) {
    m_job.clear();
    setBusy(false);
    if (outcome.isDone()) {
        m_created = true;
        context()->values->setRecordId(outcome.peering->id);
        wizard()->next();
        return;
    }
    const auto field = requestFieldFromWireName(outcome.field);
    if (outcome.kind == session::PeeringOutcome::Rejected && field &&
        findField(*context()->flow, *field)) {
        context()->values->setServerMessage(outcome.field, outcome.serverMessage);
        Q_EMIT fieldRejected(outcome.field);
        return;
    }
    showError(outcome.message, outcome.serverMessage);
}

void ReviewPage::showError(const QString &text, const QString &serverText) {
    if (text.isEmpty())
        m_error->clear();
    else
        m_error->showMessage(InlineMessage::Kind::Error, text);
    m_serverText->setText(serverText.isEmpty() ? QString()
                                               : tr("EMQX Cloud says: %1").arg(serverText));
    m_serverText->setVisible(!serverText.isEmpty());
    m_retry->setVisible(!text.isEmpty());
}

void ReviewPage::setBusy(bool busy) {
    m_progress->setVisible(busy);
    m_progressText->setText(busy ? tr("Submitting the peering to EMQX Cloud…") : QString());
    m_progressText->setVisible(busy);
    Q_EMIT completeChanged();
}

} // namespace vpw::ui
