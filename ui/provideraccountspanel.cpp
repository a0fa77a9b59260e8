#include "provideraccountspanel.h"

#include "app/core/provideraccountrules.h"
#include "app/providers/registry.h"
#include "app/secrets/profilestore.h"
#include "app/secrets/provideraccountstore.h"
#include "app/secrets/secretstore.h"
#include "app/session/provideraccounttest.h"
#include "inlinemessage.h"
#include "policydialog.h"
#include "provideraccountform.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace vpw::ui {

ProviderAccountsPanel::ProviderAccountsPanel(secrets::ProfileStore *profiles,
                                             secrets::SecretStore *secrets, QWidget *parent)
    : QWidget(parent)
    , m_profiles(profiles)
    , m_accounts(profiles->providerAccounts())
    , m_secrets(secrets)
    , m_test(new session::ProviderAccountTest(secrets, this))
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("A&dd account"), this))
    , m_remove(new QPushButton(tr("Re&move account"), this))
    , m_form(new ProviderAccountForm(this))
    , m_save(new QPushButton(tr("Sa&ve account"), this))
    , m_status(new InlineMessage(this)) {
    setObjectName(QStringLiteral("providerAccountsPanel"));
    m_list->setObjectName(QStringLiteral("providerAccountList"));
    m_list->setAccessibleName(tr("Provider accounts"));
    m_add->setObjectName(QStringLiteral("addAccountButton"));
    m_remove->setObjectName(QStringLiteral("removeAccountButton"));
    m_save->setObjectName(QStringLiteral("saveAccountButton"));
    m_status->setObjectName(QStringLiteral("accountStatusMessage"));
    for (QPushButton *button : {m_add, m_remove, m_save}) {
        button->setAutoDefault(false);
        button->setAccessibleName(button->text().remove(QLatin1Char('&')));
    }

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    auto *listPane = new QVBoxLayout;
    listPane->addWidget(m_list, 1);
    listPane->addLayout(listButtons);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    auto *formPane = new QVBoxLayout;
    formPane->addWidget(m_form, 1);
    formPane->addWidget(m_status);
    formPane->addLayout(saveRow);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(listPane);
    layout->addLayout(formPane, 1);

    setTabOrder(m_list, m_add);
    setTabOrder(m_add, m_remove);
    setTabOrder(m_remove, m_form);

    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && item->data(Qt::UserRole).toString() != m_editingId && !m_busy)
            edit(item->data(Qt::UserRole).toString());
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        edit({});
        m_form->focusFirstField();
    });
    connect(m_remove, &QPushButton::clicked, this, &ProviderAccountsPanel::confirmRemove);
    connect(m_save, &QPushButton::clicked, this, &ProviderAccountsPanel::save);
    connect(m_form, &ProviderAccountForm::validityChanged, this, [this] {
        updateButtons();
        updateDemoOffer();
        m_status->clear();
    });
    connect(m_form, &ProviderAccountForm::testClicked, this, &ProviderAccountsPanel::test);
    connect(m_form, &ProviderAccountForm::policyClicked, this, &ProviderAccountsPanel::showPolicy);
    connect(m_form, &ProviderAccountForm::demoClicked, this, &ProviderAccountsPanel::useDemo);
    connect(m_test, &session::ProviderAccountTest::finished, this,
            &ProviderAccountsPanel::onTested);
    connect(m_accounts, &secrets::ProviderAccountStore::accountsChanged, this,
            &ProviderAccountsPanel::fillList);
    connect(m_accounts, &secrets::ProviderAccountStore::demoAccountsChanged, this,
            &ProviderAccountsPanel::updateDemoOffer);
    connect(m_profiles, &secrets::ProfileStore::currentChanged, this,
            &ProviderAccountsPanel::updateDemoOffer);
    edit({});
}

ProviderAccountsPanel::~ProviderAccountsPanel() = default;

void ProviderAccountsPanel::fillList() {
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const secrets::ProviderAccount &account : m_accounts->accounts()) {
        auto *item = new QListWidgetItem(
            tr("%1 (%2)").arg(account.name, providerName(account.provider)), m_list);
        item->setData(Qt::UserRole, account.id);
        if (account.id == m_editingId)
            m_list->setCurrentItem(item);
    }
    updateButtons();
}

void ProviderAccountsPanel::edit(const QString &id) {
    m_test->cancel();
    m_form->setTesting(false);
    const auto account = id.isEmpty() ? std::nullopt : m_accounts->account(id);
    m_editingId = account ? account->id : QString();
    m_form->load(account.value_or(secrets::ProviderAccount{}),
                 account ? ProviderAccountForm::Mode::Edit : ProviderAccountForm::Mode::New);
    m_status->clear();
    fillList();
    updateDemoOffer();
}

void ProviderAccountsPanel::updateButtons() {
    m_save->setEnabled(!m_busy && m_form->isValid());
    m_remove->setEnabled(!m_busy && !m_editingId.isEmpty());
    m_add->setEnabled(!m_busy);
}

void ProviderAccountsPanel::updateDemoOffer() {
    m_form->setDemoOffered(m_profiles->current().demo &&
                           m_accounts->demoAccount(m_form->provider()).has_value());
}

void ProviderAccountsPanel::setBusy(bool busy) {
    m_busy = busy;
    m_form->setEnabled(!busy);
    m_list->setEnabled(!busy);
    updateButtons();
}

void ProviderAccountsPanel::save() {
    if (m_busy || !m_form->isValid())
        return;
    secrets::ProviderAccount account = m_form->account();
    account.id = m_editingId;
    const auto error =
        m_editingId.isEmpty() ? m_accounts->add(account) : m_accounts->update(account);
    if (error) {
        m_status->showMessage(InlineMessage::Kind::Error, error->message);
        return;
    }
    m_editingId = account.id;
    fillList();
    const QString secret = m_form->secret();
    if (secret.isEmpty()) {
        edit(account.id);
        m_status->showMessage(InlineMessage::Kind::Information, tr("Account saved."));
        return;
    }
    setBusy(true);
    m_status->showMessage(InlineMessage::Kind::Information,
                          tr("Storing the secret in the keychain…"));
    const QString id = account.id;
    m_secrets->writeAccountSecret(id, secret)
        ->onFinished(this, [this, id](const secrets::SecretJob &job) {
            setBusy(false);
            if (!job.isOk()) {
                m_status->showMessage(InlineMessage::Kind::Error,
                                      tr("The account was saved, but its secret could not be "
                                         "stored: %1")
                                          .arg(job.error().message));
                return;
            }
            if (m_editingId == id)
                edit(id);
            m_status->showMessage(InlineMessage::Kind::Information,
                                  tr("Account saved; its secret is in the keychain."));
        });
}

void ProviderAccountsPanel::confirmRemove() {
    const auto account = m_accounts->account(m_editingId);
    if (!account || m_busy)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Provider Account"),
                                tr("Remove the account \"%1\"?").arg(account->name),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeAccountConfirmation"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(
        tr("Its %1 is deleted from the keychain as well. The key itself "
           "stays valid in %2 until you disable it there.")
            .arg(ProviderAccountRules::secretName(findProvider(account->provider)),
                 providerName(account->provider)));
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveAccountButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = account->id;
    connect(remove, &QPushButton::clicked, this, [this, id] { this->remove(id); });
    box->open();
}

void ProviderAccountsPanel::remove(const QString &id) {
    if (const auto error = m_accounts->remove(id)) {
        m_status->showMessage(InlineMessage::Kind::Error, error->message);
        return;
    }
    edit({});
    setBusy(true);
    m_secrets->removeAccountSecret(id)->onFinished(this, [this](const secrets::SecretJob &job) {
        setBusy(false);
        if (job.isOk() || job.isNotFound()) {
            m_status->showMessage(InlineMessage::Kind::Information,
                                  tr("Account removed; its secret was deleted from the "
                                     "keychain."));
            return;
        }
        const QString text =
            tr("The account was removed, but its secret could not be deleted from the keychain: "
               "%1")
                .arg(job.error().message);
        m_status->showMessage(InlineMessage::Kind::Error, text);
        Q_EMIT statusMessage(text);
    });
}

void ProviderAccountsPanel::test() {
    secrets::ProviderAccount account = m_form->account();
    account.id = m_editingId; // an empty secret: the stored one
    m_form->setTesting(true);
    m_test->start(account, m_form->secret());
}

void ProviderAccountsPanel::onTested(const session::AccountTestOutcome &outcome) {
    m_form->setTesting(false);
    m_form->showTestOutcome(outcome.kind == session::AccountTestOutcome::Ok, outcome.message,
                            outcome.detail);
}

void ProviderAccountsPanel::showPolicy() {
    auto *dialog = new PolicyDialog(m_form->provider(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ProviderAccountsPanel::useDemo() {
    if (const auto demo = m_accounts->demoAccount(m_form->provider()))
        m_form->fillDemo(*demo);
}

} // namespace vpw::ui
