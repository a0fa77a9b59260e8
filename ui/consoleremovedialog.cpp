#include "consoleremovedialog.h"

#include "app/session/consolebackend.h"
#include "app/session/session.h"
#include "app/session/sidecleanup.h"
#include "inlinemessage.h"
#include "sidecleanupdialog.h"
#include "wizard/consolesubmitpage.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vpw::ui {

ConsoleRemoveDialog::ConsoleRemoveDialog(session::Session *session, const Peering &peering,
                                         const QString &deploymentName,
                                         session::SideCleanup *cleanup, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_peering(peering)
    , m_error(new InlineMessage(this))
    , m_cleanup(cleanup) {
    if (cleanup)
        cleanup->setParent(this);
    setObjectName(QStringLiteral("consoleRemoveDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    const bool running = peering.state == PeeringState::Running;
    setWindowTitle(running ? tr("Delete the peering in EMQX Cloud's console")
                           : tr("Remove the failed peering from the list"));
    auto *layout = new QVBoxLayout(this);
    auto *text = m_text = new QLabel(this);
    text->setObjectName(QStringLiteral("consoleRemoveText"));
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    if (running) {
        text->setText(
            tr("EMQX Cloud has no public API for peerings yet: delete the peering in EMQX Cloud's "
               "console, then mark it removed here.\n\n"
               "1. Open the EMQX Cloud console and the deployment \"%1\".\n"
               "2. Make sure no resources are bound to the peering (for example rule-engine "
               "resources that reach your VPC): unbind them first. Deleting a peering that "
               "resources still use leads to unpredictable failures.\n"
               "3. In the deployment's VPC peering list, delete the peering %2 (VPC %3, %4). A "
               "peering can be deleted only while its state is running.\n"
               "4. Click Mark removed here. The entry leaves the list; its history is kept.")
                .arg(deploymentName, peering.peeringId, peering.vpcId, peering.cidr.toString()));
    } else {
        text->setText(tr("The peering %1 failed: EMQX Cloud holds nothing for it. Mark removed "
                         "takes it off the list; its history is kept.")
                          .arg(peering.peeringId));
    }
    if (cleanup)
        text->setText(text->text() + QStringLiteral("\n\n") +
                      tr("Your provider account \"%1\" is connected: once the entry is marked "
                         "removed, the application offers to remove what it added in that "
                         "account for this peering (the route, the security-group rules), "
                         "showing each call first.")
                          .arg(cleanup->account().name));
    text->setAccessibleName(windowTitle());
    text->setAccessibleDescription(text->text());
    layout->addWidget(text);
    m_error->setObjectName(QStringLiteral("consoleRemoveError"));
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    if (running) {
        QPushButton *open =
            buttons->addButton(tr("Open the &EMQX Cloud console"), QDialogButtonBox::ActionRole);
        open->setObjectName(QStringLiteral("emqxConsoleLink"));
        open->setToolTip(ConsoleSubmitPage::consoleUrl().toString());
        open->setAutoDefault(false);
        connect(open, &QPushButton::clicked, this,
                [] { QDesktopServices::openUrl(ConsoleSubmitPage::consoleUrl()); });
    }
    QPushButton *mark = m_mark =
        buttons->addButton(tr("&Mark removed"), QDialogButtonBox::AcceptRole);
    mark->setObjectName(QStringLiteral("markRemovedButton"));
    QPushButton *cancel = m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(true); // nothing is marked by a stray Enter
    connect(mark, &QPushButton::clicked, this, &ConsoleRemoveDialog::markRemoved);
    if (cleanup) {
        QPushButton *cleanUp =
            buttons->addButton(tr("&Clean up my side…"), QDialogButtonBox::ActionRole);
        cleanUp->setObjectName(QStringLiteral("cleanUpButton"));
        cleanUp->setAutoDefault(false);
        cleanUp->hide(); // offered once marked removed
        connect(cleanUp, &QPushButton::clicked, this, &ConsoleRemoveDialog::offerCleanup);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void ConsoleRemoveDialog::markRemoved() {
    session::ConsoleBackend *console = m_session ? m_session->console() : nullptr;
    if (!console) {
        reject();
        return;
    }
    if (!console->markRemoved(m_peering.id)) {
        m_error->showMessage(InlineMessage::Kind::Error,
                             console->peeringsWriteError().isEmpty()
                                 ? tr("The peering is no longer in the list.")
                                 : console->peeringsWriteError());
        return;
    }
    Q_EMIT markedRemoved(m_peering.id);
    if (!m_cleanup) {
        accept();
        return;
    }
    // Marked: the offer to clean up the operator's side; Close leaves it as it is.
    m_text->setText(tr("The peering %1 is marked removed. The application can now remove what it "
                       "added in your account \"%2\" for it: choose Clean up my side… to see "
                       "each call before any is made, or Close to keep everything as it is.")
                        .arg(m_peering.peeringId, m_cleanup->account().name));
    m_text->setAccessibleDescription(m_text->text());
    m_mark->hide();
    m_cancel->setText(tr("&Close"));
    if (auto *cleanUp = findChild<QPushButton *>(QStringLiteral("cleanUpButton"))) {
        cleanUp->show();
        cleanUp->setDefault(true);
        cleanUp->setFocus();
    }
}

void ConsoleRemoveDialog::offerCleanup() {
    if (!m_cleanup)
        return;
    auto *dialog = new SideCleanupDialog(m_cleanup, m_peering.peeringId, parentWidget());
    m_cleanup = nullptr; // the cleanup dialog owns it now
    dialog->open();
    accept();
}

} // namespace vpw::ui
