// ProfileStore: profiles round-trip through a real QSettings file; the built-in demo profile is
// listed, protected and never stored.

#include "app/secrets/profilestore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using vpw::secrets::Profile;
using vpw::secrets::ProfileError;
using vpw::secrets::ProfileStore;

class TestProfileStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void demoProfileIsBuiltIn();
    void roundTripThroughSettings();
    void updateChangesStoredProfile();
    void currentFallsBackToDemo();
    void rejectsInvalidProfiles_data();
    void rejectsInvalidProfiles();
    void demoConnectionIsNeverStored();
    void consoleProfileHasNoEndpointNorKey();

private:
    std::unique_ptr<QSettings> openSettings() const;
    static Profile sample(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
};

std::unique_ptr<QSettings> TestProfileStore::openSettings() const {
    return std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                       QSettings::IniFormat);
}

Profile TestProfileStore::sample(const QString &name) {
    Profile p;
    p.name = name;
    p.endpoint = QUrl(QStringLiteral("https://peering.example.com"));
    p.apiKey = QStringLiteral("key-") + name;
    return p;
}

void TestProfileStore::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProfileStore::cleanup() {
    m_dir.reset();
}

void TestProfileStore::demoProfileIsBuiltIn() {
    auto settings = openSettings();
    ProfileStore store(settings.get());
    const QList<Profile> profiles = store.profiles();
    QCOMPARE(profiles.size(), 1);
    const Profile demo = profiles.first();
    QCOMPARE(demo.id, QStringLiteral("sandbox-demo"));
    QVERIFY(demo.demo);
    QCOMPARE(demo.name, QStringLiteral("Sandbox — local demo"));
    QCOMPARE(store.current().id, demo.id);

    const auto removed = store.remove(demo.id);
    QVERIFY(removed);
    QCOMPARE(removed->reason, ProfileError::BuiltIn);
    QVERIFY(!removed->message.isEmpty());
    Profile edited = demo;
    edited.name = QStringLiteral("mine now");
    const auto updated = store.update(edited);
    QVERIFY(updated);
    QCOMPARE(updated->reason, ProfileError::BuiltIn);
    QCOMPARE(store.profiles().first().name, demo.name);
}

void TestProfileStore::roundTripThroughSettings() {
    Profile beta = sample(QStringLiteral("beta"));
    Profile alpha = sample(QStringLiteral("  alpha  "));
    alpha.endpoint = QUrl(QStringLiteral("http://127.0.0.1:8080/prefix"));
    {
        auto settings = openSettings();
        ProfileStore store(settings.get());
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        QVERIFY(!store.add(beta));
        QVERIFY(!store.add(alpha));
        QCOMPARE(changed.count(), 2);
        QVERIFY(!beta.id.isEmpty());
        QVERIFY(beta.id != alpha.id);
        QCOMPARE(alpha.name, QStringLiteral("alpha")); // trimmed
        QVERIFY(!store.setCurrent(beta.id));
    }
    auto settings = openSettings();
    ProfileStore reopened(settings.get());
    const QList<Profile> profiles = reopened.profiles();
    QCOMPARE(profiles.size(), 3);
    QVERIFY(profiles.at(0).demo);
    QCOMPARE(profiles.at(1), alpha); // sorted by name
    QCOMPARE(profiles.at(2), beta);
    QCOMPARE(reopened.current(), beta);

    QSignalSpy current(&reopened, &ProfileStore::currentChanged);
    QVERIFY(!reopened.remove(beta.id));
    QCOMPARE(current.count(), 1);
    QCOMPARE(reopened.current().id, QStringLiteral("sandbox-demo"));
    QCOMPARE(reopened.profiles().size(), 2);
    QVERIFY(!reopened.profile(beta.id));
    const auto again = reopened.remove(beta.id);
    QVERIFY(again);
    QCOMPARE(again->reason, ProfileError::NotFound);
}

void TestProfileStore::updateChangesStoredProfile() {
    auto settings = openSettings();
    ProfileStore store(settings.get());
    Profile p = sample(QStringLiteral("prod"));
    QVERIFY(!store.add(p));
    p.apiKey = QStringLiteral("rotated-key");
    p.endpoint = QUrl(QStringLiteral("https://other.example.com/api-root"));
    QVERIFY(!store.update(p));
    QCOMPARE(store.profile(p.id).value(), p);

    Profile ghost = p;
    ghost.id = QStringLiteral("no-such-profile");
    const auto error = store.update(ghost);
    QVERIFY(error);
    QCOMPARE(error->reason, ProfileError::NotFound);
}

void TestProfileStore::currentFallsBackToDemo() {
    auto settings = openSettings();
    settings->setValue(QStringLiteral("profiles/current"), QStringLiteral("vanished"));
    ProfileStore store(settings.get());
    QCOMPARE(store.current().id, QStringLiteral("sandbox-demo"));
    const auto error = store.setCurrent(QStringLiteral("vanished"));
    QVERIFY(error);
    QCOMPARE(error->reason, ProfileError::NotFound);
}

void TestProfileStore::rejectsInvalidProfiles_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("apiKey");
    QTest::addColumn<int>("reason");
    QTest::addColumn<QString>("field");

    const int name = ProfileError::InvalidName;
    const int endpoint = ProfileError::InvalidEndpoint;
    const int key = ProfileError::MissingApiKey;
    const QString ok = QStringLiteral("https://api.example.com");
    QTest::newRow("empty name") << QString() << ok << "k" << name << "name";
    QTest::newRow("blank name") << "   " << ok << "k" << name << "name";
    QTest::newRow("no endpoint") << "n" << QString() << "k" << endpoint << "endpoint";
    QTest::newRow("relative endpoint") << "n"
                                       << "api.example.com"
                                       << "k" << endpoint << "endpoint";
    QTest::newRow("ftp endpoint") << "n"
                                  << "ftp://api.example.com"
                                  << "k" << endpoint << "endpoint";
    // The one endpoint rule (app/core/endpointrule.h), not just "a URL with a host".
    QTest::newRow("credentials in the endpoint") << "n"
                                                 << "https://user:pw@api.example.com"
                                                 << "k" << endpoint << "endpoint";
    QTest::newRow("user name in the endpoint") << "n"
                                               << "https://user@api.example.com"
                                               << "k" << endpoint << "endpoint";
    QTest::newRow("plain http to another computer") << "n"
                                                    << "http://api.example.com"
                                                    << "k" << endpoint << "endpoint";
    QTest::newRow("query in the endpoint") << "n"
                                           << "https://api.example.com/?token=x"
                                           << "k" << endpoint << "endpoint";
    QTest::newRow("no api key") << "n" << ok << QString() << key << "apiKey";
    QTest::newRow("blank api key") << "n" << ok << "  " << key << "apiKey";
}

void TestProfileStore::rejectsInvalidProfiles() {
    QFETCH(QString, name);
    QFETCH(QString, endpoint);
    QFETCH(QString, apiKey);
    QFETCH(int, reason);
    QFETCH(QString, field);

    auto settings = openSettings();
    ProfileStore store(settings.get());
    Profile p{{}, name, QUrl(endpoint), apiKey, false};
    const auto error = store.add(p);
    QVERIFY(error);
    QCOMPARE(int(error->reason), reason);
    QCOMPARE(error->field, field);
    QVERIFY(!error->message.isEmpty());
    QVERIFY2(!error->message.contains(QLatin1String("pw@")), qPrintable(error->message));
    QCOMPARE(store.profiles().size(), 1);
}

void TestProfileStore::demoConnectionIsNeverStored() {
    const QUrl url(QStringLiteral("http://127.0.0.1:45678"));
    const QString key = QStringLiteral("demo-key-7d1f");
    {
        auto settings = openSettings();
        ProfileStore store(settings.get());
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        store.setDemoConnection(url, key);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(store.current().endpoint, url);
        QCOMPARE(store.current().apiKey, key);
        Profile p = sample(QStringLiteral("stored"));
        QVERIFY(!store.add(p)); // forces a settings file to exist
    }
    QFile file(m_dir->filePath(QStringLiteral("settings.ini")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("key-stored"));
    QVERIFY(!content.contains(key.toUtf8()));
    QVERIFY(!content.contains("45678"));
    QVERIFY(!content.contains("sandbox-demo"));
}

// An "EMQX Cloud console (by hand)" profile: no endpoint, no key; its kind survives a restart;
// an endpoint typed before switching the kind is not kept.
void TestProfileStore::consoleProfileHasNoEndpointNorKey() {
    Profile console;
    console.name = QStringLiteral("Production (console)");
    console.kind = vpw::secrets::ProfileKind::Console;
    console.endpoint = QUrl(QStringLiteral("http://example.com")); // not https: would be refused
    {
        auto settings = openSettings();
        ProfileStore store(settings.get());
        QVERIFY(!store.add(console));
        QVERIFY(console.endpoint.isEmpty());
        Profile api = sample(QStringLiteral("api"));
        api.apiKey.clear();
        QVERIFY(store.add(api)); // an API profile still needs its key
        Profile unnamed = console;
        unnamed.name.clear();
        QVERIFY(store.add(unnamed)); // and every profile its name
    }
    auto settings = openSettings();
    ProfileStore reopened(settings.get());
    const auto stored = reopened.profile(console.id);
    QVERIFY(stored);
    QVERIFY(stored->isConsole());
    QCOMPARE(*stored, console);
    settings->beginGroup(QStringLiteral("profiles/") + console.id);
    QVERIFY(!settings->contains(QStringLiteral("endpoint")));
    QVERIFY(!settings->contains(QStringLiteral("apiKey")));
    settings->endGroup();
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
