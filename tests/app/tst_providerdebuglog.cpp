// A real provider call made by the real vpc-peering-wizard executable at debug level, against
// the emulators of a real vpc-peering-sandbox: `--test-provider-account` (the profiles dialog's
// "Test key") of a stored provider account, its secret in the (private) keyring. Nothing the
// two processes print or write — the application's log file included — holds the AccessKey
// secret, an Authorization header or a signature. Runs under tests/keyring-launcher.sh.
#include "app/secrets/profilestore.h"
#include "app/secrets/provideraccountstore.h"
#include "app/secrets/secretjob.h"
#include "app/secrets/secretstore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace vpw;

namespace {

// The emulators' operator secrets: canaries searched for in every output.
const QString kAliyunSecret = QStringLiteral("leakCanaryAliyun9d2e7b13c4f0a8");
const QString kHuaweiSecret = QStringLiteral("leakCanaryHuawei9d2e7b13c4f0a8c6e5d4abcdefgh");
const QString kWrongSecret = QStringLiteral("leakCanaryWrong9d2e7b13c4f0a8c6e5d4abcdefghij");

QByteArray readFile(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The application's log file (--log-file): <AppDataLocation>/logs/vpc-peering-wizard.log.
QString logFile() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/logs/vpc-peering-wizard.log");
}

} // namespace

class TestProviderDebugLog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void providerCallLeaksNoSecret_data();
    void providerCallLeaksNoSecret();
    void unknownAccountIsAUsageError();

private:
    // Stores an account of `provider` at `endpoint` with `secret` in the keyring.
    bool storeAccount(const QString &provider, const QString &name, const QUrl &endpoint,
                      const QString &secret);
    QProcess m_sandbox;
    QUrl m_aliyun;
    QUrl m_huawei;
};

void TestProviderDebugLog::initTestCase() {
    // The application's settings and data folders (the keyring launcher's throw-away HOME).
    QCoreApplication::setOrganizationName(QStringLiteral("vpc-peering-wizard"));
    QCoreApplication::setApplicationName(QStringLiteral("vpc-peering-wizard"));
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VPW_SANDBOX_ALIYUN_ACCESS_KEY_SECRET"), kAliyunSecret);
    env.insert(QStringLiteral("VPW_SANDBOX_HUAWEI_SECRET_KEY"), kHuaweiSecret);
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("vpw.*.debug=true"));
    m_sandbox.setProcessEnvironment(env);
    m_sandbox.start(QStringLiteral(VPW_SANDBOX_EXE),
                    {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--api-key"),
                     QStringLiteral("k"), QStringLiteral("--api-secret"), QStringLiteral("s")});
    QVERIFY(m_sandbox.waitForStarted());
    static const QRegularExpression line(
        QStringLiteral("^(aliyun|huawei) emulator: (http://127\\.0\\.0\\.1:[0-9]+)$"));
    while (m_aliyun.isEmpty() || m_huawei.isEmpty()) {
        if (!m_sandbox.canReadLine())
            QVERIFY(m_sandbox.waitForReadyRead(20000));
        while (m_sandbox.canReadLine()) {
            const auto match = line.match(QString::fromUtf8(m_sandbox.readLine()).trimmed());
            if (match.hasMatch())
                (match.captured(1) == QLatin1String("aliyun") ? m_aliyun : m_huawei) =
                    QUrl(match.captured(2));
        }
    }
}

void TestProviderDebugLog::cleanupTestCase() {
    m_sandbox.terminate();
    m_sandbox.waitForFinished(10000);
}

bool TestProviderDebugLog::storeAccount(const QString &provider, const QString &name,
                                        const QUrl &endpoint, const QString &secret) {
    secrets::ProfileStore profiles;
    secrets::ProviderAccount account;
    account.provider = provider;
    account.name = name;
    account.accessKeyId = provider == QLatin1String("aliyun")
                              ? QStringLiteral("LTAI5tSandboxDemoKey0001")
                              : QStringLiteral("HWSANDBOXDEMOAK00001");
    account.regions = {provider == QLatin1String("aliyun") ? QStringLiteral("cn-hangzhou")
                                                           : QStringLiteral("cn-north-4")};
    account.endpointOverride = endpoint;
    if (const auto error = profiles.providerAccounts()->add(account)) {
        qWarning().noquote() << error->message;
        return false;
    }
    secrets::SecretStore store;
    secrets::SecretJob *job = store.writeAccountSecret(account.id, secret);
    bool ok = false;
    job->onFinished(this, [&ok](const secrets::SecretJob &j) { ok = j.isOk(); });
    QSignalSpy done(job, &secrets::SecretJob::finished);
    return done.wait(20000) && ok;
}

void TestProviderDebugLog::providerCallLeaksNoSecret_data() {
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("works");
    QTest::newRow("Alibaba Cloud") << QStringLiteral("aliyun") << QStringLiteral("DescribeVpcs")
                                   << QStringLiteral("The key works: Alibaba Cloud answered");
    QTest::newRow("Huawei Cloud") << QStringLiteral("huawei")
                                  << QStringLiteral("GET /v3.0/OS-CREDENTIAL/credentials/")
                                  << QStringLiteral("The key works: Huawei Cloud knows it");
}

void TestProviderDebugLog::providerCallLeaksNoSecret() {
    QFETCH(QString, provider);
    QFETCH(QString, operation);
    QFETCH(QString, works);
    const bool aliyun = provider == QLatin1String("aliyun");
    const QUrl endpoint = aliyun ? m_aliyun : m_huawei;
    const QString good = QStringLiteral("Leak canary %1").arg(provider);
    const QString wrong = QStringLiteral("Wrong secret %1").arg(provider);
    QVERIFY(storeAccount(provider, good, endpoint, aliyun ? kAliyunSecret : kHuaweiSecret));
    QVERIFY(storeAccount(provider, wrong, endpoint, kWrongSecret));
    QFile::remove(logFile());

    QList<std::pair<QString, QByteArray>> outputs;
    for (const QString &name : {good, wrong}) {
        QProcess app;
        auto env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(VPW_WIZARD_EXE),
                  {QStringLiteral("--lang=en"), QStringLiteral("--log-level"),
                   QStringLiteral("debug"), QStringLiteral("--log-file"),
                   QStringLiteral("--test-provider-account"), name});
        QVERIFY(app.waitForFinished(30000));
        const QByteArray out = app.readAllStandardOutput();
        const QByteArray err = app.readAllStandardError();
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        if (name == good) {
            QVERIFY2(app.exitCode() == 0, QByteArray(out + err).constData());
            QVERIFY2(out.contains(works.toUtf8()), out.constData());
        } else { // the provider's refusal, explained: the secret is at fault
            QVERIFY2(app.exitCode() == 1, QByteArray(out + err).constData());
            QVERIFY2(out.contains("secret"), out.constData());
        }
        outputs.append({name + QStringLiteral(" stdout"), out});
        outputs.append({name + QStringLiteral(" stderr"), err});
    }
    const QByteArray log = readFile(logFile());
    // The outputs searched are the debug ones: the call was logged, attempt by attempt.
    QVERIFY2(log.contains(QByteArray(" debug vpw.cloud: " + operation.toUtf8())), log.constData());
    QVERIFY2(log.contains("attempt 1"), log.constData());
    outputs.append({QStringLiteral("log file"), log});
    outputs.append({QStringLiteral("sandbox output"),
                    m_sandbox.readAllStandardOutput() + m_sandbox.readAllStandardError()});
    for (const auto &[what, bytes] : std::as_const(outputs)) {
        const QString text = QString::fromUtf8(bytes);
        for (const QString &secret : {kAliyunSecret, kHuaweiSecret, kWrongSecret})
            QVERIFY2(!text.contains(secret), qPrintable(what));
        for (const char *header :
             {"Authorization", "ACS3-HMAC-SHA256", "SDK-HMAC-SHA256", "Signature="})
            QVERIFY2(!text.contains(QLatin1String(header), Qt::CaseInsensitive),
                     qPrintable(what + u' ' + QLatin1String(header) + u'\n' + text));
    }
}

void TestProviderDebugLog::unknownAccountIsAUsageError() {
    QProcess app;
    app.start(QStringLiteral(VPW_WIZARD_EXE),
              {QStringLiteral("--lang=en"), QStringLiteral("--test-provider-account"),
               QStringLiteral("Nobody")});
    QVERIFY(app.waitForFinished(30000));
    QCOMPARE(app.exitCode(), 2);
    const QByteArray err = app.readAllStandardError();
    QVERIFY2(err.contains("no provider account is named \"Nobody\""), err.constData());
}

QTEST_GUILESS_MAIN(TestProviderDebugLog)
#include "tst_providerdebuglog.moc"
