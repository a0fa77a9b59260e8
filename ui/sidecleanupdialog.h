#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace vpw::session {
class ApplyEngine;
class SideCleanup;
} // namespace vpw::session

namespace vpw::ui {

// "Clean up my side…" after a peering was deleted (issue 18): every delete call of the provider's
// cleanup plan (session::SideCleanup) with its exact values and what it removes, read first so
// that what is already gone shows so and is left unticked. Nothing is deleted until "Delete
// ticked"; the operator may untick a call to keep it. Then one row per call, its state as icon
// and text (waiting, running, deleted, already gone — skipped, failed) like the Apply page, the
// provider's code, request ID and a plain explanation on failure, and Retry.
//
// objectNames: sideCleanupDialog, cleanupIntro, cleanupList, cleanupStatus, cleanupRunButton,
// cleanupRetryButton. Takes ownership of `cleanup`. Open it with open(); deletes itself when
// closed.
class SideCleanupDialog : public QDialog {
    Q_OBJECT

public:
    SideCleanupDialog(session::SideCleanup *cleanup, const QString &peeringId,
                      QWidget *parent = nullptr);

    // The row of the call `key` (the plan step's key); nullptr when unknown.
    QTreeWidgetItem *row(const QString &key) const;

private:
    void fillList();
    void showCheck(int index);
    void showRun(int index);
    void runTicked();
    void onFinished(bool ok);
    void updateRunButton();

    QPointer<session::SideCleanup> m_cleanup;
    QLabel *m_intro;
    QTreeWidget *m_list;
    QLabel *m_status;
    QPushButton *m_run;
    QPushButton *m_retry;
    QPointer<session::ApplyEngine> m_engine;
};

} // namespace vpw::ui
