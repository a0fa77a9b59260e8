#pragma once

#include "wizardcontext.h"

#include <QHash>
#include <QWizard>

namespace vpw::session {
class Session;
struct HandOver;
} // namespace vpw::session

namespace vpw::ui {

class WizardJournal;
class WizardValues;

// The setup wizard for one new peering, built from core's FlowDescriptor for the deployment's
// platform: one page class per StepKind (StepPage for Instructions and ShowValues,
// CollectFieldsPage, ReviewPage for Submit, CountdownPage for Wait, FollowUpPage), plus a first
// page choosing the deployment when none was given and a FailurePage. A third provider is a new
// descriptor, not new pages.
//
// Not modal: a top-level window beside the main window (the status panel stays usable).
// Everything typed lives in one WizardValues, journaled as it changes (WizardJournal); Finish and
// Cancel (the button or Esc) remove the journal. A close event (the window's close button, or
// the application quitting, which closes every window first) and destruction keep it for
// resume(): quitting is not discarding.
//
// `session` is not owned and must outlive the wizard.
class PeeringWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { ChooseDeploymentPageId = 1, FirstStepPageId = 10, FailurePageId = 900 };

    // Opens on `deploymentId`'s flow, or on the choose-deployment page when it is empty.
    PeeringWizard(session::Session *session, const QString &deploymentId,
                  QWidget *parent = nullptr);
    ~PeeringWizard() override;

    // A wizard restoring the journal of `deploymentId`: the values typed, and the page the
    // operator was on; a submitted peering resumes on its countdown (server timestamps).
    // nullptr when there is no usable journal or the deployment is unknown to the session.
    static PeeringWizard *resume(session::Session *session, const QString &deploymentId,
                                 QWidget *parent = nullptr);

    // A wizard for the peering `peering` of the session, with its values typed in: with
    // `continueSetup`, on its countdown (a pending peering: the values to load, the time left);
    // otherwise a new create with the same values, on the first field page ("Create again").
    // nullptr when the session does not know its deployment.
    static PeeringWizard *forPeering(session::Session *session, const Peering &peering,
                                     bool continueSetup, QWidget *parent = nullptr);

    // Continue by hand ("Do it for me" stopped): a wizard with every value `handOver` knows
    // typed in, on the first step not done yet — walked to through the steps before it (Back
    // still works), or once submitted on the countdown (never a second submit) or the follow-up
    // page. Each step "Do it for me" did carries the note "Done for you by Do it for me".
    // nullptr when the session does not know the deployment.
    static PeeringWizard *forHandOver(session::Session *session, const session::HandOver &handOver,
                                      QWidget *parent = nullptr);

    QString deploymentId() const { return m_context.deployment.id; }
    WizardValues *values() const { return m_context.values; }
    // The page id of the step `stepId` ("aliyun.enter-fields", "waiting"), or -1.
    int pageIdOf(const QString &stepId) const;

    int nextId() const override;
    void done(int result) override;
    // Esc and Cancel: with values typed and nothing submitted yet, or while a submitted peering
    // waits on the countdown page, asks first ("discardQuestion").
    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;

Q_SIGNALS:
    // The operator chose a deployment on the first page (also emitted for the given one).
    void deploymentChosen(const QString &deploymentId);

private:
    void chooseDeployment(const QString &deploymentId);
    void buildFlowPages();
    void addStepPage(const FlowStep *step, int id);
    void onCurrentIdChanged(int id);
    void goToField(const QString &fieldKey);
    void tryAgain();
    void walkTo(int pageId);
    template <typename Page> int firstPageOf() const {
        for (int id : m_flowPageIds) {
            if (qobject_cast<Page *>(page(id)))
                return id;
        }
        return -1;
    }

    WizardContext m_context;
    WizardJournal *m_journal;
    QHash<QString, int> m_stepPages; // step id -> page id
    QList<int> m_flowPageIds;
    bool m_closing = false; // inside closeEvent(): done() keeps the journal
    bool m_discardConfirmed = false;
};

} // namespace vpw::ui
