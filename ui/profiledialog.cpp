#include "profiledialog.h"

#include "app/secrets/profilestore.h"
#include "app/secrets/secretstore.h"
#include "inlinemessage.h"
#include "profileform.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace vpw::ui {

namespace {
constexpr int IdRole = Qt::UserRole;
}

ProfileDialog::ProfileDialog(secrets::ProfileStore *profiles, secrets::SecretStore *secrets,
                             QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_list(new QListWidget(this))
    , m_addButton(new QPushButton(tr("&Add"), this))
    , m_removeButton(new QPushButton(tr("&Remove…"), this))
    , m_form(new ProfileForm(this))
    , m_demoNote(new InlineMessage(this))
    , m_problem(new InlineMessage(this))
    , m_sessionOnlyButton(new QPushButton(tr("Keep in memory for this session"), this))
    , m_busyRow(new QWidget(this))
    , m_busyIndicator(new QProgressBar(m_busyRow))
    , m_busyLabel(new QLabel(m_busyRow))
    , m_buttons(new QDialogButtonBox(this)) {
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(tr("Profiles"));
    m_demoNote->setObjectName(QStringLiteral("demoNote"));

    auto *editPane = new QVBoxLayout;
    editPane->addWidget(m_demoNote);
    editPane->addWidget(m_form, 1);
    auto *panes = new QHBoxLayout;
    panes->addWidget(buildListPane());
    panes->addLayout(editPane, 1);

    m_saveButton = m_buttons->addButton(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true); // Enter saves (when the form is valid)
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(panes, 1);
    layout->addWidget(buildStatusPane());
    layout->addWidget(m_buttons);

    setTabOrder(m_list, m_addButton);
    setTabOrder(m_addButton, m_removeButton);
    setTabOrder(m_removeButton, m_form);
    setTabOrder(m_form->lastField(), m_sessionOnlyButton);
    setTabOrder(m_sessionOnlyButton, m_saveButton);
    setTabOrder(m_saveButton, m_cancelButton);

    connect(m_form, &ProfileForm::validityChanged, this, &ProfileDialog::updateButtons);
    connect(m_saveButton, &QPushButton::clicked, this, &ProfileDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    connect(m_profiles, &secrets::ProfileStore::profilesChanged, this, &ProfileDialog::fillList);
    resize(760, 400);
    reload();
}

ProfileDialog::~ProfileDialog() = default;

QWidget *ProfileDialog::buildListPane() {
    auto *pane = new QWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMaximumWidth(240);
    m_addButton->setObjectName(QStringLiteral("addProfileButton"));
    m_removeButton->setObjectName(QStringLiteral("removeProfileButton"));
    for (QPushButton *button : {m_addButton, m_removeButton})
        button->setAutoDefault(false); // Enter is for Save
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(m_list, &QListWidget::currentItemChanged, this, &ProfileDialog::onListSelection);
    connect(m_addButton, &QPushButton::clicked, this, &ProfileDialog::startNew);
    connect(m_removeButton, &QPushButton::clicked, this, &ProfileDialog::confirmRemove);
    return pane;
}

QWidget *ProfileDialog::buildStatusPane() {
    auto *pane = new QWidget(this);
    m_problem->setObjectName(QStringLiteral("problemMessage"));
    m_sessionOnlyButton->setObjectName(QStringLiteral("sessionOnlyButton"));
    m_sessionOnlyButton->setAutoDefault(false);
    m_sessionOnlyButton->setToolTip(
        tr("Use the secret until the application quits, without storing it anywhere"));
    m_sessionOnlyButton->hide();
    m_busyRow->setObjectName(QStringLiteral("busyRow"));
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setRange(0, 0); // indeterminate: the keychain gives no progress
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setMaximumWidth(120);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    auto *busyLayout = new QHBoxLayout(m_busyRow);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(m_busyIndicator);
    busyLayout->addWidget(m_busyLabel, 1);
    m_busyRow->hide();
    auto *sessionRow = new QHBoxLayout;
    sessionRow->addWidget(m_sessionOnlyButton);
    sessionRow->addStretch(1);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_problem);
    layout->addLayout(sessionRow);
    layout->addWidget(m_busyRow);
    connect(m_sessionOnlyButton, &QPushButton::clicked, this, &ProfileDialog::keepInMemory);
    return pane;
}

void ProfileDialog::reload() {
    m_problem->clear();
    m_sessionOnlyButton->hide();
    const secrets::Profile current = m_profiles->current();
    // The demo profile cannot be edited: opening on it would offer nothing to do.
    edit(current.demo ? QString() : current.id);
}

// Rebuilds the list without touching the form (a profile saved or removed elsewhere, or the
// demo sandbox getting its address, must not wipe what the operator is typing).
void ProfileDialog::fillList() {
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const secrets::Profile &profile : m_profiles->profiles()) {
        auto *item = new QListWidgetItem(profile.name, m_list);
        item->setData(IdRole, profile.id);
        if (profile.demo) {
            item->setToolTip(tr("Built in, read-only"));
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
        }
        if (profile.id == m_editingId)
            m_list->setCurrentItem(item);
    }
    if (m_editingId.isEmpty())
        m_list->setCurrentItem(nullptr);
    if (const auto demo = m_profiles->profile(m_editingId); demo && demo->demo)
        m_form->load(*demo, ProfileForm::Mode::ReadOnly, {}); // nothing typed: show its address
    updateButtons();
}

void ProfileDialog::onListSelection() {
    const QListWidgetItem *item = m_list->currentItem();
    edit(item ? item->data(IdRole).toString() : QString());
}

void ProfileDialog::edit(const QString &id) {
    const auto profile = id.isEmpty() ? std::nullopt : m_profiles->profile(id);
    if (!profile) {
        startNew();
        return;
    }
    m_editingId = profile->id;
    m_form->load(*profile, profile->demo ? ProfileForm::Mode::ReadOnly : ProfileForm::Mode::Edit,
                 namesOtherThan(profile->id));
    m_form->setSecretRequired(m_secretNotStored.contains(profile->id));
    if (profile->demo)
        m_demoNote->showMessage(
            InlineMessage::Kind::Information,
            tr("This is the built-in demo profile. Its endpoint and key are set when the local "
               "sandbox starts, so it cannot be edited or removed. Choose \"Add\" to create a "
               "profile for your own endpoint."));
    else
        m_demoNote->clear();
    m_problem->clear();
    m_sessionOnlyButton->hide();
    fillList();
}

void ProfileDialog::startNew() {
    m_editingId.clear();
    m_form->load({}, ProfileForm::Mode::New, namesOtherThan({}));
    m_demoNote->clear();
    m_problem->clear();
    m_sessionOnlyButton->hide();
    fillList();
    m_form->focusFirstField();
}

void ProfileDialog::updateButtons() {
    m_saveButton->setEnabled(!m_busy && m_form->isValid());
    m_addButton->setEnabled(!m_busy);
    m_removeButton->setEnabled(!m_busy && !m_editingId.isEmpty() &&
                               !m_profiles->isDemo(m_editingId));
}

void ProfileDialog::setBusy(bool busy) {
    if (busy && !m_busy)
        m_focusBeforeBusy = focusWidget();
    m_busy = busy;
    m_form->setEnabled(!busy);
    m_list->setEnabled(!busy);
    m_busyLabel->setText(m_secrets->isSessionOnly() ? tr("Keeping the API secret in memory…")
                                                    : tr("Saving the API secret in the keychain…"));
    m_busyRow->setVisible(busy);
    if (busy)
        m_sessionOnlyButton->hide();
    updateButtons();
    // Disabling the form moved the focus on, to Cancel: Enter must not cancel afterwards.
    if (!busy && m_focusBeforeBusy && m_focusBeforeBusy->isEnabled())
        m_focusBeforeBusy->setFocus(Qt::OtherFocusReason);
}

void ProfileDialog::save() {
    if (m_busy || !m_form->isValid())
        return;
    m_problem->clear();
    m_sessionOnlyButton->hide();
    secrets::Profile profile = m_form->profile();
    if (m_editingId.isEmpty()) {
        if (const auto error = m_profiles->add(profile)) {
            showProblem(error->message);
            return;
        }
        // From here on this dialog edits the stored profile: a retry after a failed secret
        // write updates it rather than adding it twice. Its secret is required until stored.
        m_editingId = profile.id;
        m_secretNotStored.insert(profile.id);
        fillList();
    } else {
        profile.id = m_editingId;
        if (const auto error = m_profiles->update(profile)) {
            showProblem(error->message);
            return;
        }
    }
    const QString secret = m_form->secret();
    if (secret.isEmpty()) // only allowed when editing: the stored secret stays
        finishSaved(profile.id);
    else
        writeSecret(profile.id, secret);
}

void ProfileDialog::writeSecret(const QString &id, const QString &secret) {
    setBusy(true);
    const quint64 attempt = ++m_attempt;
    m_secrets->write(id, secret)->onFinished(this, [this, attempt](const secrets::SecretJob &job) {
        onSecretWritten(attempt, job);
    });
}

void ProfileDialog::onSecretWritten(quint64 attempt, const secrets::SecretJob &job) {
    if (attempt != m_attempt) // cancelled meanwhile
        return;
    setBusy(false);
    if (job.isOk()) {
        finishSaved(job.profileId());
        return;
    }
    const secrets::SecretError &error = job.error();
    QString text =
        tr("The profile was saved, but not its API secret.") + QLatin1Char(' ') + error.message;
    if (!error.detail.isEmpty())
        text += QLatin1Char('\n') + tr("Keychain message: %1").arg(error.detail);
    showProblem(text, error.offersSessionOnly() && !m_secrets->isSessionOnly());
}

void ProfileDialog::finishSaved(const QString &id) {
    m_secretNotStored.remove(id);
    if (const auto error = m_profiles->setCurrent(id)) {
        showProblem(error->message);
        return;
    }
    Q_EMIT profileSaved(id);
    accept();
}

void ProfileDialog::keepInMemory() {
    m_secrets->setSessionOnly(true);
    save();
}

void ProfileDialog::reject() {
    if (m_busy) {
        ++m_attempt; // the running write's result is dropped
        setBusy(false);
    }
    QDialog::reject();
}

void ProfileDialog::confirmRemove() {
    const auto profile = m_profiles->profile(m_editingId);
    if (!profile || profile->demo)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Profile"),
                                tr("Remove the profile \"%1\"?").arg(profile->name),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeConfirmation"));
    box->setTextFormat(Qt::PlainText); // the name is the operator's text
    box->setInformativeText(tr("Its API secret is deleted from the keychain as well. This "
                               "cannot be undone."));
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = profile->id;
    connect(remove, &QPushButton::clicked, this, [this, id] { removeProfile(id); });
    box->open();
}

void ProfileDialog::removeProfile(const QString &id) {
    if (const auto error = m_profiles->remove(id)) {
        showProblem(error->message);
        return;
    }
    m_secretNotStored.remove(id);
    m_secrets->remove(id)->onFinished(
        this, [this](const secrets::SecretJob &job) { onSecretRemoved(job); });
    reload();
}

void ProfileDialog::onSecretRemoved(const secrets::SecretJob &job) {
    if (job.status() != secrets::SecretJob::Status::Failed) // NotFound: nothing was stored
        return;
    const QString text = tr("The profile was removed, but its API secret could not be deleted "
                            "from the keychain.") +
                         QLatin1Char(' ') + job.error().message;
    showProblem(text);
    Q_EMIT statusMessage(text);
}

void ProfileDialog::showProblem(const QString &text, bool offerSessionOnly) {
    m_problem->showMessage(InlineMessage::Kind::Error, text);
    m_sessionOnlyButton->setVisible(offerSessionOnly);
}

QStringList ProfileDialog::namesOtherThan(const QString &id) const {
    QStringList names;
    for (const secrets::Profile &profile : m_profiles->profiles()) {
        if (profile.id != id)
            names << profile.name;
    }
    return names;
}

} // namespace vpw::ui
