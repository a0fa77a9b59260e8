#include "followupwidget.h"

#include "copyfeedback.h"
#include "inlinemessage.h"

#include "app/core/flow.h"
#include "app/core/providermodule.h"

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
#include <QTabWidget>
#include <QTextLayout>
#include <QVBoxLayout>
#include <QWheelEvent>

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

// A command or snippet shown whole: as tall as its wrapped lines, so it never scrolls, and the
// mouse wheel over it scrolls the pane around it instead.
class FittedText : public QPlainTextEdit {
public:
    explicit FittedText(QWidget *parent)
        : QPlainTextEdit(parent) {
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        connect(this, &QPlainTextEdit::textChanged, this, &FittedText::fit);
    }

protected:
    void resizeEvent(QResizeEvent *event) override {
        QPlainTextEdit::resizeEvent(event);
        fit();
    }
    void wheelEvent(QWheelEvent *event) override { event->ignore(); }

private:
    void fit() {
        const qreal margin = document()->documentMargin();
        const qreal width = qMax<qreal>(1, viewport()->width() - 2 * margin);
        QTextOption option;
        option.setWrapMode(wordWrapMode());
        int lines = 0;
        for (const QString &paragraph : toPlainText().split(QLatin1Char('\n'))) {
            QTextLayout layout(paragraph, font());
            layout.setTextOption(option);
            layout.beginLayout();
            int count = 0;
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(width);
                ++count;
            }
            layout.endLayout();
            lines += qMax(1, count);
        }
        const int height = lines * fontMetrics().lineSpacing() + int(2 * margin) +
                           2 * frameWidth() + contentsMargins().top() + contentsMargins().bottom() +
                           2;
        if (height != minimumHeight())
            setFixedHeight(height);
    }
};

// Tabs as tall as the page shown, not as the tallest one (QTabWidget's size hint): the next step
// stays near.
class FittedTabs : public QTabWidget {
public:
    explicit FittedTabs(QWidget *parent)
        : QTabWidget(parent) {
        connect(this, &QTabWidget::currentChanged, this, [this] { updateGeometry(); });
    }

    QSize sizeHint() const override { return fitted(QTabWidget::sizeHint(), false); }
    QSize minimumSizeHint() const override { return fitted(QTabWidget::minimumSizeHint(), true); }
    // Word-wrapped pages: QTabWidget's answer is the tallest page's.
    int heightForWidth(int width) const override {
        const QWidget *page = currentWidget();
        if (!page)
            return QTabWidget::heightForWidth(width);
        const int chrome = sizeHint().height() - page->sizeHint().height();
        const int margins = this->width() > page->width() ? this->width() - page->width() : 4;
        return chrome + (page->hasHeightForWidth() ? page->heightForWidth(width - margins)
                                                   : page->sizeHint().height());
    }

private:
    QSize fitted(QSize size, bool minimum) const {
        const auto height = [minimum](const QWidget *page) {
            return minimum ? page->minimumSizeHint().height() : page->sizeHint().height();
        };
        int tallest = 0;
        for (int i = 0; i < count(); ++i)
            tallest = qMax(tallest, height(widget(i)));
        if (currentWidget())
            size.setHeight(size.height() - tallest + height(currentWidget()));
        return size;
    }
};

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

void FollowUpWidget::setChoices(const QList<quint16> &ports, const QString &securityGroupId,
                                const QString &routeTableId) {
    m_input.ports.clear();
    for (const MqttPort &port : securityGroupPorts()) {
        if (ports.contains(port.port))
            m_input.ports.append(port.port);
    }
    const auto accepted = [this](FollowUpKind kind, const QString &id) {
        const Verdict verdict = m_input.provider ? m_input.provider->checkFollowUpId(kind, id)
                                                 : plausibleResourceIdVerdict(id);
        return id.isEmpty() || verdict.isError() || !isPlausibleResourceId(id) ? QString() : id;
    };
    m_input.securityGroupId = accepted(FollowUpKind::SecurityGroup, securityGroupId);
    m_input.routeTableId = accepted(FollowUpKind::Route, routeTableId);
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
    const auto kinds = followUpKinds(m_input.provider);
    if (kinds.size() > 1) {
        // More than one step: say so first, so the last one is not missed below the fold.
        QStringList lines{tr("Steps, in this order:")};
        for (int i = 0; i < int(kinds.size()); ++i)
            lines << QString(QChar(0x2460 + i)) + QLatin1Char(' ') +
                         flowText(followUpStep(m_input.provider, kinds.at(i))->title);
        auto *checklist = new QLabel(lines.join(QLatin1Char('\n')), m_content);
        checklist->setObjectName(QStringLiteral("followUpChecklist"));
        checklist->setTextFormat(Qt::PlainText);
        checklist->setWordWrap(true);
        layout->addWidget(checklist);
    }
    for (const FollowUpKind kind : kinds)
        layout->addWidget(buildSection(kind));
    m_layout->addWidget(m_content);
    refreshTexts();
}

QWidget *FollowUpWidget::buildSection(FollowUpKind kind) {
    const FlowStep *step = followUpStep(m_input.provider, kind);
    auto *box = new QGroupBox(flowText(step->title), m_content);
    box->setObjectName(kindName(kind) + QStringLiteral("Section"));
    auto *layout = new QVBoxLayout(box);

    // The same change three ways, one tab each: the console steps, the CLI command, Terraform.
    // What the operator chooses (ports, the ID only they know) is above and shapes all three.
    const QString name = kindName(kind);
    if (kind == FollowUpKind::SecurityGroup)
        layout->addWidget(buildPorts());
    layout->addWidget(buildIdField(kind));
    auto *tabs = new FittedTabs(box);
    tabs->setObjectName(name + QStringLiteral("Tabs"));
    tabs->setDocumentMode(true);
    auto *console = new QWidget(tabs);
    auto *consoleLayout = new QVBoxLayout(console);
    auto *body = new QLabel(flowText(step->body), console);
    body->setTextFormat(Qt::PlainText);
    body->setWordWrap(true);
    consoleLayout->addWidget(body);
    consoleLayout->addWidget(buildValues(kind));
    if (!step->links.isEmpty())
        consoleLayout->addWidget(buildLinks(*step));
    consoleLayout->addStretch(1);
    tabs->addTab(console, tr("Console"));

    Section section{kind};
    const QString cliName = followUpCliName(m_input.provider);
    const bool route = kind == FollowUpKind::Route;
    auto *cliPage = new QWidget(tabs);
    auto *cliLayout = new QVBoxLayout(cliPage);
    section.cli = addText(cliLayout, name + QStringLiteral("Cli"),
                          route ? tr("%1 command for the route:").arg(cliName)
                                : tr("%1 command for the security group:").arg(cliName),
                          tr("Copy %1 command").arg(cliName), // the section says which
                          &section.copyCli);
    cliLayout->addStretch(1);
    tabs->addTab(cliPage, cliName);
    auto *terraformPage = new QWidget(tabs);
    auto *terraformLayout = new QVBoxLayout(terraformPage);
    section.terraform =
        addText(terraformLayout, name + QStringLiteral("Terraform"),
                route ? tr("Terraform for the route:") : tr("Terraform for the security group:"),
                tr("Copy Terraform"), &section.copyTerraform);
    terraformLayout->addStretch(1);
    tabs->addTab(terraformPage, QStringLiteral("Terraform"));
    layout->addWidget(tabs);
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
    return values;
}

// The MQTT ports the security-group rule opens (all three ways follow the ticks).
QWidget *FollowUpWidget::buildPorts() {
    auto *ports = new QWidget(m_content);
    auto *form = new QFormLayout(ports);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *checks = new QWidget(ports);
    // One a row: four in one row would make the pane scroll sideways on a small screen.
    auto *portsLayout = new QVBoxLayout(checks);
    portsLayout->setContentsMargins(0, 0, 0, 0);
    for (const MqttPort &port : securityGroupPorts()) {
        auto *check = new QCheckBox(
            tr("%1 (%2)").arg(QString::number(port.port), flowText(port.label)), checks);
        check->setObjectName(QStringLiteral("port%1Check").arg(port.port));
        check->setAccessibleName(check->text());
        check->setProperty("port", port.port);
        check->setChecked(m_input.ports.contains(port.port));
        connect(check, &QCheckBox::toggled, this, &FollowUpWidget::onPortToggled);
        portsLayout->addWidget(check);
        m_portChecks.append(check);
    }
    form->addRow(new QLabel(tr("MQTT ports to open:"), ports), checks);
    return ports;
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
    auto *text = new FittedText(parent);
    text->setObjectName(name + QStringLiteral("Text"));
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    text->setTabChangesFocus(true);
    auto *labelWidget = new QLabel(label, parent);
    labelWidget->setWordWrap(true); // the pane may be narrow: no sideways scrolling
    labelWidget->setBuddy(text);
    auto *copy = new QPushButton(copyLabel, parent);
    copy->setObjectName(QStringLiteral("%1CopyButton").arg(name));
    copy->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView, nullptr, copy));
    copy->setAccessibleName(copyLabel);
    connect(copy, &QPushButton::clicked, this, [text, copy] {
        QGuiApplication::clipboard()->setText(text->toPlainText());
        showCopied(copy);
    });
    // The label, the text, then its copy button on a row of their own: side by side they would
    // make a narrow pane scroll sideways.
    layout->addWidget(labelWidget);
    layout->addWidget(text);
    layout->addWidget(copy, 0, Qt::AlignRight);
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
    // Only an ID the provider accepts goes into the texts (Huawei: a UUID, not "sg-…").
    const Verdict verdict = id.isEmpty() || !m_input.provider
                                ? plausibleResourceIdVerdict(id)
                                : m_input.provider->checkFollowUpId(kind, id);
    (kind == FollowUpKind::Route ? m_input.routeTableId : m_input.securityGroupId) =
        verdict.isError() ? QString() : (verdict.normalized.isEmpty() ? id : verdict.normalized);
    if (id.isEmpty() || !verdict.isError()) {
        message->clear();
    } else if (!verdict.message.isEmpty()) {
        message->showMessage(InlineMessage::Kind::Error,
                             tr("%1 The commands keep the placeholder until the ID is complete.")
                                 .arg(verdict.message));
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
