#pragma once

#include "app/core/model.h"
#include "steppage.h"

#include <QTimer>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace vpw::ui {

class ConsoleOutcomeBox;
class InlineMessage;

// A Wait step, after the submit: the peering's state, read from the session's PeeringModel (the
// session's poller keeps it current; the page never polls on its own), and for a flow with an
// attach window (FlowDescriptor::attachWindowSeconds: Aliyun) the time left as mm:ss with a
// progress bar, computed from the server's expiresAt and Session::serverNow() (the injected clock):
// never a decrementing counter, so a restart resumes from the server's timestamps. The label is
// updated at most once a second.
//
// For a flow without a window (Huawei) it shows the state only.
//
// The page completes when the peering runs or fails, and then advances by itself: running to
// the next page, failed to the failure page (PeeringWizard::nextId()).
// In the demo profile only, two clearly labelled buttons play the provider's side through
// the session's sandbox controls: "Demo: finish the provider side now" and (with a window)
// "Demo: let the window run out".
class CountdownPage : public StepPage {
    Q_OBJECT

public:
    CountdownPage(const FlowStep *step, WizardContext *context, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    // The peering's state as the model has it (nullopt until the model lists the peering).
    std::optional<PeeringState> state() const;

private:
    void refresh();
    void showTimeLeft(const Peering &peering);
    void advanceWhenSettled(PeeringState state);
    void playDemo(bool finish);

    QLabel *m_stateIcon;
    QLabel *m_stateText;
    QLabel *m_timeLeftLabel;
    QLabel *m_timeLeft;
    QProgressBar *m_progress;
    QLabel *m_windowNote;
    QPushButton *m_demoFinish;
    QPushButton *m_demoExpire;
    InlineMessage *m_demoError;
    ConsoleOutcomeBox *m_console = nullptr; // console profiles only
    QTimer m_tick;
    bool m_advanceScheduled = false;
};

} // namespace vpw::ui
