#pragma once

#include "steppage.h"

class QLabel;

namespace vpw::ui {

class CopyValuesBox;
class InlineMessage;

// The Submit step of a console profile (session::ConsoleBackend: EMQX Cloud has no public
// peering API): instead of sending the request, the page says what to do in EMQX Cloud's own
// console — the console link, the deployment, "+ VPC peering", and exactly the values the API
// would have sent, each with a copy button — and the wizard's commit button reads Done. Done
// records the peering locally as pending from that moment (Alibaba Cloud: the 10-minute window
// is estimated from it), and the wizard moves on to the waiting page. Back no longer applies
// after Done (a commit page).
//
// objectName "consolePage_<step id>"; the values' names are the fields' wire names
// ("peeringIdValue", "peeringIdCopyButton").
class ConsoleSubmitPage : public StepPage {
    Q_OBJECT

public:
    ConsoleSubmitPage(const FlowStep *step, WizardContext *context, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override { return true; }
    bool validatePage() override;

    // EMQX Cloud's console, where the operator submits the peering.
    static QUrl consoleUrl();

private:
    const FlowStep *m_submitStep;
    QLabel *m_steps;
    QLabel *m_windowNote;
    CopyValuesBox *m_values;
    InlineMessage *m_error;
};

} // namespace vpw::ui
