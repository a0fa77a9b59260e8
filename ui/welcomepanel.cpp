#include "welcomepanel.h"

#include "icons.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>

namespace vpw::ui {

namespace {
const QString kAskedKey = QStringLiteral("welcome/asked");

// A choice: a button whose visible text is its accessible name (Qt's default), with its
// explanation under it, which is also its accessible description. Enter picks it too, as Space
// does, although the panel is not in a dialog. A QCommandLinkButton would draw its title in a
// bold face, loaded for it alone (~0.3 MB, docs/performance.md), and its arrow from a PNG.
QPushButton *choiceButton(const QString &text, const QString &description,
                          const QString &objectName, QWidget *parent, QBoxLayout *layout) {
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setIcon(resourceIcon(parent->layoutDirection() == Qt::RightToLeft
                                     ? QStringLiteral(":/icons/go-next-rtl.svg")
                                     : QStringLiteral(":/icons/go-next.svg")));
    button->setAccessibleDescription(description);
    button->setAutoDefault(true);
    auto *explanation = new QLabel(description, parent);
    explanation->setObjectName(objectName + QStringLiteral("Description"));
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::PlainText);
    auto *row = new QHBoxLayout;
    row->addWidget(button);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addWidget(explanation);
    return button;
}
} // namespace

WelcomePanel::WelcomePanel(QWidget *parent)
    : QGroupBox(tr("What do you have?"), parent)
    , m_account(new QCheckBox(
          tr("Then &connect my Alibaba Cloud or Huawei Cloud account, so that the application "
             "watches the outcome on my side"),
          this)) {
    setObjectName(QStringLiteral("welcomePanel"));
    auto *layout = new QVBoxLayout(this);
    auto *deployment = choiceButton(
        tr("&An EMQX Cloud deployment"),
        tr("A profile for EMQX Cloud's console: you enter your deployment once from EMQX's \"+ "
           "VPC Peering\" dialog, the application guides every step, tells you exactly what to "
           "enter in EMQX's console and keeps your peerings."),
        QStringLiteral("welcomeDeploymentButton"), this, layout);
    m_account->setObjectName(QStringLiteral("welcomeAccountCheck"));
    layout->addWidget(m_account);
    m_demo = choiceButton(
        tr("Nothing yet: show me the de&mo"),
        tr("The built-in sandbox with sample deployments: every step can be tried without a "
           "cloud account. It stays one click away: \"Sandbox — local demo\" in the profile "
           "list."),
        QStringLiteral("welcomeDemoButton"), this, layout);

    setTabOrder(deployment, m_account); // in reading order
    setTabOrder(m_account, m_demo);
    connect(deployment, &QPushButton::clicked, this, [this] { choose(Deployment); });
    connect(m_demo, &QPushButton::clicked, this, [this] { choose(Demo); });
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, [this] { choose(Demo); });
}

void WelcomePanel::focusChoice() {
    m_demo->setFocus(Qt::OtherFocusReason);
}

void WelcomePanel::choose(Choice choice) {
    if (m_chosen)
        return;
    m_chosen = true;
    if (choice != Deployment)
        m_account->setChecked(false);
    Q_EMIT chosen(choice);
}

bool WelcomePanel::connectAccount() const {
    return m_account->isChecked();
}

bool WelcomePanel::shouldAsk() {
    return !QSettings().value(kAskedKey).toBool();
}

void WelcomePanel::setAsked() {
    QSettings().setValue(kAskedKey, true);
}

} // namespace vpw::ui
