#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace vpw::ui {

class InlineMessage;

// Under the profile form: what the last save or removal ran into (plain text, inline), the
// "Keep in memory for this session" way out when the keychain is unusable, and a busy
// indicator while a keychain job runs.
class SaveStatus : public QWidget {
    Q_OBJECT

public:
    explicit SaveStatus(QWidget *parent = nullptr);

    void showProblem(const QString &text, bool offerSessionOnly);
    void clear();
    // `busy`: an indeterminate progress bar with `text`; hides the session-only offer.
    void setBusy(bool busy, const QString &text = {});

    QWidget *sessionOnlyButton() const;

Q_SIGNALS:
    void keepInMemoryClicked();

private:
    InlineMessage *m_problem;
    QPushButton *m_sessionOnlyButton;
    QWidget *m_busyRow;
    QProgressBar *m_busyIndicator;
    QLabel *m_busyLabel;
};

} // namespace vpw::ui
