#pragma once

#include "steppage.h"

namespace vpw::ui {

class FollowUpWidget;

// The wizard's last page once the peering runs: every FollowUp step of the flow (Huawei: the
// route, then the security-group rule; Aliyun: the rule) through the FollowUpWidget the status
// panel's details pane shows too — the values to enter, the console links, the CLI command
// and the Terraform snippet with the real values filled in. One page for all FollowUp steps
// (the first one's id names it); the widget renders each step's own text.
class FollowUpPage : public StepPage {
    Q_OBJECT

public:
    FollowUpPage(const FlowStep *firstStep, WizardContext *context, QWidget *parent = nullptr);

    void initializePage() override;
    FollowUpWidget *followUp() const { return m_followUp; }

private:
    FollowUpWidget *m_followUp;
    bool m_choicesApplied = false;
};

} // namespace vpw::ui
