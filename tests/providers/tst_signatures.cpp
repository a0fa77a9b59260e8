// The signers against the providers' own published vectors (providers-api.md Appendix A) and
// the requests the official Node SDKs sent (Appendix B, signatures the SDKs computed).

#include "app/providers/aliyun/signature/acssignature.h"
#include "app/providers/huawei/signature/sdksignature.h"

#include <QTest>
#include <QUrlQuery>

using namespace vpw;

namespace {

const QByteArray kEmptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

aliyun::Params paramsOf(const QByteArray &query) {
    aliyun::Params params;
    const QUrlQuery parsed(QString::fromLatin1(query));
    for (const auto &item : parsed.queryItems(QUrl::FullyDecoded))
        params.append(item);
    return params;
}

aliyun::V3Input v3(const QByteArray &action, const QByteArray &version, const QByteArray &host,
                   const QByteArray &date, const QByteArray &nonce, const QByteArray &query,
                   bool credentialsProvider) {
    aliyun::V3Input input;
    input.query = paramsOf(query);
    input.payloadHash = kEmptyHash;
    input.headers = {{"host", host},
                     {"x-acs-action", action},
                     {"x-acs-version", version},
                     {"x-acs-date", date},
                     {"x-acs-signature-nonce", nonce},
                     {"x-acs-content-sha256", kEmptyHash}};
    if (credentialsProvider)
        input.headers.append(
            qMakePair(QByteArray("x-acs-credentials-provider"), QByteArray("static_ak")));
    return input;
}

huawei::SignInput hw(const QByteArray &method, const QString &path, const QByteArray &query,
                     const QByteArray &host, const QByteArray &date, const QByteArray &project,
                     const QByteArray &body) {
    huawei::SignInput input;
    input.method = method;
    input.path = path;
    const QUrlQuery parsed(QString::fromLatin1(query));
    input.query = parsed.queryItems(QUrl::FullyDecoded);
    input.headers = {{"Content-Type", "application/json"}, {"Host", host}, {"X-Sdk-Date", date}};
    if (!project.isEmpty())
        input.headers.append(qMakePair(QByteArray("X-Project-Id"), project));
    input.payloadHash = huawei::sha256Hex(body);
    return input;
}

} // namespace

class TestSignatures : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aliyunV3OfficialExample();
    void aliyunV3_data();
    void aliyunV3();
    void aliyunV3AuthorizationRoundTrip();
    void aliyunRpc_data();
    void aliyunRpc();
    void percentEncoding();
    void huaweiOfficialExample();
    void huawei_data();
    void huawei();
    void huaweiDate();
};

// T1: the fixed-parameter example of the V3 documentation, canonical request byte for byte.
void TestSignatures::aliyunV3OfficialExample() {
    const aliyun::V3Input input = v3(
        "RunInstances", "2014-05-26", "ecs.cn-shanghai.aliyuncs.com", "2023-10-26T10:22:32Z",
        "3156853299f313e23d1673dc12e1703d",
        "ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai", false);
    const QByteArray canonical = aliyun::v3CanonicalRequest(input);
    QCOMPARE(canonical,
             QByteArray("POST\n/\n"
                        "ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId="
                        "cn-shanghai\n"
                        "host:ecs.cn-shanghai.aliyuncs.com\n"
                        "x-acs-action:RunInstances\n"
                        "x-acs-content-sha256:" +
                        kEmptyHash +
                        "\n"
                        "x-acs-date:2023-10-26T10:22:32Z\n"
                        "x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d\n"
                        "x-acs-version:2014-05-26\n\n"
                        "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-"
                        "nonce;x-acs-version\n" +
                        kEmptyHash));
    QCOMPARE(aliyun::v3StringToSign(canonical),
             QByteArray("ACS3-HMAC-SHA256\n"
                        "7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259"));
    const QByteArray signature = aliyun::v3Signature("YourAccessKeySecret", input);
    QCOMPARE(signature,
             QByteArray("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"));
    QCOMPARE(aliyun::v3Authorization(QStringLiteral("YourAccessKeyId"), input, signature),
             QByteArray("ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-"
                        "action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-"
                        "version,Signature="
                        "06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"));
}

void TestSignatures::aliyunV3_data() {
    QTest::addColumn<QByteArray>("action");
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("date");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<bool>("credentialsProvider");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("signature");
    // D2 (derived in the document from the official algorithm)
    QTest::newRow("D2 AttachCenChildInstance")
        << QByteArray("AttachCenChildInstance") << QByteArray("2017-09-12")
        << QByteArray("cbn.aliyuncs.com") << QByteArray("2023-10-26T10:22:32Z")
        << QByteArray("3156853299f313e23d1673dc12e1703d")
        << QByteArray("CenId=cen-7qthudw0ll6jmc1234&ChildInstanceId=vpc-uf6o8d1dj8sjwxi6o1234&"
                      "ChildInstanceOwnerId=1688000000000000&ChildInstanceRegionId=cn-hangzhou&"
                      "ChildInstanceType=VPC")
        << false << QByteArray("YourAccessKeySecret")
        << QByteArray("68d53f3cf73f8a7591f6a12c92cffac2cd0dc8628f7a037d257b51f7f7ba8221");
    // B.1 and B.2: what the official SDKs sent (wire query order, SDK-computed signature).
    QTest::newRow("B.1 SDK AttachCenChildInstance")
        << QByteArray("AttachCenChildInstance") << QByteArray("2017-09-12")
        << QByteArray("127.0.0.1:18777") << QByteArray("2026-12-07T06:46:28Z")
        << QByteArray("3bfa00e498b5170dbb4e2562e3cd04fb26ad9ab57ecb77994cbfbee80731d590")
        << QByteArray("CenId=cen-stub0000000000001&ChildInstanceId=vpc-emqx0000000000000001&"
                      "ChildInstanceType=VPC&ChildInstanceRegionId=cn-hangzhou&"
                      "ChildInstanceOwnerId=2222222222222222")
        << true << QByteArray("StubAccessKeySecret0123456789")
        << QByteArray("119c4195d9332130c6e13941cbd35556b9cb5fab5b17927d6f3b9bce576a4d47");
    QTest::newRow("B.2 SDK AuthorizeSecurityGroup")
        << QByteArray("AuthorizeSecurityGroup") << QByteArray("2014-05-26")
        << QByteArray("127.0.0.1:18777") << QByteArray("2026-12-07T06:46:28Z")
        << QByteArray("3f24998923647e6f938e4025517170d9f7463896ed9d77b6f179aadd0ec203c7")
        << QByteArray("ClientToken=pw-sg-1796625988302&Permissions.1.Description=emqx-peering&"
                      "Permissions.1.IpProtocol=TCP&Permissions.1.NicType=intranet&"
                      "Permissions.1.Policy=accept&Permissions.1.PortRange=1883%2F1883&"
                      "Permissions.1.Priority=1&Permissions.1.SourceCidrIp=10.11.1.0%2F24&"
                      "RegionId=cn-hangzhou&SecurityGroupId=sg-user000000000000001")
        << true << QByteArray("StubAccessKeySecret0123456789")
        << QByteArray("92fd92e4b6247d1d6915dcbfac5be46dbd785b8b96ea729300e7dcf589cede6a");
}

void TestSignatures::aliyunV3() {
    QFETCH(QByteArray, action);
    QFETCH(QByteArray, version);
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, date);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, query);
    QFETCH(bool, credentialsProvider);
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, signature);
    const aliyun::V3Input input =
        v3(action, version, host, date, nonce, query, credentialsProvider);
    QCOMPARE(aliyun::v3Signature(secret, input), signature);
    // One flipped character of the secret gives another signature.
    QByteArray wrong = secret;
    wrong[0] = char(wrong[0] ^ 1);
    QVERIFY(aliyun::v3Signature(wrong, input) != signature);
}

void TestSignatures::aliyunV3AuthorizationRoundTrip() {
    const QByteArray header =
        "ACS3-HMAC-SHA256 Credential=LTAI5tStubAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-"
        "content-sha256;x-acs-credentials-provider;x-acs-date;x-acs-signature-nonce;x-acs-version,"
        "Signature=119c4195d9332130c6e13941cbd35556b9cb5fab5b17927d6f3b9bce576a4d47";
    const auto parsed = aliyun::parseV3Authorization(header);
    QVERIFY(parsed);
    QCOMPARE(parsed->keyId, QStringLiteral("LTAI5tStubAccessKeyId"));
    QCOMPARE(parsed->signedHeaders.size(), 7);
    QCOMPARE(parsed->signedHeaders.at(3), QByteArray("x-acs-credentials-provider"));
    QCOMPARE(parsed->signature.size(), 64);
    QVERIFY(
        !aliyun::parseV3Authorization("SDK-HMAC-SHA256 Access=x, SignedHeaders=a, Signature=b"));
    QVERIFY(!aliyun::parseV3Authorization("ACS3-HMAC-SHA256 Credential=x"));
}

void TestSignatures::aliyunRpc_data() {
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("stringToSign"); // empty: not given by the source
    QTest::addColumn<QByteArray>("signature");
    const QByteArray t2 = "Timestamp=2016-02-23T12:46:24Z&Format=XML&AccessKeyId=testid&Action="
                          "DescribeRegions&SignatureMethod=HMAC-SHA1&SignatureNonce=3ee8c1b8-83d3-"
                          "44af-a94f-4e0ad82fd6cf&Version=2014-05-26&SignatureVersion=1.0";
    QTest::newRow("T2 DescribeRegions GET")
        << QByteArray("GET") << t2 << QByteArray("testsecret")
        << QByteArray("GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%"
                      "26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-"
                      "4e0ad82fd6cf%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%"
                      "253A24Z%26Version%3D2014-05-26")
        << QByteArray("OLeaidS1JvxuMvnyHOwuJ+uX5qY=");
    QTest::newRow("D3 DescribeRegions POST")
        << QByteArray("POST") << t2 << QByteArray("testsecret") << QByteArray()
        << QByteArray("MxbnVAM4w6sft9xjVpe/GCKueuk=");
    QTest::newRow("T3 DescribeDedicatedHosts")
        << QByteArray("GET")
        << QByteArray("AccessKeyId=testid&Action=DescribeDedicatedHosts&Format=JSON&RegionId=cn-"
                      "beijing&SignatureMethod=HMAC-SHA1&SignatureNonce="
                      "edb2b34af0af9a6d14deaf7c1a5315eb&SignatureVersion=1.0&Timestamp=2023-03-"
                      "13T08%3A34%3A30Z&Version=2014-05-26")
        << QByteArray("testsecret") << QByteArray() << QByteArray("9NaGiOspFP5UPcwX8Iwt2YJXXuk=");
    // B.3: openapi-core v2, every parameter in the query (the SDK's Signature included).
    QTest::newRow("B.3 SDK query form")
        << QByteArray("POST")
        << QByteArray("Action=DescribeCens&Format=json&Version=2017-09-12&Timestamp=2026-12-"
                      "07T06%3A46%3A28Z&SignatureNonce="
                      "5035d5d3941806dc6d428ff5edce9967a82abcf9fcd5236f5476aa80a9836767&Filter.1."
                      "Key=CenId&Filter.1.Value.1=cen-stub0000000000001&PageNumber=1&PageSize=50&"
                      "SignatureMethod=HMAC-SHA1&SignatureVersion=1.0&AccessKeyId="
                      "LTAI5tStubAccessKeyId&Signature=LlI2S5dbbsEvtA0Jmo5NjpCoAlo%3D")
        << QByteArray("StubAccessKeySecret0123456789") << QByteArray()
        << QByteArray("LlI2S5dbbsEvtA0Jmo5NjpCoAlo=");
    // B.4: pop-core, every parameter in a form body.
    QTest::newRow("B.4 SDK form body")
        << QByteArray("POST")
        << QByteArray("AccessKeyId=LTAI5tStubAccessKeyId&Action=DescribeCens&Filter.1.Key=CenId&"
                      "Filter.1.Value.1=cen-stub0000000000001&Format=JSON&PageSize=50&"
                      "SignatureMethod=HMAC-SHA1&SignatureNonce=89d5c24766fe0467405723d7492b8270&"
                      "SignatureVersion=1.0&Timestamp=2026-12-07T06%3A46%3A28Z&Version=2017-09-"
                      "12&Signature=zLyNBqMn7D3lEWVMcLEaFquLUNM%3D")
        << QByteArray("StubAccessKeySecret0123456789") << QByteArray()
        << QByteArray("zLyNBqMn7D3lEWVMcLEaFquLUNM=");
}

void TestSignatures::aliyunRpc() {
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, params);
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, stringToSign);
    QFETCH(QByteArray, signature);
    const aliyun::Params parsed = paramsOf(params);
    if (!stringToSign.isEmpty())
        QCOMPARE(aliyun::rpcStringToSign(method, parsed), stringToSign);
    QCOMPARE(aliyun::rpcSignature(secret, method, parsed), signature);
    QVERIFY(aliyun::rpcSignature(secret + 'x', method, parsed) != signature);
}

void TestSignatures::percentEncoding() {
    QCOMPARE(aliyun::percentEncode(QStringLiteral("a b*c~d!'()/")),
             QByteArray("a%20b%2Ac~d%21%27%28%29%2F"));
    QCOMPARE(aliyun::percentEncode(QStringLiteral("名")), QByteArray("%E5%90%8D"));
    QCOMPARE(huawei::canonicalUri(QStringLiteral("/v1/p/vpcs")), QByteArray("/v1/p/vpcs/"));
    QCOMPARE(huawei::canonicalUri(QStringLiteral("/")), QByteArray("/"));
    QCOMPARE(huawei::canonicalQuery({{QStringLiteral("b"), QStringLiteral("2")},
                                     {QStringLiteral("a"), QStringLiteral("y")},
                                     {QStringLiteral("a"), QStringLiteral("x")},
                                     {QStringLiteral("c"), QString()}}),
             QByteArray("a=x&a=y&b=2&c="));
}

// T4: the official example, every intermediate value.
void TestSignatures::huaweiOfficialExample() {
    const huawei::SignInput input =
        hw("GET", QStringLiteral("/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs"),
           "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0", "service.region.example.com",
           "20191115T033655Z", {}, {});
    const QByteArray canonical = huawei::canonicalRequest(input);
    QCOMPARE(canonical, QByteArray("GET\n/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/\n"
                                   "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0\n"
                                   "content-type:application/json\n"
                                   "host:service.region.example.com\n"
                                   "x-sdk-date:20191115T033655Z\n\n"
                                   "content-type;host;x-sdk-date\n" +
                                   kEmptyHash));
    QCOMPARE(huawei::sha256Hex(canonical),
             QByteArray("b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a"));
    const QByteArray signature =
        huawei::signature("MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc", "20191115T033655Z", input);
    QCOMPARE(signature,
             QByteArray("7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe"));
    QCOMPARE(huawei::authorization(QStringLiteral("QTWAOYTTINDUT2QVKYUC"), input, signature),
             QByteArray("SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;"
                        "host;x-sdk-date, Signature="
                        "7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe"));
    const auto parsed = huawei::parseAuthorization(
        huawei::authorization(QStringLiteral("QTWAOYTTINDUT2QVKYUC"), input, signature));
    QVERIFY(parsed);
    QCOMPARE(parsed->keyId, QStringLiteral("QTWAOYTTINDUT2QVKYUC"));
    QCOMPARE(parsed->signature, signature);
    QCOMPARE(parsed->signedHeaders.size(), 3);
}

void TestSignatures::huawei_data() {
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("date");
    QTest::addColumn<QByteArray>("project");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("signature");
    const QByteArray sk = "StubAccessKeySecret0123456789";
    const QByteArray project = "77b6a44cba5143ab91d13ab9a8ff44fd";
    QTest::newRow("D1 POST peering")
        << QByteArray("POST") << QStringLiteral("/v2.0/vpc/peerings") << QByteArray()
        << QByteArray("vpc.cn-north-4.myhuaweicloud.com") << QByteArray("20191115T033655Z")
        << QByteArray()
        << QByteArray("{\"peering\":{\"name\":\"emqx-peering\",\"request_vpc_info\":{\"vpc_id\":"
                      "\"9daeac7c-a98f-430f-8e38-67f9c044e299\"},\"accept_vpc_info\":{\"vpc_id\":"
                      "\"f583c072-0bb8-4e19-afb2-afb7c1693be5\",\"tenant_id\":"
                      "\"059a737356594b41b447b557bf0aae56\"}}}")
        << QByteArray("MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc")
        << QByteArray("a1a2559df04a1d47bf6ae30394749ad6bf5e50ec44d3a3bca1a2f894d6eebd55");
    QTest::newRow("B.5 SDK CreateVpcPeering")
        << QByteArray("POST") << QStringLiteral("/v2.0/vpc/peerings") << QByteArray()
        << QByteArray("127.0.0.1:18777") << QByteArray("20261207T064633Z") << project
        << QByteArray("{\"peering\":{\"name\":\"emqx-peering\",\"request_vpc_info\":{\"vpc_id\":"
                      "\"9daeac7c-a98f-430f-8e38-67f9c044e299\"},\"accept_vpc_info\":{\"vpc_id\":"
                      "\"f583c072-0bb8-4e19-afb2-afb7c1693be5\",\"tenant_id\":"
                      "\"059a737356594b41b447b557bf0aae56\"},\"description\":\"EMQX Cloud VPC "
                      "peering\"}}")
        << sk << QByteArray("531506994be5f2deb834294707c2e4bdf15da87fa188b255782263f9df9c54d2");
    QTest::newRow("B.6 SDK UpdateRouteTable")
        << QByteArray("PUT")
        << QStringLiteral("/v1/77b6a44cba5143ab91d13ab9a8ff44fd/routetables/"
                          "3d42a0d4-a980-4613-ae76-a2cddecff054")
        << QByteArray() << QByteArray("127.0.0.1:18777") << QByteArray("20261207T064633Z")
        << project
        << QByteArray("{\"routetable\":{\"routes\":{\"add\":[{\"type\":\"peering\","
                      "\"destination\":\"10.11.1.0/24\",\"nexthop\":\"22b76469-08e3-4937-8c1d-"
                      "7aad34892be1\",\"description\":\"emqx-peering\"}]}}}")
        << sk << QByteArray("965476b55b34f58417e748b060549b5c298b3eddc387d2fce70cebd595ff0a66");
    QTest::newRow("B.7 SDK ListSecurityGroupRules v3")
        << QByteArray("GET")
        << QStringLiteral("/v3/77b6a44cba5143ab91d13ab9a8ff44fd/vpc/security-group-rules")
        << QByteArray("security_group_id=16b6e77a-08fa-42c7-aa8b-106c048884e6")
        << QByteArray("127.0.0.1:18777") << QByteArray("20261207T064634Z") << project
        << QByteArray() << sk
        << QByteArray("165bf0387b7b2ec7a6d29e155932cb86bd07f8262f9f409f615802f56261e404");
    QTest::newRow("B.8 SDK ShowPermanentAccessKey")
        << QByteArray("GET")
        << QStringLiteral("/v3.0/OS-CREDENTIAL/credentials/LTAI5tStubAccessKeyId") << QByteArray()
        << QByteArray("127.0.0.1:18777") << QByteArray("20261207T064633Z") << QByteArray()
        << QByteArray() << sk
        << QByteArray("555873de73f7effe6174f658e3c151c3fcb477ba9a24485d3f32edfd0f00a1b3");
}

void TestSignatures::huawei() {
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, date);
    QFETCH(QByteArray, project);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, signature);
    const huawei::SignInput input = hw(method, path, query, host, date, project, body);
    QCOMPARE(huawei::signature(secret, date, input), signature);
    QByteArray wrong = secret;
    wrong[wrong.size() - 1] = char(wrong.back() ^ 1);
    QVERIFY(huawei::signature(wrong, date, input) != signature);
}

void TestSignatures::huaweiDate() {
    const auto ms = huawei::parseSdkDate("20191115T033655Z");
    QVERIFY(ms);
    QCOMPARE(huawei::sdkDate(*ms), QByteArray("20191115T033655Z"));
    QVERIFY(!huawei::parseSdkDate("2019-11-15T03:36:55Z"));
    QVERIFY(!huawei::parseSdkDate("20191315T033655Z"));
    QCOMPARE(aliyun::timestamp(*ms), QByteArray("2019-11-15T03:36:55Z"));
}

QTEST_GUILESS_MAIN(TestSignatures)
#include "tst_signatures.moc"
