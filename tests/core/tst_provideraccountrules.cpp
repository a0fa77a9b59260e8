// The field rules of a provider account (app/core/provideraccountrules.h): every refusal, every
// warning, and the shapes that pass, for both providers.
#include "app/core/provideraccountrules.h"
#include "app/providers/registry.h"

#include <QTest>

using namespace vpw;

Q_DECLARE_METATYPE(vpw::AccountFieldCheck::Level)

namespace {
const QString kAliyun = QStringLiteral("aliyun");
const QString kHuawei = QStringLiteral("huawei");
} // namespace

class TestProviderAccountRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void accessKeyId_data() {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("id");
        QTest::addColumn<AccountFieldCheck::Level>("level");
        QTest::addColumn<QString>("messagePart");
        const auto ok = AccountFieldCheck::Ok;
        const auto warn = AccountFieldCheck::Warning;
        const auto refuse = AccountFieldCheck::Refused;
        // Refusals.
        QTest::newRow("aliyun empty") << kAliyun << QString() << refuse << "Enter the AccessKey ID";
        QTest::newRow("huawei empty") << kHuawei << QString() << refuse << "access key (AK)";
        QTest::newRow("pasted label")
            << kAliyun << "AccessKeyId:LTAI5tSandboxDemoKey0001" << refuse << "position 12";
        QTest::newRow("inner space")
            << kAliyun << "LTAI5tSandbox DemoKey0001" << refuse << "a space";
        QTest::newRow("line break")
            << kHuawei << "HWSANDBOXDEMO\nAK00001" << refuse << "line break";
        QTest::newRow("quote") << kAliyun << "\"LTAI5tSandboxDemoKey0001\"" << refuse
                               << "position 1";
        QTest::newRow("comma breaks the header")
            << kHuawei << "HWSANDBOXDEMOAK0000," << refuse << "position 20";
        QTest::newRow("control character")
            << kAliyun << QStringLiteral("LTAI5t\u200bKey0001") << refuse << "invisible";
        QTest::newRow("non-ASCII letter")
            << kAliyun << QStringLiteral("LTAI5tÄKey00010000") << refuse << "position 7";
        QTest::newRow("too long") << kAliyun << QString(QStringLiteral("LTAI") + QString(130, u'a'))
                                  << refuse << "too long";
        QTest::newRow("unknown provider") << "aws"
                                          << "AKIAIOSFODNN7EXAMPLE" << refuse << "provider";
        // Warnings: observed shapes only.
        QTest::newRow("aliyun no LTAI (the secret?)")
            << kAliyun << "SandboxDemoSecretAliyun0123" << warn << "LTAI";
        QTest::newRow("aliyun short") << kAliyun << "LTAI5tShort" << warn << "16 to 30";
        QTest::newRow("aliyun long")
            << kAliyun << QString(QStringLiteral("LTAI") + QString(27, u'a')) << warn << "31";
        QTest::newRow("huawei 19") << kHuawei << "HWSANDBOXDEMOAK0001" << warn << "19";
        QTest::newRow("huawei lower case")
            << kHuawei << "hwsandboxdemoak00001" << warn << "lower case";
        // Accepted.
        QTest::newRow("aliyun demo") << kAliyun << "LTAI5tSandboxDemoKey0001" << ok << "";
        QTest::newRow("aliyun 16")
            << kAliyun << QString(QStringLiteral("LTAI") + QString(12, u'x')) << ok << "";
        QTest::newRow("aliyun 30")
            << kAliyun << QString(QStringLiteral("LTAI") + QString(26, u'x')) << ok << "";
        QTest::newRow("huawei demo") << kHuawei << "HWSANDBOXDEMOAK00001" << ok << "";
    }

    void accessKeyId() {
        QFETCH(QString, provider);
        QFETCH(QString, id);
        QFETCH(AccountFieldCheck::Level, level);
        QFETCH(QString, messagePart);
        const AccountFieldCheck check =
            ProviderAccountRules::checkAccessKeyId(findProvider(provider), id);
        QCOMPARE(check.level, level);
        QCOMPARE(check.message.isEmpty(), level == AccountFieldCheck::Ok);
        QVERIFY2(check.message.contains(messagePart), qPrintable(check.message));
    }

    void accessKeySecret_data() {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("id");
        QTest::addColumn<AccountFieldCheck::Level>("level");
        QTest::addColumn<QString>("messagePart");
        const auto ok = AccountFieldCheck::Ok;
        const auto warn = AccountFieldCheck::Warning;
        const auto refuse = AccountFieldCheck::Refused;
        const QString aliyun30(30, u'a');
        const QString huawei40(40, u'B');
        QTest::newRow("aliyun empty")
            << kAliyun << QString() << QString() << refuse << "AccessKey secret";
        QTest::newRow("huawei empty")
            << kHuawei << QString() << QString() << refuse << "secret key (SK)";
        QTest::newRow("trailing newline") << kAliyun << QString(aliyun30 + QLatin1Char('\n'))
                                          << QString() << refuse << "line break";
        QTest::newRow("slash") << kHuawei << QString(QString(39, u'a') + QLatin1Char('/'))
                               << QString() << refuse << "position 40";
        QTest::newRow("too long") << kHuawei << QString(129, u'a') << QString() << refuse << "129";
        QTest::newRow("same as the ID") << kAliyun << "LTAI5tSandboxDemoKey0001"
                                        << "LTAI5tSandboxDemoKey0001" << refuse << "same";
        QTest::newRow("unknown provider") << "gcp" << aliyun30 << QString() << refuse << "provider";
        QTest::newRow("aliyun 33 (the emulator's demo)")
            << kAliyun << "SandboxDemoSecretAliyun0123456789" << QString() << warn << "33";
        QTest::newRow("huawei 32") << kHuawei << QString(32, u'a') << QString() << warn << "32";
        QTest::newRow("aliyun 30") << kAliyun << aliyun30 << "LTAI5tSandboxDemoKey0001" << ok << "";
        QTest::newRow("huawei 40") << kHuawei << huawei40 << "HWSANDBOXDEMOAK00001" << ok << "";
    }

    void accessKeySecret() {
        QFETCH(QString, provider);
        QFETCH(QString, secret);
        QFETCH(QString, id);
        QFETCH(AccountFieldCheck::Level, level);
        QFETCH(QString, messagePart);
        const AccountFieldCheck check =
            ProviderAccountRules::checkAccessKeySecret(findProvider(provider), secret, id);
        QCOMPARE(check.level, level);
        QVERIFY2(check.message.contains(messagePart), qPrintable(check.message));
        // A refusal never repeats the secret it refused.
        if (secret.size() > 8)
            QVERIFY(!check.message.contains(secret));
    }

    void regions_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("parsed");
        QTest::addColumn<bool>("refused");
        QTest::newRow("empty") << QString() << QStringList() << true;
        QTest::newRow("only separators") << " , ;" << QStringList() << true;
        QTest::newRow("one") << "cn-hangzhou" << QStringList{QStringLiteral("cn-hangzhou")}
                             << false;
        QTest::newRow("two, duplicates dropped")
            << "cn-hangzhou, cn-shanghai cn-hangzhou"
            << QStringList{QStringLiteral("cn-hangzhou"), QStringLiteral("cn-shanghai")} << false;
        QTest::newRow("huawei") << "cn-north-4" << QStringList{QStringLiteral("cn-north-4")}
                                << false;
        QTest::newRow("upper case")
            << "CN-HANGZHOU" << QStringList{QStringLiteral("CN-HANGZHOU")} << true;
        QTest::newRow("no dash") << "hangzhou" << QStringList{QStringLiteral("hangzhou")} << true;
        QTest::newRow("a URL") << "https://vpc.aliyuncs.com"
                               << QStringList{QStringLiteral("https://vpc.aliyuncs.com")} << true;
    }

    void regions() {
        QFETCH(QString, text);
        QFETCH(QStringList, parsed);
        QFETCH(bool, refused);
        QCOMPARE(ProviderAccountRules::parseRegions(text), parsed);
        const AccountFieldCheck check = ProviderAccountRules::checkRegions(parsed);
        QCOMPARE(check.isRefused(), refused);
        QCOMPARE(check.message.isEmpty(), !refused);
    }

    void endpointOverride_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("refused");
        QTest::newRow("empty: production") << QString() << false;
        QTest::newRow("loopback http") << "http://127.0.0.1:41311" << false;
        QTest::newRow("localhost http") << "http://localhost:8080" << false;
        QTest::newRow("remote https") << "https://vpc.example.com" << false;
        QTest::newRow("remote http") << "http://vpc.example.com" << true;
        QTest::newRow("LAN http") << "http://192.168.1.10:8080" << true;
        QTest::newRow("credentials in URL") << "https://LTAI5t:s3cr3tPw@example.com" << true;
        QTest::newRow("ftp") << "ftp://127.0.0.1" << true;
        QTest::newRow("not a URL") << "127.0.0.1:8080" << true;
    }

    void endpointOverride() {
        QFETCH(QString, url);
        QFETCH(bool, refused);
        const AccountFieldCheck check =
            ProviderAccountRules::checkEndpointOverride(QUrl(url, QUrl::StrictMode));
        QCOMPARE(check.isRefused(), refused);
        QVERIFY(!check.message.contains(QStringLiteral("s3cr3tPw"))); // never repeated
    }

    void name() {
        QVERIFY(ProviderAccountRules::checkName(QStringLiteral("  ")).isRefused());
        QVERIFY(ProviderAccountRules::checkName(QStringLiteral("Production")).isOk());
    }
};

QTEST_GUILESS_MAIN(TestProviderAccountRules)
#include "tst_provideraccountrules.moc"
