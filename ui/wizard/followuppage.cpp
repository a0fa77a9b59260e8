#include "followuppage.h"

namespace vpw::ui {

FollowUpPage::FollowUpPage(const FlowStep *step, WizardContext *context, QWidget *parent)
    : StepPage(step, context, parent) {}

void FollowUpPage::initializePage() {
    StepPage::initializePage();
}

} // namespace vpw::ui
