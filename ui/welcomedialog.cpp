#include "welcomedialog.h"

#include <QCheckBox>
#include <QCommandLinkButton>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace vpw::ui {

namespace {
const QString kAskedKey = QStringLiteral("welcome/asked");
} // namespace

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent)
    , m_account(new QCheckBox(
          tr("Then &connect my Alibaba Cloud or Huawei Cloud account, so that the application "
             "watches the outcome on my side"),
          this)) {
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome"));
    auto *layout = new QVBoxLayout(this);
    auto *question = new QLabel(tr("What do you have?"), this);
    QFont bigger = question->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.3);
    bigger.setBold(true);
    question->setFont(bigger);
    layout->addWidget(question);

    auto *deployment = new QCommandLinkButton(
        tr("An EMQX Cloud &deployment"),
        tr("A profile for EMQX Cloud's console: you enter your deployment once from EMQX's \"+ "
           "VPC Peering\" dialog, the application guides every step, tells you exactly what to "
           "enter in EMQX's console and keeps your peerings."),
        this);
    deployment->setObjectName(QStringLiteral("welcomeDeploymentButton"));
    layout->addWidget(deployment);
    m_account->setObjectName(QStringLiteral("welcomeAccountCheck"));
    layout->addWidget(m_account);

    auto *demo = new QCommandLinkButton(
        tr("Nothing yet: show me the de&mo"),
        tr("The built-in sandbox with sample deployments: every step can be tried without a "
           "cloud account. It stays one click away: \"Sandbox — local demo\" in the profile "
           "list."),
        this);
    demo->setObjectName(QStringLiteral("welcomeDemoButton"));
    demo->setDefault(true);
    layout->addWidget(demo);

    connect(deployment, &QCommandLinkButton::clicked, this, [this] {
        m_choice = Deployment;
        accept();
    });
    connect(demo, &QCommandLinkButton::clicked, this, [this] {
        m_choice = Demo;
        accept();
    });
}

bool WelcomeDialog::connectAccount() const {
    return m_choice == Deployment && m_account->isChecked();
}

bool WelcomeDialog::shouldAsk() {
    return !QSettings().value(kAskedKey).toBool();
}

void WelcomeDialog::setAsked() {
    QSettings().setValue(kAskedKey, true);
}

} // namespace vpw::ui
