#pragma once

#include <QWizardPage>

class QListWidget;

namespace vpw::ui {

struct WizardContext;

// The first page when the wizard was opened without a deployment: the session's deployments,
// the shared and free-trial ones listed but not selectable, with the reason in words
// (the documentation: 该功能在免费试用和共享部署中不可用). Follows the DeploymentModel as it
// loads. validatePage() hands the choice to the wizard (deploymentChosen()).
class ChooseDeploymentPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ChooseDeploymentPage(WizardContext *context, QWidget *parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;
    QString selectedId() const;

Q_SIGNALS:
    void deploymentChosen(const QString &deploymentId);

private:
    void fill();

    WizardContext *m_context;
    QListWidget *m_list;
};

} // namespace vpw::ui
