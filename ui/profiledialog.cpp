#include "profiledialog.h"

#include "app/secrets/profilestore.h"
#include "app/secrets/secretstore.h"
#include "inlinemessage.h"
#include "profileform.h"
#include "profilelist.h"
#include "provideraccountspanel.h"
#include "savestatus.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace vpw::ui {

ProfileDialog::ProfileDialog(secrets::ProfileStore *profiles, secrets::SecretStore *secrets,
                             QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_list(new ProfileList(this))
    , m_form(new ProfileForm(this))
    , m_demoNote(new InlineMessage(this))
    , m_status(new SaveStatus(this))
    , m_buttons(new QDialogButtonBox(this)) {
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(tr("Connection profiles"));
    m_demoNote->setObjectName(QStringLiteral("demoNote"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_saveButton = m_buttons->addButton(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true); // Enter saves (when the form is valid)
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));

    auto *editPane = new QVBoxLayout;
    editPane->addWidget(m_demoNote);
    editPane->addWidget(m_form, 1);
    auto *panes = new QHBoxLayout;
    panes->addWidget(m_list);
    panes->addLayout(editPane, 1);
    // Two tabs: the EMQX API profiles (Save and Cancel below apply to them) and the provider
    // accounts (with their own Save account button).
    auto *profilesPage = new QWidget(this);
    profilesPage->setObjectName(QStringLiteral("profilesPage"));
    auto *profilesLayout = new QVBoxLayout(profilesPage);
    profilesLayout->addLayout(panes, 1);
    profilesLayout->addWidget(m_status);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("profileTabs"));
    m_tabs->tabBar()->setObjectName(QStringLiteral("profileTabBar"));
    m_tabs->addTab(profilesPage, tr("EMQX API pro&files"));
    m_accountsPanel = new ProviderAccountsPanel(profiles, secrets, m_tabs);
    m_tabs->addTab(m_accountsPanel, tr("Provider acco&unts"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);

    setTabOrder(m_list->lastInTabOrder(), m_form->firstField());
    setTabOrder(m_form->lastField(), m_status->sessionOnlyButton());
    setTabOrder(m_status->sessionOnlyButton(), m_saveButton);
    setTabOrder(m_saveButton, m_cancelButton);
    setTabOrder(m_cancelButton, m_tabs->tabBar());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        // Save applies to the profile form only; the accounts tab has its own.
        m_saveButton->setVisible(index == 0);
        m_saveButton->setDefault(index == 0);
    });
    connect(m_accountsPanel, &ProviderAccountsPanel::statusMessage, this,
            &ProfileDialog::statusMessage);

    connect(m_list, &ProfileList::chosen, this, &ProfileDialog::edit);
    connect(m_list, &ProfileList::addClicked, this, &ProfileDialog::startNew);
    connect(m_list, &ProfileList::removeClicked, this, &ProfileDialog::confirmRemove);
    connect(m_form, &ProfileForm::validityChanged, this, &ProfileDialog::updateButtons);
    connect(m_status, &SaveStatus::keepInMemoryClicked, this, &ProfileDialog::keepInMemory);
    connect(m_saveButton, &QPushButton::clicked, this, &ProfileDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    connect(m_profiles, &secrets::ProfileStore::profilesChanged, this, &ProfileDialog::fillList);
    resize(760, 400);
    reload();
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::showProviderAccounts() {
    m_tabs->setCurrentWidget(m_accountsPanel);
}

void ProfileDialog::reload() {
    const secrets::Profile current = m_profiles->current();
    // The demo profile cannot be edited: opening on it would offer nothing to do.
    edit(current.demo ? QString() : current.id);
}

// Refreshes the list without touching the form: a profile saved or removed elsewhere, or the
// demo sandbox getting its address, must not wipe what the operator is typing.
void ProfileDialog::fillList() {
    m_list->fill(m_profiles->profiles(), m_editingId);
    if (const auto demo = m_profiles->profile(m_editingId); demo && demo->demo)
        m_form->load(*demo, ProfileForm::Mode::ReadOnly, {}); // nothing typed: show its address
    updateButtons();
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
    m_status->clear();
    fillList();
}

void ProfileDialog::startNew() {
    m_editingId.clear();
    m_form->load({}, ProfileForm::Mode::New, namesOtherThan({}));
    m_demoNote->clear();
    m_status->clear();
    fillList();
    m_form->focusFirstField();
}

void ProfileDialog::updateButtons() {
    m_saveButton->setEnabled(!m_busy && m_form->isValid());
    m_list->setRemovable(!m_editingId.isEmpty() && !m_profiles->isDemo(m_editingId));
}

void ProfileDialog::setBusy(bool busy) {
    if (busy && !m_busy)
        m_focusBeforeBusy = focusWidget();
    m_busy = busy;
    m_form->setEnabled(!busy);
    m_list->setBusy(busy);
    m_status->setBusy(busy, m_secrets->isSessionOnly()
                                ? tr("Keeping the API secret in memory…")
                                : tr("Saving the API secret in the keychain…"));
    updateButtons();
    // Disabling the form moved the focus on, to Cancel: Enter must not cancel afterwards.
    if (!busy && m_focusBeforeBusy && m_focusBeforeBusy->isEnabled())
        m_focusBeforeBusy->setFocus(Qt::OtherFocusReason);
}

void ProfileDialog::save() {
    if (m_busy || !m_form->isValid())
        return;
    m_status->clear();
    secrets::Profile profile = m_form->profile();
    if (m_editingId.isEmpty()) {
        if (const auto error = m_profiles->add(profile)) {
            m_status->showProblem(error->message, false);
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
            m_status->showProblem(error->message, false);
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
    m_status->showProblem(text, error.offersSessionOnly() && !m_secrets->isSessionOnly());
}

void ProfileDialog::finishSaved(const QString &id) {
    m_secretNotStored.remove(id);
    if (const auto error = m_profiles->setCurrent(id)) {
        m_status->showProblem(error->message, false);
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
    box->open(); // not exec(): no nested event loop
}

void ProfileDialog::removeProfile(const QString &id) {
    if (const auto error = m_profiles->remove(id)) {
        m_status->showProblem(error->message, false);
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
    m_status->showProblem(text, false);
    Q_EMIT statusMessage(text);
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
