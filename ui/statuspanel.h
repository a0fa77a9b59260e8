#pragma once

#include "app/core/model.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace vpw::session {
class PeeringFilterModel;
class Session;
} // namespace vpw::session

namespace vpw::ui {

class PeeringDetails;

// The status panel: the session's deployments ("Deployments" view, through a sort proxy) and,
// for the selected deployment, its peerings ("Peerings" view, through PeeringFilterModel with
// the text and state filters), an empty state for a deployment without peerings, and the
// details pane of the selected peering. Splitters between the three.
//
// The views sit on the session's models, which are fed by difference and never reset on a
// poll, so selection, sort order, current row and scroll position survive every refresh. The
// current deployment and peering are tracked by ID.
//
// Actions (New peering…, Delete peering…, Refresh now) belong to the main window; the panel only
// shows them in its context menus and empty state (setActions()).
class StatusPanel : public QWidget {
    Q_OBJECT

public:
    explicit StatusPanel(QWidget *parent = nullptr);
    ~StatusPanel() override;

    // Shows the models of `session` (not owned; nullptr: nothing). Call it before the session
    // is destroyed.
    void setSession(session::Session *session);
    void setActions(QAction *newPeering, QAction *deletePeering, QAction *refresh);
    // Actions on the selected peering shown where they apply (the owner sets their visibility):
    // in the row's menu, as buttons in the details pane, and Enter (or a double click) on the row
    // triggers the one shown and enabled.
    void setPeeringActions(const QList<QAction *> &actions);

    QString currentDeploymentId() const { return m_deploymentId; }
    std::optional<Deployment> currentDeployment() const;
    std::optional<Peering> currentPeering() const;
    PeeringDetails *details() const { return m_details; }
    QString currentRecordId() const { return m_recordId; }

    // Makes the deployment `deploymentId` current, then its peering `recordId` (API ID), as far
    // as they are listed now (and the peering passes the filters); an ID no longer listed, or
    // empty, leaves that selection as it is. For restoring the selection of a previous run.
    void selectIds(const QString &deploymentId, const QString &recordId);

    // The sizes of the splitters, for QSettings; restoreSplitters() returns false (and changes
    // nothing) for data it cannot read.
    QByteArray saveSplitters() const;
    bool restoreSplitters(const QByteArray &state);

Q_SIGNALS:
    void currentDeploymentChanged();
    // The selected peering changed, or its data did (state, time left...).
    void currentPeeringChanged();

private:
    QWidget *buildDeployments();
    QWidget *buildPeerings();
    void onDeploymentSelected(const QModelIndex &current);
    void onPeeringSelected(const QModelIndex &current);
    void onPeeringDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void onPeeringRowsChanged();
    void selectFirstDeploymentIfNone();
    void selectFirstPeeringIfNone();
    void updateEmptyState();
    void updateDetails();
    void applyStateFilter();
    void showDeploymentMenu(const QPoint &pos);
    void showPeeringMenu(const QPoint &pos);
    void copyPeeringId();

    QPointer<session::Session> m_session;
    QSortFilterProxyModel *m_deploymentProxy;
    session::PeeringFilterModel *m_peeringProxy;
    QTableView *m_deploymentsView;
    QTableView *m_peeringsView;
    QLabel *m_peeringsCaption;
    QLineEdit *m_filter;
    QComboBox *m_stateFilter;
    QStackedWidget *m_stack;
    QLabel *m_emptyText;
    QPushButton *m_emptyNewPeering;
    QLabel *m_emptyReason; // why New peering is off (shared / free-trial)
    PeeringDetails *m_details;
    QSplitter *m_splitter;
    QSplitter *m_peeringSplitter;
    QAction *m_newPeering = nullptr;
    QAction *m_deletePeering = nullptr;
    QAction *m_refresh = nullptr;
    QList<QAction *> m_peeringActions;
    QString m_deploymentId;
    QString m_recordId;
    QList<QMetaObject::Connection> m_sessionConnections;
};

} // namespace vpw::ui
