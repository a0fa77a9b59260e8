// The wire format of docs/api.md (app/wire/codec.h), the one codec of client and server:
// both round trips for every type, and every decode error naming its JSON path.

#include "app/providers/aliyun/module.h"
#include "app/providers/huawei/module.h"
#include "app/providers/registry.h"
#include "app/wire/codec.h"
#include "app/wire/errorcode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace vpw;
using namespace vpw::wire;
using namespace Qt::StringLiterals;

namespace {

QJsonObject validPeering() {
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("peer-1")},
        {QStringLiteral("deploymentId"), QStringLiteral("d1")},
        {QStringLiteral("provider"), QStringLiteral("aliyun")},
        {QStringLiteral("peeringId"), QStringLiteral("cen-7qthudw0ll6jmc3abc")},
        {QStringLiteral("accountId"), QStringLiteral("1688123456789012")},
        {QStringLiteral("vpcId"), QStringLiteral("vpc-uf6o8d1dj8sjwxi6o1abc")},
        {QStringLiteral("cidr"), QStringLiteral("192.168.1.0/24")},
        {QStringLiteral("state"), QStringLiteral("pending")},
        {QStringLiteral("createdAt"), QStringLiteral("2024-05-01T10:00:00.000Z")},
        {QStringLiteral("updatedAt"), QStringLiteral("2024-05-01T10:00:00.250Z")},
        {QStringLiteral("expiresAt"), QStringLiteral("2024-05-01T10:10:00.000Z")},
        {QStringLiteral("failureReason"), QJsonValue::Null},
        {QStringLiteral("failureCode"), QJsonValue::Null},
        {QStringLiteral("boundResources"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("r1")},
                                {QStringLiteral("name"), QStringLiteral("kafka-1")},
                                {QStringLiteral("type"), QStringLiteral("kafka")}}}},
    };
}

QJsonObject validDeployment() {
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("d1")},
        {QStringLiteral("name"), QStringLiteral("prod")},
        {QStringLiteral("platform"), QStringLiteral("huawei")},
        {QStringLiteral("region"), QStringLiteral("cn-north-4")},
        {QStringLiteral("edition"), QStringLiteral("dedicated")},
        {QStringLiteral("vpcId"), QStringLiteral("ab78be2d-782f-42a5-aa72-35879f6890ff")},
        {QStringLiteral("cidr"), QStringLiteral("172.20.0.0/16")},
        {QStringLiteral("cloudAccountId"), QStringLiteral("77b6a44cba5143ab91d13ab9a8ff44fd")},
        {QStringLiteral("reservedCidrs"),
         QJsonArray{QStringLiteral("10.10.0.0/24~10.32.255.0/24"), QStringLiteral("10.0.0.0/24")}},
    };
}

QByteArray json(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject parsed(const QByteArray &bytes) {
    return QJsonDocument::fromJson(bytes).object();
}

QByteArray listOf(const QJsonObject &item, int count, int brokenIndex, const QJsonObject &broken) {
    QJsonArray data;
    for (int i = 0; i < count; ++i)
        data << (i == brokenIndex ? broken : item);
    return json(QJsonObject{{QStringLiteral("data"), data}});
}

QJsonObject with(QJsonObject object, const QString &member, const QJsonValue &value) {
    if (value.isUndefined())
        object.remove(member);
    else
        object.insert(member, value);
    return object;
}

Peering samplePeering(bool huawei) {
    Peering p;
    p.id = QStringLiteral("peer-abc");
    p.deploymentId = QStringLiteral("d7f3a1c2");
    p.provider = huawei ? &vpw::providers::huawei::module() : &vpw::providers::aliyun::module();
    p.peeringId = QStringLiteral("cen-7qthudw0ll6jmc3abc");
    p.accountId = QStringLiteral("1688123456789012");
    p.vpcId = QStringLiteral("vpc-uf6o8d1dj8sjwxi6o1abc");
    p.cidr = *Cidr::fromString(QStringLiteral("192.168.0.0/24"));
    p.state = huawei ? PeeringState::Failed : PeeringState::Running;
    p.createdAt = QDateTime(QDate(2024, 5, 1), QTime(10, 0, 0, 5), Qt::UTC);
    p.updatedAt = p.createdAt.addSecs(30);
    if (!huawei) {
        p.expiresAt = p.createdAt.addSecs(600);
        p.boundResources = {
            {QStringLiteral("res-1"), QStringLiteral("orders-kafka"), QStringLiteral("kafka")},
            {QStringLiteral("res-2"), QStringLiteral("pg"), QStringLiteral("pgsql")}};
    } else {
        p.failureReason = QStringLiteral("rejected <b>by</b> peer \"x\" 拒绝");
        p.failureCode = vpw::FailureCode::WrongAccount;
    }
    return p;
}

Deployment sampleDeployment() {
    Deployment d;
    d.id = QStringLiteral("d7f3a1c2");
    d.name = QStringLiteral("生产 prod");
    d.provider = &vpw::providers::aliyun::module();
    d.region = QStringLiteral("cn-hangzhou");
    d.edition = Edition::Shared;
    d.vpcId = QStringLiteral("vpc-bp1");
    d.cidr = *Cidr::fromString(QStringLiteral("10.100.0.0/16"));
    d.cloudAccountId = QStringLiteral("1234567890123456");
    d.reservedCidrs = {QStringLiteral("10.10.0.0/24~10.32.255.0/24")};
    return d;
}

void comparePeerings(const Peering &a, const Peering &b) {
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.deploymentId, b.deploymentId);
    QCOMPARE(a.provider, b.provider);
    QCOMPARE(a.peeringId, b.peeringId);
    QCOMPARE(a.accountId, b.accountId);
    QCOMPARE(a.vpcId, b.vpcId);
    QCOMPARE(a.cidr, b.cidr);
    QCOMPARE(a.state, b.state);
    QCOMPARE(a.createdAt, b.createdAt);
    QCOMPARE(a.updatedAt, b.updatedAt);
    QCOMPARE(a.expiresAt, b.expiresAt);
    QCOMPARE(a.failureReason, b.failureReason);
    QCOMPARE(a.failureCode, b.failureCode);
    QCOMPARE(a.boundResources.size(), b.boundResources.size());
    for (qsizetype i = 0; i < a.boundResources.size(); ++i) {
        QCOMPARE(a.boundResources.at(i).id, b.boundResources.at(i).id);
        QCOMPARE(a.boundResources.at(i).name, b.boundResources.at(i).name);
        QCOMPARE(a.boundResources.at(i).type, b.boundResources.at(i).type);
    }
}

void compareDeployments(const Deployment &a, const Deployment &b) {
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.provider, b.provider);
    QCOMPARE(a.region, b.region);
    QCOMPARE(a.edition, b.edition);
    QCOMPARE(a.vpcId, b.vpcId);
    QCOMPARE(a.cidr, b.cidr);
    QCOMPARE(a.cloudAccountId, b.cloudAccountId);
    QCOMPARE(a.reservedCidrs, b.reservedCidrs);
}

// A failed decode names `path`, and its English text is "<path>: <problem>".
#define VERIFY_DECODE_ERROR(decoded, expectedPath)                                                 \
    do {                                                                                           \
        const QString expected_ = (expectedPath);                                                  \
        QVERIFY2(!(decoded).value, "decoded although broken");                                     \
        QVERIFY((decoded).error.isError());                                                        \
        QCOMPARE((decoded).error.path, expected_);                                                 \
        const QString english = (decoded).error.text(DecodeError::Language::English);              \
        QVERIFY2(expected_.isEmpty() || english.startsWith(expected_ + QLatin1String(": ")),       \
                 qPrintable(english));                                                             \
        QVERIFY(!(decoded).error.problemText(DecodeError::Language::English).isEmpty());           \
    } while (false)

} // namespace

class TestCodec : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // value -> JSON -> value, and JSON -> value -> JSON
    void peeringRoundTrip_data();
    void peeringRoundTrip();
    void failureCodes();
    void deploymentRoundTrip();
    void listsRoundTrip();
    void pageRoundTrip_data();
    void pageRoundTrip();
    void errorBodyRoundTrip();
    void createRequestRoundTrip_data();
    void createRequestRoundTrip();
    void canonicalDocumentsComeBackUnchanged();

    void decodesOffsetTimesToUtc();
    void ignoresUnknownMembers();

    void peeringDecodeErrors_data();
    void peeringDecodeErrors();
    void deploymentDecodeErrors_data();
    void deploymentDecodeErrors();
    void listErrorsNameTheIndex();
    void pageDecodeErrors_data();
    void pageDecodeErrors();
    void createRequestDecodeErrors_data();
    void createRequestDecodeErrors();
    void documentErrors_data();
    void documentErrors();
    void errorBodyIsLenient();
    void readerAccessors();
    void errorCodesAreTheContractsNames();
};

void TestCodec::peeringRoundTrip_data() {
    QTest::addColumn<bool>("huawei");
    QTest::newRow("aliyun, running, window, two resources") << false;
    QTest::newRow("huawei, failed, no window, reason") << true;
}

void TestCodec::peeringRoundTrip() {
    QFETCH(bool, huawei);
    const Peering original = samplePeering(huawei);
    const QByteArray encoded = encodePeering(original);
    const Decoded<Peering> decoded = decodePeering(encoded);
    QVERIFY2(decoded.value, qPrintable(decoded.error.text()));
    comparePeerings(*decoded.value, original);
    QCOMPARE(encodePeering(*decoded.value), encoded);
    // The nullable members are present as null, never left out.
    const QJsonObject object = parsed(encoded);
    QVERIFY(object.contains(QStringLiteral("expiresAt")));
    QVERIFY(object.contains(QStringLiteral("failureReason")));
    QCOMPARE(object.value(QStringLiteral("expiresAt")).isNull(), huawei);
    QCOMPARE(object.value(QStringLiteral("failureReason")).isNull(), !huawei);
    QVERIFY(object.contains(QStringLiteral("failureCode")));
    QCOMPARE(object.value(QStringLiteral("failureCode")).toString(),
             huawei ? QStringLiteral("wrong_account") : QString());
    QCOMPARE(object.value(QStringLiteral("failureCode")).isNull(), !huawei);
}

// failureCode: every documented name reads back as itself; an unknown one (a newer server) as
// "other"; an absent one (an older server) as none.
void TestCodec::failureCodes() {
    for (const vpw::FailureCode code : vpw::kFailureCodes) {
        Peering p = samplePeering(true);
        p.failureCode = code;
        const Decoded<Peering> decoded = decodePeering(encodePeering(p));
        QVERIFY2(decoded.value, qPrintable(decoded.error.text()));
        QCOMPARE(decoded.value->failureCode, code);
    }
    QJsonObject newer = validPeering();
    newer.insert(QStringLiteral("state"), QStringLiteral("failed"));
    newer.insert(QStringLiteral("failureCode"), QStringLiteral("quota_exceeded"));
    Decoded<Peering> decoded = decodePeering(QJsonDocument(newer).toJson());
    QVERIFY2(decoded.value, qPrintable(decoded.error.text()));
    QCOMPARE(decoded.value->failureCode, vpw::FailureCode::Other);
    QJsonObject older = validPeering();
    older.remove(QStringLiteral("failureCode"));
    decoded = decodePeering(QJsonDocument(older).toJson());
    QVERIFY2(decoded.value, qPrintable(decoded.error.text()));
    QCOMPARE(decoded.value->failureCode, vpw::FailureCode::None);
    QJsonObject wrongType = validPeering();
    wrongType.insert(QStringLiteral("failureCode"), 3);
    QVERIFY(!decodePeering(QJsonDocument(wrongType).toJson()).value);
}

void TestCodec::deploymentRoundTrip() {
    const Deployment original = sampleDeployment();
    const QByteArray encoded = encodeDeployment(original);
    const Decoded<Deployment> decoded = decodeDeployment(encoded);
    QVERIFY2(decoded.value, qPrintable(decoded.error.text()));
    compareDeployments(*decoded.value, original);
    QCOMPARE(encodeDeployment(*decoded.value), encoded);
}

void TestCodec::listsRoundTrip() {
    const QList<Peering> peerings{samplePeering(false), samplePeering(true)};
    const Decoded<QList<Peering>> decodedPeerings = decodePeeringList(encodePeeringList(peerings));
    QVERIFY2(decodedPeerings.value, qPrintable(decodedPeerings.error.text()));
    QCOMPARE(decodedPeerings.value->size(), 2);
    comparePeerings(decodedPeerings.value->at(1), peerings.at(1));

    const QList<Deployment> deployments{sampleDeployment(), sampleDeployment()};
    const Decoded<QList<Deployment>> decodedDeployments =
        decodeDeploymentList(encodeDeploymentList(deployments));
    QVERIFY2(decodedDeployments.value, qPrintable(decodedDeployments.error.text()));
    QCOMPARE(decodedDeployments.value->size(), 2);
    compareDeployments(decodedDeployments.value->at(0), deployments.at(0));

    const Decoded<QList<Peering>> empty = decodePeeringList(encodePeeringList({}));
    QVERIFY(empty.value);
    QVERIFY(empty.value->isEmpty());
}

void TestCodec::pageRoundTrip_data() {
    QTest::addColumn<QString>("cursor");
    QTest::newRow("more pages") << "djEKZDdmM2ExYzIKMTcxNDU1NzYwMDAwMApwY3gtMQ";
    QTest::newRow("last page") << QString();
}

void TestCodec::pageRoundTrip() {
    QFETCH(QString, cursor);
    const PeeringPageBody page{{samplePeering(false), samplePeering(true)}, cursor};
    const QByteArray encoded = encodePeeringPage(page);
    const QJsonValue next = parsed(encoded).value(QStringLiteral("nextCursor"));
    QCOMPARE(next.isNull(), cursor.isEmpty()); // the last page says null, not ""
    const Decoded<PeeringPageBody> decoded = decodePeeringPage(encoded);
    QVERIFY2(decoded.value, qPrintable(decoded.error.text()));
    QCOMPARE(decoded.value->nextCursor, cursor);
    QCOMPARE(decoded.value->peerings.size(), 2);
    comparePeerings(decoded.value->peerings.at(0), page.peerings.at(0));
    QCOMPARE(encodePeeringPage(*decoded.value), encoded);
}

void TestCodec::errorBodyRoundTrip() {
    ErrorBody error;
    error.code = QLatin1String(ErrorCode::ResourcesBound);
    error.message = QStringLiteral("Rule-engine resources are bound.");
    error.field = QStringLiteral("force");
    error.resources = samplePeering(false).boundResources;
    error.extra.insert(QStringLiteral("state"), QStringLiteral("running"));
    const QJsonObject object = errorToJson(error);
    QCOMPARE(object.value(QStringLiteral("resources")).toArray().size(), 2);
    const ErrorBody decoded = decodeErrorBody(json(object));
    QCOMPARE(decoded.code, error.code);
    QCOMPARE(decoded.message, error.message);
    QCOMPARE(decoded.field, error.field);
    QCOMPARE(decoded.resources.size(), 2);
    QCOMPARE(decoded.resources.at(1).name, QStringLiteral("pg"));
    QCOMPARE(decoded.extra, error.extra);
    QCOMPARE(errorToJson(decoded), object);

    // Without field and resources, neither member is sent.
    const QJsonObject plain =
        errorToJson({QLatin1String(ErrorCode::NotFound), QStringLiteral("No."), {}, {}, {}});
    QCOMPARE(plain.keys(), (QStringList{QStringLiteral("code"), QStringLiteral("message")}));
}

void TestCodec::createRequestRoundTrip_data() {
    QTest::addColumn<QString>("region");
    QTest::newRow("without region") << QString();
    QTest::newRow("with region") << "cn-hangzhou";
}

void TestCodec::createRequestRoundTrip() {
    QFETCH(QString, region);
    PeeringRequest request;
    request.peeringId = QStringLiteral("cen-7qthudw0ll6jmc3abc");
    request.accountId = QStringLiteral("1688123456789012");
    request.vpcId = QStringLiteral("vpc-uf6o8d1dj8sjwxi6o1abc");
    request.cidr = *Cidr::fromString(QStringLiteral("192.168.0.0/24"));
    request.region = region;
    const QByteArray encoded = encodeCreateRequest(request);
    QCOMPARE(parsed(encoded).size(), region.isEmpty() ? 4 : 5); // region left out when empty
    const Decoded<CreateRequestBody> decoded = decodeCreateRequest(encoded);
    QVERIFY2(decoded.value, qPrintable(decoded.error.text()));
    QCOMPARE(decoded.value->peeringId, request.peeringId);
    QCOMPARE(decoded.value->accountId, request.accountId);
    QCOMPARE(decoded.value->vpcId, request.vpcId);
    QCOMPARE(decoded.value->cidr, request.cidr.toString());
    QCOMPARE(decoded.value->region.has_value(), !region.isEmpty());
    QCOMPARE(decoded.value->region.value_or(QString()), region);
}

void TestCodec::canonicalDocumentsComeBackUnchanged() {
    const QJsonObject peering = validPeering();
    const Decoded<Peering> p = decodePeering(json(peering));
    QVERIFY2(p.value, qPrintable(p.error.text()));
    QCOMPARE(peeringToJson(*p.value), peering);
    const QJsonObject deployment = validDeployment();
    const Decoded<Deployment> d = decodeDeployment(json(deployment));
    QVERIFY2(d.value, qPrintable(d.error.text()));
    QCOMPARE(deploymentToJson(*d.value), deployment);
}

void TestCodec::decodesOffsetTimesToUtc() {
    const QJsonObject object = with(validPeering(), QStringLiteral("expiresAt"),
                                    QStringLiteral("2024-05-01T18:10:00+08:00"));
    const Decoded<Peering> decoded = decodePeering(json(object));
    QVERIFY2(decoded.value, qPrintable(decoded.error.text()));
    QCOMPARE(*decoded.value->expiresAt, QDateTime(QDate(2024, 5, 1), QTime(10, 10), Qt::UTC));
    QCOMPARE(peeringToJson(*decoded.value).value(QStringLiteral("expiresAt")).toString(),
             QStringLiteral("2024-05-01T10:10:00.000Z"));
}

void TestCodec::ignoresUnknownMembers() {
    const QJsonObject object = with(validPeering(), QStringLiteral("futureMember"), 42);
    QVERIFY(decodePeering(json(object)).value);
    const QJsonObject list{{QStringLiteral("data"), QJsonArray{validDeployment()}},
                           {QStringLiteral("total"), 1}};
    QVERIFY(decodeDeploymentList(json(list)).value);
}

void TestCodec::peeringDecodeErrors_data() {
    QTest::addColumn<QString>("member");
    QTest::addColumn<QJsonValue>("value"); // Undefined = removed
    QTest::addColumn<QString>("path");

    const QJsonValue removed = QJsonValue(QJsonValue::Undefined);
    const QJsonValue null = QJsonValue(QJsonValue::Null);
    QTest::newRow("id missing") << "id" << removed << "id";
    QTest::newRow("id a number") << "id" << QJsonValue(7) << "id";
    QTest::newRow("id empty") << "id" << QJsonValue(QString()) << "id";
    QTest::newRow("id null") << "id" << null << "id";
    QTest::newRow("deploymentId missing") << "deploymentId" << removed << "deploymentId";
    QTest::newRow("provider unknown")
        << "provider" << QJsonValue(QStringLiteral("tencent")) << "provider";
    QTest::newRow("provider empty") << "provider" << QJsonValue(QString()) << "provider";
    QTest::newRow("peeringId an array") << "peeringId" << QJsonValue(QJsonArray()) << "peeringId";
    QTest::newRow("accountId null") << "accountId" << null << "accountId";
    QTest::newRow("vpcId missing") << "vpcId" << removed << "vpcId";
    QTest::newRow("state unknown") << "state" << QJsonValue(QStringLiteral("active")) << "state";
    QTest::newRow("cidr with host bits")
        << "cidr" << QJsonValue(QStringLiteral("192.168.1.5/24")) << "cidr";
    QTest::newRow("cidr garbage") << "cidr" << QJsonValue(QStringLiteral("lan")) << "cidr";
    QTest::newRow("createdAt missing") << "createdAt" << removed << "createdAt";
    QTest::newRow("createdAt without zone")
        << "createdAt" << QJsonValue(QStringLiteral("2024-05-01T10:00:00")) << "createdAt";
    QTest::newRow("createdAt epoch number") << "createdAt" << QJsonValue(1714557600) << "createdAt";
    QTest::newRow("createdAt null") << "createdAt" << null << "createdAt";
    QTest::newRow("updatedAt not a date")
        << "updatedAt" << QJsonValue(QStringLiteral("yesterday")) << "updatedAt";
    // The rule for nullable members: present as null or a value; absent is an error.
    QTest::newRow("expiresAt missing (must be null)") << "expiresAt" << removed << "expiresAt";
    QTest::newRow("expiresAt bad")
        << "expiresAt" << QJsonValue(QStringLiteral("soon")) << "expiresAt";
    QTest::newRow("failureReason missing (must be null)")
        << "failureReason" << removed << "failureReason";
    QTest::newRow("failureReason a bool") << "failureReason" << QJsonValue(true) << "failureReason";
    QTest::newRow("boundResources missing") << "boundResources" << removed << "boundResources";
    QTest::newRow("boundResources null") << "boundResources" << null << "boundResources";
    QTest::newRow("boundResources an object")
        << "boundResources" << QJsonValue(QJsonObject()) << "boundResources";
    QTest::newRow("boundResources item not an object")
        << "boundResources" << QJsonValue(QJsonArray{1}) << "boundResources[0]";
    QTest::newRow("boundResources second item without name")
        << "boundResources"
        << QJsonValue(QJsonArray{validPeering()[QStringLiteral("boundResources")].toArray().first(),
                                 QJsonObject{{QStringLiteral("id"), QStringLiteral("r")},
                                             {QStringLiteral("type"), QStringLiteral("t")}}})
        << "boundResources[1].name";
}

void TestCodec::peeringDecodeErrors() {
    QFETCH(QString, member);
    QFETCH(QJsonValue, value);
    QFETCH(QString, path);
    const QJsonObject object = with(validPeering(), member, value);
    const Decoded<Peering> decoded = decodePeering(json(object));
    VERIFY_DECODE_ERROR(decoded, path);
    // The same object as an item of a list and of a page: the path gains the index.
    const Decoded<QList<Peering>> list = decodePeeringList(listOf(validPeering(), 3, 1, object));
    VERIFY_DECODE_ERROR(list, QStringLiteral("data[1].") + path);
    QJsonObject page = parsed(listOf(object, 1, -1, {}));
    page.insert(QStringLiteral("nextCursor"), QJsonValue::Null);
    VERIFY_DECODE_ERROR(decodePeeringPage(json(page)), QStringLiteral("data[0].") + path);
}

void TestCodec::deploymentDecodeErrors_data() {
    QTest::addColumn<QString>("member");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("path");
    const QJsonValue removed = QJsonValue(QJsonValue::Undefined);
    QTest::newRow("id missing") << "id" << removed << "id";
    QTest::newRow("name empty") << "name" << QJsonValue(QString()) << "name";
    QTest::newRow("platform unknown")
        << "platform" << QJsonValue(QStringLiteral("gcp")) << "platform";
    QTest::newRow("edition unknown")
        << "edition" << QJsonValue(QStringLiteral("enterprise")) << "edition";
    QTest::newRow("region missing") << "region" << removed << "region";
    QTest::newRow("vpcId a number") << "vpcId" << QJsonValue(5) << "vpcId";
    QTest::newRow("cloudAccountId number")
        << "cloudAccountId" << QJsonValue(1688) << "cloudAccountId";
    QTest::newRow("reservedCidrs a string")
        << "reservedCidrs" << QJsonValue(QStringLiteral("10.10.0.0/16")) << "reservedCidrs";
    QTest::newRow("reservedCidrs missing") << "reservedCidrs" << removed << "reservedCidrs";
    QTest::newRow("reservedCidrs item a number")
        << "reservedCidrs" << QJsonValue(QJsonArray{10}) << "reservedCidrs[0]";
    QTest::newRow("reservedCidrs item not a range")
        << "reservedCidrs"
        << QJsonValue(QJsonArray{QStringLiteral("10.0.0.0/8"), QStringLiteral("10.0.0.0~x")})
        << "reservedCidrs[1]";
    QTest::newRow("cidr missing") << "cidr" << removed << "cidr";
    QTest::newRow("cidr with host bits")
        << "cidr" << QJsonValue(QStringLiteral("172.20.0.1/16")) << "cidr";
}

void TestCodec::deploymentDecodeErrors() {
    QFETCH(QString, member);
    QFETCH(QJsonValue, value);
    QFETCH(QString, path);
    const QJsonObject object = with(validDeployment(), member, value);
    VERIFY_DECODE_ERROR(decodeDeployment(json(object)), path);
    VERIFY_DECODE_ERROR(decodeDeploymentList(listOf(object, 1, -1, {})),
                        QStringLiteral("data[0].") + path);
}

void TestCodec::listErrorsNameTheIndex() {
    QJsonObject broken = validPeering();
    broken[QStringLiteral("createdAt")] = QStringLiteral("2024-13-45T99:00:00Z");
    const Decoded<QList<Peering>> decoded = decodePeeringList(listOf(validPeering(), 4, 2, broken));
    VERIFY_DECODE_ERROR(decoded, u"data[2].createdAt"_s);
    QCOMPARE(decoded.error.text(DecodeError::Language::English),
             QStringLiteral("data[2].createdAt: expected an RFC 3339 time"));

    VERIFY_DECODE_ERROR(decodePeeringList(R"({"items":[]})"), u"data"_s);
    VERIFY_DECODE_ERROR(decodePeeringList(R"({"data":{}})"), u"data"_s);
    VERIFY_DECODE_ERROR(decodePeeringList(R"({"data":null})"), u"data"_s);
    VERIFY_DECODE_ERROR(decodePeeringList(R"({"data":[3]})"), u"data[0]"_s);
    VERIFY_DECODE_ERROR(decodeDeploymentList(R"({"data":[{}, 3]})"), u"data[0].id"_s);
}

void TestCodec::pageDecodeErrors_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("path");
    QTest::newRow("nextCursor missing") << QByteArray(R"({"data":[]})") << "nextCursor";
    QTest::newRow("nextCursor a number")
        << QByteArray(R"({"data":[],"nextCursor":3})") << "nextCursor";
    QTest::newRow("data missing") << QByteArray(R"({"nextCursor":null})") << "data";
    QTest::newRow("data item not an object")
        << QByteArray(R"({"data":["peer-1"],"nextCursor":null})") << "data[0]";
}

void TestCodec::pageDecodeErrors() {
    QFETCH(QByteArray, body);
    QFETCH(QString, path);
    VERIFY_DECODE_ERROR(decodePeeringPage(body), path);
}

void TestCodec::createRequestDecodeErrors_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("path"); // empty: accepted ("-" for a document error)
    const QByteArray ok =
        R"("peeringId":"cen-1","accountId":"1","vpcId":"vpc-1","cidr":"10.0.0.0/8")";
    QTest::newRow("valid") << "{" + ok + "}" << QString();
    QTest::newRow("empty strings pass (core judges formats)")
        << QByteArray(R"({"peeringId":"","accountId":"","vpcId":"","cidr":""})") << QString();
    QTest::newRow("region null") << "{" + ok + R"(,"region":null})" << QString();
    QTest::newRow("not JSON") << QByteArray("{oops") << "-";
    QTest::newRow("an array") << QByteArray("[1,2]") << "-";
    QTest::newRow("empty body") << QByteArray() << "-";
    QTest::newRow("peeringId missing")
        << QByteArray(R"({"accountId":"1","vpcId":"v","cidr":"c"})") << "peeringId";
    QTest::newRow("accountId null")
        << QByteArray(R"({"peeringId":"p","accountId":null,"vpcId":"v","cidr":"c"})")
        << "accountId";
    QTest::newRow("vpcId an array")
        << QByteArray(R"({"peeringId":"p","accountId":"1","vpcId":[1],"cidr":"c"})") << "vpcId";
    QTest::newRow("cidr a number")
        << QByteArray(R"({"peeringId":"p","accountId":"1","vpcId":"v","cidr":24})") << "cidr";
    QTest::newRow("region a boolean") << "{" + ok + R"(,"region":true})"
                                      << "region";
}

void TestCodec::createRequestDecodeErrors() {
    QFETCH(QByteArray, body);
    QFETCH(QString, path);
    const Decoded<CreateRequestBody> decoded = decodeCreateRequest(body);
    if (path.isEmpty()) {
        QVERIFY2(decoded.value, qPrintable(decoded.error.text()));
        return;
    }
    VERIFY_DECODE_ERROR(decoded, path == QLatin1String("-") ? QString() : path);
}

void TestCodec::documentErrors_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("problem");
    QTest::newRow("not JSON") << QByteArray("{\"data\": [") << "not valid JSON";
    QTest::newRow("empty") << QByteArray() << "not valid JSON";
    QTest::newRow("an array") << QByteArray("[1,2]") << "expected a JSON object";
    QTest::newRow("a string") << QByteArray("\"x\"") << "not valid JSON";
}

void TestCodec::documentErrors() {
    QFETCH(QByteArray, body);
    QFETCH(QString, problem);
    for (const DecodeError &error :
         {decodePeering(body).error, decodeDeployment(body).error, decodePeeringList(body).error,
          decodeDeploymentList(body).error, decodePeeringPage(body).error,
          decodeCreateRequest(body).error}) {
        QVERIFY(error.isError());
        QVERIFY(error.path.isEmpty());
        QVERIFY2(error.text(DecodeError::Language::English).startsWith(problem),
                 qPrintable(error.text(DecodeError::Language::English)));
    }
}

void TestCodec::errorBodyIsLenient() {
    const ErrorBody html = decodeErrorBody("<html>Bad Gateway</html>");
    QVERIFY(html.code.isEmpty());
    QVERIFY(html.message.isEmpty());
    QVERIFY(html.resources.isEmpty());
    const ErrorBody odd = decodeErrorBody(
        R"({"code":5,"message":"m","resources":[{"id":"r1","name":"n","type":"t"},{"id":1}]})");
    QVERIFY(odd.code.isEmpty()); // only members of the right type are taken
    QCOMPARE(odd.message, QStringLiteral("m"));
    QCOMPARE(odd.resources.size(), 1);
    QCOMPARE(odd.resources.first().name, QStringLiteral("n"));
}

void TestCodec::readerAccessors() {
    const QJsonObject object{{QStringLiteral("n"), 5},
                             {QStringLiteral("big"), 1e300},
                             {QStringLiteral("half"), 2.5},
                             {QStringLiteral("t"), QJsonValue::Null},
                             {QStringLiteral("s"), QString()}};
    ObjectReader ranged(object, QStringLiteral("idempotency[3]"));
    QCOMPARE(ranged.integer(QStringLiteral("n"), 1, 10), 5);
    QVERIFY(ranged.ok());
    QCOMPARE(ranged.integer(QStringLiteral("n"), 100, 599), 0);
    QCOMPARE(ranged.error().path, QStringLiteral("idempotency[3].n"));
    QCOMPARE(ranged.error().text(DecodeError::Language::English),
             QStringLiteral("idempotency[3].n: expected a whole number from 100 to 599"));
    for (const char *key : {"big", "half", "s"}) {
        ObjectReader reader(object);
        reader.integer(QLatin1String(key), 0, 1000);
        QCOMPARE(reader.error().path, QLatin1String(key));
    }

    ObjectReader optional(object);
    QVERIFY(!optional.optionalTime(QStringLiteral("absent")));
    QVERIFY(!optional.optionalTime(QStringLiteral("t")));
    QVERIFY(!optional.optionalString(QStringLiteral("absent")));
    QCOMPARE(optional.optionalString(QStringLiteral("s")), std::optional<QString>(QString()));
    QVERIFY(optional.ok());
    QCOMPARE(optional.string(QStringLiteral("s"), ObjectReader::Empty::Allowed), QString());
    QVERIFY(optional.ok());
    optional.string(QStringLiteral("s"));
    QCOMPARE(optional.error().path, QStringLiteral("s"));
    // After the first error nothing more is recorded.
    optional.string(QStringLiteral("absent"));
    QCOMPARE(optional.error().path, QStringLiteral("s"));
}

void TestCodec::errorCodesAreTheContractsNames() {
    QCOMPARE(QLatin1String(ErrorCode::ResourcesBound), QLatin1String("RESOURCES_BOUND"));
    QCOMPARE(QLatin1String(ErrorCode::CidrOverlap), QLatin1String("CIDR_OVERLAP"));
    QCOMPARE(QLatin1String(ErrorCode::RateLimited), QLatin1String("RATE_LIMITED"));
}

QTEST_GUILESS_MAIN(TestCodec)
#include "tst_codec.moc"
