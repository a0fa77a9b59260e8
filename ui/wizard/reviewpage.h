#pragma once

#include "app/core/model.h"
#include "steppage.h"

#include <QPointer>

class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;

namespace vpw::session {
struct PeeringOutcome;
}

namespace vpw::ui {

class InlineMessage;

// The Submit step: every value listed for review, then the create request through
// Session::createPeering. The page is the wizard's commit page: Next reads "Submit".
//
// Submitting never blocks: validatePage() starts the job and returns false; the page shows
// progress, isComplete() is false while the request is in flight (Submit disabled, so a double
// click sends one request), and the answer advances the wizard. The same values always go out
// with the same Idempotency-Key (WizardValues), so a retry after a lost answer creates one
// peering. A 422 naming a field of the flow emits fieldRejected() (the wizard goes back to
// it; the server's message waits under the field); any other error is shown here with Retry.
class ReviewPage : public StepPage {
    Q_OBJECT

public:
    ReviewPage(const FlowStep *step, WizardContext *context, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    bool isSubmitting() const { return !m_job.isNull(); }

Q_SIGNALS:
    void fieldRejected(const QString &fieldKey);

private:
    void submit();
    void onFinished(const session::PeeringOutcome &outcome);
    void showError(const QString &text, const QString &serverText);
    void setBusy(bool busy);

    QFormLayout *m_summary;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    InlineMessage *m_error;
    QLabel *m_serverText;
    QPushButton *m_retry;
    QPointer<QObject> m_job;
    bool m_created = false;
};

} // namespace vpw::ui
