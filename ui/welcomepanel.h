#pragma once

#include <QGroupBox>

class QCheckBox;
class QPushButton;

namespace vpw::ui {

// The first start's question (issue 18), asked inside the main window, above its status panel:
// what does the operator have? An EMQX Cloud deployment (a profile for EMQX Cloud's console,
// optionally a provider account next) or nothing yet (the built-in sandbox demo, as before).
// Esc inside it is "nothing yet": the demo, which stays one click away in the profile list
// either way. A part of the main window rather than a dialog of its own: a second top-level
// window after the first frame cost ~1.7 MB of the startup figure (docs/performance.md).
//
// The group's accessible name is its visible title, the question; each choice's is its visible
// text, with the explanation shown under it as its accessible description. focusChoice() puts the
// keyboard on "Nothing yet" (Enter or Space picks it; Tab reaches the others).
class WelcomePanel : public QGroupBox {
    Q_OBJECT

public:
    enum Choice { Demo, Deployment };

    explicit WelcomePanel(QWidget *parent = nullptr);

    // Deployment: the operator also wants to connect a provider account now.
    bool connectAccount() const;
    void focusChoice();

    // Asked once: false once the question was answered (or not needed), in QSettings' "welcome"
    // group of the application's settings.
    static bool shouldAsk();
    static void setAsked();

Q_SIGNALS:
    // Once, when a choice is made.
    void chosen(vpw::ui::WelcomePanel::Choice choice);

private:
    void choose(Choice choice);

    QCheckBox *m_account;
    QPushButton *m_demo;
    bool m_chosen = false;
};

} // namespace vpw::ui
