#include "failurepage.h"

#include "ui/icons.h"

#include "app/core/providermodule.h"
#include "app/session/peeringmodel.h"
#include "app/session/session.h"
#include "wizardcontext.h"
#include "wizardvalues.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>
#include <QWizard>

namespace vpw::ui {

FailurePage::FailurePage(WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_icon(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_serverText(new QLabel(this))
    , m_tryAgain(new QPushButton(tr("&Try again"), this)) {
    setObjectName(QStringLiteral("page_failure"));
    setTitle(tr("The peering failed"));
    setFinalPage(true);
    // Nothing is finished here: the wizard's last button only closes it (Try again is the way on).
    setButtonText(QWizard::FinishButton, tr("&Close"));
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(size, size));
    m_reason->setObjectName(QStringLiteral("failureReason"));
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setWordWrap(true);
    m_serverText->setObjectName(QStringLiteral("failureServerText"));
    m_serverText->setTextFormat(Qt::PlainText); // server text
    m_serverText->setWordWrap(true);
    m_serverText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tryAgain->setObjectName(QStringLiteral("tryAgainButton"));
    m_tryAgain->setAutoDefault(false);
    m_tryAgain->setIcon(resourceIcon(QStringLiteral(":/icons/view-refresh.svg")));
    auto *top = new QHBoxLayout;
    top->addWidget(m_icon, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->addWidget(m_reason);
    texts->addWidget(m_serverText);
    top->addLayout(texts, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_tryAgain);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(m_tryAgain, &QPushButton::clicked, this, [this] {
        if (wizard())
            wizard()->setOption(QWizard::NoDefaultButton, false); // the other pages' Next again
        Q_EMIT tryAgainRequested();
    });
}

void FailurePage::initializePage() {
    const auto peering = m_context->session->peerings()->peering(m_context->values->recordId());
    // The server's failure code, explained by the provider module; a failure not seen yet
    // (or from a server without codes) gets the general sentence.
    QString reason;
    if (peering && peering->provider && peering->failureCode != FailureCode::None)
        reason = peering->provider->failureAdvice(peering->failureCode);
    if (reason.isEmpty())
        reason = tr("EMQX Cloud could not complete the peering.");
    reason += QStringLiteral("\n\n") +
              tr("Nothing you typed is lost: choose Try again to check the values and submit "
                 "a new peering. The failed one no longer holds its CIDR block.");
    m_reason->setText(reason);
    const QString serverText = peering ? peering->failureReason : QString();
    m_serverText->setText(serverText.isEmpty() ? QString()
                                               : tr("EMQX Cloud says: %1").arg(serverText));
    m_serverText->setVisible(!serverText.isEmpty());
    // The wizard focuses (and so makes default) one of its buttons once the page is shown.
    if (wizard())
        connect(wizard(), &QWizard::currentIdChanged, this, &FailurePage::onPageShown,
                Qt::UniqueConnection);
    m_tryAgain->setFocus();
}

// Try again is what the operator most likely wants: the default button (Enter) with the focus,
// not the wizard's Close. The wizard would make its own button the default on every update.
void FailurePage::onPageShown() {
    if (wizard()->currentPage() != this)
        return;
    wizard()->setOption(QWizard::NoDefaultButton, true);
    m_tryAgain->setDefault(true);
    m_tryAgain->setFocus();
}

} // namespace vpw::ui
