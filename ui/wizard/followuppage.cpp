#include "followuppage.h"

#include "app/core/flow.h"
#include "app/session/peeringmodel.h"
#include "app/session/session.h"
#include "ui/followupwidget.h"
#include "wizardcontext.h"
#include "wizardvalues.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace vpw::ui {

FollowUpPage::FollowUpPage(const FlowStep *firstStep, WizardContext *context, QWidget *parent)
    : StepPage(nullptr, context, parent)
    , m_followUp(new FollowUpWidget) {
    setObjectName(QLatin1String("page_") + firstStep->id);
    setTitle(tr("The peering runs: finish on your side"));
    setBody(tr("EMQX Cloud has connected the deployment to your VPC. Make these changes in your "
               "cloud account so that traffic flows; each is shown as console steps, as a "
               "command and as Terraform."));
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("followUpScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_followUp);
    contentLayout()->addWidget(scroll, 1);
    fillHeightWithContent();
    setFinalPage(true);
}

void FollowUpPage::initializePage() {
    StepPage::initializePage();
    QStringList steps;
    for (const FlowStep &step : context()->flow->steps) {
        if (step.kind == StepKind::FollowUp)
            steps.append(step.id);
    }
    showDoneForYou(steps);
    const auto peering = context()->session->peerings()->peering(context()->values->recordId());
    if (!peering)
        return;
    m_followUp->setPeering(context()->deployment, *peering);
    // Continue by hand: the ports and IDs chosen in "Do it for me", once (the operator's own
    // changes stay when the page is shown again).
    const WizardValues::HandOverChoices &choices = context()->values->handOverChoices();
    if (!m_choicesApplied && !choices.isEmpty())
        m_followUp->setChoices(choices.ports, choices.securityGroupId, choices.routeTableId);
    m_choicesApplied = true;
}

} // namespace vpw::ui
