#pragma once

#include "app/core/followup.h"
#include "app/core/model.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace vpw::ui {

class InlineMessage;

// What the operator does on the provider side once a peering runs, shared by the wizard's
// last page and the status panel's details pane: one section per FollowUp step of the
// provider's flow (Huawei: the route, then the security-group rule, listed first as a checklist;
// Aliyun: the rule). Each section shows, in three tabs, the step's text with the values to enter
// and console links, the same change as a command for the provider's CLI and as a Terraform
// snippet (app/core/followup.h), each with a copy button and as tall as its text. The operator
// ticks the MQTT ports to open and types the IDs the application cannot know (security group, route
// table); the texts follow at once.
//
// Object names (for tests): "<kind>Section", "<kind>CliText", "<kind>TerraformText",
// "<kind>CliCopyButton", "<kind>TerraformCopyButton" with <kind> "route" / "securityGroup";
// "<kind>Tabs", "followUpChecklist", "securityGroupIdEdit", "routeTableIdEdit", "port<N>Check".
class FollowUpWidget : public QWidget {
    Q_OBJECT

public:
    explicit FollowUpWidget(QWidget *parent = nullptr);

    // Shows the follow-up of `peering` (a peering of `deployment`). Showing the same peering
    // again (a poll refreshed it) keeps the ticked ports and typed IDs; another peering starts
    // afresh.
    void setPeering(const Deployment &deployment, const Peering &peering);
    // The ports ticked and the IDs typed, as "Do it for me" chose them (Continue by hand): the
    // ports of securityGroupPorts() in `ports`; an ID the provider would not accept is left out.
    void setChoices(const QList<quint16> &ports, const QString &securityGroupId,
                    const QString &routeTableId);
    // What the texts are built from now.
    const FollowUpInput &input() const { return m_input; }

private:
    struct Section {
        FollowUpKind kind;
        QPlainTextEdit *cli = nullptr;
        QPlainTextEdit *terraform = nullptr;
        QPushButton *copyCli = nullptr;
        QPushButton *copyTerraform = nullptr;
    };

    void rebuild();
    QWidget *buildSection(FollowUpKind kind);
    QWidget *buildValues(FollowUpKind kind);
    QWidget *buildPorts();
    QWidget *buildIdField(FollowUpKind kind);
    QWidget *buildLinks(const FlowStep &step);
    QPlainTextEdit *addText(QVBoxLayout *layout, const QString &name, const QString &label,
                            const QString &copyLabel, QPushButton **copy);
    void onPortToggled();
    void onIdEdited(FollowUpKind kind, const QString &text);
    void refreshTexts();

    FollowUpInput m_input;
    QString m_peeringKey; // provider + id of the peering shown: same key, keep the operator's input
    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout;
    QList<Section> m_sections;
    QList<QCheckBox *> m_portChecks;
    InlineMessage *m_securityGroupMessage = nullptr;
    InlineMessage *m_routeTableMessage = nullptr;
};

} // namespace vpw::ui
