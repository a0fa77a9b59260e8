#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace vpw::ui {

struct WizardContext;

// The peering failed (the attach window closed, or EMQX Cloud rejected it): the reason in
// plain words, the server's own text (plain), and "Try again", which keeps every value typed
// and starts a new logical create (a new Idempotency-Key) from the first field page.
class FailurePage : public QWizardPage {
    Q_OBJECT

public:
    explicit FailurePage(WizardContext *context, QWidget *parent = nullptr);

    void initializePage() override;

Q_SIGNALS:
    void tryAgainRequested();

private:
    void onPageShown();

    WizardContext *m_context;
    QLabel *m_icon;
    QLabel *m_reason;
    QLabel *m_serverText;
    QPushButton *m_tryAgain;
};

} // namespace vpw::ui
