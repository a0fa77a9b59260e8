#include "followupwidget.h"

#include "copyfeedback.h"
#include "inlinemessage.h"

#include "app/core/flow.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace vpw::ui {

namespace {

QString kindName(FollowUpKind kind) {
    return kind == FollowUpKind::Route ? QStringLiteral("route") : QStringLiteral("securityGroup");
}

// A value the operator reads and may select, never interpreted as rich text.
QLabel *valueLabel(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

FollowUpWidget::FollowUpWidget(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this)) {
    setObjectName(QStringLiteral("followUpWidget"));
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void FollowUpWidget::setPeering(const Deployment &deployment, const Peering &peering) {
    const QString key = providerToString(peering.provider) + u'/' + peering.id;
    FollowUpInput input = followUpInput(deployment, peering);
    if (key == m_peeringKey) {
        input.ports = m_input.ports;
        input.securityGroupId = m_input.securityGroupId;
        input.routeTableId = m_input.routeTableId;
    }
    const bool sameLayout = key == m_peeringKey && input.region == m_input.region &&
                            input.deploymentCidr == m_input.deploymentCidr &&
                            input.peeringId == m_input.peeringId && input.vpcId == m_input.vpcId;
    m_input = input;
    m_peeringKey = key;
    if (sameLayout && m_content)
        return;
    rebuild();
}

// The sections are rebuilt only when another peering (or changed values) is shown, so a poll
// that refreshes the same peering does not move the operator's focus or selection.
void FollowUpWidget::rebuild() {
    delete m_content;
    m_sections.clear();
    m_portChecks.clear();
    m_securityGroupMessage = nullptr;
    m_routeTableMessage = nullptr;
    m_content = new QWidget(this);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const FollowUpKind kind : followUpKinds(m_input.provider))
        layout->addWidget(buildSection(kind));
    m_layout->addWidget(m_content);
    refreshTexts();
}

QWidget *FollowUpWidget::buildSection(FollowUpKind kind) {
    const FlowStep *step = followUpStep(m_input.provider, kind);
    auto *box = new QGroupBox(flowText(step->title), m_content);
    box->setObjectName(kindName(kind) + QStringLiteral("Section"));
    auto *layout = new QVBoxLayout(box);

    auto *body = new QLabel(flowText(step->body), box);
    body->setTextFormat(Qt::PlainText);
    body->setWordWrap(true);
    layout->addWidget(body);
    layout->addWidget(buildValues(kind));
    layout->addWidget(buildIdField(kind));
    if (!step->links.isEmpty())
        layout->addWidget(buildLinks(*step));

    Section section{kind};
    const QString name = kindName(kind);
    const QString cliName = followUpCliName(m_input.provider);
    const bool route = kind == FollowUpKind::Route;
    section.cli = addText(layout, name + QStringLiteral("Cli"),
                          route ? tr("%1 command for the route:").arg(cliName)
                                : tr("%1 command for the security group:").arg(cliName),
                          route ? tr("Copy %1 command for the route").arg(cliName)
                                : tr("Copy %1 command for the security group").arg(cliName),
                          &section.copyCli);
    section.terraform = addText(
        layout, name + QStringLiteral("Terraform"),
        route ? tr("Terraform for the route:") : tr("Terraform for the security group:"),
        route ? tr("Copy Terraform for the route") : tr("Copy Terraform for the security group"),
        &section.copyTerraform);
    m_sections.append(section);
    return box;
}

// The values the operator enters in the provider console, as the documentation names them.
QWidget *FollowUpWidget::buildValues(FollowUpKind kind) {
    auto *values = new QWidget(m_content);
    auto *form = new QFormLayout(values);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // a narrow pane: the value under its label
    const QString cidr = m_input.deploymentCidr.toString();
    if (kind == FollowUpKind::Route) {
        form->addRow(tr("Destination:"), valueLabel(cidr, values));
        form->addRow(tr("Next hop type:"), valueLabel(tr("VPC peering connection"), values));
        form->addRow(tr("Next hop:"), valueLabel(m_input.peeringId, values));
        return values;
    }
    form->addRow(tr("Source:"), valueLabel(cidr, values));
    form->addRow(tr("Protocol:"), valueLabel(QStringLiteral("TCP"), values));
    auto *ports = new QWidget(values);
    // One a row: four in one row would make the pane scroll sideways on a small screen.
    auto *portsLayout = new QVBoxLayout(ports);
    portsLayout->setContentsMargins(0, 0, 0, 0);
    for (const MqttPort &port : securityGroupPorts()) {
        auto *check = new QCheckBox(
            tr("%1 (%2)").arg(QString::number(port.port), flowText(port.label)), ports);
        check->setObjectName(QStringLiteral("port%1Check").arg(port.port));
        check->setAccessibleName(check->text());
        check->setProperty("port", port.port);
        check->setChecked(m_input.ports.contains(port.port));
        connect(check, &QCheckBox::toggled, this, &FollowUpWidget::onPortToggled);
        portsLayout->addWidget(check);
        m_portChecks.append(check);
    }

    auto *portsLabel = new QLabel(tr("MQTT ports to open:"), values);
    form->addRow(portsLabel, ports);
    return values;
}

// The ID only the operator knows; the texts carry a placeholder until it is plausible.
QWidget *FollowUpWidget::buildIdField(FollowUpKind kind) {
    const bool route = kind == FollowUpKind::Route;
    auto *field = new QWidget(m_content);
    auto *form = new QFormLayout(field);
    form->setContentsMargins(0, 0, 0, 0);
    auto *edit = new QLineEdit(route ? m_input.routeTableId : m_input.securityGroupId, field);
    edit->setObjectName(route ? QStringLiteral("routeTableIdEdit")
                              : QStringLiteral("securityGroupIdEdit"));
    edit->setPlaceholderText(route ? tr("Paste the ID of your VPC's route table")
                                   : tr("Paste the ID of your instances' security group"));
    edit->setClearButtonEnabled(true);
    auto *label =
        new QLabel(route ? tr("Your route &table ID:") : tr("Your security &group ID:"), field);
    label->setBuddy(edit); // the buddy gives the field its accessible name
    form->addRow(label, edit);
    auto *message = new InlineMessage(field);
    message->setObjectName(route ? QStringLiteral("routeTableIdMessage")
                                 : QStringLiteral("securityGroupIdMessage"));
    form->addRow(QString(), message);
    (route ? m_routeTableMessage : m_securityGroupMessage) = message;
    connect(edit, &QLineEdit::textChanged, this,
            [this, kind](const QString &text) { onIdEdited(kind, text); });
    return field;
}

QWidget *FollowUpWidget::buildLinks(const FlowStep &step) {
    auto *links = new QWidget(m_content);
    auto *layout = new QHBoxLayout(links);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const ConsoleLink &link : step.links) {
        auto *button = new QPushButton(flowText(link.label), links);
        button->setIcon(style()->standardIcon(QStyle::SP_DirLinkIcon, nullptr, button));
        button->setAccessibleName(button->text());
        button->setToolTip(link.url.toString());
        const QUrl url = link.url;
        connect(button, &QPushButton::clicked, this, [url] { QDesktopServices::openUrl(url); });
        layout->addWidget(button);
    }
    layout->addStretch(1);
    return links;
}

// A read-only, monospaced text with its label and copy button; returns the text.
QPlainTextEdit *FollowUpWidget::addText(QVBoxLayout *layout, const QString &name,
                                        const QString &label, const QString &copyLabel,
                                        QPushButton **copyButton) {
    auto *parent = layout->parentWidget();
    auto *text = new QPlainTextEdit(parent);
    text->setObjectName(name + QStringLiteral("Text"));
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    text->setTabChangesFocus(true);
    auto *labelWidget = new QLabel(label, parent);
    labelWidget->setWordWrap(true); // the pane may be narrow: no sideways scrolling
    labelWidget->setBuddy(text);
    // A short text beside the label; the accessible name and tooltip say what it copies.
    auto *copy = new QPushButton(tr("Copy"), parent);
    copy->setToolTip(copyLabel);
    copy->setObjectName(QStringLiteral("%1CopyButton").arg(name));
    copy->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView, nullptr, copy));
    copy->setAccessibleName(copyLabel);
    connect(copy, &QPushButton::clicked, this, [text, copy] {
        QGuiApplication::clipboard()->setText(text->toPlainText());
        showCopied(copy);
    });
    auto *header = new QHBoxLayout;
    header->addWidget(labelWidget, 1);
    header->addWidget(copy);
    layout->addLayout(header);
    layout->addWidget(text);
    *copyButton = copy;
    return text;
}

void FollowUpWidget::onPortToggled() {
    m_input.ports.clear();
    for (const QCheckBox *check : std::as_const(m_portChecks)) {
        if (check->isChecked())
            m_input.ports.append(quint16(check->property("port").toUInt()));
    }
    refreshTexts();
}

void FollowUpWidget::onIdEdited(FollowUpKind kind, const QString &text) {
    const QString id = text.trimmed(); // a paste often brings a space or a newline along
    InlineMessage *message =
        kind == FollowUpKind::Route ? m_routeTableMessage : m_securityGroupMessage;
    (kind == FollowUpKind::Route ? m_input.routeTableId : m_input.securityGroupId) = id;
    if (id.isEmpty() || isPlausibleResourceId(id)) {
        message->clear();
    } else {
        message->showMessage(InlineMessage::Kind::Error,
                             tr("An ID has only letters, digits, \"-\" and \"_\". The commands "
                                "keep the placeholder until the ID is complete."));
    }
    refreshTexts();
}

void FollowUpWidget::refreshTexts() {
    for (const Section &section : std::as_const(m_sections)) {
        QString cli = followUpCliCommand(section.kind, m_input);
        QString terraform = followUpTerraform(section.kind, m_input);
        section.copyCli->setEnabled(!cli.isEmpty());
        section.copyTerraform->setEnabled(!terraform.isEmpty());
        if (cli.isEmpty())
            cli = tr("Tick at least one port.");
        if (terraform.isEmpty())
            terraform = tr("Tick at least one port.");
        // setPlainText resets the selection: only when the text changed.
        if (section.cli->toPlainText() != cli)
            section.cli->setPlainText(cli);
        if (section.terraform->toPlainText() != terraform)
            section.terraform->setPlainText(terraform);
    }
}

} // namespace vpw::ui
