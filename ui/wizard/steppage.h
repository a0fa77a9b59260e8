#pragma once

#include <QWizardPage>

class QLabel;
class QVBoxLayout;

namespace vpw {
struct FlowStep;
}

namespace vpw::ui {

class CopyValuesBox;
struct WizardContext;

// A page rendered from one step of core's flow descriptor: its title, its body (plain text,
// paragraphs), the values EMQX Cloud gives the operator (read-only, with copy buttons) and
// buttons opening the provider consoles (QDesktopServices). Used as is for the Instructions
// and ShowValues steps; the other step kinds derive from it and add their content below
// (contentLayout()). `step` may be nullptr for pages that have no descriptor step (the
// Huawei waiting page): then the subclass sets title and body itself.
//
// The page's objectName is "page_<step id>" (or what the subclass sets). After Continue by hand
// ("Do it for me"), the note "doneForYouNote" says what was done for the operator on this step.
class StepPage : public QWizardPage {
    Q_OBJECT

public:
    StepPage(const FlowStep *step, WizardContext *context, QWidget *parent = nullptr);

    const FlowStep *step() const { return m_step; }
    void initializePage() override;

protected:
    QVBoxLayout *contentLayout() const { return m_content; }
    WizardContext *context() const { return m_context; }
    void setBody(const QString &text);
    // Continue by hand: what "Do it for me" did of the steps `stepIds` (WizardValues::
    // doneForYou), as a note above the body; hidden when nothing.
    void showDoneForYou(const QStringList &stepIds);
    // For a page whose content should grow with the window (a scroll area).
    void fillHeightWithContent();

private:
    void addLinks();

    const FlowStep *m_step;
    WizardContext *m_context;
    QVBoxLayout *m_content;
    QLabel *m_body;
    QLabel *m_doneForYou;
    CopyValuesBox *m_copyValues;
};

} // namespace vpw::ui
