#pragma once

#include <QDialog>

class QCheckBox;

namespace vpw::ui {

// The first start's question (issue 18): what does the operator have? An EMQX Cloud deployment
// (a profile for EMQX Cloud's console, optionally a provider account next) or nothing yet (the
// built-in sandbox demo, as before). Closing it (Esc) is "nothing yet": the demo, which stays one
// click away in the profile list either way.
//
// Open it with open(); choice() is read in finished().
class WelcomeDialog : public QDialog {
    Q_OBJECT

public:
    enum Choice { Demo, Deployment };

    explicit WelcomeDialog(QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // Deployment: the operator also wants to connect a provider account now.
    bool connectAccount() const;

    // Asked once: false once the question was answered (or not needed), in QSettings' "welcome"
    // group of the application's settings.
    static bool shouldAsk();
    static void setAsked();

private:
    Choice m_choice = Demo;
    QCheckBox *m_account;
};

} // namespace vpw::ui
