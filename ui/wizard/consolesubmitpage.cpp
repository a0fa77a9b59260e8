#include "consolesubmitpage.h"

#include "app/core/flow.h"
#include "app/session/consolebackend.h"
#include "app/session/session.h"
#include "copyvaluesbox.h"
#include "ui/inlinemessage.h"
#include "wizardcontext.h"
#include "wizardvalues.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>
#include <QWizard>

namespace vpw::ui {

ConsoleSubmitPage::ConsoleSubmitPage(const FlowStep *step, WizardContext *context, QWidget *parent)
    : StepPage(nullptr, context, parent)
    , m_submitStep(step)
    , m_steps(new QLabel(this))
    , m_windowNote(new QLabel(this))
    , m_values(new CopyValuesBox(this))
    , m_error(new InlineMessage(this)) {
    setObjectName(QLatin1String("consolePage_") + step->id);
    setTitle(tr("Do this in the EMQX Cloud console"));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Done"));

    m_steps->setObjectName(QStringLiteral("consoleSteps"));
    m_steps->setTextFormat(Qt::PlainText);
    m_steps->setWordWrap(true);
    m_steps->setTextInteractionFlags(Qt::TextSelectableByMouse);
    contentLayout()->addWidget(m_steps);

    auto *open = new QPushButton(style()->standardIcon(QStyle::SP_DirLinkIcon),
                                 tr("Open the &EMQX Cloud console"), this);
    open->setObjectName(QStringLiteral("emqxConsoleLink"));
    open->setToolTip(consoleUrl().toString());
    open->setAutoDefault(false);
    connect(open, &QPushButton::clicked, this, [] { QDesktopServices::openUrl(consoleUrl()); });
    auto *row = new QHBoxLayout;
    row->addWidget(open);
    row->addStretch(1);
    contentLayout()->addLayout(row);

    m_values->setObjectName(QStringLiteral("consoleValues"));
    contentLayout()->addWidget(m_values);
    m_windowNote->setObjectName(QStringLiteral("consoleWindowNote"));
    m_windowNote->setTextFormat(Qt::PlainText);
    m_windowNote->setWordWrap(true);
    contentLayout()->addWidget(m_windowNote);
    m_error->setObjectName(QStringLiteral("consoleError"));
    contentLayout()->addWidget(m_error);
}

QUrl ConsoleSubmitPage::consoleUrl() {
    return QUrl(QStringLiteral("https://cloud.emqx.com/console/"));
}

// The values exactly as the API would have sent them (normalised by the same rules), in the
// flow's words.
void ConsoleSubmitPage::initializePage() {
    StepPage::initializePage();
    showDoneForYou({m_submitStep->id});
    const Deployment &deployment = context()->deployment;
    m_steps->setText(
        tr("EMQX Cloud has no public API for peerings yet, so this step is done in EMQX Cloud's "
           "console:\n\n"
           "1. Open the EMQX Cloud console and the deployment \"%1\".\n"
           "2. Click + VPC Peering.\n"
           "3. Enter the values below, exactly as shown (use the copy buttons).\n"
           "4. Click Confirm in EMQX's console, then Done here.\n\n%2")
            .arg(deployment.name, flowText(m_submitStep->body)));
    const PeeringRequest request =
        requestFor(*context()->flow, *context()->values, deployment.region);
    QList<CopyValuesBox::Item> items;
    for (const FlowStep &flowStep : context()->flow->steps) {
        for (const FieldSpec &spec : flowStep.fields)
            items.append({fieldKey(spec), flowText(spec.label), requestValue(request, spec.field)});
    }
    m_values->setItems(items);
    const bool window = context()->flow->attachWindowSeconds.has_value();
    m_windowNote->setText(
        window ? tr("The window for your side starts when EMQX Cloud creates the peering: click "
                    "Done right after you click Confirm in EMQX's console. The countdown on the "
                    "next page is estimated from the moment you click Done.")
               : tr("Click Done once EMQX's console lists the peering. The next page waits for "
                    "the outcome."));
    m_error->clear();
}

bool ConsoleSubmitPage::validatePage() {
    if (!context()->values->recordId().isEmpty())
        return true; // recorded already (a resumed wizard)
    session::ConsoleBackend *console = context()->session->console();
    const Deployment &deployment = context()->deployment;
    const PeeringRequest request =
        requestFor(*context()->flow, *context()->values, deployment.region);
    const auto peering = console ? console->recordPeering(deployment.id, request) : std::nullopt;
    if (!peering) {
        m_error->showMessage(InlineMessage::Kind::Error,
                             console && !console->peeringsWriteError().isEmpty()
                                 ? console->peeringsWriteError()
                                 : tr("The peering could not be recorded."));
        return false;
    }
    context()->values->setRecordId(peering->id);
    return true;
}

} // namespace vpw::ui
