#pragma once

#include "steppage.h"

namespace vpw::ui {

// A FollowUp step (route table entry, security-group rule) once the peering runs: the step's
// text, values and console links, and the peering's own values the step needs (the next hop
// of a route is the provider's peering ID).
class FollowUpPage : public StepPage {
    Q_OBJECT

public:
    FollowUpPage(const FlowStep *step, WizardContext *context, QWidget *parent = nullptr);

    void initializePage() override;
};

} // namespace vpw::ui
