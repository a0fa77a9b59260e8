#include "provideraccountform.h"

#include "app/core/provideraccountrules.h"
#include "app/core/providermodule.h"
#include "app/providers/registry.h"
#include "inlinemessage.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>

namespace vpw::ui {

namespace {
const QString kProvider = QStringLiteral("accountProvider");
const QString kName = QStringLiteral("accountName");
const QString kKeyId = QStringLiteral("accessKeyId");
const QString kSecret = QStringLiteral("accessKeySecret");
const QString kRegions = QStringLiteral("regions");
const QString kEndpoint = QStringLiteral("endpointOverride");

// "AccessKey &ID:" -> "AccessKey ID": the accessible name is the visible label.
QString accessibleText(const QString &label) {
    static const QRegularExpression cjkMnemonic(QStringLiteral("\\(&.\\)")); // "名称(&N)"
    QString text = label;
    text.remove(cjkMnemonic);
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(u'：')))
        text.chop(1);
    return text;
}
} // namespace

ProviderAccountForm::ProviderAccountForm(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
    , m_provider(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_keyId(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_showSecret(new QToolButton(this))
    , m_regions(new QLineEdit(this))
    , m_endpoint(new QLineEdit(this))
    , m_test(new QPushButton(tr("&Test key"), this))
    , m_policy(new QPushButton(tr("Show required po&licy…"), this))
    , m_demo(new QPushButton(tr("Use the demo's &emulated account"), this))
    , m_testMessage(new InlineMessage(this)) {
    setObjectName(QStringLiteral("providerAccountForm"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);

    // The providers with accounts: those whose module has an account part (not AWS, which is
    // guided only).
    for (const Provider module : providerModules()) {
        if (module->account())
            m_provider->addItem(module->displayName(), module->id());
    }
    m_name->setPlaceholderText(tr("For example: Production account"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                  Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_keyId->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_regions->setPlaceholderText(tr("cn-hangzhou, cn-shanghai"));
    m_endpoint->setPlaceholderText(tr("empty: the provider's own endpoints"));
    m_endpoint->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_showSecret->setObjectName(QStringLiteral("showAccessKeySecretButton"));
    m_showSecret->setCheckable(true);
    m_showSecret->setFocusPolicy(Qt::StrongFocus);
    m_showSecret->setText(tr("Show"));
    m_showSecret->setAccessibleName(tr("Show the secret"));
    auto *secretRow = new QWidget(this);
    auto *secretLayout = new QHBoxLayout(secretRow);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    secretLayout->addWidget(m_secret, 1);
    secretLayout->addWidget(m_showSecret);

    m_provider->setObjectName(kProvider + QLatin1String("Combo"));
    addField(kProvider, m_provider, nullptr);
    addField(kName, m_name, m_name);
    addField(kKeyId, m_keyId, m_keyId);
    addField(kSecret, secretRow, m_secret);
    addField(kRegions, m_regions, m_regions);
    addField(kEndpoint, m_endpoint, m_endpoint);

    m_test->setObjectName(QStringLiteral("testKeyButton"));
    m_policy->setObjectName(QStringLiteral("showPolicyButton"));
    m_demo->setObjectName(QStringLiteral("useDemoAccountButton"));
    for (QPushButton *button : {m_test, m_policy, m_demo}) {
        button->setAutoDefault(false);
        button->setAccessibleName(accessibleText(button->text()));
    }
    m_testMessage->setObjectName(QStringLiteral("testKeyMessage"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addWidget(m_policy);
    buttons->addWidget(m_demo);
    buttons->addStretch(1);
    const int row = m_grid->rowCount();
    m_grid->addLayout(buttons, row, 0, 1, 2);
    m_grid->addWidget(m_testMessage, row + 1, 0, 1, 2);
    m_grid->setRowStretch(row + 2, 1);
    m_demo->setVisible(false);

    setTabOrder(m_provider, m_name);
    setTabOrder(m_name, m_keyId);
    setTabOrder(m_keyId, m_secret);
    setTabOrder(m_secret, m_showSecret);
    setTabOrder(m_showSecret, m_regions);
    setTabOrder(m_regions, m_endpoint);
    setTabOrder(m_endpoint, m_test);
    setTabOrder(m_test, m_policy);
    setTabOrder(m_policy, m_demo);

    for (QLineEdit *field : {m_name, m_keyId, m_secret, m_regions, m_endpoint}) {
        connect(field, &QLineEdit::textEdited, this, [this, field] {
            m_touched.insert(field);
            clearTestOutcome();
            onEdited();
        });
    }
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] {
        clearTestOutcome();
        updateLabels();
        onEdited();
    });
    connect(m_showSecret, &QToolButton::toggled, this, [this](bool visible) {
        m_secret->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password);
        m_showSecret->setText(visible ? tr("Hide") : tr("Show"));
    });
    connect(m_test, &QPushButton::clicked, this, &ProviderAccountForm::testClicked);
    connect(m_policy, &QPushButton::clicked, this, &ProviderAccountForm::policyClicked);
    connect(m_demo, &QPushButton::clicked, this, &ProviderAccountForm::demoClicked);
    load({}, Mode::New);
}

QLabel *ProviderAccountForm::addField(const QString &name, QWidget *field, QLineEdit *edit) {
    const int row = m_grid->rowCount();
    auto *label = new QLabel(this);
    label->setObjectName(name + QLatin1String("Label"));
    m_grid->addWidget(label, row, 0);
    m_grid->addWidget(field, row, 1);
    auto *message = new InlineMessage(this);
    message->setObjectName(name + QLatin1String("Message"));
    m_grid->addWidget(message, row + 1, 1);
    if (edit)
        edit->setObjectName(name + QLatin1String("Edit"));
    label->setBuddy(edit ? static_cast<QWidget *>(edit) : field);
    m_labels.insert(name, label);
    m_messages.insert(name, message);
    return label;
}

// The labels name the provider's own terms (AccessKey ID / access key (AK)).
void ProviderAccountForm::updateLabels() {
    const Provider p = findProvider(provider());
    const ProviderAccountPart *part = p ? p->account() : nullptr;
    const QHash<QString, QString> texts = {
        {kProvider, tr("&Provider:")},
        {kName, tr("&Name:")},
        {kKeyId, part ? part->keyIdLabel() : tr("Access key &ID:")},
        {kSecret, part ? part->secretLabel() : tr("Access key &secret:")},
        {kRegions, tr("&Regions:")},
        {kEndpoint, tr("Endpoint &override:")},
    };
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        QLabel *label = m_labels.value(it.key());
        label->setText(it.value());
        label->buddy()->setAccessibleName(accessibleText(it.value()));
    }
    m_showSecret->setToolTip(
        tr("Show or hide the %1 as you type it").arg(ProviderAccountRules::secretName(p)));
}

void ProviderAccountForm::load(const secrets::ProviderAccount &account, Mode mode) {
    m_mode = mode;
    m_touched.clear();
    const int index = m_provider->findData(account.provider);
    m_provider->setCurrentIndex(index < 0 ? 0 : index);
    m_provider->setEnabled(mode == Mode::New); // an account's provider does not change
    m_name->setText(account.name);
    m_keyId->setText(account.accessKeyId);
    m_secret->clear();
    m_showSecret->setChecked(false);
    m_secret->setPlaceholderText(
        mode == Mode::Edit ? tr("unchanged — leave empty to keep the stored secret") : QString());
    m_regions->setText(account.regions.join(QLatin1String(", ")));
    m_endpoint->setText(account.endpointOverride.toString());
    clearTestOutcome();
    updateLabels();
    onEdited();
}

void ProviderAccountForm::fillDemo(const secrets::DemoProviderAccount &demo) {
    const int index = m_provider->findData(demo.account.provider);
    if (index >= 0 && m_provider->isEnabled())
        m_provider->setCurrentIndex(index);
    if (m_name->text().trimmed().isEmpty())
        m_name->setText(demo.account.name);
    m_keyId->setText(demo.account.accessKeyId);
    m_secret->setText(demo.accessKeySecret);
    m_regions->setText(demo.account.regions.join(QLatin1String(", ")));
    m_endpoint->setText(demo.account.endpointOverride.toString());
    for (const QLineEdit *field : {m_name, m_keyId, m_secret, m_regions, m_endpoint})
        m_touched.insert(field);
    clearTestOutcome();
    onEdited();
}

QString ProviderAccountForm::provider() const {
    return m_provider->currentData().toString();
}

secrets::ProviderAccount ProviderAccountForm::account() const {
    secrets::ProviderAccount account;
    account.provider = provider();
    account.name = m_name->text().trimmed();
    account.accessKeyId = m_keyId->text().trimmed();
    account.regions = ProviderAccountRules::parseRegions(m_regions->text());
    const QString endpoint = m_endpoint->text().trimmed();
    account.endpointOverride = endpoint.isEmpty() ? QUrl() : QUrl(endpoint, QUrl::StrictMode);
    return account;
}

QString ProviderAccountForm::secret() const {
    return m_secret->text();
}

bool ProviderAccountForm::isValid() const {
    const secrets::ProviderAccount a = account();
    const Provider p = findProvider(a.provider);
    if (ProviderAccountRules::checkName(a.name).isRefused() ||
        ProviderAccountRules::checkAccessKeyId(p, a.accessKeyId).isRefused() ||
        ProviderAccountRules::checkRegions(a.regions).isRefused() ||
        ProviderAccountRules::checkEndpointOverride(a.endpointOverride).isRefused())
        return false;
    if (m_mode == Mode::Edit && m_secret->text().isEmpty())
        return true;
    return !ProviderAccountRules::checkAccessKeySecret(p, m_secret->text(), a.accessKeyId)
                .isRefused();
}

void ProviderAccountForm::show(const QString &name, const QLineEdit *edit, int level,
                               const QString &message) {
    InlineMessage *widget = m_messages.value(name);
    // An empty field the operator has not reached yet is not shouted about.
    const bool speak =
        level != AccountFieldCheck::Ok && (m_touched.contains(edit) || !edit->text().isEmpty());
    if (!speak)
        widget->clear();
    else
        widget->showMessage(level == AccountFieldCheck::Refused ? InlineMessage::Kind::Error
                                                                : InlineMessage::Kind::Warning,
                            message);
}

void ProviderAccountForm::updateMessages() {
    const secrets::ProviderAccount a = account();
    const auto check = [this](const QString &name, const QLineEdit *edit,
                              const AccountFieldCheck &c) {
        show(name, edit, c.level, c.message);
    };
    check(kName, m_name, ProviderAccountRules::checkName(a.name));
    check(kKeyId, m_keyId,
          ProviderAccountRules::checkAccessKeyId(findProvider(a.provider), a.accessKeyId));
    if (m_mode == Mode::Edit && m_secret->text().isEmpty())
        m_messages.value(kSecret)->clear();
    else
        check(kSecret, m_secret,
              ProviderAccountRules::checkAccessKeySecret(findProvider(a.provider), m_secret->text(),
                                                         a.accessKeyId));
    check(kRegions, m_regions, ProviderAccountRules::checkRegions(a.regions));
    check(kEndpoint, m_endpoint, ProviderAccountRules::checkEndpointOverride(a.endpointOverride));
}

void ProviderAccountForm::onEdited() {
    updateMessages();
    const bool valid = isValid();
    m_test->setEnabled(valid && !m_testing);
    Q_EMIT validityChanged(valid);
}

void ProviderAccountForm::setDemoOffered(bool offered) {
    m_demo->setVisible(offered);
}

void ProviderAccountForm::setTesting(bool testing) {
    m_testing = testing;
    m_test->setEnabled(!testing && isValid());
    if (testing)
        m_testMessage->showMessage(InlineMessage::Kind::Information,
                                   tr("Testing the key with one read call…"));
}

void ProviderAccountForm::showTestOutcome(bool ok, const QString &message, const QString &detail) {
    QString text = message;
    if (!detail.isEmpty())
        text += QLatin1Char('\n') + detail;
    m_testMessage->showMessage(ok ? InlineMessage::Kind::Information : InlineMessage::Kind::Error,
                               text);
}

void ProviderAccountForm::clearTestOutcome() {
    if (!m_testing)
        m_testMessage->clear();
}

void ProviderAccountForm::focusFirstField() {
    QWidget *first = m_provider->isEnabled() ? static_cast<QWidget *>(m_provider) : m_name;
    first->setFocus(Qt::OtherFocusReason);
}

} // namespace vpw::ui
