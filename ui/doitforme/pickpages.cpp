#include "pickpages.h"

#include "doitformewizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>

namespace vpw::ui {

namespace {

QLabel *plainLabel(QWidget *parent, const QString &objectName) {
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // provider text is plain text
    label->setWordWrap(true);
    return label;
}

// A combo box entry that cannot be chosen, saying why (not by colour alone).
void addDisabled(QComboBox *box, const QString &text, const QString &id) {
    box->addItem(text, id);
    auto *model = qobject_cast<QStandardItemModel *>(box->model());
    if (model)
        model->item(box->count() - 1)->setEnabled(false);
}

} // namespace

ChooseHowPage::ChooseHowPage(DoItForMeWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard) {
    setTitle(tr("Choose how"));
    setSubTitle(tr("The application can make the calls in your cloud account for you, or guide "
                   "you through the consoles."));
    m_doIt = new QRadioButton(tr("&Do the cloud-side steps for me"), this);
    m_doIt->setObjectName(QStringLiteral("doItForMe"));
    m_account = new QComboBox(this);
    m_account->setObjectName(QStringLiteral("accountBox"));
    auto *accountLabel = new QLabel(tr("Provider &account:"), this);
    accountLabel->setBuddy(m_account);
    m_account->setAccessibleName(tr("Provider account"));
    auto *add = new QPushButton(tr("Add an a&ccount…"), this);
    add->setObjectName(QStringLiteral("addAccountButton"));
    m_guide = new QRadioButton(tr("&Guide me through the consoles"), this);
    m_guide->setObjectName(QStringLiteral("guideMe"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_doIt);
    auto *row = new QHBoxLayout;
    row->addSpacing(24);
    row->addWidget(accountLabel);
    row->addWidget(m_account, 1);
    row->addWidget(add);
    layout->addLayout(row);
    layout->addWidget(m_guide);
    layout->addStretch();
    connect(add, &QPushButton::clicked, wizard, &DoItForMeWizard::addAccountRequested);
    connect(m_doIt, &QRadioButton::toggled, m_account, &QWidget::setEnabled);
}

void ChooseHowPage::initializePage() {
    m_account->clear();
    for (const secrets::ProviderAccount &a : m_wizard->accounts())
        m_account->addItem(tr("%1 (%2)").arg(a.name, a.accessKeyId), a.id);
    const bool any = m_account->count() > 0;
    m_doIt->setEnabled(any);
    (any ? m_doIt : m_guide)->setChecked(true);
    m_account->setEnabled(any);
}

bool ChooseHowPage::validatePage() {
    if (m_guide->isChecked()) {
        const QString id = m_wizard->deploymentId();
        DoItForMeWizard *wizard = m_wizard;
        QTimer::singleShot(0, wizard, [wizard, id] {
            Q_EMIT wizard->guidedChosen(id);
            wizard->reject();
        });
        return false;
    }
    m_wizard->useAccount(m_account->currentIndex());
    return m_wizard->doItForMe() != nullptr;
}

PickPage::PickPage(DoItForMeWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard) {
    setTitle(tr("Pick your resources"));
    setSubTitle(tr("Read from your account. Entries that cannot be used say why."));
    auto make = [this](const char *name) {
        auto *box = new QComboBox(this);
        box->setObjectName(QLatin1String(name));
        return box;
    };
    m_vpc = make("vpcBox");
    m_cen = make("cenBox");
    m_group = make("securityGroupBox");
    m_table = make("routeTableBox");
    m_port1883 = new QCheckBox(tr("1883 (MQTT)"), this);
    m_port1883->setObjectName(QStringLiteral("port1883"));
    m_port8883 = new QCheckBox(tr("8883 (MQTT over TLS)"), this);
    m_port8883->setObjectName(QStringLiteral("port8883"));
    m_port1883->setChecked(true);
    m_port8883->setChecked(true);
    m_message = plainLabel(this, QStringLiteral("pickMessage"));
    auto *form = new QFormLayout(this);
    auto labelled = [this, form](const QString &text, QComboBox *box) {
        auto *label = new QLabel(text, this);
        label->setBuddy(box);
        box->setAccessibleName(QString(text).remove(u'&').remove(u':'));
        form->addRow(label, box);
        return label;
    };
    labelled(tr("Your &VPC:"), m_vpc);
    m_cenLabel = labelled(tr("&CEN instance:"), m_cen);
    labelled(tr("&Security group:"), m_group);
    m_tableLabel = labelled(tr("&Route table:"), m_table);
    auto *ports = new QHBoxLayout;
    ports->addWidget(m_port1883);
    ports->addWidget(m_port8883);
    ports->addStretch();
    form->addRow(tr("Ports to open:"), ports);
    form->addRow(m_message);
    connect(m_vpc, &QComboBox::currentIndexChanged, this, &PickPage::onVpcChanged);
    for (QComboBox *box : {m_cen, m_group, m_table})
        connect(box, &QComboBox::currentIndexChanged, this, &PickPage::updateMessage);
    for (QCheckBox *box : {m_port1883, m_port8883})
        connect(box, &QCheckBox::toggled, this, &PickPage::updateMessage);
}

void PickPage::initializePage() {
    m_loaded = false;
    for (QComboBox *box : {m_vpc, m_cen, m_group, m_table}) {
        box->clear();
        box->setEnabled(false);
    }
    m_message->setText(tr("Reading your account…"));
    session::DoItForMe *doIt = m_wizard->doItForMe();
    connect(doIt, &session::DoItForMe::choicesReady, this, &PickPage::onChoices,
            Qt::UniqueConnection);
    doIt->loadChoices();
    Q_EMIT completeChanged();
}

void PickPage::onChoices(const session::AutomationChoices &choices) {
    if (!choices.ok()) {
        m_message->setText(
            tr("Your account could not be read: %1 (%2, request %3)")
                .arg(choices.error.explanation, choices.error.code, choices.error.requestId));
        return;
    }
    m_loaded = true;
    const QSignalBlocker block(m_vpc);
    int first = -1;
    for (const session::AutomationChoice &vpc : choices.vpcs) {
        QString text = tr("%1 — %2").arg(vpc.label, vpc.cidr);
        if (!vpc.cenId.isEmpty())
            text += tr(" — in CEN %1").arg(vpc.cenId);
        if (vpc.enabled) {
            m_vpc->addItem(text, vpc.id);
            if (first < 0)
                first = m_vpc->count() - 1;
        } else {
            addDisabled(m_vpc, tr("%1 — cannot be used: %2").arg(text, vpc.reason), vpc.id);
        }
    }
    m_cen->addItem(tr("Create a new CEN"), QString());
    for (const session::AutomationChoice &cen : choices.cens) {
        const QString text =
            cen.detail.isEmpty() ? cen.label : tr("%1 — %2").arg(cen.label, cen.detail);
        if (cen.enabled)
            m_cen->addItem(text, cen.id);
        else
            addDisabled(m_cen, tr("%1 — cannot be used: %2").arg(text, cen.reason), cen.id);
    }
    m_cenLabel->setVisible(choices.usesCen);
    m_cen->setVisible(choices.usesCen);
    m_tableLabel->setVisible(choices.usesRouteTable);
    m_table->setVisible(choices.usesRouteTable);
    for (QComboBox *box : {m_vpc, m_cen, m_group, m_table})
        box->setEnabled(true);
    m_vpc->setCurrentIndex(first);
    onVpcChanged();
    // An Apply that was interrupted (quit, crash): its choices again, so Apply resumes it.
    if (const auto interrupted = m_wizard->doItForMe()->interruptedSelection()) {
        const int vpc = m_vpc->findData(interrupted->vpcId);
        if (vpc >= 0) {
            m_vpc->setCurrentIndex(vpc);
            onVpcChanged();
            for (const auto &[box, id] :
                 {std::pair<QComboBox *, QString>{m_cen, interrupted->cenId},
                  std::pair<QComboBox *, QString>{m_group, interrupted->securityGroupId},
                  std::pair<QComboBox *, QString>{m_table, interrupted->routeTableId}}) {
                if (box->findData(id) >= 0)
                    box->setCurrentIndex(box->findData(id));
            }
            m_port1883->setChecked(interrupted->ports.contains(1883));
            m_port8883->setChecked(interrupted->ports.contains(8883));
            updateMessage();
            if (m_message->text().isEmpty())
                m_message->setText(tr("An earlier Apply with these choices was interrupted: "
                                      "they are selected again, so that Apply continues it."));
        }
    }
}

void PickPage::fillChildren(QComboBox *box, const QList<session::AutomationChoice> &all,
                            const QString &vpcId) {
    const QSignalBlocker block(box);
    box->clear();
    for (const session::AutomationChoice &c : all) {
        if (c.parent != vpcId)
            continue;
        box->addItem(c.detail.isEmpty() ? c.label : tr("%1 — %2").arg(c.label, c.detail), c.id);
        if (c.preselected)
            box->setCurrentIndex(box->count() - 1);
    }
}

void PickPage::onVpcChanged() {
    if (!m_loaded)
        return;
    const session::AutomationChoices &choices = m_wizard->doItForMe()->choices();
    const QString vpcId = m_vpc->currentData().toString();
    for (const session::AutomationChoice &vpc : choices.vpcs) {
        if (vpc.id == vpcId) // a VPC in a CEN already: that CEN
            m_cen->setCurrentIndex(qMax(0, m_cen->findData(vpc.cenId)));
    }
    fillChildren(m_group, choices.securityGroups, vpcId);
    fillChildren(m_table, choices.routeTables, vpcId);
    updateMessage();
}

session::AutomationSelection PickPage::selection() const {
    session::AutomationSelection s;
    s.vpcId = m_vpc->currentData().toString();
    s.cenId = m_cen->currentData().toString();
    s.securityGroupId = m_group->currentData().toString();
    s.routeTableId = m_table->currentData().toString();
    if (m_port1883->isChecked())
        s.ports << 1883;
    if (m_port8883->isChecked())
        s.ports << 8883;
    return s;
}

void PickPage::updateMessage() {
    if (m_loaded)
        m_message->setText(m_wizard->doItForMe()->checkSelection(selection()));
    Q_EMIT completeChanged();
}

bool PickPage::isComplete() const {
    return m_loaded && m_wizard->doItForMe() &&
           m_wizard->doItForMe()->checkSelection(selection()).isEmpty();
}

} // namespace vpw::ui
