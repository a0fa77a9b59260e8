#include "profileform.h"

#include "app/core/endpointrule.h"
#include "app/secrets/profilestore.h"
#include "inlinemessage.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace vpw::ui {

ProfileForm::ProfileForm(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_endpoint(new QLineEdit(this))
    , m_apiKey(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_showSecret(new QToolButton(this))
    , m_secretRow(new QWidget(this)) {
    setObjectName(QStringLiteral("profileForm"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);

    m_name->setPlaceholderText(tr("For example: Production"));
    m_endpoint->setPlaceholderText(tr("https://api.example.com"));
    m_endpoint->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_apiKey->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                  Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);

    m_showSecret->setObjectName(QStringLiteral("showSecretButton"));
    m_showSecret->setCheckable(true);
    m_showSecret->setFocusPolicy(Qt::StrongFocus);
    m_showSecret->setText(tr("Show"));
    m_showSecret->setToolTip(tr("Show or hide the API secret as you type it"));
    auto *secretLayout = new QHBoxLayout(m_secretRow);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    secretLayout->addWidget(m_secret, 1);
    secretLayout->addWidget(m_showSecret);

    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->setFocusPolicy(Qt::StrongFocus); // reached by Tab on every platform
    m_kind->addItem(tr("EMQX Cloud API"), int(secrets::ProfileKind::Api));
    m_kind->addItem(tr("EMQX Cloud console (by hand)"), int(secrets::ProfileKind::Console));
    m_kind->setToolTip(tr("The console kind needs no endpoint and no key: you do the EMQX steps "
                          "in EMQX Cloud's console and enter your deployments once."));
    auto *kindLabel = new QLabel(tr("Profile &type:"), this);
    kindLabel->setObjectName(QStringLiteral("kindLabel"));
    kindLabel->setBuddy(m_kind);
    m_kind->setAccessibleName(tr("Profile type"));
    m_grid->addWidget(kindLabel, 0, 0);
    m_grid->addWidget(m_kind, 0, 1);
    addField(QStringLiteral("name"), tr("&Name:"), m_name, &m_nameMessage);
    m_endpointLabel =
        addField(QStringLiteral("endpoint"), tr("&Endpoint:"), m_endpoint, &m_endpointMessage);
    m_apiKeyLabel = addField(QStringLiteral("apiKey"), tr("API &key:"), m_apiKey, &m_apiKeyMessage);
    m_secretLabel =
        addField(QStringLiteral("secret"), tr("API &secret:"), m_secretRow, &m_secretMessage);
    m_secretRow->setObjectName(QStringLiteral("secretRow"));
    m_grid->setRowStretch(m_grid->rowCount(), 1);

    setTabOrder(m_kind, m_name);
    setTabOrder(m_name, m_endpoint);
    setTabOrder(m_endpoint, m_apiKey);
    setTabOrder(m_apiKey, m_secret);
    setTabOrder(m_secret, m_showSecret);

    for (QLineEdit *field : {m_name, m_endpoint, m_apiKey, m_secret}) {
        connect(field, &QLineEdit::textEdited, this, [this, field] {
            m_touched.insert(field);
            onEdited();
        });
    }
    connect(m_showSecret, &QToolButton::toggled, this, &ProfileForm::toggleSecretVisible);
    connect(m_kind, qOverload<int>(&QComboBox::activated), this, [this] {
        showKindFields();
        onEdited();
    });
    load({}, Mode::New, {});
}

// Label in column 0, the field in column 1 and its message under it. A hidden message leaves
// its grid row empty, and QGridLayout gives an empty row no height and no spacing.
QLabel *ProfileForm::addField(const QString &objectName, const QString &label, QWidget *field,
                              InlineMessage **message) {
    const int row = m_grid->rowCount();
    auto *labelWidget = new QLabel(label, this);
    labelWidget->setObjectName(objectName + QLatin1String("Label"));
    m_grid->addWidget(labelWidget, row, 0);
    m_grid->addWidget(field, row, 1);
    *message = new InlineMessage(this);
    (*message)->setObjectName(objectName + QLatin1String("Message"));
    m_grid->addWidget(*message, row + 1, 1);
    auto *edit = qobject_cast<QLineEdit *>(field);
    if (!edit)
        edit = field->findChild<QLineEdit *>();
    edit->setObjectName(objectName + QLatin1String("Edit"));
    labelWidget->setBuddy(edit);
    return labelWidget;
}

void ProfileForm::load(const secrets::Profile &profile, Mode mode, const QStringList &takenNames) {
    m_mode = mode;
    m_takenNames = takenNames;
    m_touched.clear();
    const bool isNew = mode == Mode::New;
    m_name->setText(isNew ? QString() : profile.name);
    m_endpoint->setText(isNew ? QString() : profile.endpoint.toString());
    m_apiKey->setText(isNew ? QString() : profile.apiKey);
    m_secret->clear(); // never read back: the keychain keeps it
    m_showSecret->setChecked(false);
    m_secret->setPlaceholderText(
        mode == Mode::Edit ? tr("unchanged — leave empty to keep the stored secret") : QString());
    const bool readOnly = mode == Mode::ReadOnly;
    QPalette readOnlyPalette; // no roles set: inherit, i.e. the normal look
    if (readOnly)             // read-only fields must not look editable
        readOnlyPalette.setBrush(QPalette::Base, palette().window());
    for (QLineEdit *field : {m_name, m_endpoint, m_apiKey}) {
        field->setReadOnly(readOnly);
        field->setPalette(readOnlyPalette);
    }
    m_kind->setCurrentIndex(
        m_kind->findData(int(isNew ? secrets::ProfileKind::Api : profile.kind)));
    // The kind of a stored profile stays: its deployments or its secret belong to it.
    m_kind->setEnabled(isNew);
    m_secretRequired = isNew;
    showKindFields();
    onEdited();
}

bool ProfileForm::isConsole() const {
    return m_kind->currentData().toInt() == int(secrets::ProfileKind::Console);
}

void ProfileForm::showKindFields() {
    const bool api = !isConsole();
    const bool secretShown = api && m_mode != Mode::ReadOnly;
    m_endpoint->setVisible(api);
    m_endpointLabel->setVisible(api);
    m_apiKey->setVisible(api);
    m_apiKeyLabel->setVisible(api);
    m_secretRow->setVisible(secretShown);
    m_secretLabel->setVisible(secretShown);
}

void ProfileForm::setSecretRequired(bool required) {
    m_secretRequired = required;
    onEdited();
}

secrets::Profile ProfileForm::profile() const {
    secrets::Profile profile;
    profile.name = m_name->text().trimmed();
    profile.endpoint = QUrl(m_endpoint->text().trimmed(), QUrl::StrictMode);
    profile.apiKey = m_apiKey->text().trimmed();
    if (isConsole()) {
        profile.kind = secrets::ProfileKind::Console;
        profile.endpoint = QUrl();
        profile.apiKey.clear();
    }
    return profile;
}

QString ProfileForm::secret() const {
    return m_mode == Mode::ReadOnly || isConsole() ? QString() : m_secret->text();
}

std::optional<QString> ProfileForm::nameProblem() const {
    const QString name = m_name->text().trimmed();
    if (auto problem = secrets::ProfileStore::nameProblem(name))
        return problem;
    if (m_takenNames.contains(name, Qt::CaseInsensitive))
        return tr("A profile named \"%1\" already exists. Choose another name.").arg(name);
    return std::nullopt;
}

std::optional<QString> ProfileForm::endpointProblem() const {
    if (isConsole())
        return std::nullopt;
    const QUrl url(m_endpoint->text().trimmed(), QUrl::StrictMode);
    if (const std::optional<EndpointProblem> problem = checkEndpoint(url))
        return endpointProblemText(*problem, url);
    return std::nullopt;
}

std::optional<QString> ProfileForm::apiKeyProblem() const {
    if (isConsole())
        return std::nullopt;
    return secrets::ProfileStore::apiKeyProblem(m_apiKey->text());
}

std::optional<QString> ProfileForm::secretProblem() const {
    if (m_mode != Mode::ReadOnly && !isConsole() && m_secretRequired && m_secret->text().isEmpty())
        return tr("Enter the API secret that belongs to this API key.");
    return std::nullopt;
}

bool ProfileForm::isValid() const {
    return m_mode != Mode::ReadOnly && !nameProblem() && !endpointProblem() && !apiKeyProblem() &&
           !secretProblem();
}

// An empty field the operator has not reached yet is not an error to shout about (Save stays
// disabled); anything typed is checked as it is typed.
void ProfileForm::showProblem(InlineMessage *message, const QLineEdit *field,
                              const std::optional<QString> &problem) {
    const bool speak = problem && (m_touched.contains(field) || !field->text().isEmpty());
    if (speak)
        message->showMessage(InlineMessage::Kind::Error, *problem);
    else
        message->clear();
}

void ProfileForm::updateMessages() {
    if (m_mode == Mode::ReadOnly) {
        for (InlineMessage *message :
             {m_nameMessage, m_endpointMessage, m_apiKeyMessage, m_secretMessage})
            message->clear();
        return;
    }
    showProblem(m_nameMessage, m_name, nameProblem());
    showProblem(m_endpointMessage, m_endpoint, endpointProblem());
    showProblem(m_apiKeyMessage, m_apiKey, apiKeyProblem());
    showProblem(m_secretMessage, m_secret, secretProblem());
}

void ProfileForm::onEdited() {
    updateMessages();
    Q_EMIT validityChanged(isValid());
}

void ProfileForm::toggleSecretVisible(bool visible) {
    m_secret->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password);
    m_showSecret->setText(visible ? tr("Hide") : tr("Show"));
}

void ProfileForm::focusFirstField() {
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

QWidget *ProfileForm::firstField() const {
    return m_kind;
}

QWidget *ProfileForm::lastField() const {
    return m_showSecret;
}

} // namespace vpw::ui
