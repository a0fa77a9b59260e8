#include "consoleoutcomebox.h"

#include "app/core/providermodule.h"
#include "app/session/consolebackend.h"
#include "app/session/consolewatcher.h"
#include "app/session/session.h"
#include "ui/inlinemessage.h"
#include "wizardcontext.h"
#include "wizardvalues.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vpw::ui {

ConsoleOutcomeBox::ConsoleOutcomeBox(WizardContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_estimateNote(new QLabel(this))
    , m_watch(new QLabel(this))
    , m_reason(new QLineEdit(this))
    , m_running(new QPushButton(tr("It is &running"), this))
    , m_failed(new QPushButton(tr("It fa&iled"), this))
    , m_error(new InlineMessage(this)) {
    setObjectName(QStringLiteral("consoleOutcomeBox"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_estimateNote->setObjectName(QStringLiteral("consoleEstimateNote"));
    m_estimateNote->setWordWrap(true);
    layout->addWidget(m_estimateNote);
    m_watch->setObjectName(QStringLiteral("consoleWatchText"));
    m_watch->setTextFormat(Qt::PlainText); // the provider's status word is server text
    m_watch->setWordWrap(true);
    layout->addWidget(m_watch);
    if (session::ConsoleBackend *console = context->session->console()) {
        if (session::ConsoleWatcher *watcher = console->watcher()) {
            connect(watcher, &session::ConsoleWatcher::checked, this,
                    &ConsoleOutcomeBox::showWatch);
            connect(watcher, &session::ConsoleWatcher::accountsChanged, this,
                    &ConsoleOutcomeBox::showWatch);
        }
    }
    auto *howTo = new QLabel(tr("EMQX Cloud's console shows the peering's state in the "
                                "deployment's VPC peering list. When it shows running or failed, "
                                "tell the application here:"),
                             this);
    howTo->setObjectName(QStringLiteral("consoleOutcomeHowTo"));
    howTo->setWordWrap(true);
    layout->addWidget(howTo);
    m_reason->setObjectName(QStringLiteral("consoleFailureReasonEdit"));
    m_reason->setMaxLength(500);
    auto *form = new QFormLayout;
    auto *reasonLabel = new QLabel(tr("R&eason shown in EMQX's console (optional):"), this);
    reasonLabel->setBuddy(m_reason);
    m_reason->setAccessibleName(tr("Reason shown in EMQX's console (optional)"));
    form->addRow(reasonLabel, m_reason);
    layout->addLayout(form);
    auto *row = new QHBoxLayout;
    m_running->setObjectName(QStringLiteral("consoleRunningButton"));
    m_failed->setObjectName(QStringLiteral("consoleFailedButton"));
    for (QPushButton *button : {m_running, m_failed}) {
        button->setAutoDefault(false);
        row->addWidget(button);
    }
    row->addStretch(1);
    layout->addLayout(row);
    m_error->setObjectName(QStringLiteral("consoleOutcomeError"));
    layout->addWidget(m_error);
    connect(m_running, &QPushButton::clicked, this, [this] { confirm(true); });
    connect(m_failed, &QPushButton::clicked, this, [this] { confirm(false); });
}

void ConsoleOutcomeBox::initialize() {
    const bool window = m_context->flow && m_context->flow->attachWindowSeconds.has_value();
    m_estimateNote->setText(tr("Estimated: the countdown runs from the moment you confirmed the "
                               "submit in EMQX's console (Done), not from EMQX Cloud's own "
                               "clock. Finish your side well before it ends."));
    m_estimateNote->setVisible(window);
    m_error->clear();
    showWatch();
}

void ConsoleOutcomeBox::showWatch() {
    session::ConsoleBackend *console = m_context->session->console();
    session::ConsoleWatcher *watcher = console ? console->watcher() : nullptr;
    const Provider provider = m_context->deployment.provider;
    const QString account = watcher && provider ? watcher->accountName(provider->id()) : QString();
    if (account.isEmpty()) {
        m_watch->setText(tr("No %1 account is connected: the application cannot see the outcome "
                            "itself.")
                             .arg(providerDisplayName(provider)));
        return;
    }
    const QString id = m_context->values->recordId();
    QString text =
        tr("Watching %1 through the account \"%2\".").arg(providerDisplayName(provider), account);
    if (!watcher->providerStatus(id).isEmpty())
        text += QLatin1Char(' ') +
                tr("%1 says: %2").arg(providerDisplayName(provider), watcher->providerStatus(id));
    if (!watcher->lastError().isEmpty())
        text += QLatin1Char(' ') + watcher->lastError();
    m_watch->setText(text);
}

void ConsoleOutcomeBox::confirm(bool running) {
    session::ConsoleBackend *console = m_context->session->console();
    const QString id = m_context->values->recordId();
    const QString reason = m_reason->text().trimmed();
    const bool ok =
        console &&
        console->confirmOutcome(
            id, running ? PeeringState::Running : PeeringState::Failed, FailureCode::Other,
            reason.isEmpty() ? tr("EMQX Cloud's console shows the peering as failed.") : reason);
    if (!ok) {
        m_error->showMessage(InlineMessage::Kind::Error,
                             console && !console->peeringsWriteError().isEmpty()
                                 ? console->peeringsWriteError()
                                 : tr("The outcome could not be recorded: the peering is no "
                                      "longer waiting."));
    }
}

} // namespace vpw::ui
