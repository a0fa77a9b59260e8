// Provider accounts (ProviderAccountStore) with their AccessKey secrets in a real gnome-keyring
// (tests/keyring-launcher.sh): the round trip, the refusals of the field rules, removal with its
// secret, and no secret in any file.
#include "app/secrets/profilestore.h"
#include "app/secrets/provideraccountstore.h"
#include "app/secrets/secretstore.h"

#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace vpw::secrets;

Q_DECLARE_METATYPE(vpw::secrets::ProviderAccount)

namespace {

struct Outcome {
    SecretJob::Status status = SecretJob::Status::Pending;
    QString secret;
};

ProviderAccount aliyunAccount() {
    ProviderAccount account;
    account.provider = QStringLiteral("aliyun");
    account.name = QStringLiteral("  Production  ");
    account.accessKeyId = QStringLiteral("LTAI5tSandboxDemoKey0001");
    account.regions = {QStringLiteral("cn-hangzhou"), QStringLiteral("cn-shanghai")};
    account.endpointOverride = QUrl(QStringLiteral("http://127.0.0.1:41311"));
    return account;
}

QString uniqueSecret() {
    // 30 letters and digits, as an Alibaba Cloud AccessKey secret.
    return QUuid::createUuid().toString(QUuid::Id128).left(30);
}

} // namespace

class TestProviderAccountStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SecretStore m_secrets;

    Outcome run(SecretJob *job) {
        Outcome outcome;
        job->onFinished(this, [&outcome](const SecretJob &finished) {
            outcome.status = finished.status();
            outcome.secret = finished.secret();
        });
        QSignalSpy destroyed(job, &QObject::destroyed);
        if (!destroyed.wait(20000))
            qWarning("secret job did not finish");
        return outcome;
    }

    QString settingsPath() const { return m_dir.filePath(QStringLiteral("accounts.conf")); }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(qgetenv("HOME").contains("vpw-keyring-home"),
                 "run through tests/keyring-launcher.sh");
        QVERIFY(m_dir.isValid());
    }

    void roundTripThroughSettingsAndKeychain() {
        const QString secret = uniqueSecret();
        QString id;
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            ProfileStore profiles(&settings);
            ProviderAccountStore *store = profiles.providerAccounts();
            QSignalSpy changed(store, &ProviderAccountStore::accountsChanged);
            ProviderAccount account = aliyunAccount();
            QVERIFY(!store->add(account));
            QVERIFY(!account.id.isEmpty());
            QCOMPARE(account.name, QStringLiteral("Production")); // trimmed
            QCOMPARE(changed.size(), 1);
            id = account.id;
            QCOMPARE(run(m_secrets.writeAccountSecret(id, secret)).status, SecretJob::Status::Ok);
        }
        // A new store on the same file (a restart) reads the account; the keychain the secret.
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ProfileStore profiles(&settings);
        const auto account = profiles.providerAccounts()->account(id);
        QVERIFY(account);
        ProviderAccount expected = aliyunAccount();
        expected.id = id;
        expected.name = QStringLiteral("Production");
        QCOMPARE(*account, expected);
        // The profiles are not disturbed by the accounts' group.
        QCOMPARE(profiles.profiles().size(), 1); // the demo profile only
        const Outcome read = run(m_secrets.readAccountSecret(id));
        QCOMPARE(read.status, SecretJob::Status::Ok);
        QCOMPARE(read.secret, secret);

        // The settings file names the AccessKey ID and holds no secret.
        settings.sync();
        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains("LTAI5tSandboxDemoKey0001"));
        QVERIFY(!content.contains(secret.toUtf8()));

        // Update.
        ProviderAccount changed = *account;
        changed.regions = {QStringLiteral("cn-beijing")};
        changed.endpointOverride = QUrl();
        QVERIFY(!profiles.providerAccounts()->update(changed));
        QCOMPARE(*profiles.providerAccounts()->account(id), changed);
    }

    void accountKeyIsApartFromTheProfileKey() {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(SecretStore::accountKeyFor(id),
                 QStringLiteral("provider-account/%1/access-key-secret").arg(id));
        QVERIFY(SecretStore::accountKeyFor(id) != SecretStore::keyFor(id));
        const QString profileSecret = uniqueSecret();
        const QString accountSecret = uniqueSecret();
        QCOMPARE(run(m_secrets.write(id, profileSecret)).status, SecretJob::Status::Ok);
        QCOMPARE(run(m_secrets.writeAccountSecret(id, accountSecret)).status,
                 SecretJob::Status::Ok);
        QCOMPARE(run(m_secrets.read(id)).secret, profileSecret);
        QCOMPARE(run(m_secrets.readAccountSecret(id)).secret, accountSecret);
        QCOMPARE(run(m_secrets.removeAccountSecret(id)).status, SecretJob::Status::Ok);
        QCOMPARE(run(m_secrets.read(id)).secret, profileSecret);
        QCOMPARE(run(m_secrets.remove(id)).status, SecretJob::Status::Ok);
    }

    void refusalsStoreNothing_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<ProviderAccount>("account");
        ProviderAccount a = aliyunAccount();
        a.provider = QStringLiteral("aws");
        QTest::newRow("provider") << "provider" << a;
        a = aliyunAccount();
        a.name = QStringLiteral(" ");
        QTest::newRow("name") << "name" << a;
        a = aliyunAccount();
        a.accessKeyId = QStringLiteral("LTAI5t Sandbox");
        QTest::newRow("key id with a space") << "accessKeyId" << a;
        a = aliyunAccount();
        a.accessKeyId.clear();
        QTest::newRow("key id empty") << "accessKeyId" << a;
        a = aliyunAccount();
        a.regions.clear();
        QTest::newRow("no region") << "regions" << a;
        a = aliyunAccount();
        a.regions = {QStringLiteral("Hangzhou")};
        QTest::newRow("bad region") << "regions" << a;
        a = aliyunAccount();
        a.endpointOverride = QUrl(QStringLiteral("http://emulator.example.com:8080"));
        QTest::newRow("plain http to another host") << "endpointOverride" << a;
    }

    void refusalsStoreNothing() {
        QFETCH(QString, field);
        QFETCH(ProviderAccount, account);
        QSettings settings(m_dir.filePath(QStringLiteral("refusals.conf")), QSettings::IniFormat);
        ProviderAccountStore store(&settings);
        const auto error = store.add(account);
        QVERIFY(error);
        QCOMPARE(error->field, field);
        QVERIFY(!error->message.isEmpty());
        QVERIFY(account.id.isEmpty());
        QVERIFY(store.accounts().isEmpty());
    }

    void removeDeletesTheAccountAndItsSecret() {
        QSettings settings(m_dir.filePath(QStringLiteral("remove.conf")), QSettings::IniFormat);
        ProviderAccountStore store(&settings);
        ProviderAccount huawei;
        huawei.provider = QStringLiteral("huawei");
        huawei.name = QStringLiteral("Huawei");
        huawei.accessKeyId = QStringLiteral("HWSANDBOXDEMOAK00001");
        huawei.regions = {QStringLiteral("cn-north-4")};
        QVERIFY(!store.add(huawei));
        ProviderAccount aliyun = aliyunAccount();
        QVERIFY(!store.add(aliyun));
        QCOMPARE(store.accounts().size(), 2);
        QCOMPARE(store.accounts().first().provider, QStringLiteral("aliyun")); // by provider
        QCOMPARE(run(m_secrets.writeAccountSecret(huawei.id, uniqueSecret())).status,
                 SecretJob::Status::Ok);

        QVERIFY(!store.remove(huawei.id));
        QCOMPARE(run(m_secrets.removeAccountSecret(huawei.id)).status, SecretJob::Status::Ok);
        QVERIFY(!store.account(huawei.id));
        QCOMPARE(store.accounts().size(), 1);
        QCOMPARE(run(m_secrets.readAccountSecret(huawei.id)).status, SecretJob::Status::NotFound);
        const auto again = store.remove(huawei.id);
        QVERIFY(again);
        QCOMPARE(again->reason, ProviderAccountError::NotFound);
    }

    void demoAccountsAreOfferedNotStored() {
        QSettings settings(m_dir.filePath(QStringLiteral("demo.conf")), QSettings::IniFormat);
        ProviderAccountStore store(&settings);
        QVERIFY(!store.demoAccount(QStringLiteral("aliyun")));
        DemoProviderAccount demo;
        demo.account = aliyunAccount();
        demo.accessKeySecret = QStringLiteral("SandboxDemoSecretAliyun0123456789");
        QSignalSpy changed(&store, &ProviderAccountStore::demoAccountsChanged);
        store.setDemoAccounts({demo});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(store.demoAccount(QStringLiteral("aliyun"))->accessKeySecret,
                 demo.accessKeySecret);
        QVERIFY(!store.demoAccount(QStringLiteral("huawei")));
        QVERIFY(store.accounts().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProviderAccountStore)
#include "tst_provideraccountstore.moc"
