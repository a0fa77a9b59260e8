// Every explanation the provider clients give, in the shipped zh_CN catalogue: the codes of
// providers-api.md §2.5 and §3.3 and the generic sentence of each ProviderError kind. A text
// whose tr() context does not match the catalogue's comes out in English and fails here.

#include "app/cloud/providererror.h"
#include "app/providers/aliyun/client/aliyunclient.h"
#include "app/providers/huawei/client/huaweiclient.h"
#include "translations/i18n.h"

#include <QCoreApplication>
#include <QTest>

using namespace vpw;

namespace {

bool hasChinese(const QString &text) {
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

} // namespace

class TestProviderTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QCOMPARE(
            installTranslators(*QCoreApplication::instance(), QLocale(QStringLiteral("zh_CN"))),
            QStringLiteral("zh_CN"));
    }
    void explanations_data();
    void explanations();
};

void TestProviderTranslations::explanations_data() {
    QTest::addColumn<QString>("text");
    const std::pair<const char *, const char *> aliyun[] = {
        {"SignatureDoesNotMatch", ""},
        {"InvalidAccessKeyId.NotFound", ""},
        {"InvalidAccessKeyId.Inactive", ""},
        {"InvalidTimeStamp.Expired", ""},
        {"SignatureNonceUsed", ""},
        {"Throttling.User", ""},
        {"Forbidden.RAM", "AuthAction: cen:AttachCenChildInstance"},
        {"Forbidden.RAM", "User not authorized"},
        {"ParameterCenInstanceId", ""},
        {"InvalidVpcId.NotFound", ""},
        {"InvalidSecurityGroupId.NotFound", ""},
        {"InvalidOperation.CenInstanceStatus", ""},
        {"Forbbiden.AttachChildInstanceAcrossUid", ""},
        {"InvalidOperation.ChildInstanceAlreadyAttached", ""},
    };
    for (const auto &[code, message] : aliyun)
        QTest::addRow("aliyun %s %s", code, message)
            << aliyun::Client::explain(QLatin1String(code), QLatin1String(message));
    const std::pair<const char *, const char *> huawei[] = {
        {"APIGW.0301", "verify aksk signature fail"},
        {"APIGW.0301", "Get secretKey failed,ak:******,err:ak not exist"},
        {"IAM.0004", ""},
        {"APIGW.0303", ""},
        {"APIGW.0308", ""},
        {"VPC.0003", ""},
        {"VPC.0004", ""},
        {"VPC.0007", ""},
        {"VPC.0010", "Policy doesn't allow vpc:peerings:create to be performed."},
        {"VPC.2201", ""},
        {"VPC.2701", ""},
    };
    for (const auto &[code, message] : huawei)
        QTest::addRow("huawei %s %s", code, message)
            << huawei::Client::explain(QLatin1String(code), QLatin1String(message));
    for (const auto kind :
         {cloud::ProviderError::Network, cloud::ProviderError::Timeout, cloud::ProviderError::Http,
          cloud::ProviderError::Decode, cloud::ProviderError::Tls}) {
        cloud::ProviderError error;
        error.kind = kind;
        error.code = QStringLiteral("X.1");
        QTest::addRow("kind %d", int(kind)) << error.userMessage();
    }
}

void TestProviderTranslations::explanations() {
    QFETCH(QString, text);
    QVERIFY2(hasChinese(text), qPrintable(text));
    QVERIFY2(!text.contains(u'%'), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestProviderTranslations)
#include "tst_translations.moc"
