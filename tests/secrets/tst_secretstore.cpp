// SecretStore against a real gnome-keyring (tests/keyring-launcher.sh: private D-Bus session,
// throw-away HOME). No mock of the keychain: every job goes through QtKeychain and libsecret.

#include "app/secrets/profilestore.h"
#include "app/secrets/secretstore.h"

#include <QDirIterator>
#include <QFile>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using vpw::secrets::Profile;
using vpw::secrets::ProfileStore;
using vpw::secrets::SecretJob;
using vpw::secrets::SecretStore;

namespace {

QString uniqueSecret() {
    return QStringLiteral("vpw-secret-") + QUuid::createUuid().toString(QUuid::Id128);
}

QString uniqueProfileId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The outcome of one finished job, copied out before the job deletes itself.
struct Outcome {
    SecretJob::Status status = SecretJob::Status::Pending;
    QString secret;
    QString errorMessage;
    int finishedCount = 0;
};

} // namespace

class TestSecretStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeReadOverwriteRemove();
    void readMissingIsNotFound();
    void removeMissingIsNotAnError();
    void keysAreNamespacedPerProfile();
    void finishedIsQueuedAndEmittedOnce();
    void sessionOnlyModeKeepsSecretsInMemory();
    void sessionSecretNeverReachesKeychain();
    void destroyingStoreDropsPendingJobs();
    void noSecretInAnyFileUnderHome();

private:
    Outcome run(SecretJob *job);

    SecretStore m_store;
};

Outcome TestSecretStore::run(SecretJob *job) {
    Outcome outcome;
    job->onFinished(this, [&outcome](const SecretJob &finished) {
        outcome.status = finished.status();
        outcome.secret = finished.secret();
        outcome.errorMessage = finished.error().message;
        ++outcome.finishedCount;
    });
    // The job deletes itself after finished(): waiting for that proves both.
    QSignalSpy destroyed(job, &QObject::destroyed);
    if (!destroyed.wait(20000))
        qWarning("secret job did not finish");
    return outcome;
}

void TestSecretStore::initTestCase() {
    // Never the developer's keyring: the launcher points HOME at a fresh temporary folder.
    const QByteArray home = qgetenv("HOME");
    QVERIFY2(home.contains("vpw-keyring-home"), "run through tests/keyring-launcher.sh");
    QVERIFY2(!qgetenv("DBUS_SESSION_BUS_ADDRESS").isEmpty(), "no private D-Bus session");
    QCoreApplication::setOrganizationName(QStringLiteral("vpw-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_secretstore"));
}

void TestSecretStore::writeReadOverwriteRemove() {
    const QString id = uniqueProfileId();
    const QString first = uniqueSecret();
    const QString second = uniqueSecret();

    Outcome written = run(m_store.write(id, first));
    QCOMPARE(written.status, SecretJob::Status::Ok);
    QCOMPARE(written.finishedCount, 1);
    Outcome read = run(m_store.read(id));
    QCOMPARE(read.status, SecretJob::Status::Ok);
    QCOMPARE(read.secret, first);

    QCOMPARE(run(m_store.write(id, second)).status, SecretJob::Status::Ok);
    QCOMPARE(run(m_store.read(id)).secret, second);

    QCOMPARE(run(m_store.remove(id)).status, SecretJob::Status::Ok);
    QCOMPARE(run(m_store.read(id)).status, SecretJob::Status::NotFound);
}

void TestSecretStore::readMissingIsNotFound() {
    const Outcome read = run(m_store.read(uniqueProfileId()));
    QCOMPARE(read.status, SecretJob::Status::NotFound);
    QVERIFY(read.secret.isEmpty());
    QVERIFY(read.errorMessage.isEmpty()); // "no secret yet" is not an error
}

void TestSecretStore::removeMissingIsNotAnError() {
    const Outcome removed = run(m_store.remove(uniqueProfileId()));
    QVERIFY2(removed.status == SecretJob::Status::NotFound ||
                 removed.status == SecretJob::Status::Ok,
             "removing a missing secret is not an error");
    QCOMPARE(removed.finishedCount, 1);
}

void TestSecretStore::keysAreNamespacedPerProfile() {
    QCOMPARE(SecretStore::keyFor(QStringLiteral("abc")), QStringLiteral("profile/abc/api-secret"));
    const QString a = uniqueProfileId();
    const QString b = uniqueProfileId();
    const QString secretA = uniqueSecret();
    const QString secretB = uniqueSecret();
    QCOMPARE(run(m_store.write(a, secretA)).status, SecretJob::Status::Ok);
    QCOMPARE(run(m_store.write(b, secretB)).status, SecretJob::Status::Ok);
    QCOMPARE(run(m_store.read(a)).secret, secretA);
    QCOMPARE(run(m_store.remove(a)).status, SecretJob::Status::Ok);
    QCOMPARE(run(m_store.read(b)).secret, secretB);
    QCOMPARE(run(m_store.remove(b)).status, SecretJob::Status::Ok);
}

void TestSecretStore::finishedIsQueuedAndEmittedOnce() {
    SecretJob *job = m_store.read(uniqueProfileId());
    QSignalSpy finished(job, &SecretJob::finished);
    QSignalSpy destroyed(job, &QObject::destroyed);
    QCOMPARE(finished.count(), 0); // not before the caller could connect
    QVERIFY(destroyed.wait(20000));
    QCOMPARE(finished.count(), 1);
}

void TestSecretStore::sessionOnlyModeKeepsSecretsInMemory() {
    SecretStore store;
    QSignalSpy modeChanged(&store, &SecretStore::sessionOnlyChanged);
    store.setSessionOnly(true);
    QCOMPARE(modeChanged.count(), 1);
    const QString id = uniqueProfileId();
    const QString secret = uniqueSecret();
    QCOMPARE(run(store.read(id)).status, SecretJob::Status::NotFound);
    QCOMPARE(run(store.write(id, secret)).status, SecretJob::Status::Ok);
    QCOMPARE(run(store.read(id)).secret, secret);

    // The keychain never saw it: a store in keychain mode finds nothing.
    QCOMPARE(run(m_store.read(id)).status, SecretJob::Status::NotFound);

    QCOMPARE(run(store.remove(id)).status, SecretJob::Status::Ok);
    QCOMPARE(run(store.read(id)).status, SecretJob::Status::NotFound);
}

void TestSecretStore::sessionSecretNeverReachesKeychain() {
    SecretStore store;
    const QString demo = QLatin1String(ProfileStore::DemoProfileId);
    const QString perRun = uniqueSecret();
    store.setSessionSecret(demo, perRun);
    QVERIFY(store.hasSessionSecret(demo));
    QCOMPARE(run(store.read(demo)).secret, perRun);
    const QString replaced = uniqueSecret();
    QCOMPARE(run(store.write(demo, replaced)).status, SecretJob::Status::Ok);
    QCOMPARE(run(store.read(demo)).secret, replaced);
    QCOMPARE(run(m_store.read(demo)).status, SecretJob::Status::NotFound);
}

void TestSecretStore::destroyingStoreDropsPendingJobs() {
    auto *store = new SecretStore;
    QPointer<SecretJob> job = store->read(uniqueProfileId());
    QSignalSpy finished(job.data(), &SecretJob::finished);
    delete store; // before the job ran: dropped silently, as documented
    QVERIFY(job.isNull());
    QCOMPARE(finished.count(), 0);
}

// Runs last: writes a secret through the keychain and a profile through QSettings, then reads
// every file under the throw-away HOME. The API key is found (the scan works), the secret not.
void TestSecretStore::noSecretInAnyFileUnderHome() {
    ProfileStore profiles; // the application's default QSettings, under $XDG_CONFIG_HOME
    Profile profile;
    profile.name = QStringLiteral("scan");
    profile.endpoint = QUrl(QStringLiteral("https://peering.example.com"));
    profile.apiKey = QStringLiteral("api-key-") + QUuid::createUuid().toString(QUuid::Id128);
    QVERIFY(!profiles.add(profile));

    const QString secret = uniqueSecret();
    QCOMPARE(run(m_store.write(profile.id, secret)).status, SecretJob::Status::Ok);
    QCOMPARE(run(m_store.read(profile.id)).secret, secret);

    const QString home = QString::fromLocal8Bit(qgetenv("HOME"));
    const QString settingsFile = QSettings().fileName();
    QVERIFY2(settingsFile.startsWith(home), qPrintable(settingsFile));

    const QList<QByteArray> forms = {
        secret.toUtf8(),
        QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)};
    bool apiKeySeen = false;
    int scanned = 0;
    QDirIterator it(home, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        ++scanned;
        for (const QByteArray &form : forms)
            QVERIFY2(!content.contains(form), qPrintable(file.fileName()));
        apiKeySeen = apiKeySeen || content.contains(profile.apiKey.toUtf8());
    }
    QVERIFY(scanned > 0);
    QVERIFY2(apiKeySeen, "the scan did not see the settings file");
    QCOMPARE(run(m_store.remove(profile.id)).status, SecretJob::Status::Ok);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
