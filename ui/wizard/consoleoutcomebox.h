#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace vpw::ui {

class InlineMessage;
struct WizardContext;

// The waiting page's part for a console profile (session::ConsoleBackend): EMQX Cloud cannot be
// asked, so the outcome is told by the operator from what EMQX's console shows — "It is running"
// or "It failed" (with the reason shown there, optional) — and recorded with the peering's
// history. With a window (Alibaba Cloud) it says that the countdown is estimated from the moment
// the operator confirmed EMQX's submit. Where a provider account is connected
// (session::ConsoleWatcher) it says that the provider side is watched and what the provider
// last said; the buttons stay, for the operator who sees the outcome first. The page advances
// as for any peering once the state changes.
class ConsoleOutcomeBox : public QWidget {
    Q_OBJECT

public:
    explicit ConsoleOutcomeBox(WizardContext *context, QWidget *parent = nullptr);

    // Called by the page when it is shown.
    void initialize();

private:
    void confirm(bool running);
    void showWatch();

    WizardContext *m_context;
    QLabel *m_estimateNote;
    QLabel *m_watch;
    QLineEdit *m_reason;
    QPushButton *m_running;
    QPushButton *m_failed;
    InlineMessage *m_error;
};

} // namespace vpw::ui
