#include "steppage.h"

#include "app/core/flow.h"
#include "copyvaluesbox.h"
#include "wizardcontext.h"
#include "wizardvalues.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace vpw::ui {

QString deploymentValueText(const Deployment &deployment, DeploymentValue value) {
    switch (value) {
    case DeploymentValue::VpcId:
        return deployment.vpcId;
    case DeploymentValue::CloudAccountId:
        return deployment.cloudAccountId;
    case DeploymentValue::Cidr:
        return deployment.cidr.toString();
    case DeploymentValue::Region:
        return regionText(deployment.provider, deployment.region);
    }
    return {};
}

QString deploymentValueName(DeploymentValue value) {
    switch (value) {
    case DeploymentValue::VpcId:
        return QStringLiteral("vpcId");
    case DeploymentValue::CloudAccountId:
        return QStringLiteral("cloudAccountId");
    case DeploymentValue::Cidr:
        return QStringLiteral("cidr");
    case DeploymentValue::Region:
        return QStringLiteral("region");
    }
    return {};
}

StepPage::StepPage(const FlowStep *step, WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_step(step)
    , m_context(context)
    , m_content(new QVBoxLayout)
    , m_body(new QLabel(this))
    , m_doneForYou(new QLabel(this))
    , m_copyValues(new CopyValuesBox(this)) {
    auto *layout = new QVBoxLayout(this);
    m_doneForYou->setObjectName(QStringLiteral("doneForYouNote"));
    m_doneForYou->setTextFormat(Qt::PlainText);
    m_doneForYou->setWordWrap(true);
    m_doneForYou->setFrameShape(QFrame::StyledPanel);
    m_doneForYou->setMargin(6);
    m_doneForYou->setVisible(false);
    layout->addWidget(m_doneForYou);
    m_body->setObjectName(QStringLiteral("stepBody"));
    m_body->setTextFormat(Qt::PlainText);
    m_body->setWordWrap(true);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_body);
    layout->addWidget(m_copyValues);
    m_copyValues->setVisible(false);
    if (step) {
        setObjectName(QLatin1String("page_") + step->id);
        setTitle(flowText(step->title));
        setBody(flowText(step->body));
        addLinks();
    }
    layout->addLayout(m_content);
    layout->addStretch(1);
}

// The content takes the height the text leaves instead of the trailing stretch.
void StepPage::fillHeightWithContent() {
    auto *outer = static_cast<QVBoxLayout *>(layout());
    delete outer->takeAt(outer->count() - 1); // the stretch
    outer->setStretchFactor(m_content, 1);
}

void StepPage::setBody(const QString &text) {
    m_body->setText(text);
    m_body->setVisible(!text.isEmpty());
}

// The deployment is known only once the wizard chose it, so the values are filled in here.
void StepPage::initializePage() {
    if (!m_step)
        return;
    showDoneForYou({m_step->id});
    QList<CopyValuesBox::Item> items;
    for (const CopyValue &value : m_step->copyValues) {
        items.append({deploymentValueName(value.source), flowText(value.label),
                      deploymentValueText(m_context->deployment, value.source)});
    }
    m_copyValues->setItems(items);
}

void StepPage::showDoneForYou(const QStringList &stepIds) {
    QStringList done;
    for (const QString &id : stepIds)
        done += m_context->values->doneForYou(id);
    m_doneForYou->setVisible(!done.isEmpty());
    if (done.isEmpty())
        return;
    m_doneForYou->setText(tr("Done for you by Do it for me:") + QStringLiteral("\n• ") +
                          done.join(QStringLiteral("\n• ")));
    m_doneForYou->setAccessibleName(m_doneForYou->text());
}

void StepPage::addLinks() {
    if (m_step->links.isEmpty())
        return;
    auto *row = new QHBoxLayout;
    const QIcon icon = style()->standardIcon(QStyle::SP_DirLinkIcon);
    int index = 0;
    for (const ConsoleLink &link : m_step->links) {
        auto *button = new QPushButton(icon, tr("Open %1").arg(flowText(link.label)), this);
        button->setObjectName(QStringLiteral("consoleLink%1").arg(index++));
        button->setToolTip(link.url.toString());
        button->setAutoDefault(false);
        const QUrl url = link.url;
        connect(button, &QPushButton::clicked, this, [url] { QDesktopServices::openUrl(url); });
        row->addWidget(button);
    }
    row->addStretch(1);
    static_cast<QVBoxLayout *>(layout())->addLayout(row);
}

} // namespace vpw::ui
