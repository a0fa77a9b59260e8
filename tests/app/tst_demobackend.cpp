// The demo profile's backend as the app uses it: the sandbox starts in its own thread on a
// loopback port, the demo profile gets its endpoint and a per-run secret that works (and is in
// no file), and a peering created in one run is still there, with its timestamps, after a
// restart — so the 10-minute countdown resumes from the server's createdAt.
#include "app/cloud/apiclient.h"
#include "app/demobackend.h"
#include "app/providers/aliyun/client/aliyunclient.h"
#include "app/providers/aliyun/emulator/aliyunemulator.h"
#include "app/providers/huawei/client/huaweiclient.h"
#include "app/providers/huawei/emulator/huaweiemulator.h"
#include "app/secrets/profilestore.h"
#include "app/secrets/provideraccountstore.h"
#include "app/secrets/secretstore.h"
#include "app/session/provideraccounttest.h"
#include "tests/testsupport.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vpw;

namespace {
const QString kDemoId = QString::fromLatin1(secrets::ProfileStore::DemoProfileId);
const QString kDeployment = QStringLiteral("d7f3a1c2"); // the seeded Aliyun deployment
} // namespace

class TestDemoBackend : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;

    // Starts a backend and returns a client connected to the demo profile (nullptr on failure).
    std::unique_ptr<cloud::ApiClient> connectDemo(DemoBackend &backend,
                                                  secrets::ProfileStore &profiles,
                                                  secrets::SecretStore &secretStore) {
        QSignalSpy ready(&backend, &DemoBackend::ready);
        QSignalSpy failed(&backend, &DemoBackend::failed);
        backend.start();
        if (!ready.wait(10000) || !failed.isEmpty())
            return nullptr;
        const auto profile = profiles.current();
        std::unique_ptr<cloud::ApiClient> client;
        auto *job = secretStore.read(kDemoId);
        QSignalSpy done(job, &secrets::SecretJob::finished);
        job->onFinished(this, [&client, profile](const secrets::SecretJob &result) {
            if (result.isOk())
                client = std::make_unique<cloud::ApiClient>(
                    cloud::Endpoint{profile.endpoint, profile.apiKey, result.secret()});
        });
        done.wait(5000);
        return client;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_home.isValid());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("vpw-test"));
        QCoreApplication::setApplicationName(QStringLiteral("demobackend"));
    }

    void startsConnectsAndKeepsStateAcrossRestarts() {
        QSettings settings(m_home.filePath(QStringLiteral("profiles.conf")), QSettings::IniFormat);
        QString createdId;
        QDateTime createdAt;
        QString secret;
        {
            secrets::ProfileStore profiles(&settings);
            secrets::SecretStore secretStore;
            DemoBackend backend(&profiles, &secretStore);
            QVERIFY(profiles.current().demo);
            QVERIFY(profiles.current().endpoint.isEmpty());
            auto client = connectDemo(backend, profiles, secretStore);
            QVERIFY(client);
            const QUrl endpoint = profiles.current().endpoint;
            QCOMPARE(endpoint.host(), QStringLiteral("127.0.0.1"));
            QVERIFY(endpoint.port() > 0);
            secret = client->endpoint().apiSecret;
            QVERIFY(secret.size() >= 32);

            PeeringRequest request;
            request.peeringId = QStringLiteral("cen-1a2b3c4d5e6f7g8h9i");
            request.accountId = QStringLiteral("1688000000000123");
            request.vpcId = QStringLiteral("vpc-bp1a2b3c4d5e6f7g8h9i0jk");
            request.cidr = *Cidr::fromString(QStringLiteral("192.168.200.0/24"));
            auto *create = client->createPeering(kDeployment, request);
            QSignalSpy created(create, &cloud::ApiJob::finished);
            create->onFinished(this, [&](const cloud::PeeringJob &job) {
                if (job.isOk()) {
                    createdId = job.value().id;
                    createdAt = job.value().createdAt;
                }
            });
            QVERIFY(created.wait(5000));
            QVERIFY(!createdId.isEmpty());
        } // the app quits: backend, server thread and stores go away

        secrets::ProfileStore profiles(&settings);
        secrets::SecretStore secretStore;
        DemoBackend backend(&profiles, &secretStore);
        auto client = connectDemo(backend, profiles, secretStore);
        QVERIFY(client);
        QVERIFY2(client->endpoint().apiSecret != secret, "a fresh secret each run");
        auto *fetch = client->getPeering(kDeployment, createdId);
        QSignalSpy fetched(fetch, &cloud::ApiJob::finished);
        std::optional<Peering> peering;
        fetch->onFinished(this, [&peering](const cloud::PeeringFetchJob &job) {
            if (job.isOk())
                peering = job.value().peering;
        });
        QVERIFY(fetched.wait(5000));
        QVERIFY(peering);
        QCOMPARE(peering->createdAt, createdAt);
        QVERIFY(peering->expiresAt);
        QCOMPARE(peering->createdAt.secsTo(*peering->expiresAt), 600);
    }

    // The in-process demo serves the providers' emulators too; the provider clients, with the
    // documented demo keys, read the seeded accounts from them.
    void servesTheProviderEmulators() {
        QSettings settings(m_home.filePath(QStringLiteral("emulators.conf")), QSettings::IniFormat);
        secrets::ProfileStore profiles(&settings);
        secrets::SecretStore secretStore;
        DemoBackend backend(&profiles, &secretStore);
        QVERIFY(connectDemo(backend, profiles, secretStore));
        const QStringList lines = backend.providerEmulators();
        QCOMPARE(lines.size(), 2);
        static const QRegularExpression pattern(
            QStringLiteral("^(aliyun|huawei) emulator: (http://127\\.0\\.0\\.1:[0-9]+)$"));
        QUrl urls[2];
        for (int i = 0; i < 2; ++i) {
            const QRegularExpressionMatch match = pattern.match(lines.at(i));
            QVERIFY2(match.hasMatch(), qPrintable(lines.at(i)));
            QCOMPARE(match.captured(1),
                     i == 0 ? QStringLiteral("aliyun") : QStringLiteral("huawei"));
            urls[i] = QUrl(match.captured(2));
        }
        aliyun::Account aliyunAccount;
        aliyunAccount.accessKeyId = QLatin1String(aliyun::kDemoAccessKeyId);
        aliyunAccount.accessKeySecret = QLatin1String(aliyun::kDemoAccessKeySecret);
        aliyunAccount.endpointOverride = urls[0];
        aliyun::Client aliyunClient(aliyunAccount);
        auto *cens = aliyunClient.describeCens();
        QSignalSpy censDone(cens, &QObject::destroyed);
        qsizetype cenCount = -1;
        cens->onFinished(this, [&cenCount](const aliyun::CenListJob &job) {
            if (job.isOk())
                cenCount = job.value().size();
        });
        QVERIFY(censDone.wait(10000));
        QVERIFY(cenCount >= 3); // the seeded CENs (the state file may hold more)
        huawei::Account huaweiAccount;
        huaweiAccount.accessKey = QLatin1String(huawei::kDemoAccessKey);
        huaweiAccount.secretKey = QLatin1String(huawei::kDemoSecretKey);
        huaweiAccount.projectId = QLatin1String(huawei::kOperatorProject);
        huaweiAccount.endpointOverride = urls[1];
        huawei::Client huaweiClient(huaweiAccount);
        auto *vpcs = huaweiClient.listVpcs();
        QSignalSpy vpcsDone(vpcs, &QObject::destroyed);
        qsizetype vpcCount = -1;
        vpcs->onFinished(this, [&vpcCount](const huawei::VpcListJob &job) {
            if (job.isOk())
                vpcCount = job.value().size();
        });
        QVERIFY(vpcsDone.wait(10000));
        QCOMPARE(vpcCount, 2);
    }

    void secretIsInNoFile() {
        // The per-run secrets of the runs above live in memory only: not in the profile
        // settings, not in the sandbox state file.
        QSettings settings(m_home.filePath(QStringLiteral("profiles.conf")), QSettings::IniFormat);
        secrets::ProfileStore profiles(&settings);
        secrets::SecretStore secretStore;
        DemoBackend backend(&profiles, &secretStore);
        auto client = connectDemo(backend, profiles, secretStore);
        QVERIFY(client);
        const QByteArray secret = client->endpoint().apiSecret.toUtf8();
        settings.sync();
        const QStringList leaks = test::filesContaining(m_home.path(), secret);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u' ')));
        // The scan did see the files written: the sandbox state file holds the seeded deployment.
        QVERIFY(!test::filesContaining(m_home.path(), QByteArrayLiteral("d7f3a1c2")).isEmpty());
    }

    // At full debug logging (as QT_LOGGING_RULES="*.debug=true" would set it), no message of
    // any category carries the demo secret or its Basic encoding: Qt's qt.httpserver would
    // print the Authorization header of every request.
    void debugLoggingShowsNoSecret() {
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        g_previousHandler = qInstallMessageHandler(captureMessage);
        QSettings settings(m_home.filePath(QStringLiteral("profiles.conf")), QSettings::IniFormat);
        QString secret;
        QStringList providerSecrets;
        {
            secrets::ProfileStore profiles(&settings);
            secrets::SecretStore secretStore;
            DemoBackend backend(&profiles, &secretStore);
            auto client = connectDemo(backend, profiles, secretStore);
            QVERIFY(client);
            secret = client->endpoint().apiSecret;
            auto *fetch = client->getPeering(kDeployment, QStringLiteral("peer-demo0running"));
            QSignalSpy fetched(fetch, &cloud::ApiJob::finished);
            QVERIFY(fetched.wait(5000));
            // "Test key" of both demo provider accounts against the in-process emulators, with
            // the right and with a wrong secret: the provider calls are logged at debug level too.
            for (const char *provider : {"aliyun", "huawei"}) {
                const auto demo = profiles.providerAccounts()->demoAccount(QLatin1String(provider));
                QVERIFY2(demo, provider);
                providerSecrets << demo->accessKeySecret;
                const QString wrong = QString(demo->accessKeySecret).replace(u'0', u'X');
                providerSecrets << wrong;
                for (const QString &tried : {demo->accessKeySecret, wrong}) {
                    session::ProviderAccountTest test(&secretStore);
                    QSignalSpy tested(&test, &session::ProviderAccountTest::finished);
                    test.start(demo->account, tried);
                    QVERIFY(tested.wait(20000));
                    const auto outcome =
                        tested.first().first().value<session::AccountTestOutcome>();
                    QCOMPARE(outcome.kind, tried == wrong ? session::AccountTestOutcome::WrongSecret
                                                          : session::AccountTestOutcome::Ok);
                }
            }
        } // the server thread has stopped: no message is logged after this
        qInstallMessageHandler(g_previousHandler);
        QLoggingCategory::setFilterRules(QString());

        const QString log = capturedLog();
        // The capture works: the sandbox's own debug line for the request is there.
        QVERIFY2(log.contains(QStringLiteral("GET /api/v1/deployments/d7f3a1c2/peerings/")),
                 qPrintable(log.left(2000)));
        QVERIFY(!log.contains(secret));
        QVERIFY(!log.contains(
            QString::fromLatin1((QStringLiteral("demo:") + secret).toUtf8().toBase64())));
        // The provider calls: answered by the emulators, and neither their secrets nor their
        // Authorization headers (ACS3-HMAC-SHA256 / SDK-HMAC-SHA256 signatures) are logged.
        QVERIFY2(log.contains(QStringLiteral("testing provider account")),
                 qPrintable(log.left(2000)));
        QCOMPARE(providerSecrets.size(), 4);
        for (const QString &providerSecret : std::as_const(providerSecrets))
            QVERIFY(!log.contains(providerSecret));
        QVERIFY(!log.contains(QStringLiteral("Authorization"), Qt::CaseInsensitive));
        QVERIFY(!log.contains(QStringLiteral("HMAC-SHA256")));
        QVERIFY(!log.contains(QStringLiteral("Signature=")));
    }

private:
    static inline QtMessageHandler g_previousHandler = nullptr;
    static inline QMutex g_logMutex;
    static inline QStringList g_log;

    // Called from any thread (the sandbox runs in its own).
    static void captureMessage(QtMsgType, const QMessageLogContext &context,
                               const QString &message) {
        const QMutexLocker lock(&g_logMutex);
        g_log.append(QString::fromLatin1(context.category ? context.category : "") + u": " +
                     message);
    }
    static QString capturedLog() {
        const QMutexLocker lock(&g_logMutex);
        return g_log.join(u'\n');
    }
};

QTEST_GUILESS_MAIN(TestDemoBackend)
#include "tst_demobackend.moc"
