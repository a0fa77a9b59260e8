#include "peeringdetails.h"
#include "icons.h"

#include "cloudsidegroup.h"
#include "copyfeedback.h"
#include "followupwidget.h"
#include "peeringdisplay.h"
#include "wizard/copyvaluesbox.h"
#include "wizard/wizardcontext.h"

#include "app/core/flow.h"
#include "app/core/model.h"
#include "app/core/providermodule.h"
#include "app/core/timetext.h"

#include <algorithm>

#include <QAction>
#include <QClipboard>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace vpw::ui {

namespace {
QLabel *plainLabel(QWidget *parent, const QString &objectName) {
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // server text is never rendered as rich text
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QScrollArea *scrolled(QWidget *content, const QString &objectName) {
    auto *scroll = new QScrollArea;
    scroll->setObjectName(objectName);
    scroll->setWidgetResizable(true);
    // Text wraps to the pane: a sideways scrollbar would cut sentences mid-word.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // not a Tab stop of its own: the fields in it are
    scroll->setWidget(content);
    return scroll;
}

// A copy button for the value in `edit` (named `copyName` for assistive technology).
QToolButton *newCopyButton(QLineEdit *edit, const QString &objectName, const QString &copyName) {
    auto *copy = new QToolButton(edit->parentWidget());
    copy->setObjectName(objectName);
    copy->setIcon(resourceIcon(QStringLiteral(":/icons/edit-copy.svg")));
    copy->setAutoRaise(true);
    copy->setToolTip(copyName);
    copy->setAccessibleName(copyName);
    QObject::connect(copy, &QToolButton::clicked, edit, [edit, copy] {
        QGuiApplication::clipboard()->setText(edit->text());
        showCopied(copy);
    });
    return copy;
}

// The time left of the provider's attach window; its length is the module's
// (FlowDescriptor::attachWindowSeconds), not a number written here.
QString timeLeftText(qint64 seconds, int windowSeconds) {
    const int minutes = windowSeconds / 60;
    if (seconds <= 0)
        return PeeringDetails::tr("The %1-minute window has closed").arg(minutes);
    return PeeringDetails::tr("%1 (of %2 minutes)")
        .arg(QStringLiteral("%1:%2")
                 .arg(seconds / 60, 2, 10, QLatin1Char('0'))
                 .arg(seconds % 60, 2, 10, QLatin1Char('0')))
        .arg(minutes);
}
} // namespace

PeeringDetails::PeeringDetails(QWidget *parent)
    : QWidget(parent)
    , m_form(nullptr)
    , m_placeholder(plainLabel(this, QStringLiteral("detailsPlaceholder")))
    , m_fields(new QWidget(this))
    , m_failure(new QGroupBox(tr("Why it failed"), this))
    , m_failureExplanation(plainLabel(m_failure, QStringLiteral("failureExplanation")))
    , m_failureReason(plainLabel(m_failure, QStringLiteral("failureReason")))
    , m_pendingValues(new QGroupBox(tr("Values for your side"), this))
    , m_pendingValuesBox(new CopyValuesBox(m_pendingValues))
    , m_windowNote(plainLabel(m_pendingValues, QStringLiteral("pendingWindowNote")))
    , m_actionRow(new QWidget(this))
    , m_resources(new QGroupBox(tr("Bound resources"), this))
    , m_resourcesText(plainLabel(m_resources, QStringLiteral("boundResources")))
    , m_history(new QGroupBox(tr("History"), this))
    , m_historyText(plainLabel(m_history, QStringLiteral("peeringHistory")))
    , m_cloudSide(new CloudSideGroup(this))
    , m_tabs(new QTabWidget(this))
    , m_followUp(new QWidget(this))
    , m_followUpLayout(new QVBoxLayout(m_followUp)) {
    setObjectName(QStringLiteral("peeringDetails"));
    setAccessibleName(tr("Peering details"));
    m_placeholder->setText(tr("Select a peering to see its details."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    // Nothing in it to copy: a selectable label lays its text out through a QTextDocument,
    // which cost the first frame (docs/performance.md).
    m_placeholder->setTextInteractionFlags(Qt::NoTextInteraction);

    m_failure->setObjectName(QStringLiteral("failureSection"));
    auto *failureLayout = new QVBoxLayout(m_failure);
    failureLayout->addWidget(m_failureExplanation);
    failureLayout->addWidget(m_failureReason);
    // A pending peering waits for the operator's side: the values to enter there stay at hand
    // after the wizard is closed.
    m_pendingValues->setObjectName(QStringLiteral("pendingValuesSection"));
    auto *pendingLayout = new QVBoxLayout(m_pendingValues);
    pendingLayout->addWidget(m_pendingValuesBox);
    pendingLayout->addWidget(m_windowNote);
    m_windowNote->setTextInteractionFlags(Qt::NoTextInteraction);
    m_actionRow->setObjectName(QStringLiteral("peeringActionRow"));
    (new QHBoxLayout(m_actionRow))->setContentsMargins(0, 0, 0, 0);
    m_actionRow->hide();
    m_resources->setObjectName(QStringLiteral("resourcesSection"));
    (new QVBoxLayout(m_resources))->addWidget(m_resourcesText);
    m_history->setObjectName(QStringLiteral("historySection"));
    (new QVBoxLayout(m_history))->addWidget(m_historyText);
    m_history->hide();
    // The follow-up widget (route table, security group) goes here, made for the first running
    // peering (its tab is disabled until then); see the header.
    m_followUp->setObjectName(QStringLiteral("followUpSection"));
    m_followUpLayout->setObjectName(QStringLiteral("followUpLayout"));

    // What showPeering(std::nullopt) hides, hidden before the page goes into its scroll area:
    // setWidget() sizes the page, and the word-wrapped labels of visible groups would be laid
    // out for nothing (~1 ms of the first frame, docs/performance.md).
    for (QWidget *part :
         {m_fields, static_cast<QWidget *>(m_failure), static_cast<QWidget *>(m_pendingValues),
          static_cast<QWidget *>(m_resources)})
        part->hide();
    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->addWidget(m_placeholder);
    pageLayout->addWidget(m_failure); // first: for a failed peering, what to do is what matters
    pageLayout->addWidget(m_pendingValues);
    pageLayout->addWidget(m_actionRow);
    pageLayout->addWidget(m_fields);
    pageLayout->addWidget(m_cloudSide);
    pageLayout->addWidget(m_resources);
    pageLayout->addWidget(m_history);
    pageLayout->addStretch(1);
    // The follow-up steps are wide (commands, snippets): a tab of their own, so the fields
    // keep the pane's width.
    m_tabs->setObjectName(QStringLiteral("detailsTabs"));
    m_tabs->addTab(scrolled(page, QStringLiteral("detailsScroll")), tr("Detai&ls"));
    m_tabs->addTab(scrolled(m_followUp, QStringLiteral("followUpScroll")), tr("F&ollow-up steps"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    showPeering(std::nullopt, std::nullopt, std::nullopt);
}

// The rows are built when the first peering is shown, not with the pane: until then it shows
// only its placeholder, and the copy buttons' icons (a theme lookup, else an SVG and Qt's SVG
// icon engine) would cost the first frame (docs/performance.md, startup).
void PeeringDetails::buildFields() {
    if (m_form)
        return;
    m_form = new QFormLayout(m_fields);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addField(DeploymentField, QStringLiteral("detailDeployment"), tr("Deployment:"),
             tr("Copy Deployment"));
    addField(PeeringIdField, QStringLiteral("detailPeeringId"), tr("Peering ID:"),
             tr("Copy Peering ID"));
    // Copy buttons only for what an operator pastes somewhere (a console, a ticket): not the
    // provider, the state or the times.
    addField(ProviderField, QStringLiteral("detailProvider"), tr("Cloud provider:"), QString());
    addField(AccountIdField, QStringLiteral("detailAccountId"), tr("Your account ID:"),
             tr("Copy Your account ID"));
    addField(VpcIdField, QStringLiteral("detailVpcId"), tr("Your VPC ID:"), tr("Copy Your VPC ID"));
    addField(CidrField, QStringLiteral("detailCidr"), tr("Your VPC CIDR:"),
             tr("Copy Your VPC CIDR"));
    addField(StateField, QStringLiteral("detailState"), tr("State:"), QString());
    addField(CreatedField, QStringLiteral("detailCreated"), tr("Created:"), QString());
    addField(UpdatedField, QStringLiteral("detailUpdated"), tr("Updated:"), QString());
    addField(TimeLeftField, QStringLiteral("detailTimeLeft"), tr("Time left:"), QString());
    addField(RecordIdField, QStringLiteral("detailRecordId"), tr("Record ID:"),
             tr("Copy Record ID"));
    // Tab reads the pane as it is laid out: from its tabs down the fields, each value then its
    // copy button (made after the rest of the window, they would otherwise come last).
    QList<int> fields;
    for (int field = 0; field < FieldCount; ++field)
        fields << field;
    std::sort(fields.begin(), fields.end(), [this](int a, int b) { return m_rows[a] < m_rows[b]; });
    QWidget *previous = m_tabs;
    for (int field : std::as_const(fields)) {
        QLineEdit *edit = m_edits[field];
        setTabOrder(previous, edit);
        previous = edit;
        if (auto *copy =
                m_fields->findChild<QToolButton *>(edit->objectName() + QStringLiteral("Copy"))) {
            setTabOrder(previous, copy);
            previous = copy;
        }
    }
}

void PeeringDetails::addField(Field field, const QString &objectName, const QString &label,
                              const QString &copyName) {
    auto *edit = new QLineEdit(m_fields);
    edit->setObjectName(objectName);
    edit->setReadOnly(true);
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    if (field == StateField) {
        m_stateIcon = new QLabel(m_fields);
        row->insertWidget(0, m_stateIcon);
    }
    if (!copyName.isEmpty())
        row->addWidget(newCopyButton(edit, objectName + QStringLiteral("Copy"), copyName));
    auto *caption = new QLabel(label, m_fields);
    caption->setBuddy(edit);
    edit->setAccessibleName(QString(label).remove(QLatin1Char(':')).remove(QChar(0xFF1A)));
    m_rows[field] = m_form->rowCount();
    m_form->addRow(caption, row);
    m_edits[field] = edit;
}

void PeeringDetails::setField(Field field, const QString &text) {
    m_edits[field]->setText(text);
    m_edits[field]->setCursorPosition(0);
}

void PeeringDetails::showPeering(const std::optional<Peering> &peering,
                                 const std::optional<Deployment> &deployment,
                                 std::optional<qint64> secondsLeft) {
    m_placeholder->setVisible(!peering);
    m_fields->setVisible(peering.has_value());
    m_cloudSide->showRecord(peering ? peering->id : QString());
    if (!peering) {
        m_pendingValues->hide();
        m_failure->hide();
        m_resources->hide();
        showFollowUp(false);
        return;
    }
    buildFields();
    setField(DeploymentField, deployment ? deployment->name : peering->deploymentId);
    setField(RecordIdField, peering->id);
    setField(PeeringIdField, peering->peeringId);
    setField(ProviderField, providerDisplayName(peering->provider));
    setField(AccountIdField, peering->accountId);
    setField(VpcIdField, peering->vpcId);
    setField(CidrField, peering->cidr.toString());
    setField(StateField, peeringStateDisplayText(peering->state));
    m_edits[StateField]->setToolTip(peeringStateDescription(*peering));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_stateIcon->setPixmap(stateIcon(peering->state).pixmap(iconSize, iconSize));
    setField(CreatedField, displayTime(peering->createdAt));
    setField(UpdatedField, displayTime(peering->updatedAt));
    const std::optional<int> window = attachWindowSeconds(peering->provider);
    m_form->setRowVisible(m_rows[TimeLeftField], secondsLeft && window);
    if (secondsLeft && window)
        setField(TimeLeftField, timeLeftText(*secondsLeft, *window));
    showFailure(*peering);
    showPendingValues(*peering, deployment);
    showResources(*peering);
    const bool running = peering->state == PeeringState::Running && deployment;
    if (running) {
        if (!m_followUpWidget) {
            m_followUpWidget = new FollowUpWidget(m_followUp);
            m_followUpLayout->addWidget(m_followUpWidget);
        }
        m_followUpWidget->setPeering(*deployment, *peering); // keeps what the operator typed
        // Its controls (remade for another peering) come right after the pane's tabs for Tab.
        QList<QWidget *> inside;
        for (QWidget *widget = m_followUpWidget->nextInFocusChain(); widget != m_followUpWidget;
             widget = widget->nextInFocusChain()) {
            if ((widget->focusPolicy() & Qt::TabFocus) && m_followUpWidget->isAncestorOf(widget))
                inside << widget; // setTabOrder() ignores widgets that take no focus
        }
        QWidget *previous = m_tabs;
        for (QWidget *widget : std::as_const(inside)) {
            setTabOrder(previous, widget);
            previous = widget;
        }
    }
    showFollowUp(running);
}

void PeeringDetails::showHistory(const QString &text) {
    m_historyText->setText(text);
    m_history->setVisible(!text.isEmpty());
}

void PeeringDetails::showFollowUp(bool shown) {
    m_tabs->setTabEnabled(FollowUpTab, shown);
    m_tabs->setTabToolTip(FollowUpTab,
                          shown ? QString()
                                : tr("The follow-up steps apply once the peering is running."));
}

void PeeringDetails::showFailure(const Peering &peering) {
    const bool failed = peering.state == PeeringState::Failed;
    m_failure->setVisible(failed);
    if (!failed)
        return;
    m_failureExplanation->setText(failureExplanation(peering));
    m_failureReason->setVisible(!peering.failureReason.isEmpty());
    // The reason is the peering API's (EMQX Cloud's), not the cloud provider's: naming the
    // provider sent operators to the wrong console. The translated advice is above it.
    m_failureReason->setText(tr("EMQX Cloud says: %1").arg(peering.failureReason));
}

void PeeringDetails::setPeeringActions(const QList<QAction *> &actions) {
    auto *row = static_cast<QHBoxLayout *>(m_actionRow->layout());
    for (QAction *action : actions) {
        auto *button = new QPushButton(action->text(), m_actionRow);
        button->setObjectName(
            action->objectName().replace(QLatin1String("Action"), QLatin1String("Button")));
        button->setToolTip(action->toolTip());
        button->setVisible(action->isVisible());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, button, [this, button, action] {
            button->setVisible(action->isVisible());
            button->setEnabled(action->isEnabled());
            m_actionRow->setVisible(std::any_of(m_actionButtons.cbegin(), m_actionButtons.cend(),
                                                [](QPushButton *b) { return !b->isHidden(); }));
        });
        row->addWidget(button);
        m_actionButtons << button;
    }
    row->addStretch(1);
}

void PeeringDetails::showPendingValues(const Peering &peering,
                                       const std::optional<Deployment> &deployment) {
    QList<CopyValuesBox::Item> items;
    const FlowDescriptor *flow = flowFor(peering.provider);
    if (peering.state == PeeringState::Pending && deployment && flow) {
        for (const FlowStep &step : flow->steps) {
            if (step.kind != StepKind::Wait)
                continue;
            for (const CopyValue &value : step.copyValues)
                items.append({deploymentValueName(value.source), flowText(value.label),
                              deploymentValueText(*deployment, value.source)});
        }
    }
    if (items != m_pendingValuesBox->items()) {
        m_pendingValuesBox->setItems(items); // not on every poll: it would drop a selection
        // Tab: right after the pane's tabs, before the fields, as laid out.
        QWidget *previous = m_tabs;
        for (QWidget *widget : m_pendingValuesBox->findChildren<QWidget *>()) {
            if (widget->focusPolicy() & Qt::TabFocus) {
                setTabOrder(previous, widget);
                previous = widget;
            }
        }
    }
    m_pendingValues->setVisible(!items.isEmpty());
    // A pending peering fails by itself when its window closes (the demo's sample one too):
    // said here, so that it does not look like a fault when it happens.
    const std::optional<int> window = attachWindowSeconds(peering.provider);
    m_windowNote->setVisible(window.has_value());
    if (window)
        m_windowNote->setText(
            tr("If your side is not done when the %1-minute window closes, EMQX Cloud marks the "
               "peering failed and it must be created again (the demo's sample pending peering "
               "too, %1 minutes after the demo started).")
                .arg(*window / 60));
    // Tab: the action buttons right after the values.
    QWidget *previous = m_tabs;
    for (QWidget *widget : m_pendingValuesBox->findChildren<QWidget *>()) {
        if ((widget->focusPolicy() & Qt::TabFocus) && m_pendingValues->isVisibleTo(this))
            previous = widget;
    }
    for (QPushButton *button : std::as_const(m_actionButtons)) {
        setTabOrder(previous, button);
        previous = button;
    }
}

void PeeringDetails::showResources(const Peering &peering) {
    m_resources->setVisible(true);
    if (peering.boundResources.isEmpty()) {
        m_resourcesText->setText(tr("No rule-engine resources are bound to this peering."));
        return;
    }
    QStringList lines;
    for (const BoundResource &resource : peering.boundResources)
        lines << tr("%1 (%2, %3)").arg(resource.name, resource.type, resource.id);
    m_resourcesText->setText(lines.join(QLatin1Char('\n')));
}

QString PeeringDetails::failureExplanation(const Peering &peering) {
    // The provider module's advice for the server's failure code (an older server sends none:
    // the advice for "other").
    const FailureCode code =
        peering.failureCode == FailureCode::None ? FailureCode::Other : peering.failureCode;
    const QString advice = peering.provider ? peering.provider->failureAdvice(code) : QString();
    // Sentences joined as the language joins them: no space after a full-width "。".
    const QString joint = advice.endsWith(QChar(0x3002)) ? QString() : QStringLiteral(" ");
    return (advice.isEmpty() ? QString() : advice + joint) +
           tr("A failed peering cannot be deleted; it no longer holds its CIDR.");
}

} // namespace vpw::ui
