// The profile dialog as an operator uses it, against a real gnome-keyring (KEYRING launcher)
// and a real QSettings file: typing is checked inline, Save is only offered for a valid form,
// secrets go to the keyring and never to the settings file, editing keeps or replaces the
// stored secret, removing deletes both, and the demo profile cannot be changed.
#include "app/secrets/profilestore.h"
#include "app/secrets/secretstore.h"
#include "tests/ui/profiledialogdriver.h"
#include "translations/i18n.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace vpw;
using secrets::SecretJob;
using test::ProfileDialogDriver;

namespace {

struct SecretRead {
    SecretJob::Status status = SecretJob::Status::Pending;
    QString secret;
};

} // namespace

class TestProfileDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_settingsCount = 0;
    QString m_settingsPath;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<secrets::ProfileStore> m_profiles;
    std::unique_ptr<secrets::SecretStore> m_secrets;

    // Reads through a fresh store, so nothing can come from the dialog's store's memory.
    SecretRead readSecret(const QString &id) {
        secrets::SecretStore store;
        SecretRead result;
        SecretJob *job = store.read(id);
        job->onFinished(this, [&result](const SecretJob &j) {
            result.status = j.status();
            result.secret = j.secret();
        });
        QSignalSpy finished(job, &SecretJob::finished);
        finished.wait(15000);
        return result;
    }

    bool writeSecret(const QString &id, const QString &secret) {
        SecretJob *job = m_secrets->write(id, secret);
        bool ok = false;
        job->onFinished(this, [&ok](const SecretJob &j) { ok = j.isOk(); });
        QSignalSpy finished(job, &SecretJob::finished);
        return finished.wait(15000) && ok;
    }

    // A stored profile with its secret in the keyring, made current.
    QString addProfileWithSecret(const QString &name, const QString &secret) {
        secrets::Profile profile;
        profile.name = name;
        profile.endpoint = QUrl(QStringLiteral("https://api.example.com"));
        profile.apiKey = QStringLiteral("key-") + name;
        if (m_profiles->add(profile) || !writeSecret(profile.id, secret) ||
            m_profiles->setCurrent(profile.id))
            return {};
        return profile.id;
    }

    QByteArray settingsBytes() {
        m_settings->sync();
        QFile file(m_settingsPath);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(!qgetenv("DBUS_SESSION_BUS_ADDRESS").isEmpty(), "no private D-Bus session");
        QVERIFY(m_dir.isValid());
        QCOMPARE(installTranslators(*qApp, QLocale(QLocale::English)), QStringLiteral("en"));
    }

    void init() {
        m_settingsPath = m_dir.filePath(QStringLiteral("profiles-%1.conf").arg(++m_settingsCount));
        m_settings = std::make_unique<QSettings>(m_settingsPath, QSettings::IniFormat);
        m_profiles = std::make_unique<secrets::ProfileStore>(m_settings.get());
        m_secrets = std::make_unique<secrets::SecretStore>();
    }

    void cleanup() {
        QTRY_VERIFY(QApplication::topLevelWidgets().isEmpty());
        m_secrets.reset();
        m_profiles.reset();
        m_settings.reset();
    }

    void opensOnANewProfileWithoutNaggingMessages() {
        ui::ProfileDialog dialog(m_profiles.get(), m_secrets.get());
        dialog.show();
        ProfileDialogDriver d(&dialog);
        QVERIFY(d.isComplete());
        QVERIFY(dialog.editedProfileId().isEmpty()); // only the demo exists: a new profile
        QCOMPARE(d.list->count(), 1);
        QVERIFY(d.name->text().isEmpty());
        QCOMPARE(d.secret->echoMode(), QLineEdit::Password);
        QVERIFY(!d.save->isEnabled());
        for (const char *field : {"name", "endpoint", "apiKey", "secret"})
            QVERIFY2(d.shownMessage(field).isEmpty(), field); // nothing typed, nothing wrong
        QVERIFY(d.problem->isHidden());
        QVERIFY(d.sessionOnly->isHidden());
    }

    void endpointIsCheckedAsTyped_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected"); // part of the inline message; empty: accepted
        QTest::newRow("plain http to a remote host")
            << QStringLiteral("http://example.com") << QStringLiteral("must use https://");
        QTest::newRow("no scheme")
            << QStringLiteral("api.example.com") << QStringLiteral("not a valid address");
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com")
                             << QStringLiteral("must start with https://");
        QTest::newRow("credentials in the URL")
            << QStringLiteral("https://me:pw@example.com") << QStringLiteral("user name");
        QTest::newRow("query") << QStringLiteral("https://example.com/?a=1")
                               << QStringLiteral("\"?\"");
        QTest::newRow("https") << QStringLiteral("https://api.example.com") << QString();
        QTest::newRow("http on loopback") << QStringLiteral("http://127.0.0.1:8080") << QString();
        QTest::newRow("http on localhost") << QStringLiteral("http://localhost") << QString();
    }

    void endpointIsCheckedAsTyped() {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        ui::ProfileDialog dialog(m_profiles.get(), m_secrets.get());
        dialog.show();
        ProfileDialogDriver d(&dialog);
        QVERIFY(d.isComplete());
        d.fill(QStringLiteral("Staging"), url, QStringLiteral("key"), QStringLiteral("secret"));
        QCOMPARE(d.endpoint->text(), url); // nothing typed is lost
        const QString shown = d.shownMessage("endpoint");
        if (expected.isEmpty()) {
            QVERIFY2(shown.isEmpty(), qPrintable(shown));
            QVERIFY(d.save->isEnabled());
            return;
        }
        QVERIFY2(shown.contains(expected), qPrintable(shown));
        QCOMPARE(d.message("endpoint")->kind(), ui::InlineMessage::Kind::Error);
        QVERIFY(!d.save->isEnabled());
        QVERIFY(!QApplication::activeModalWidget()); // inline, never a message box

        ProfileDialogDriver::retype(d.endpoint, QStringLiteral("https://api.example.com"));
        QVERIFY(d.shownMessage("endpoint").isEmpty());
        QVERIFY(d.save->isEnabled());
    }

    void httpMessageNamesTheHost() {
        ui::ProfileDialog dialog(m_profiles.get(), m_secrets.get());
        dialog.show();
        ProfileDialogDriver d(&dialog);
        QVERIFY(d.isComplete());
        QTest::keyClicks(d.endpoint, QStringLiteral("http://example.com"));
        QCOMPARE(d.shownMessage("endpoint"),
                 QStringLiteral("The endpoint example.com must use https://: plain http is only "
                                "allowed for a server on this computer (localhost)."));
    }

    void requiredFieldsAreReportedOnceTouched() {
        secrets::Profile existing;
        existing.name = QStringLiteral("Production");
        existing.endpoint = QUrl(QStringLiteral("https://api.example.com"));
        existing.apiKey = QStringLiteral("k");
        QVERIFY(!m_profiles->add(existing));
        ui::ProfileDialog dialog(m_profiles.get(), m_secrets.get());
        dialog.show();
        ProfileDialogDriver d(&dialog);
        QVERIFY(d.isComplete());
        d.fill(QStringLiteral("Staging"), QStringLiteral("https://api.example.com"),
               QStringLiteral("key"), QStringLiteral("secret"));
        QVERIFY(d.save->isEnabled());

        ProfileDialogDriver::retype(d.name, QString());
        QCOMPARE(d.shownMessage("name"), QStringLiteral("Enter a name for the profile."));
        QVERIFY(!d.save->isEnabled());
        ProfileDialogDriver::retype(d.name, QStringLiteral("production")); // names are unique
        QVERIFY2(d.shownMessage("name").contains(QStringLiteral("already exists")),
                 qPrintable(d.shownMessage("name")));
        QVERIFY(!d.save->isEnabled());
        ProfileDialogDriver::retype(d.name, QStringLiteral("Staging"));

        ProfileDialogDriver::retype(d.apiKey, QString());
        QCOMPARE(d.shownMessage("apiKey"), QStringLiteral("Enter the API key of this endpoint."));
        QVERIFY(!d.save->isEnabled());
        ProfileDialogDriver::retype(d.apiKey, QStringLiteral("key"));

        ProfileDialogDriver::retype(d.secret, QString()); // required for a new profile
        QVERIFY2(d.shownMessage("secret").contains(QStringLiteral("API secret")),
                 qPrintable(d.shownMessage("secret")));
        QVERIFY(!d.save->isEnabled());
        ProfileDialogDriver::retype(d.secret, QStringLiteral("secret"));
        QVERIFY(d.save->isEnabled());
        for (const char *field : {"name", "endpoint", "apiKey", "secret"})
            QVERIFY2(d.shownMessage(field).isEmpty(), field);
    }

    void messagesArePlainText() {
        ui::ProfileDialog dialog(m_profiles.get(), m_secrets.get());
        dialog.show();
        ProfileDialogDriver d(&dialog);
        QVERIFY(d.isComplete());
        QTest::keyClicks(d.endpoint, QStringLiteral("http://<b>x</b>"));
        const auto labels = dialog.findChildren<QLabel *>(QStringLiteral("text"));
        QVERIFY(!labels.isEmpty());
        for (const QLabel *label : labels)
            QCOMPARE(label->textFormat(), Qt::PlainText);
    }

    void showSecretToggle() {
        ui::ProfileDialog dialog(m_profiles.get(), m_secrets.get());
        dialog.show();
        ProfileDialogDriver d(&dialog);
        QVERIFY(d.isComplete());
        auto *toggle = dialog.findChild<QAbstractButton *>(QStringLiteral("showSecretButton"));
        QVERIFY(toggle);
        QTest::keyClicks(d.secret, QStringLiteral("s3cr3t"));
        QCOMPARE(d.secret->echoMode(), QLineEdit::Password);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QCOMPARE(d.secret->echoMode(), QLineEdit::Normal);
        QCOMPARE(toggle->text(), QStringLiteral("Hide"));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QCOMPARE(d.secret->echoMode(), QLineEdit::Password);
        QCOMPARE(d.secret->text(), QStringLiteral("s3cr3t"));
    }

    void tabOrderFollowsTheForm() {
        ui::ProfileDialog dialog(m_profiles.get(), m_secrets.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        ProfileDialogDriver d(&dialog);
        QVERIFY(d.isComplete());
        QTRY_COMPARE(QApplication::focusWidget(), d.name); // a new profile starts at its name
        // Disabled and hidden widgets are skipped: Remove (a new profile), the session-only
        // offer (no error), Save (form incomplete) and the other tab's widgets. The tab bar
        // (EMQX API profiles | Provider accounts) comes after the dialog's buttons.
        const QList<QWidget *> expected{
            d.endpoint, d.apiKey,
            d.secret,   dialog.findChild<QWidget *>(QStringLiteral("showSecretButton")),
            d.cancel,   dialog.findChild<QWidget *>(QStringLiteral("profileTabBar")),
            d.list,     d.add,
            d.name}; // the list shows the demo profile now: its kind is fixed (disabled)
        for (QWidget *next : expected) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), next);
        }
    }

    void kindComesFirstForANewProfile() {
        ui::ProfileDialog dialog(m_profiles.get(), m_secrets.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        ProfileDialogDriver d(&dialog);
        QTRY_COMPARE(QApplication::focusWidget(), d.name);
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kindCombo"));
        QVERIFY(kind && kind->isEnabled());
        QTest::keyClick(d.name, Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), kind);
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("kindLabel"));
        QCOMPARE(label->buddy(), kind);
        QCOMPARE(kind->accessibleName(), QStringLiteral("Profile type"));
    }

    void savingANewProfileStoresTheSecretInTheKeyring() {
        ui::ProfileDialog dialog(m_profiles.get(), m_secrets.get());
        QSignalSpy saved(&dialog, &ui::ProfileDialog::profileSaved);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        ProfileDialogDriver d(&dialog);
        QVERIFY(d.isComplete());
        const QString secret =
            QStringLiteral("kr-s3cr3t-%1").arg(QDateTime::currentMSecsSinceEpoch());
        d.fill(QStringLiteral("Production"), QStringLiteral("https://api.example.com"),
               QStringLiteral("prod-key"), secret);
        QTest::keyClick(d.secret, Qt::Key_Return); // Enter saves

        // The keychain job is running: the form waits, visibly, and cannot be submitted twice.
        QVERIFY(dialog.isBusy());
        QVERIFY(!d.save->isEnabled());
        QVERIFY(!d.name->isEnabled());
        QVERIFY(!dialog.findChild<QProgressBar *>(QStringLiteral("busyIndicator"))->isHidden());
        QVERIFY(dialog.isVisible());

        QVERIFY(accepted.wait(15000));
        QCOMPARE(saved.count(), 1);
        const QString id = saved.first().first().toString();
        QVERIFY(!dialog.isVisible());
        QVERIFY(!dialog.isBusy());

        const auto profile = m_profiles->profile(id);
        QVERIFY(profile);
        QCOMPARE(profile->name, QStringLiteral("Production"));
        QCOMPARE(profile->endpoint, QUrl(QStringLiteral("https://api.example.com")));
        QCOMPARE(profile->apiKey, QStringLiteral("prod-key"));
        QCOMPARE(m_profiles->current().id, id);
        QCOMPARE(m_profiles->profiles().size(), 2);

        const SecretRead read = readSecret(id);
        QCOMPARE(read.status, SecretJob::Status::Ok);
        QCOMPARE(read.secret, secret);
        QVERIFY(!m_secrets->isSessionOnly());

        const QByteArray settings = settingsBytes();
        QVERIFY(settings.contains("prod-key"));       // the file is the one the store wrote...
        QVERIFY(!settings.contains(secret.toUtf8())); // ...and it never holds the secret
        const QStringList leaks = test::filesContaining(QDir::homePath(), secret.toUtf8()) +
                                  test::filesContaining(m_dir.path(), secret.toUtf8());
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));
    }

    // "EMQX Cloud console (by hand)": a name only; nothing goes to the keychain.
    void consoleProfileNeedsNoEndpointNorSecret() {
        ui::ProfileDialog dialog(m_profiles.get(), m_secrets.get());
        QSignalSpy saved(&dialog, &ui::ProfileDialog::profileSaved);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        ProfileDialogDriver d(&dialog);
        QVERIFY(d.isComplete());
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kindCombo"));
        QVERIFY(kind);
        QVERIFY(d.endpoint->isVisible());
        kind->setFocus();
        QTest::keyClick(kind, Qt::Key_Down); // keyboard only: the next kind
        QCOMPARE(kind->currentText(), QStringLiteral("EMQX Cloud console (by hand)"));
        QVERIFY(!d.endpoint->isVisible());
        QVERIFY(!d.apiKey->isVisible());
        QVERIFY(!d.secret->isVisible());
        QVERIFY(!d.save->isEnabled()); // the name is still missing
        d.name->setFocus();
        QTest::keyClicks(d.name, QStringLiteral("Production console"));
        QVERIFY(d.save->isEnabled());
        QTest::keyClick(d.name, Qt::Key_Return);
        QTRY_COMPARE(accepted.count(), 1); // no keychain job: saved at once
        const QString id = saved.first().first().toString();
        const auto profile = m_profiles->profile(id);
        QVERIFY(profile);
        QVERIFY(profile->isConsole());
        QVERIFY(profile->endpoint.isEmpty());
        QCOMPARE(readSecret(id).status, SecretJob::Status::NotFound);
    }

    void editingKeepsTheStoredSecretWhenLeftEmpty() {
        const QString id = addProfileWithSecret(QStringLiteral("Keep"), QStringLiteral("old-one"));
        QVERIFY(!id.isEmpty());
        ui::ProfileDialog dialog(m_profiles.get(), m_secrets.get());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        ProfileDialogDriver d(&dialog);
        QVERIFY(d.isComplete());
        QCOMPARE(dialog.editedProfileId(), id); // opens on the current profile
        QCOMPARE(d.name->text(), QStringLiteral("Keep"));
        QCOMPARE(d.apiKey->text(), QStringLiteral("key-Keep"));
        QVERIFY(d.secret->text().isEmpty()); // never read back into the form
        QCOMPARE(d.secret->placeholderText(),
                 QStringLiteral("unchanged — leave empty to keep the stored secret"));
        QVERIFY(d.save->isEnabled());
        QVERIFY(d.shownMessage("secret").isEmpty());

        ProfileDialogDriver::retype(d.endpoint, QStringLiteral("https://eu.example.com"));
        QTest::mouseClick(d.save, Qt::LeftButton);
        QTRY_COMPARE(accepted.count(), 1);
        QCOMPARE(m_profiles->profile(id)->endpoint, QUrl(QStringLiteral("https://eu.example.com")));
        const SecretRead read = readSecret(id);
        QCOMPARE(read.status, SecretJob::Status::Ok);
        QCOMPARE(read.secret, QStringLiteral("old-one"));
    }

    void editingReplacesTheSecretWhenFilled() {
        const QString other = addProfileWithSecret(QStringLiteral("Other"), QStringLiteral("o"));
        const QString id = addProfileWithSecret(QStringLiteral("Swap"), QStringLiteral("old-two"));
        QVERIFY(!id.isEmpty() && !other.isEmpty());
        QVERIFY(!m_profiles->setCurrent(other));
        ui::ProfileDialog dialog(m_profiles.get(), m_secrets.get());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        ProfileDialogDriver d(&dialog);
        QVERIFY(d.isComplete());
        QCOMPARE(d.list->count(), 3);
        QVERIFY(d.select(id));
        QCOMPARE(dialog.editedProfileId(), id);
        QCOMPARE(d.name->text(), QStringLiteral("Swap"));
        ProfileDialogDriver::retype(d.secret, QStringLiteral("new-two"));
        QTest::mouseClick(d.save, Qt::LeftButton);
        QVERIFY(accepted.wait(15000));
        QCOMPARE(m_profiles->current().id, id); // the saved profile becomes current
        QCOMPARE(readSecret(id).secret, QStringLiteral("new-two"));
        QCOMPARE(readSecret(other).secret, QStringLiteral("o")); // the other one untouched
    }

    void removingDeletesTheProfileAndItsSecret() {
        const QString id = addProfileWithSecret(QStringLiteral("Gone"), QStringLiteral("bye"));
        QVERIFY(!id.isEmpty());
        ui::ProfileDialog dialog(m_profiles.get(), m_secrets.get());
        dialog.show();
        ProfileDialogDriver d(&dialog);
        QVERIFY(d.isComplete());
        QCOMPARE(dialog.editedProfileId(), id);
        QVERIFY(d.remove->isEnabled());

        // Cancelling the confirmation keeps everything.
        QTest::mouseClick(d.remove, Qt::LeftButton);
        auto *box = dialog.findChild<QMessageBox *>(QStringLiteral("removeConfirmation"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->text().contains(QStringLiteral("\"Gone\"")));
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!dialog.findChild<QMessageBox *>(QStringLiteral("removeConfirmation")));
        QVERIFY(m_profiles->profile(id));

        QTest::mouseClick(d.remove, Qt::LeftButton);
        box = dialog.findChild<QMessageBox *>(QStringLiteral("removeConfirmation"));
        QVERIFY(box);
        auto *confirm = box->findChild<QPushButton *>(QStringLiteral("confirmRemoveButton"));
        QVERIFY(confirm);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QVERIFY(!m_profiles->profile(id));
        QCOMPARE(m_profiles->current().id,
                 QString::fromLatin1(secrets::ProfileStore::DemoProfileId));
        QCOMPARE(d.list->count(), 1);
        QVERIFY(dialog.isVisible()); // removing does not close the dialog
        QVERIFY(dialog.editedProfileId().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(readSecret(id).status, SecretJob::Status::NotFound, 15000);
        QVERIFY(d.problem->isHidden());
    }

    void demoProfileIsReadOnly() {
        ui::ProfileDialog dialog(m_profiles.get(), m_secrets.get());
        dialog.show();
        ProfileDialogDriver d(&dialog);
        QVERIFY(d.isComplete());
        const QString demoId = QString::fromLatin1(secrets::ProfileStore::DemoProfileId);
        QVERIFY(d.select(demoId));
        QCOMPARE(dialog.editedProfileId(), demoId);
        QCOMPARE(d.name->text(), QStringLiteral("Sandbox — local demo"));
        QVERIFY(d.name->isReadOnly());
        QVERIFY(d.endpoint->isReadOnly());
        QVERIFY(d.apiKey->isReadOnly());
        QVERIFY(!d.secret->isVisible());
        QVERIFY(!d.save->isEnabled());
        QVERIFY(!d.remove->isEnabled());
        QVERIFY(!dialog.findChild<ui::InlineMessage *>(QStringLiteral("demoNote"))->isHidden());
        QTest::keyClicks(d.name, QStringLiteral("x"));
        QCOMPARE(d.name->text(), QStringLiteral("Sandbox — local demo"));
        QTest::keyClick(d.name, Qt::Key_Return); // Enter does not save it either
        QVERIFY(dialog.isVisible());
        QCOMPARE(m_profiles->profiles().size(), 1);

        QTest::mouseClick(d.add, Qt::LeftButton); // "Add" leaves it for a new profile
        QVERIFY(dialog.editedProfileId().isEmpty());
        QVERIFY(!d.name->isReadOnly());
        QVERIFY(d.name->text().isEmpty());
        QVERIFY(d.secret->isVisible());
    }

    void escapeCancelsAndStoresNothing() {
        ui::ProfileDialog dialog(m_profiles.get(), m_secrets.get());
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        dialog.show();
        ProfileDialogDriver d(&dialog);
        QVERIFY(d.isComplete());
        d.fill(QStringLiteral("Never"), QStringLiteral("https://api.example.com"),
               QStringLiteral("k"), QStringLiteral("never-stored"));
        QTest::keyClick(d.name, Qt::Key_Escape);
        QCOMPARE(rejected.count(), 1);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(m_profiles->profiles().size(), 1);
        QVERIFY(!settingsBytes().contains("Never"));
    }

    void cancelWhileSavingDropsTheResult() {
        ui::ProfileDialog dialog(m_profiles.get(), m_secrets.get());
        QSignalSpy saved(&dialog, &ui::ProfileDialog::profileSaved);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        ProfileDialogDriver d(&dialog);
        QVERIFY(d.isComplete());
        d.fill(QStringLiteral("Late"), QStringLiteral("https://api.example.com"),
               QStringLiteral("k"), QStringLiteral("late-secret"));
        QTest::mouseClick(d.save, Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        QVERIFY(d.cancel->isEnabled()); // the operator is never stuck behind the keychain
        QTest::mouseClick(d.cancel, Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QVERIFY(!dialog.isBusy());
        // The profile was stored before the write started (documented); the write may finish.
        const auto profiles = m_profiles->profiles();
        QCOMPARE(profiles.size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(readSecret(profiles.last().id).status, SecretJob::Status::Ok,
                                  15000);
        QCOMPARE(saved.count(), 0);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(m_profiles->current().demo); // not made current behind the operator's back
    }
};

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
