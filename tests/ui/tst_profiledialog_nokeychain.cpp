// The profile dialog with no keychain reachable (no D-Bus session bus): saving shows the
// keychain's translated error inline, keeps every field and the already-stored profile, and
// offers "Keep in memory for this session", which stores the secret in memory only and
// completes the save. Removing reports the secret it could not delete.
#include "app/secrets/profilestore.h"
#include "app/secrets/secretstore.h"
#include "tests/ui/profiledialogdriver.h"
#include "translations/i18n.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace vpw;
using secrets::SecretJob;
using test::ProfileDialogDriver;

class TestProfileDialogNoKeychain : public QObject {
    Q_OBJECT

public:
    explicit TestProfileDialogNoKeychain(const QString &home)
        : m_home(home) {}

private:
    QString m_home;
    QString m_settingsPath;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<secrets::ProfileStore> m_profiles;
    std::unique_ptr<secrets::SecretStore> m_secrets;

private Q_SLOTS:
    void initTestCase() {
        QCOMPARE(installTranslators(*qApp, QLocale(QLocale::English)), QStringLiteral("en"));
    }

    void init() {
        m_settingsPath = QDir(m_home).filePath(QStringLiteral("profiles.conf"));
        QFile::remove(m_settingsPath);
        m_settings = std::make_unique<QSettings>(m_settingsPath, QSettings::IniFormat);
        m_profiles = std::make_unique<secrets::ProfileStore>(m_settings.get());
        m_secrets = std::make_unique<secrets::SecretStore>();
        m_secrets->setTimeoutMs(10000);
    }

    void cleanup() {
        QTRY_VERIFY(QApplication::topLevelWidgets().isEmpty());
        m_secrets.reset();
        m_profiles.reset();
        m_settings.reset();
    }

    void keychainErrorOffersToKeepTheSecretInMemory() {
        ui::ProfileDialog dialog(m_profiles.get(), m_secrets.get());
        QSignalSpy saved(&dialog, &ui::ProfileDialog::profileSaved);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        ProfileDialogDriver d(&dialog);
        QVERIFY(d.isComplete());
        const QString secret = QStringLiteral("mem-only-s3cr3t");
        d.fill(QStringLiteral("Offline"), QStringLiteral("https://api.example.com"),
               QStringLiteral("off-key"), secret);
        QTest::mouseClick(d.save, Qt::LeftButton);
        QVERIFY(dialog.isBusy());

        // The write fails: the message is inline, the dialog stays open, nothing typed is lost.
        QTRY_VERIFY_WITH_TIMEOUT(!d.problem->isHidden(), 15000);
        QVERIFY(!dialog.isBusy());
        QVERIFY(dialog.isVisible());
        QCOMPARE(accepted.count(), 0);
        QVERIFY2(d.problem->text().startsWith(
                     QStringLiteral("The profile was saved, but not its API secret.")),
                 qPrintable(d.problem->text()));
        QVERIFY2(d.problem->text().contains(QStringLiteral("in memory for this session")),
                 qPrintable(d.problem->text()));
        QVERIFY(!d.problem->text().contains(secret));
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY(!d.sessionOnly->isHidden());
        QCOMPARE(d.sessionOnly->text(), QStringLiteral("Keep in memory for this session"));
        QCOMPARE(d.name->text(), QStringLiteral("Offline"));
        QCOMPARE(d.endpoint->text(), QStringLiteral("https://api.example.com"));
        QCOMPARE(d.apiKey->text(), QStringLiteral("off-key"));
        QCOMPARE(d.secret->text(), secret);
        QVERIFY(d.name->isEnabled());
        QVERIFY(d.save->isEnabled()); // a plain retry is possible too
        QVERIFY(d.save->isDefault());
        QVERIFY(dialog.focusWidget() != d.cancel); // Enter does not turn into Cancel

        // The profile is kept (listed, not current) and the dialog now edits it.
        const QString id = dialog.editedProfileId();
        QVERIFY(!id.isEmpty());
        QVERIFY(m_profiles->profile(id));
        QCOMPARE(d.list->count(), 2);
        QVERIFY(m_profiles->current().demo);
        ProfileDialogDriver::retype(d.secret, QString()); // its secret is still required
        QVERIFY(!d.shownMessage("secret").isEmpty());
        QVERIFY(!d.save->isEnabled());
        ProfileDialogDriver::retype(d.secret, secret);

        QTest::mouseClick(d.sessionOnly, Qt::LeftButton);
        QVERIFY(m_secrets->isSessionOnly());
        QVERIFY(accepted.wait(5000));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.first().first().toString(), id);
        QCOMPARE(m_profiles->current().id, id);
        QCOMPARE(m_profiles->profiles().size(), 2); // updated, not added twice

        SecretJob *read = m_secrets->read(id);
        QString stored;
        read->onFinished(this, [&stored](const SecretJob &j) { stored = j.secret(); });
        QSignalSpy readDone(read, &SecretJob::finished);
        QVERIFY(readDone.wait(5000));
        QCOMPARE(stored, secret);

        m_settings->sync();
        const QStringList leaks = test::filesContaining(m_home, secret.toUtf8());
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));
    }

    void removeReportsASecretLeftInTheKeychain() {
        secrets::Profile profile;
        profile.name = QStringLiteral("Doomed");
        profile.endpoint = QUrl(QStringLiteral("https://api.example.com"));
        profile.apiKey = QStringLiteral("k");
        QVERIFY(!m_profiles->add(profile));
        QVERIFY(!m_profiles->setCurrent(profile.id));
        ui::ProfileDialog dialog(m_profiles.get(), m_secrets.get());
        QSignalSpy status(&dialog, &ui::ProfileDialog::statusMessage);
        dialog.show();
        ProfileDialogDriver d(&dialog);
        QVERIFY(d.isComplete());
        QCOMPARE(dialog.editedProfileId(), profile.id);
        QTest::mouseClick(d.remove, Qt::LeftButton);
        auto *box = dialog.findChild<QMessageBox *>(QStringLiteral("removeConfirmation"));
        QVERIFY(box);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmRemoveButton")),
                          Qt::LeftButton);
        QVERIFY(!m_profiles->profile(profile.id));
        QVERIFY(status.wait(15000));
        const QString text = status.first().first().toString();
        QVERIFY2(text.startsWith(QStringLiteral("The profile was removed, but its API secret "
                                                "could not be deleted")),
                 qPrintable(text));
        QCOMPARE(d.problem->text(), text);
        QVERIFY(!d.problem->isHidden());
        QVERIFY(dialog.isVisible());
    }
};

int main(int argc, char **argv) {
    QTemporaryDir home;
    if (!home.isValid())
        return 2;
    test::isolateWithoutKeychain(home.path());
    QApplication app(argc, argv);
    TestProfileDialogNoKeychain test(home.path());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_profiledialog_nokeychain.moc"
