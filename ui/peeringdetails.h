#pragma once

#include "app/core/model.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QAction;
class QLineEdit;
class QTabWidget;
class QVBoxLayout;

namespace vpw::ui {

class CloudSideGroup;
class CopyValuesBox;
class FollowUpWidget;

// The details pane of the status panel: every field of the selected peering, read-only, each
// with a copy button ("Copy Peering ID"...), its bound rule-engine resources, and for a failed
// peering the reason in plain words with the next step.
//
// Two tabs ("detailsTabs"): the details, and "followUpSection", the follow-up steps of a running
// peering (route table, security group) in the FollowUpWidget the wizard's last page shares;
// that tab is enabled while the peering shown is running.
class PeeringDetails : public QWidget {
    Q_OBJECT

public:
    explicit PeeringDetails(QWidget *parent = nullptr);

    // Shows `peering` (nullopt: nothing selected) of `deployment`. `secondsLeft` is the
    // Aliyun window's remaining time for a pending peering (nullopt: no window).
    void showPeering(const std::optional<Peering> &peering,
                     const std::optional<Deployment> &deployment,
                     std::optional<qint64> secondsLeft);

    QWidget *followUpSection() const { return m_followUp; }
    // The follow-up of the running peering shown (nullptr before the first one).
    FollowUpWidget *followUpWidget() const { return m_followUpWidget; }
    // The "Cloud side" group (hidden until a watcher watches the peering shown).
    CloudSideGroup *cloudSide() const { return m_cloudSide; }
    // A button for each action, below the sections and above the fields, shown while its action
    // is visible (named after it: "continueSetupAction" -> "continueSetupButton").
    void setPeeringActions(const QList<QAction *> &actions);
    // The peering's history kept by a console profile (plain text lines; empty: hidden).
    void showHistory(const QString &text);

    // The failure reason of a failed peering explained in plain words with the next step
    // (translated; the server's own text is shown next to it, as plain text).
    static QString failureExplanation(const Peering &peering);

private:
    enum Field {
        DeploymentField,
        RecordIdField,
        PeeringIdField,
        ProviderField,
        AccountIdField,
        VpcIdField,
        CidrField,
        StateField,
        CreatedField,
        UpdatedField,
        TimeLeftField,
        FieldCount
    };
    void buildFields();
    void addField(Field field, const QString &objectName, const QString &label,
                  const QString &copyName);
    void setField(Field field, const QString &text);
    void showFailure(const Peering &peering);
    void showPendingValues(const Peering &peering, const std::optional<Deployment> &deployment);
    void showResources(const Peering &peering);
    void showFollowUp(bool shown);

    enum Tab { DetailsTab, FollowUpTab };

    QFormLayout *m_form; // null until the first peering is shown (buildFields)
    QLabel *m_placeholder;
    QWidget *m_fields;
    QLineEdit *m_edits[FieldCount] = {};
    int m_rows[FieldCount] = {};   // the form row of each field
    QLabel *m_stateIcon = nullptr; // in the State row (buildFields)
    QGroupBox *m_failure;
    QLabel *m_failureExplanation;
    QLabel *m_failureReason;
    QGroupBox *m_pendingValues; // pending: what the provider side needs, from the flow's wait step
    CopyValuesBox *m_pendingValuesBox;
    QLabel *m_windowNote; // pending with a window: what happens when it closes
    QWidget *m_actionRow;
    QList<QPushButton *> m_actionButtons;
    QGroupBox *m_resources;
    QLabel *m_resourcesText;
    QGroupBox *m_history;
    QLabel *m_historyText;
    CloudSideGroup *m_cloudSide;
    QTabWidget *m_tabs;
    QWidget *m_followUp;
    QVBoxLayout *m_followUpLayout;
    FollowUpWidget *m_followUpWidget = nullptr; // made for the first running peering
};

} // namespace vpw::ui
