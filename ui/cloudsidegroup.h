#pragma once

#include <QGroupBox>
#include <QPointer>

class QLabel;
class QMessageBox;
class QPushButton;
class QVBoxLayout;

namespace vpw::session {
class CloudSideWatcher;
struct CloudCheck;
} // namespace vpw::session

namespace vpw::ui {

// The "Cloud side" part of a peering's details (issue 16): what the operator's provider account
// says about the peering, each check as an icon and a text with the time it was checked (the
// text is the row's accessible name, so a screen reader reads the result, not a colour). A
// mismatch that one call repairs gets a Fix… button, which shows that call (provider,
// operation, values) and makes it only when the operator agrees. Refresh now reads at once.
// Hidden for a peering nobody watches (no connected account, not applied by "Do it for me").
class CloudSideGroup : public QGroupBox {
    Q_OBJECT
public:
    explicit CloudSideGroup(QWidget *parent = nullptr);

    void setWatcher(session::CloudSideWatcher *watcher);
    void showRecord(const QString &recordId);
    QString recordId() const { return m_recordId; }

    // "Security-group rule for TCP port 1883: missing from …" (translated), for the events dock
    // and the tray notification.
    static QString mismatchText(const session::CloudCheck &check);
    // The one call of a Fix…, as its dialog shows it (translated frame, exact values).
    static QString fixText(const session::CloudCheck &check);

private:
    void rebuild();
    void askFix(const QString &key);

    QPointer<session::CloudSideWatcher> m_watcher;
    QString m_recordId;
    QVBoxLayout *m_rows;
    QLabel *m_status;
    QPushButton *m_refresh;
    QPointer<QMessageBox> m_fixDialog;
};

} // namespace vpw::ui
