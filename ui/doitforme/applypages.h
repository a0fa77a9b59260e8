#pragma once

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace vpw::session {
class ApplyEngine;
}

namespace vpw::ui {

class DoItForMeWizard;
class OperatorBox;

// The plan, a dry run: every call in order with its exact values and what it changes, what is
// already there ("already there — skipped", read from the account), and the policy the plan
// needs, with Copy. Nothing changes until Apply (the commit button). objectNames: planList,
// policyText, copyPolicyButton.
class PlanPage : public QWizardPage {
    Q_OBJECT
public:
    explicit PlanPage(DoItForMeWizard *wizard);
    void initializePage() override;

private:
    void showStep(int index);
    // The dry run's refusal of step `index` (a missing permission), as a line; empty if none.
    QString refusal(int index) const;

    DoItForMeWizard *m_wizard;
    QListWidget *m_list;
    QPlainTextEdit *m_policy;
    QLabel *m_status;
    QString m_resumed; // the note of a resumed plan
    QPointer<session::ApplyEngine> m_engine;
};

// Apply: one row per step — icon and state as text, elapsed time, the provider's code, request
// ID and explanation on failure — with Retry step and Continue by hand; a step done by hand in
// EMQX Cloud's console waits for the operator (OperatorBox, Done). objectNames: applyList,
// applyStatus, retryStepButton, continueByHandButton.
class ApplyPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ApplyPage(DoItForMeWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    void showStep(int index);
    void onFinished(bool ok);
    void tick();

    DoItForMeWizard *m_wizard;
    QTreeWidget *m_list;
    QLabel *m_status;
    QPushButton *m_retry;
    QPushButton *m_byHand;
    QTimer *m_ticker;
    OperatorBox *m_operator; // a step done by hand (console profile): what to enter, Done
    QPointer<session::ApplyEngine> m_engine;
};

} // namespace vpw::ui
