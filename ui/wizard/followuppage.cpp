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
    const auto peering = context()->session->peerings()->peering(context()->values->recordId());
    if (peering)
        m_followUp->setPeering(context()->deployment, *peering);
}

} // namespace vpw::ui
