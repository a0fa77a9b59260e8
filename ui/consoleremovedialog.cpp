#include "consoleremovedialog.h"

#include "app/session/consolebackend.h"
#include "app/session/session.h"
#include "inlinemessage.h"
#include "wizard/consolesubmitpage.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vpw::ui {

ConsoleRemoveDialog::ConsoleRemoveDialog(session::Session *session, const Peering &peering,
                                         const QString &deploymentName, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_peering(peering)
    , m_error(new InlineMessage(this)) {
    setObjectName(QStringLiteral("consoleRemoveDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    const bool running = peering.state == PeeringState::Running;
    setWindowTitle(running ? tr("Delete the peering in EMQX Cloud's console")
                           : tr("Remove the failed peering from the list"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(this);
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
    QPushButton *mark = buttons->addButton(tr("&Mark removed"), QDialogButtonBox::AcceptRole);
    mark->setObjectName(QStringLiteral("markRemovedButton"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(true); // nothing is marked by a stray Enter
    connect(mark, &QPushButton::clicked, this, &ConsoleRemoveDialog::markRemoved);
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
    accept();
}

} // namespace vpw::ui
