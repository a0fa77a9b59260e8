#include "deletepeeringdialog.h"

#include "inlinemessage.h"

#include "app/session/session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vpw::ui {

namespace {
QLabel *plainLabel(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}
} // namespace

DeletePeeringDialog::DeletePeeringDialog(session::Session *session, const Peering &peering,
                                         const QString &deploymentName, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_peering(peering)
    , m_resourcesBound(peering.boundResources)
    , m_resourcesText(plainLabel({}, this))
    , m_confirmLabel(plainLabel({}, this))
    , m_confirmEdit(new QLineEdit(this))
    , m_message(new InlineMessage(this))
    , m_warning(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("deletePeeringDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Delete peering"));

    auto *intro = plainLabel(tr("Delete the VPC peering %1 of deployment \"%2\"?")
                                 .arg(peering.peeringId, deploymentName),
                             this);
    intro->setObjectName(QStringLiteral("deleteIntro"));
    auto *what = new QFormLayout;
    what->addRow(tr("Cloud provider:"), plainLabel(providerDisplayName(peering.provider), this));
    what->addRow(tr("Your VPC ID:"), plainLabel(peering.vpcId, this));
    what->addRow(tr("Your VPC CIDR:"), plainLabel(peering.cidr.toString(), this));

    m_warning->setObjectName(QStringLiteral("deleteWarning"));

    m_resourcesText->setObjectName(QStringLiteral("boundResourcesList"));
    m_confirmLabel->setObjectName(QStringLiteral("confirmLabel"));
    m_confirmLabel->setBuddy(m_confirmEdit);
    m_confirmEdit->setObjectName(QStringLiteral("confirmEdit"));
    m_message->setObjectName(QStringLiteral("deleteMessage"));

    m_deleteButton = m_buttons->addButton(tr("&Delete peering"), QDialogButtonBox::AcceptRole);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_deleteButton->setIcon(
        QIcon(QStringLiteral(":/icons/edit-delete.svg"))); // as the toolbar's action
    // The default button is chosen by updateDeleteButton(), never by focus: Enter must neither
    // cancel once the ID is typed nor delete before it is.
    m_deleteButton->setAutoDefault(false);
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAutoDefault(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DeletePeeringDialog::send);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_confirmEdit, &QLineEdit::textChanged, this, &DeletePeeringDialog::updateDeleteButton);
    connect(m_confirmEdit, &QLineEdit::returnPressed, this, [this] {
        // The dialog's default (Delete, disabled while the ID differs) does nothing then: say
        // why, next to the field.
        if (!m_busy && !idConfirmed())
            m_message->showMessage(InlineMessage::Kind::Error, mismatchText());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(what);
    layout->addWidget(m_warning);
    layout->addWidget(m_resourcesText);
    layout->addWidget(m_confirmLabel);
    layout->addWidget(m_confirmEdit);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // grows when resources appear
    showResources();
    resize(qMax(sizeHint().width(), 560), sizeHint().height());
}

void DeletePeeringDialog::showResources() {
    const bool bound = !m_resourcesBound.isEmpty();
    m_resourcesText->setVisible(bound);
    m_confirmLabel->setVisible(bound);
    m_confirmEdit->setVisible(bound);
    // What deleting does, concretely: the documentation's "make sure no resources are associated"
    // would contradict the offer to delete with resources bound.
    const QString cidr = m_peering.cidr.toString();
    if (!bound) {
        m_warning->showMessage(
            InlineMessage::Kind::Warning,
            tr("No rule-engine resource is bound to this peering. Once it is deleted, the "
               "deployment can no longer reach your VPC (%1); to connect again, create a new "
               "peering.")
                .arg(cidr));
    } else {
        m_warning->showMessage(
            InlineMessage::Kind::Warning,
            tr("Deleting the peering unbinds every rule-engine resource bound to it. The "
               "resources are not deleted, but they can no longer reach your VPC (%1).")
                .arg(cidr));
        QStringList lines;
        lines << tr("What happens to each bound resource:");
        for (const BoundResource &resource : m_resourcesBound)
            lines << QStringLiteral("  • ") +
                         tr("%1 (%2, %3): unbound and kept. It can no longer reach %4, so the "
                            "rules that use it fail until you bind it to another peering or "
                            "remove it from them.")
                             .arg(resource.name, resource.type, resource.id, cidr);
        m_resourcesText->setText(lines.join(QLatin1Char('\n')));
        m_confirmLabel->setText(
            tr("To delete it anyway, type the peering ID %1:").arg(m_peering.peeringId));
        m_confirmEdit->setAccessibleName(m_confirmLabel->text());
        m_confirmEdit->setFocus();
    }
    updateDeleteButton();
}

QString DeletePeeringDialog::mismatchText() const {
    return tr("The ID typed does not match %1.").arg(m_peering.peeringId);
}

bool DeletePeeringDialog::idConfirmed() const {
    return !needsTypedConfirmation() || m_confirmEdit->text().trimmed() == m_peering.peeringId;
}

void DeletePeeringDialog::updateDeleteButton() {
    const bool confirmed = idConfirmed();
    m_deleteButton->setEnabled(!m_busy && confirmed);
    // Without resources bound nothing is typed and Enter keeps the peering (Cancel). With them,
    // no button is the default, so Enter does nothing, until the typed ID matches: then Delete.
    const bool typed = needsTypedConfirmation();
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(!typed);
    m_deleteButton->setDefault(typed && confirmed);
    if (m_message->text() == mismatchText())
        m_message->clear(); // typing again: said once is enough
}

void DeletePeeringDialog::setBusy(bool busy) {
    m_busy = busy;
    m_confirmEdit->setReadOnly(busy);
    updateDeleteButton();
}

void DeletePeeringDialog::send() {
    if (!m_deleteButton->isEnabled())
        return;
    if (!m_session) {
        reject();
        return;
    }
    const bool force = needsTypedConfirmation();
    session::PeeringOperation *job =
        m_session->deletePeering(m_peering.deploymentId, m_peering.id, force);
    if (!job) {
        m_message->showMessage(InlineMessage::Kind::Error,
                               tr("Not connected to the peering API. Wait for the connection "
                                  "and try again."));
        return;
    }
    setBusy(true);
    m_message->showMessage(InlineMessage::Kind::Information, tr("Deleting…"));
    job->onFinished(this, [this](const session::PeeringOutcome &done) { onDeleted(done); });
}

void DeletePeeringDialog::onDeleted(const session::PeeringOutcome &outcome) {
    setBusy(false);
    if (outcome.isDone()) {
        accept();
        return;
    }
    if (outcome.kind == session::PeeringOutcome::ResourcesBound) {
        // Bound since the list was read: show them and ask for the typed ID (force=true).
        m_resourcesBound = outcome.resources;
        showResources();
    }
    QString text = outcome.message;
    if (!outcome.serverMessage.isEmpty() && outcome.fromServer)
        text += QLatin1Char('\n') + tr("EMQX Cloud says: %1").arg(outcome.serverMessage);
    m_message->showMessage(InlineMessage::Kind::Error, text);
}

} // namespace vpw::ui
