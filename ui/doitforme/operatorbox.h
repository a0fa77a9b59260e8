#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace vpw::session {
class ApplyEngine;
}

namespace vpw::ui {

class CopyValuesBox;

// On the Apply page, a step the operator does by hand (an "EMQX Cloud console (by hand)"
// profile: session::PlanStep::operatorTask): what to do, the console link, exactly what to enter
// (copy buttons) and Done, which tells the engine (ApplyEngine::operatorDone). Hidden while no
// step waits for the operator. objectNames: operatorBox, operatorInstructions,
// operatorConsoleLink, operatorValues (CopyValuesBox: "<name>Value", "<name>CopyButton"),
// operatorDoneButton.
class OperatorBox : public QWidget {
    Q_OBJECT
public:
    explicit OperatorBox(QWidget *parent = nullptr);
    // Follows step `index` of `engine`: shown while it waits for the operator.
    void showStep(session::ApplyEngine *engine, int index);

private:
    QPointer<session::ApplyEngine> m_engine;
    int m_index = -1;
    QLabel *m_instructions;
    QPushButton *m_link;
    CopyValuesBox *m_values;
    QPushButton *m_done;
};

} // namespace vpw::ui
