// Every message the client and core can show, in the shipped zh_CN catalogue: the advice of
// ApiError for every kind and contract code, the wire decode problems, the endpoint rule, and
// the verdicts of the ID and CIDR rules. A text whose tr() context does not match the
// catalogue's (as cloud/codecs.cpp once had) comes out in English and fails here.

#include "app/cloud/apierror.h"
#include "app/cloud/codecs.h"
#include "app/cloud/endpoint.h"
#include "app/core/cidr.h"
#include "app/core/endpointrule.h"
#include "app/core/fieldrules.h"
#include "app/core/model.h"
#include "app/providers/aliyun/module.h"
#include "app/providers/huawei/module.h"
#include "app/providers/registry.h"
#include "app/wire/errorcode.h"
#include "translations/i18n.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace vpw;
using namespace vpw::cloud;
using namespace Qt::StringLiterals;

namespace {

bool hasChinese(const QString &text) {
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

ApiError httpError(int status, const char *code) {
    ApiError error;
    error.kind = ApiError::Http;
    error.httpStatus = status;
    error.code = QLatin1String(code);
    error.field = u"cidr"_s;
    return error;
}

ApiError clientError(ApiError::Kind kind, const char *code = "") {
    ApiError error;
    error.kind = kind;
    error.code = QLatin1String(code);
    return error;
}

void addRow(const QString &name, const QString &message) {
    QTest::newRow(qPrintable(name)) << message;
}

// A Peering document with one member replaced (or removed: Undefined).
QByteArray peeringWith(const char *member, const QJsonValue &value) {
    Peering p;
    p.id = u"peer-1"_s;
    p.deploymentId = u"d1"_s;
    p.peeringId = u"cen-7qthudw0ll6jmc3abc"_s;
    p.accountId = u"1688123456789012"_s;
    p.vpcId = u"vpc-uf6o8d1dj8sjwxi6o1abc"_s;
    p.cidr = *Cidr::fromString(u"192.168.1.0/24");
    p.createdAt = p.updatedAt = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    QJsonObject object = wire::peeringToJson(p);
    if (value.isUndefined())
        object.remove(QLatin1String(member));
    else
        object.insert(QLatin1String(member), value);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray deploymentWith(const char *member, const QJsonValue &value) {
    Deployment d;
    d.id = d.name = d.region = d.vpcId = d.cloudAccountId = u"x"_s;
    d.cidr = *Cidr::fromString(u"10.100.0.0/16");
    QJsonObject object = wire::deploymentToJson(d);
    object.insert(QLatin1String(member), value);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void apiErrorAdvice_data();
    void apiErrorAdvice();
    void decodeProblems_data();
    void decodeProblems();
    void endpointProblems_data();
    void endpointProblems();
    void fieldVerdicts_data();
    void fieldVerdicts();
    void cidrVerdicts_data();
    void cidrVerdicts();
};

void TestTranslations::initTestCase() {
    QCOMPARE(installTranslators(*QCoreApplication::instance(), QLocale(u"zh_CN"_s)), u"zh_CN"_s);
}

void TestTranslations::apiErrorAdvice_data() {
    QTest::addColumn<QString>("message");
    addRow(u"network"_s, clientError(ApiError::Network).userMessage());
    addRow(u"network INVALID_ENDPOINT"_s,
           clientError(ApiError::Network, ApiError::InvalidEndpoint).userMessage());
    addRow(u"timeout"_s, clientError(ApiError::Timeout).userMessage());
    addRow(u"tls"_s, clientError(ApiError::Tls).userMessage());
    addRow(u"tls HTTPS_REQUIRED"_s,
           clientError(ApiError::Tls, ApiError::HttpsRequired).userMessage());
    addRow(u"decode"_s, ApiError::decode(u"data[0].id"_s, u"x"_s).userMessage());
    addRow(u"decode TOO_LARGE"_s, clientError(ApiError::Decode, ApiError::TooLarge).userMessage());
    addRow(u"decode TRUNCATED"_s, clientError(ApiError::Decode, ApiError::Truncated).userMessage());

    namespace code = wire::ErrorCode;
    const std::pair<int, const char *> contract[] = {
        {400, code::BadRequest},         {401, code::Unauthorized},
        {403, code::EditionUnsupported}, {403, ""},
        {404, code::NotFound},           {405, code::MethodNotAllowed},
        {409, code::NotRunning},         {409, code::ResourcesBound},
        {409, code::Duplicate},          {409, code::InvalidState},
        {413, code::PayloadTooLarge},    {422, code::InvalidField},
        {422, code::CidrReserved},       {422, code::CidrOverlap},
        {422, code::RegionMismatch},     {422, code::IdempotencyMismatch},
        {429, code::RateLimited},        {500, code::InternalError},
        {503, code::ServiceUnavailable}, {418, ""},
    };
    for (const auto &[status, name] : contract) {
        addRow(u"HTTP %1 %2"_s.arg(status).arg(QLatin1String(name)),
               httpError(status, name).userMessage());
    }
    ApiError waited = httpError(429, code::RateLimited);
    waited.retryAfterSeconds = 7;
    addRow(u"HTTP 429 with Retry-After"_s, waited.userMessage());
    ApiError bound = httpError(409, code::ResourcesBound);
    bound.resources = {{u"r1"_s, u"orders-kafka"_s, u"kafka"_s}};
    addRow(u"HTTP 409 RESOURCES_BOUND with resources"_s, bound.userMessage());
}

void TestTranslations::apiErrorAdvice() {
    QFETCH(QString, message);
    QVERIFY2(hasChinese(message), qPrintable(message));
    QVERIFY2(!message.contains(u'%'), qPrintable(message)); // every placeholder filled
}

void TestTranslations::decodeProblems_data() {
    QTest::addColumn<QString>("message");
    const QJsonValue removed(QJsonValue::Undefined);
    const std::pair<const char *, QByteArray> documents[] = {
        {"not JSON", "{oops"},
        {"not an object", "[1]"},
        {"missing", peeringWith("id", removed)},
        {"null", peeringWith("id", QJsonValue::Null)},
        {"not a string", peeringWith("id", 5)},
        {"empty", peeringWith("id", QString())},
        {"not a string or null", peeringWith("failureReason", 5)},
        {"not a time", peeringWith("createdAt", u"soon"_s)},
        {"not a time or null", peeringWith("expiresAt", u"soon"_s)},
        {"not an array", peeringWith("boundResources", 5)},
        {"not an object item", peeringWith("boundResources", QJsonArray{5})},
        {"not a CIDR", peeringWith("cidr", u"lan"_s)},
        {"unknown provider", peeringWith("provider", u"tencent"_s)},
        {"unknown state", peeringWith("state", u"active"_s)},
        {"unknown edition", deploymentWith("edition", u"gold"_s)},
        {"not a reserved range", deploymentWith("reservedCidrs", QJsonArray{u"x~y"_s})},
    };
    for (const auto &[name, body] : documents) {
        const bool deployment = body.contains("\"edition\"");
        const ApiError error =
            deployment ? decodeDeployment(body).error : decodePeering(body).error;
        QVERIFY2(error.kind == ApiError::Decode, name);
        addRow(QLatin1String(name) + u" (detail)"_s, error.message);
        addRow(QLatin1String(name) + u" (advice)"_s, error.userMessage());
    }
    wire::ObjectReader reader(QJsonObject{{u"status"_s, 42}});
    reader.integer(u"status"_s, 100, 599);
    addRow(u"not a whole number in range"_s, reader.error().text());
}

void TestTranslations::decodeProblems() {
    QFETCH(QString, message);
    QVERIFY2(hasChinese(message), qPrintable(message));
}

void TestTranslations::endpointProblems_data() {
    QTest::addColumn<QString>("message");
    const std::pair<const char *, const char *> urls[] = {
        {"empty", ""},
        {"not a URL", "api.example.com"},
        {"unsupported scheme", "ftp://api.example.com"},
        {"user info", "https://user:pw@api.example.com"},
        {"query", "https://api.example.com/?x=1"},
        {"https required", "http://api.example.com"},
    };
    for (const auto &[name, url] : urls) {
        const std::optional<QString> text = Endpoint::checkBaseUrl(QUrl(QLatin1String(url)));
        QVERIFY2(text, name);
        addRow(QLatin1String(name), *text);
    }
}

void TestTranslations::endpointProblems() {
    QFETCH(QString, message);
    QVERIFY2(hasChinese(message), qPrintable(message));
}

void TestTranslations::fieldVerdicts_data() {
    QTest::addColumn<QString>("message");
    const std::pair<const char *, FieldKind> kinds[] = {
        {"CEN ID", vpw::providers::aliyun::cenId()},
        {"Aliyun account", vpw::providers::aliyun::accountId()},
        {"Aliyun VPC", vpw::providers::aliyun::vpcId()},
        {"Huawei peering", vpw::providers::huawei::peeringId()},
        {"Huawei VPC", vpw::providers::huawei::vpcId()},
        {"Huawei user", vpw::providers::huawei::userId()},
        {"Huawei project", vpw::providers::huawei::projectId()},
        {"region", FieldKind::region()},
    };
    // Empty, a wrong prefix or character set, upper case, too short or long, hyphens.
    const char *inputs[] = {"",
                            "vpc-abc",
                            "cen-",
                            "cen-ABC!",
                            "CEN-7QTHUDW0LL6JMC3ABC",
                            "12ab",
                            "1234",
                            "a b",
                            "0f4ab9d1-e2c3-4b5a-8d7e-6f5a4b3c2d1e",
                            "zz-top-99",
                            "cen-7qth",
                            "vpc-uf6o",
                            "1688123456789012345678"};
    for (const auto &[name, kind] : kinds) {
        addRow(QLatin1String(name) + u" name"_s, fieldKindName(kind));
        QSet<QString> seen;
        for (const char *input : inputs) {
            const Verdict verdict = checkField(kind, QString::fromLatin1(input));
            if (verdict.message.isEmpty() || seen.contains(verdict.code))
                continue;
            seen.insert(verdict.code);
            addRow(u"%1: %2 (%3)"_s.arg(QLatin1String(name), verdict.code, QLatin1String(input)),
                   verdict.message);
        }
    }
}

void TestTranslations::fieldVerdicts() {
    QFETCH(QString, message);
    QVERIFY2(hasChinese(message), qPrintable(message));
}

void TestTranslations::cidrVerdicts_data() {
    QTest::addColumn<QString>("message");
    const char *syntax[] = {
        "",           "banana",      "10.0.0.0",    "10.0.0.0/33", "300.0.0.0/8",
        "10.0.0.1/8", "010.0.0.0/8", "10.0.0.0/08", "10. 0.0.0/8", "10.0.0/8"};
    for (const char *text : syntax) {
        const Verdict verdict = Cidr::parse(QString::fromLatin1(text)).verdict;
        QVERIFY2(verdict.isError(), text);
        addRow(u"syntax %1 (%2)"_s.arg(verdict.code, QLatin1String(text)), verdict.message);
    }

    Deployment deployment;
    deployment.cidr = *Cidr::fromString(u"10.100.0.0/16");
    Peering peering;
    peering.peeringId = u"cen-7qthudw0ll6jmc3abc"_s;
    peering.cidr = *Cidr::fromString(u"192.168.0.0/24");
    peering.state = PeeringState::Running;
    const std::tuple<const char *, Provider, const char *> contextual[] = {
        {"reserved", &vpw::providers::aliyun::module(), "10.20.0.0/16"},
        {"overlaps the deployment", &vpw::providers::aliyun::module(), "10.100.1.0/24"},
        {"overlaps a peering", &vpw::providers::aliyun::module(), "192.168.0.0/25"},
        {"Aliyun forbidden", &vpw::providers::aliyun::module(), "127.0.0.0/16"},
        {"Aliyun custom range", &vpw::providers::aliyun::module(), "33.0.0.0/16"},
        {"Aliyun prefix", &vpw::providers::aliyun::module(), "192.168.0.0/30"},
        {"Huawei not private", &vpw::providers::huawei::module(), "8.8.8.0/24"},
        {"Huawei above /24", &vpw::providers::huawei::module(), "192.168.200.0/26"},
    };
    for (const auto &[name, provider, text] : contextual) {
        CidrContext context;
        context.provider = provider;
        context.existing = buildCidrIndex(deployment, {peering});
        const Verdict verdict = checkVpcCidr(context, QString::fromLatin1(text));
        QVERIFY2(!verdict.message.isEmpty(), name);
        addRow(u"%1 %2 (%3)"_s.arg(QLatin1String(name), verdict.code, QLatin1String(text)),
               verdict.message);
    }
}

void TestTranslations::cidrVerdicts() {
    QFETCH(QString, message);
    QVERIFY2(hasChinese(message), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
