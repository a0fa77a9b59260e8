#include "choosedeploymentpage.h"

#include "app/session/deploymentmodel.h"
#include "app/session/session.h"
#include "wizardcontext.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace vpw::ui {

ChooseDeploymentPage::ChooseDeploymentPage(WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_list(new QListWidget(this)) {
    setObjectName(QStringLiteral("page_chooseDeployment"));
    setTitle(tr("Choose a deployment"));
    auto *label = new QLabel(tr("&Deployment to connect to your VPC:"), this);
    label->setBuddy(m_list);
    m_list->setObjectName(QStringLiteral("deploymentChoice"));
    m_list->setAccessibleName(tr("Deployment to connect to your VPC:"));
    auto *note = new QLabel(tr("VPC peering is available on dedicated deployments only; shared "
                               "and free-trial deployments are listed but cannot be chosen."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(note);

    session::DeploymentModel *model = context->session->deployments();
    connect(model, &QAbstractItemModel::rowsInserted, this, &ChooseDeploymentPage::fill);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ChooseDeploymentPage::fill);
    connect(model, &QAbstractItemModel::dataChanged, this, &ChooseDeploymentPage::fill);
    connect(model, &QAbstractItemModel::modelReset, this, &ChooseDeploymentPage::fill);
    connect(m_list, &QListWidget::currentItemChanged, this, &QWizardPage::completeChanged);
    fill();
}

void ChooseDeploymentPage::fill() {
    const QString selected = selectedId();
    m_list->clear();
    for (const Deployment &deployment : m_context->session->deployments()->all()) {
        const bool available = editionSupportsPeering(deployment.edition);
        QString text = QStringLiteral("%1 — %2, %3")
                           .arg(deployment.name, providerDisplayName(deployment.provider),
                                regionText(deployment.provider, deployment.region));
        if (!available)
            text += QStringLiteral(" — ") +
                    session::DeploymentModel::availabilityText(deployment.edition);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, deployment.id);
        if (!available)
            item->setFlags(Qt::NoItemFlags); // not selectable; the text says why
        if (deployment.id == selected)
            m_list->setCurrentItem(item);
    }
    // A visible selection from the start: the first deployment that can be chosen.
    for (int row = 0; row < m_list->count() && selectedId().isEmpty(); ++row) {
        if (m_list->item(row)->flags().testFlag(Qt::ItemIsEnabled))
            m_list->setCurrentRow(row);
    }
    Q_EMIT completeChanged();
}

QString ChooseDeploymentPage::selectedId() const {
    const QListWidgetItem *item = m_list->currentItem();
    return item && item->flags().testFlag(Qt::ItemIsEnabled) ? item->data(Qt::UserRole).toString()
                                                             : QString();
}

bool ChooseDeploymentPage::isComplete() const {
    return !selectedId().isEmpty();
}

bool ChooseDeploymentPage::validatePage() {
    Q_EMIT deploymentChosen(selectedId());
    return true;
}

} // namespace vpw::ui
