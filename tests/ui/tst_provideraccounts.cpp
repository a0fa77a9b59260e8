// The "Provider accounts" tab of the profiles dialog as an operator uses it, driven by
// objectName against a real gnome-keyring (KEYRING launcher), a real settings file and the real
// Alibaba Cloud emulator on 127.0.0.1: the demo's emulated account, Test key (success, a wrong
// secret named as the secret), checks at the field, Save (the secret in the keyring only),
// Remove (the secret deleted), the required policy copied, and labels as accessible names.
#include "app/core/provideraccountrules.h"
#include "app/providers/aliyun/emulator/aliyunemulator.h"
#include "app/providers/registry.h"
#include "app/secrets/profilestore.h"
#include "app/secrets/provideraccountstore.h"
#include "app/secrets/secretstore.h"
#include "translations/i18n.h"
#include "ui/inlinemessage.h"
#include "ui/policydialog.h"
#include "ui/profiledialog.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace vpw;
using secrets::SecretJob;

namespace {
const QString kSecret = QLatin1String(aliyun::kDemoAccessKeySecret);
} // namespace

class TestProviderAccounts : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<aliyun::Emulator> m_emulator;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<secrets::ProfileStore> m_profiles;
    std::unique_ptr<secrets::SecretStore> m_secrets;

    template <typename T> static T *find(QWidget *root, const char *name) {
        return root->findChild<T *>(QLatin1String(name));
    }

    static QString shown(QWidget *root, const char *name) {
        const auto *message = find<ui::InlineMessage>(root, name);
        return message && !message->isHidden() ? message->text() : QString();
    }

    static void retype(QLineEdit *edit, const QString &text) {
        edit->setFocus(Qt::OtherFocusReason);
        edit->selectAll();
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Backspace);
        else
            QTest::keyClicks(edit, text);
    }

    // Reads through a fresh store: nothing can come from the dialog's store's memory.
    SecretJob::Status storedSecret(const QString &id, QString *secret = nullptr) {
        secrets::SecretStore store;
        SecretJob::Status status = SecretJob::Status::Pending;
        SecretJob *job = store.readAccountSecret(id);
        job->onFinished(this, [&](const SecretJob &j) {
            status = j.status();
            if (secret)
                *secret = j.secret();
        });
        QSignalSpy finished(job, &SecretJob::finished);
        finished.wait(15000);
        return status;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(!qgetenv("DBUS_SESSION_BUS_ADDRESS").isEmpty(), "no private D-Bus session");
        QVERIFY(m_dir.isValid());
        QCOMPARE(installTranslators(*qApp, QLocale(QLocale::English)), QStringLiteral("en"));
        aliyun::EmulatorOptions options;
        options.accessKeyId = QLatin1String(aliyun::kDemoAccessKeyId);
        options.accessKeySecret = kSecret;
        m_emulator = std::make_unique<aliyun::Emulator>(options);
        QString error;
        QVERIFY2(m_emulator->start(&error), qPrintable(error));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("p.conf")),
                                                 QSettings::IniFormat);
        m_profiles = std::make_unique<secrets::ProfileStore>(m_settings.get());
        m_secrets = std::make_unique<secrets::SecretStore>();
        // What DemoBackend does once the in-process emulators run.
        secrets::DemoProviderAccount demo;
        demo.account.provider = QStringLiteral("aliyun");
        demo.account.name = QStringLiteral("Demo — emulated Alibaba Cloud account");
        demo.account.accessKeyId = QLatin1String(aliyun::kDemoAccessKeyId);
        demo.account.regions = {QStringLiteral("cn-hangzhou")};
        demo.account.endpointOverride = m_emulator->baseUrl();
        demo.accessKeySecret = kSecret;
        m_profiles->providerAccounts()->setDemoAccounts({demo});
    }

    void addTestSaveAndRemove() {
        ui::ProfileDialog dialog(m_profiles.get(), m_secrets.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.showProviderAccounts();
        auto *panel = find<QWidget>(&dialog, "providerAccountsPanel");
        QVERIFY(panel && panel->isVisible());
        auto *keyId = find<QLineEdit>(panel, "accessKeyIdEdit");
        auto *secret = find<QLineEdit>(panel, "accessKeySecretEdit");
        auto *regions = find<QLineEdit>(panel, "regionsEdit");
        auto *endpoint = find<QLineEdit>(panel, "endpointOverrideEdit");
        auto *name = find<QLineEdit>(panel, "accountNameEdit");
        auto *test = find<QPushButton>(panel, "testKeyButton");
        auto *save = find<QPushButton>(panel, "saveAccountButton");
        auto *remove = find<QPushButton>(panel, "removeAccountButton");
        auto *demo = find<QPushButton>(panel, "useDemoAccountButton");
        auto *list = find<QListWidget>(panel, "providerAccountList");
        QVERIFY(keyId && secret && regions && endpoint && name && test && save && remove && demo &&
                list);
        QVERIFY(!save->isEnabled());
        QVERIFY(!test->isEnabled());
        QVERIFY(!remove->isEnabled());

        // The demo profile is current and its emulators run: the demo's account is offered.
        QVERIFY(demo->isVisible());
        QTest::mouseClick(demo, Qt::LeftButton);
        QCOMPARE(keyId->text(), QLatin1String(aliyun::kDemoAccessKeyId));
        QCOMPARE(endpoint->text(), m_emulator->baseUrl().toString());
        QVERIFY(save->isEnabled());

        // Test key against the emulator: success.
        QVERIFY(test->isEnabled());
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            shown(panel, "testKeyMessage").contains(QStringLiteral("The key works")), 20000);

        // A wrong secret: the message names the secret.
        retype(secret, QString(kSecret).replace(u'9', u'1'));
        QVERIFY(shown(panel, "testKeyMessage").isEmpty()); // an edit clears the old outcome
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            shown(panel, "testKeyMessage").contains(QStringLiteral("AccessKey secret is wrong")),
            20000);

        // Checks at the field: a refused key disables Save, an unusual one only warns.
        retype(keyId, QStringLiteral("AccessKey ID: LTAI5t"));
        QVERIFY2(shown(panel, "accessKeyIdMessage").contains(QStringLiteral("letters and digits")),
                 qPrintable(shown(panel, "accessKeyIdMessage")));
        QVERIFY(!save->isEnabled());
        QVERIFY(!test->isEnabled());
        retype(keyId, QLatin1String(aliyun::kDemoAccessKeyId));
        QVERIFY(shown(panel, "accessKeyIdMessage").isEmpty());
        retype(endpoint, QStringLiteral("http://emulator.example.com"));
        QVERIFY(shown(panel, "endpointOverrideMessage").contains(QStringLiteral("https://")));
        QVERIFY(!save->isEnabled());
        retype(endpoint, m_emulator->baseUrl().toString());
        retype(regions, QStringLiteral("Hangzhou"));
        QVERIFY(!shown(panel, "regionsMessage").isEmpty());
        retype(regions, QStringLiteral("cn-hangzhou, cn-shanghai"));
        retype(secret, kSecret);
        QVERIFY2(shown(panel, "accessKeySecretMessage").contains(QStringLiteral("33")),
                 "an unusual length is a warning");
        QVERIFY(save->isEnabled());

        // Save: listed, the secret in the keyring, not in the settings file.
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            shown(panel, "accountStatusMessage").contains(QStringLiteral("keychain")), 15000);
        QCOMPARE(list->count(), 1);
        const QList<secrets::ProviderAccount> accounts = m_profiles->providerAccounts()->accounts();
        QCOMPARE(accounts.size(), 1);
        const QString id = accounts.first().id;
        QCOMPARE(accounts.first().regions,
                 (QStringList{QStringLiteral("cn-hangzhou"), QStringLiteral("cn-shanghai")}));
        QString stored;
        QCOMPARE(storedSecret(id, &stored), SecretJob::Status::Ok);
        QCOMPARE(stored, kSecret);
        m_settings->sync();
        QFile file(m_settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(kSecret.toUtf8()));

        // Editing: the secret field is empty and Test key uses the stored secret.
        QVERIFY(secret->text().isEmpty());
        QVERIFY(test->isEnabled());
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            shown(panel, "testKeyMessage").contains(QStringLiteral("The key works")), 20000);

        // Remove, confirmed: the account and its secret are gone.
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY(
            box = dialog.findChild<QMessageBox *>(QStringLiteral("removeAccountConfirmation")));
        auto *confirm = box->findChild<QPushButton *>(QStringLiteral("confirmRemoveAccountButton"));
        QVERIFY(confirm);
        confirm->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            shown(panel, "accountStatusMessage").contains(QStringLiteral("deleted")), 15000);
        QCOMPARE(list->count(), 0);
        QVERIFY(m_profiles->providerAccounts()->accounts().isEmpty());
        QCOMPARE(storedSecret(id), SecretJob::Status::NotFound);
    }

    void policyIsShownForCopying() {
        ui::ProfileDialog dialog(m_profiles.get(), m_secrets.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.showProviderAccounts();
        auto *button = find<QPushButton>(&dialog, "showPolicyButton");
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        ui::PolicyDialog *policy = nullptr;
        QTRY_VERIFY(policy = dialog.findChild<ui::PolicyDialog *>());
        QVERIFY(policy->policyText().contains(QStringLiteral("cen:AttachCenChildInstance")));
        auto *copy = find<QPushButton>(policy, "copyPolicyButton");
        QVERIFY(copy);
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), policy->policyText());
        QCOMPARE(copy->text(), QStringLiteral("Copied ✓"));
        policy->close();
    }

    void huaweiLabelsAndAccessibleNames() {
        ui::ProfileDialog dialog(m_profiles.get(), m_secrets.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.showProviderAccounts();
        auto *combo = find<QComboBox>(&dialog, "accountProviderCombo");
        QVERIFY(combo);
        for (const char *provider : {"aliyun", "huawei"}) {
            combo->setCurrentIndex(combo->findData(QLatin1String(provider)));
            for (const char *field : {"accountProvider", "accountName", "accessKeyId",
                                      "accessKeySecret", "regions", "endpointOverride"}) {
                auto *label =
                    dialog.findChild<QLabel *>(QLatin1String(field) + QLatin1String("Label"));
                QVERIFY2(label && label->buddy(), field);
                QString expected = label->text().remove(u'&');
                expected.chop(1); // the colon
                QCOMPARE(label->buddy()->accessibleName(), expected);
            }
        }
        // Huawei's own terms.
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("accessKeyIdLabel"))->text(),
                 QStringLiteral("Access key (&AK):"));
        // The demo's account is offered per provider: none for Huawei here.
        QVERIFY(!find<QPushButton>(&dialog, "useDemoAccountButton")->isVisible());
    }

    // Every new text is in the zh_CN catalogue: the tab, the form, the rules, the policy dialog.
    void chineseTexts() {
        QCOMPARE(installTranslators(*qApp, QLocale(QLocale::Chinese, QLocale::China)),
                 QStringLiteral("zh_CN"));
        {
            ui::ProfileDialog dialog(m_profiles.get(), m_secrets.get());
            auto *tabs = find<QTabWidget>(&dialog, "profileTabs");
            QVERIFY(tabs);
            QCOMPARE(tabs->tabText(1), QStringLiteral("云服务商账号(&U)"));
            QCOMPARE(find<QPushButton>(&dialog, "testKeyButton")->text(),
                     QStringLiteral("测试密钥(&T)"));
            QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("accessKeyIdLabel"))->text(),
                     QStringLiteral("AccessKey ID(&I)："));
            // The accessible name follows the translated label (without mnemonic and colon).
            QCOMPARE(find<QLineEdit>(&dialog, "accessKeyIdEdit")->accessibleName(),
                     QStringLiteral("AccessKey ID"));
            ui::PolicyDialog policy(QStringLiteral("huawei"));
            QVERIFY(policy.windowTitle().contains(QStringLiteral("华为云")));
        }
        QVERIFY(ProviderAccountRules::checkAccessKeyId(findProvider(u"aliyun"),
                                                       QStringLiteral("LTAI 5"))
                    .message.contains(QStringLiteral("只包含字母和数字")));
        QCOMPARE(installTranslators(*qApp, QLocale(QLocale::English)), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestProviderAccounts)
#include "tst_provideraccounts.moc"
