// SecretStore with no keychain reachable (no D-Bus session bus): every operation still ends
// with exactly one finished(), as a translated error that offers the session-only mode, and
// nothing is written to disk (QtKeychain's insecure fallback stays off).

#include "app/secrets/secretstore.h"
#include "tests/testsupport.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using vpw::secrets::SecretError;
using vpw::secrets::SecretJob;
using vpw::secrets::SecretStore;

class TestNoKeychain : public QObject {
    Q_OBJECT

public:
    explicit TestNoKeychain(const QString &home)
        : m_home(home) {}

private Q_SLOTS:
    void everyOperationFailsOnceWithActionableError_data();
    void everyOperationFailsOnceWithActionableError();
    void sessionOnlyModeIsTheWayOut();
    void nothingWrittenToDisk();

private:
    SecretJob *start(SecretStore &store, const QString &operation);
    QString m_home;
};

SecretJob *TestNoKeychain::start(SecretStore &store, const QString &operation) {
    const QString id = QStringLiteral("p1");
    if (operation == QLatin1String("read"))
        return store.read(id);
    if (operation == QLatin1String("write"))
        return store.write(id, QStringLiteral("s3cr3t-never-on-disk"));
    return store.remove(id);
}

void TestNoKeychain::everyOperationFailsOnceWithActionableError_data() {
    QTest::addColumn<QString>("operation");
    QTest::newRow("read") << QStringLiteral("read");
    QTest::newRow("write") << QStringLiteral("write");
    QTest::newRow("remove") << QStringLiteral("remove");
}

void TestNoKeychain::everyOperationFailsOnceWithActionableError() {
    QFETCH(QString, operation);
    SecretStore store;
    store.setTimeoutMs(10000);
    SecretJob *job = start(store, operation);
    QSignalSpy finished(job, &SecretJob::finished);
    QSignalSpy destroyed(job, &QObject::destroyed);
    SecretJob::Status status = SecretJob::Status::Pending;
    SecretError error;
    job->onFinished(this, [&](const SecretJob &j) {
        status = j.status();
        error = j.error();
    });
    QVERIFY(destroyed.wait(15000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(status, SecretJob::Status::Failed);
    QVERIFY2(error.offersSessionOnly(), qPrintable(error.detail));
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!error.message.contains(QLatin1String("s3cr3t")));
    QVERIFY(!error.detail.contains(QLatin1String("s3cr3t")));
}

void TestNoKeychain::sessionOnlyModeIsTheWayOut() {
    SecretStore store;
    store.setSessionOnly(true);
    SecretJob *write = start(store, QStringLiteral("write"));
    QSignalSpy written(write, &SecretJob::finished);
    QVERIFY(written.wait(5000));
    SecretJob *read = start(store, QStringLiteral("read"));
    QString secret;
    read->onFinished(this, [&secret](const SecretJob &j) { secret = j.secret(); });
    QSignalSpy readDone(read, &SecretJob::finished);
    QVERIFY(readDone.wait(5000));
    QCOMPARE(secret, QStringLiteral("s3cr3t-never-on-disk"));
}

void TestNoKeychain::nothingWrittenToDisk() {
    QDirIterator it(m_home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1Char(' '))));
}

int main(int argc, char **argv) {
    QTemporaryDir home;
    if (!home.isValid())
        return 2;
    vpw::test::isolateWithoutKeychain(home.path());
    QCoreApplication app(argc, argv);
    TestNoKeychain test(home.path());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_nokeychain.moc"
