#pragma once

#include "app/session/automation.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace vpw::ui {

class DoItForMeWizard;

// Choose how: "Do the cloud-side steps for me" with one of the provider's accounts (or "Add an
// account…"), or "Guide me through the consoles". Without an account the guided flow is the
// one chosen. objectNames: doItForMe, accountBox, addAccountButton, guideMe.
class ChooseHowPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ChooseHowPage(DoItForMeWizard *wizard);
    void initializePage() override;
    bool validatePage() override;

private:
    DoItForMeWizard *m_wizard;
    QRadioButton *m_doIt;
    QRadioButton *m_guide;
    QComboBox *m_account;
};

// Pick, don't type: the account's VPCs (ID, name, CIDR, the CEN it is in), the CENs ("Create a
// new CEN" first), the chosen VPC's security groups and route tables, the ports. objectNames:
// vpcBox, cenBox, securityGroupBox, routeTableBox, port1883, port8883, pickMessage.
class PickPage : public QWizardPage {
    Q_OBJECT
public:
    explicit PickPage(DoItForMeWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    session::AutomationSelection selection() const;

private:
    void onChoices(const session::AutomationChoices &choices);
    void onVpcChanged();
    void fillChildren(QComboBox *box, const QList<session::AutomationChoice> &all,
                      const QString &vpcId);
    void updateMessage();

    DoItForMeWizard *m_wizard;
    QComboBox *m_vpc;
    QLabel *m_cenLabel;
    QComboBox *m_cen;
    QComboBox *m_group;
    QLabel *m_tableLabel;
    QComboBox *m_table;
    QCheckBox *m_port1883;
    QCheckBox *m_port8883;
    QLabel *m_message;
    bool m_loaded = false;
};

} // namespace vpw::ui
