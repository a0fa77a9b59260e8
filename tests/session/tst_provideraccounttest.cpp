// "Test key" (session::ProviderAccountTest) against the real emulators of Alibaba Cloud and
// Huawei Cloud on 127.0.0.1: success, and each rejection naming key, secret or clock; the stored
// secret; nothing sent to a plain-http remote endpoint; and at debug level no secret and no
// Authorization header in any message.
#include "app/core/clock.h"
#include "app/providers/aliyun/emulator/aliyunemulator.h"
#include "app/providers/huawei/emulator/huaweiemulator.h"
#include "app/secrets/secretstore.h"
#include "app/session/provideraccounttest.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>

using namespace vpw;
using session::AccountTestOutcome;

Q_DECLARE_METATYPE(vpw::session::AccountTestOutcome::Kind)

namespace {

const QString kAliyunSecret = QLatin1String(aliyun::kDemoAccessKeySecret);
const QString kHuaweiSecret = QLatin1String(huawei::kDemoSecretKey);

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message) {
    const QMutexLocker lock(&g_logMutex);
    g_log << QString::fromLatin1(context.category ? context.category : "") + u": " + message;
}

} // namespace

class TestProviderAccountTest : public QObject {
    Q_OBJECT

private:
    ManualClock m_skewedClock{0};
    std::unique_ptr<aliyun::Emulator> m_aliyun;
    std::unique_ptr<huawei::Emulator> m_huawei;
    secrets::SecretStore m_secrets;

    secrets::ProviderAccount account(const QString &provider) const {
        secrets::ProviderAccount account;
        account.provider = provider;
        account.name = QStringLiteral("test");
        if (provider == QLatin1String("aliyun")) {
            account.accessKeyId = QLatin1String(aliyun::kDemoAccessKeyId);
            account.regions = {QStringLiteral("cn-hangzhou")};
            account.endpointOverride = m_aliyun->baseUrl();
        } else {
            account.accessKeyId = QLatin1String(huawei::kDemoAccessKey);
            account.regions = {QStringLiteral("cn-north-4")};
            account.endpointOverride = m_huawei->baseUrl();
        }
        return account;
    }

    AccountTestOutcome runTest(const secrets::ProviderAccount &account, const QString &secret) {
        session::ProviderAccountTest test(&m_secrets);
        QSignalSpy finished(&test, &session::ProviderAccountTest::finished);
        test.start(account, secret);
        if (!finished.isEmpty())
            qWarning("finished() from inside start()");
        if (!finished.wait(20000))
            return {};
        QTest::qWait(50); // a second finished() would come now
        if (finished.size() != 1)
            qWarning("finished() %d times", int(finished.size()));
        return finished.first().first().value<AccountTestOutcome>();
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        aliyun::EmulatorOptions aliyunOptions;
        aliyunOptions.accessKeyId = QLatin1String(aliyun::kDemoAccessKeyId);
        aliyunOptions.accessKeySecret = kAliyunSecret;
        m_aliyun = std::make_unique<aliyun::Emulator>(aliyunOptions);
        QVERIFY2(m_aliyun->start(&error), qPrintable(error));
        huawei::EmulatorOptions huaweiOptions;
        huaweiOptions.accessKey = QLatin1String(huawei::kDemoAccessKey);
        huaweiOptions.secretKey = kHuaweiSecret;
        m_huawei = std::make_unique<huawei::Emulator>(huaweiOptions);
        QVERIFY2(m_huawei->start(&error), qPrintable(error));
    }

    void outcomes_data() {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("keyId");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<AccountTestOutcome::Kind>("kind");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("aliyun ok")
            << "aliyun" << QString() << kAliyunSecret << AccountTestOutcome::Ok << "The key works";
        QTest::newRow("aliyun wrong secret")
            << "aliyun" << QString() << QString(kAliyunSecret).replace(u'9', u'8')
            << AccountTestOutcome::WrongSecret << "AccessKey secret is wrong";
        QTest::newRow("aliyun unknown key")
            << "aliyun"
            << "LTAI5tSomebodyElse00001" << kAliyunSecret << AccountTestOutcome::WrongKeyId
            << "AccessKey ID is wrong";
        QTest::newRow("huawei ok")
            << "huawei" << QString() << kHuaweiSecret << AccountTestOutcome::Ok << "The key works";
        QTest::newRow("huawei wrong secret")
            << "huawei" << QString() << QString(kHuaweiSecret).replace(u'g', u'h')
            << AccountTestOutcome::WrongSecret << "secret key (SK) is wrong";
        QTest::newRow("huawei unknown key")
            << "huawei"
            << "HWSOMEBODYELSE000001" << kHuaweiSecret << AccountTestOutcome::WrongKeyId
            << "access key (AK) is wrong";
    }

    void outcomes() {
        QFETCH(QString, provider);
        QFETCH(QString, keyId);
        QFETCH(QString, secret);
        QFETCH(AccountTestOutcome::Kind, kind);
        QFETCH(QString, messagePart);
        secrets::ProviderAccount a = account(provider);
        if (!keyId.isEmpty())
            a.accessKeyId = keyId;
        const AccountTestOutcome outcome = runTest(a, secret);
        QVERIFY2(outcome.kind == kind, qPrintable(outcome.message + u'\n' + outcome.detail));
        QVERIFY2(outcome.message.contains(messagePart), qPrintable(outcome.message));
        QVERIFY(!outcome.message.contains(secret));
        QVERIFY(!outcome.detail.contains(secret));
        if (kind != AccountTestOutcome::Ok)
            QVERIFY2(!outcome.detail.isEmpty(), "the provider's code and explanation");
    }

    void clockSkewIsNamed_data() {
        QTest::addColumn<QString>("provider");
        QTest::newRow("aliyun") << "aliyun";
        QTest::newRow("huawei") << "huawei";
    }

    // The emulators' clock 20 minutes ahead of this computer's.
    void clockSkewIsNamed() {
        QFETCH(QString, provider);
        m_skewedClock.setMs(QDateTime::currentMSecsSinceEpoch() + 20 * 60 * 1000);
        QString error;
        AccountTestOutcome outcome;
        secrets::ProviderAccount a = account(provider);
        if (provider == QLatin1String("aliyun")) {
            aliyun::EmulatorOptions options;
            options.accessKeyId = a.accessKeyId;
            options.accessKeySecret = kAliyunSecret;
            options.clock = &m_skewedClock;
            aliyun::Emulator skewed(options);
            QVERIFY2(skewed.start(&error), qPrintable(error));
            a.endpointOverride = skewed.baseUrl();
            outcome = runTest(a, kAliyunSecret);
        } else {
            huawei::EmulatorOptions options;
            options.accessKey = a.accessKeyId;
            options.secretKey = kHuaweiSecret;
            options.clock = &m_skewedClock;
            huawei::Emulator skewed(options);
            QVERIFY2(skewed.start(&error), qPrintable(error));
            a.endpointOverride = skewed.baseUrl();
            outcome = runTest(a, kHuaweiSecret);
        }
        QVERIFY2(outcome.kind == AccountTestOutcome::ClockSkew, qPrintable(outcome.message));
        QVERIFY(outcome.message.contains(QStringLiteral("clock")));
    }

    void storedSecretIsRead() {
        secrets::SecretStore memoryOnly;
        memoryOnly.setSessionOnly(true); // no keychain needed for this one
        secrets::ProviderAccount a = account(QStringLiteral("aliyun"));
        a.id = QStringLiteral("stored-account");
        session::ProviderAccountTest test(&memoryOnly);
        QSignalSpy finished(&test, &session::ProviderAccountTest::finished);
        test.start(a); // nothing stored yet
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.takeFirst().first().value<AccountTestOutcome>().kind,
                 AccountTestOutcome::NoSecret);
        auto *write = memoryOnly.writeAccountSecret(a.id, kAliyunSecret);
        QSignalSpy written(write, &QObject::destroyed);
        QVERIFY(written.wait(5000));
        test.start(a);
        QVERIFY(finished.wait(20000));
        const auto outcome = finished.takeFirst().first().value<AccountTestOutcome>();
        QVERIFY2(outcome.kind == AccountTestOutcome::Ok, qPrintable(outcome.message));
    }

    void plainHttpRemoteEndpointSendsNothing() {
        secrets::ProviderAccount a = account(QStringLiteral("huawei"));
        a.endpointOverride = QUrl(QStringLiteral("http://iam.example.com"));
        const AccountTestOutcome outcome = runTest(a, kHuaweiSecret);
        QCOMPARE(outcome.kind, AccountTestOutcome::NotSent);
        QVERIFY2(outcome.message.contains(QStringLiteral("https://")), qPrintable(outcome.message));
    }

    void requiredPoliciesShip() {
        for (const char *provider : {"aliyun", "huawei"}) {
            const QString text =
                session::ProviderAccountTest::requiredPolicy(QLatin1String(provider));
            QJsonParseError error;
            const QJsonDocument policy = QJsonDocument::fromJson(text.toUtf8(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError, provider);
            QVERIFY(policy.object().contains(QStringLiteral("Statement")));
            QVERIFY(!session::ProviderAccountTest::requiredPolicyHint(QLatin1String(provider))
                         .isEmpty());
        }
        QVERIFY(session::ProviderAccountTest::requiredPolicy(QStringLiteral("aliyun"))
                    .contains(QStringLiteral("cen:AttachCenChildInstance")));
        QVERIFY(session::ProviderAccountTest::requiredPolicy(QStringLiteral("huawei"))
                    .contains(QStringLiteral("vpc:routeTables:update")));
        QVERIFY(session::ProviderAccountTest::requiredPolicy(QStringLiteral("aws")).isEmpty());
    }

    // Every category at debug level while both providers are called, with the right and with a
    // wrong secret: no message holds a secret, an Authorization header or a signature.
    void debugLoggingShowsNoSecret() {
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        g_previous = qInstallMessageHandler(capture);
        const QString wrongAliyun = QString(kAliyunSecret).replace(u'9', u'7');
        const QString wrongHuawei = QString(kHuaweiSecret).replace(u'g', u'f');
        const auto okAliyun = runTest(account(QStringLiteral("aliyun")), kAliyunSecret);
        const auto badAliyun = runTest(account(QStringLiteral("aliyun")), wrongAliyun);
        const auto okHuawei = runTest(account(QStringLiteral("huawei")), kHuaweiSecret);
        const auto badHuawei = runTest(account(QStringLiteral("huawei")), wrongHuawei);
        qInstallMessageHandler(g_previous);
        QLoggingCategory::setFilterRules(QString());
        QCOMPARE(okAliyun.kind, AccountTestOutcome::Ok);
        QCOMPARE(badAliyun.kind, AccountTestOutcome::WrongSecret);
        QCOMPARE(okHuawei.kind, AccountTestOutcome::Ok);
        QCOMPARE(badHuawei.kind, AccountTestOutcome::WrongSecret);

        const QMutexLocker lock(&g_logMutex);
        const QString log = g_log.join(u'\n');
        // The capture works: the session and the provider clients spoke at debug level.
        QVERIFY2(log.contains(QStringLiteral("testing provider account")), qPrintable(log));
        QVERIFY2(log.size() > 500, qPrintable(log));
        for (const QString &secret : {kAliyunSecret, kHuaweiSecret, wrongAliyun, wrongHuawei})
            QVERIFY2(!log.contains(secret), qPrintable(log));
        QVERIFY2(!log.contains(QStringLiteral("Authorization"), Qt::CaseInsensitive),
                 qPrintable(log));
        QVERIFY2(!log.contains(QStringLiteral("HMAC-SHA256")), qPrintable(log));
        QVERIFY2(!log.contains(QStringLiteral("Signature=")), qPrintable(log));
    }
};

QTEST_GUILESS_MAIN(TestProviderAccountTest)
#include "tst_provideraccounttest.moc"
