#include "app/core/fieldrules.h"
#include "app/providers/aliyun/module.h"
#include "app/providers/aws/module.h"
#include "app/providers/huawei/module.h"
#include "app/providers/registry.h"

#include <QTest>

using namespace Qt::StringLiterals;
using vpw::Cidr;
using vpw::FieldKind;
using vpw::Provider;
using vpw::Severity;
using vpw::Verdict;

Q_DECLARE_METATYPE(vpw::FieldKind)
Q_DECLARE_METATYPE(vpw::Provider)
Q_DECLARE_METATYPE(vpw::Severity)

namespace {
const QList<FieldKind> kAllKinds = {
    vpw::providers::aliyun::cenId(),
    vpw::providers::aliyun::accountId(),
    vpw::providers::aliyun::vpcId(),
    vpw::providers::huawei::peeringId(),
    vpw::providers::huawei::vpcId(),
    vpw::providers::aws::peeringId(),
    vpw::providers::aws::vpcId(),
    vpw::providers::aws::accountId(),
    vpw::providers::huawei::userId(),
    vpw::providers::huawei::projectId(),
    FieldKind::vpcCidr(),
    FieldKind::region(),
};
const QString kReservedLabel = u"10.10.0.0/24 \uff5e 10.32.255.0/24"_s;
} // namespace

class TestFieldRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void checkField_data();
    void checkField();
    void controlCharacters_data();
    void controlCharacters();
    void examplesAreAccepted();
    void errorMessagesShowAnExample();
    void knownRegionsAreWellFormed();
    void providerLimits_data();
    void providerLimits();
    void vpcCidr_data();
    void vpcCidr();
};

void TestFieldRules::checkField_data() {
    QTest::addColumn<FieldKind>("kind");
    QTest::addColumn<QString>("input");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("normalized"); // when not an error
    QTest::addColumn<QString>("suggestion"); // when an error

    const auto ok = [](const char *name, FieldKind kind, const QString &input,
                       const QString &normalized) {
        QTest::newRow(name) << kind << input << Severity::Ok << QString() << normalized
                            << QString();
    };
    const auto warn = [](const char *name, FieldKind kind, const QString &input, const char *code,
                         const QString &normalized) {
        QTest::newRow(name) << kind << input << Severity::Warning << QString::fromLatin1(code)
                            << normalized << QString();
    };
    const auto reject = [](const char *name, FieldKind kind, const QString &input, const char *code,
                           const QString &suggestion = {}) {
        QTest::newRow(name) << kind << input << Severity::Error << QString::fromLatin1(code)
                            << QString() << suggestion;
    };

    // Aliyun CEN instance ID: cen- + [a-z0-9]+, 18 after the prefix usual.
    const FieldKind cen = vpw::providers::aliyun::cenId();
    ok("cen: documented example", cen, u"cen-7qthudw0ll6jmc3abc"_s, u"cen-7qthudw0ll6jmc3abc"_s);
    ok("cen: pasted with whitespace", cen, u"\t cen-7qthudw0ll6jmc3abc\n"_s,
       u"cen-7qthudw0ll6jmc3abc"_s);
    warn("cen: short", cen, u"cen-abc123"_s, "id.unusual_length", u"cen-abc123"_s);
    warn("cen: one too long", cen, u"cen-7qthudw0ll6jmc3abcd"_s, "id.unusual_length",
         u"cen-7qthudw0ll6jmc3abcd"_s);
    reject("cen: empty", cen, QString(), "id.empty");
    reject("cen: blank", cen, u"  \n"_s, "id.empty");
    reject("cen: prefix missing", cen, u"7qthudw0ll6jmc3abc"_s, "id.prefix");
    reject("cen: underscore prefix", cen, u"cen_7qthudw0ll6jmc3abc"_s, "id.prefix");
    reject("cen: vpc id swapped in", cen, u"vpc-uf6o8d1dj8sjwxi6o1abc"_s, "id.wrong_kind");
    reject("cen: account id swapped in", cen, u"1688000000000000"_s, "id.wrong_kind");
    reject("cen: prefix only", cen, u"cen-"_s, "id.incomplete");
    reject("cen: underscore", cen, u"cen-7qth_udw0ll6jmc3ab"_s, "id.charset");
    reject("cen: inner space", cen, u"cen-7qth udw0ll6jmc3ab"_s, "id.charset");
    reject("cen: all upper case", cen, u"CEN-7QTHUDW0LL6JMC3ABC"_s, "id.uppercase",
           u"cen-7qthudw0ll6jmc3abc"_s);
    reject("cen: one upper-case letter", cen, u"cen-7qthUdw0ll6jmc3abc"_s, "id.uppercase",
           u"cen-7qthudw0ll6jmc3abc"_s);

    // Aliyun VPC ID: vpc- + [a-z0-9]+, 21 after the prefix usual.
    const FieldKind avpc = vpw::providers::aliyun::vpcId();
    ok("aliyun vpc: documented example", avpc, u"vpc-uf6o8d1dj8sjwxi6o1abc"_s,
       u"vpc-uf6o8d1dj8sjwxi6o1abc"_s);
    warn("aliyun vpc: short", avpc, u"vpc-bp1abc"_s, "id.unusual_length", u"vpc-bp1abc"_s);
    reject("aliyun vpc: cen id swapped in", avpc, u"cen-7qthudw0ll6jmc3abc"_s, "id.wrong_kind");
    reject("aliyun vpc: prefix only", avpc, u"vpc-"_s, "id.incomplete");
    reject("aliyun vpc: upper case", avpc, u"VPC-UF6O8D1DJ8SJWXI6O1ABC"_s, "id.uppercase",
           u"vpc-uf6o8d1dj8sjwxi6o1abc"_s);
    reject("aliyun vpc: exclamation mark", avpc, u"vpc-uf6o8d1dj8sjwxi6o1ab!"_s, "id.charset");
    reject("aliyun vpc: huawei uuid", avpc, u"ab78be2d-782f-42a5-aa72-35879f6890ff"_s, "id.prefix");

    // Aliyun account ID: digits, 16 usual.
    const FieldKind uid = vpw::providers::aliyun::accountId();
    ok("aliyun account: documented example", uid, u"1688000000000000"_s, u"1688000000000000"_s);
    ok("aliyun account: pasted with spaces", uid, u" 1688000000000000 "_s, u"1688000000000000"_s);
    warn("aliyun account: 12 digits", uid, u"123456789012"_s, "id.unusual_length",
         u"123456789012"_s);
    warn("aliyun account: 17 digits", uid, u"16880000000000001"_s, "id.unusual_length",
         u"16880000000000001"_s);
    reject("aliyun account: empty", uid, QString(), "id.empty");
    reject("aliyun account: hyphens", uid, u"1688-0000-0000-0000"_s, "id.charset");
    reject("aliyun account: inner spaces", uid, u"1688 0000 0000 0000"_s, "id.charset");
    reject("aliyun account: letters", uid, u"abc"_s, "id.charset");
    reject("aliyun account: cen id swapped in", uid, u"cen-7qthudw0ll6jmc3abc"_s, "id.wrong_kind");

    // Huawei peering and VPC IDs: UUID, case-insensitive.
    const FieldKind hpeer = vpw::providers::huawei::peeringId();
    ok("huawei peering: documented example", hpeer, u"22b76469-08e3-4937-8c1d-7aad34892be1"_s,
       u"22b76469-08e3-4937-8c1d-7aad34892be1"_s);
    ok("huawei peering: upper case normalised", hpeer, u"22B76469-08E3-4937-8C1D-7AAD34892BE1"_s,
       u"22b76469-08e3-4937-8c1d-7aad34892be1"_s);
    reject("huawei peering: empty", hpeer, QString(), "id.empty");
    reject("huawei peering: user id swapped in", hpeer, u"0f4ab9d1e2c34b5a8d7e6f5a4b3c2d1e"_s,
           "id.wrong_kind");
    reject("huawei peering: truncated", hpeer, u"22b76469-08e3-4937-8c1d"_s, "id.format");
    reject("huawei peering: hyphen misplaced", hpeer, u"22b7646908e3-4937-8c1d-7aad34892be1-"_s,
           "id.format");
    reject("huawei peering: non-hex letter", hpeer, u"g2b76469-08e3-4937-8c1d-7aad34892be1"_s,
           "id.charset");
    reject("huawei peering: aliyun id", hpeer, u"cen-7qthudw0ll6jmc3abc"_s, "id.charset");

    const FieldKind hvpc = vpw::providers::huawei::vpcId();
    ok("huawei vpc: documented example", hvpc, u"ab78be2d-782f-42a5-aa72-35879f6890ff"_s,
       u"ab78be2d-782f-42a5-aa72-35879f6890ff"_s);
    ok("huawei vpc: mixed case and paste", hvpc, u" AB78be2d-782F-42a5-aa72-35879f6890ff\n"_s,
       u"ab78be2d-782f-42a5-aa72-35879f6890ff"_s);
    reject("huawei vpc: empty", hvpc, u" "_s, "id.empty");
    reject("huawei vpc: missing group", hvpc, u"ab78be2d-782f-42a5-35879f6890ff"_s, "id.format");
    reject("huawei vpc: braces", hvpc, u"{ab78be2d-782f-42a5-aa72-35879f6890ff}"_s, "id.charset");

    // Huawei user ID: 32 hex, no hyphens (length documented).
    const FieldKind huser = vpw::providers::huawei::userId();
    ok("huawei user: documented example", huser, u"0f4ab9d1e2c34b5a8d7e6f5a4b3c2d1e"_s,
       u"0f4ab9d1e2c34b5a8d7e6f5a4b3c2d1e"_s);
    ok("huawei user: upper case normalised", huser, u"0F4AB9D1E2C34B5A8D7E6F5A4B3C2D1E"_s,
       u"0f4ab9d1e2c34b5a8d7e6f5a4b3c2d1e"_s);
    warn("huawei user: pasted in uuid form", huser, u"0f4ab9d1-e2c3-4b5a-8d7e-6f5a4b3c2d1e"_s,
         "id.hyphens_removed", u"0f4ab9d1e2c34b5a8d7e6f5a4b3c2d1e"_s);
    warn("huawei user: uuid form, upper case", huser, u"0F4AB9D1-E2C3-4B5A-8D7E-6F5A4B3C2D1E"_s,
         "id.hyphens_removed", u"0f4ab9d1e2c34b5a8d7e6f5a4b3c2d1e"_s);
    reject("huawei user: empty", huser, QString(), "id.empty");
    reject("huawei user: 31 digits", huser, u"0f4ab9d1e2c34b5a8d7e6f5a4b3c2d1"_s, "id.length");
    reject("huawei user: 33 digits", huser, u"0f4ab9d1e2c34b5a8d7e6f5a4b3c2d1e0"_s, "id.length");
    reject("huawei user: non-hex", huser, u"0f4ab9d1e2c34b5a8d7e6f5a4b3c2d1z"_s, "id.charset");
    reject("huawei user: user name instead", huser, u"my-iam-user"_s, "id.charset");

    // Huawei project ID: 32 hex (length only observed: warn).
    const FieldKind hproj = vpw::providers::huawei::projectId();
    ok("huawei project: documented example", hproj, u"77b6a44cba5143ab91d13ab9a8ff44fd"_s,
       u"77b6a44cba5143ab91d13ab9a8ff44fd"_s);
    warn("huawei project: uuid form", hproj, u"77b6a44c-ba51-43ab-91d1-3ab9a8ff44fd"_s,
         "id.hyphens_removed", u"77b6a44cba5143ab91d13ab9a8ff44fd"_s);
    warn("huawei project: 30 digits", hproj, u"77b6a44cba5143ab91d13ab9a8ff44"_s,
         "id.unusual_length", u"77b6a44cba5143ab91d13ab9a8ff44"_s);
    reject("huawei project: non-hex", hproj, u"77b6a44cba5143ab91d13ab9a8ff44fx"_s, "id.charset");
    reject("huawei project: empty", hproj, QString(), "id.empty");
    // Found by fuzzing: only hyphens left nothing to submit, yet was a mere warning.
    reject("huawei project: only a hyphen", hproj, u"-"_s, "id.length");
    reject("huawei project: only hyphens", hproj, u"----"_s, "id.length");

    // Region: any well-formed code of either provider.
    const FieldKind region = FieldKind::region();
    ok("region: aliyun cn-hangzhou", region, u"cn-hangzhou"_s, u"cn-hangzhou"_s);
    ok("region: huawei cn-north-4", region, u"cn-north-4"_s, u"cn-north-4"_s);
    ok("region: ap-southeast-1", region, u"ap-southeast-1"_s, u"ap-southeast-1"_s);
    ok("region: multi-word with number", region, u"cn-shanghai-finance-1"_s,
       u"cn-shanghai-finance-1"_s);
    ok("region: unknown but well formed", region, u"xx-mars-1"_s, u"xx-mars-1"_s);
    ok("region: upper case normalised", region, u" CN-North-4 "_s, u"cn-north-4"_s);
    reject("region: one word", region, u"hangzhou"_s, "region.format");
    reject("region: underscores", region, u"cn_north_4"_s, "region.format");
    reject("region: trailing hyphen", region, u"cn-north-"_s, "region.format");
    reject("region: letter after number", region, u"cn-north-4a"_s, "region.format");
    reject("region: display name", region, u"华东1（杭州）"_s, "region.format");
    reject("region: empty", region, QString(), "id.empty");

    // AWS peering connection ID: pcx- + 8 or 17 lower-case hex (EC2 resource IDs), exactly.
    const FieldKind apcx = vpw::providers::aws::peeringId();
    ok("aws pcx: 17 hex", apcx, u"pcx-1a2b3c4d5e6f7a8b9"_s, u"pcx-1a2b3c4d5e6f7a8b9"_s);
    ok("aws pcx: 8 hex (old)", apcx, u" pcx-1a2b3c4d "_s, u"pcx-1a2b3c4d"_s);
    reject("aws pcx: empty", apcx, QString(), "id.empty");
    reject("aws pcx: 10 hex", apcx, u"pcx-1a2b3c4d5e"_s, "id.length");
    reject("aws pcx: 18 hex", apcx, u"pcx-1a2b3c4d5e6f7a8b90"_s, "id.length");
    reject("aws pcx: not hex", apcx, u"pcx-1a2b3c4g"_s, "id.charset");
    reject("aws pcx: upper case", apcx, u"PCX-1A2B3C4D"_s, "id.uppercase", u"pcx-1a2b3c4d"_s);
    reject("aws pcx: prefix only", apcx, u"pcx-"_s, "id.incomplete");
    reject("aws pcx: vpc id swapped in", apcx, u"vpc-0a1b2c3d4e5f6a7b8"_s, "id.wrong_kind");
    reject("aws pcx: account swapped in", apcx, u"123456789012"_s, "id.wrong_kind");
    reject("aws pcx: aliyun cen id", apcx, u"cen-7qthudw0ll6jmc3abc"_s, "id.prefix");
    // AWS VPC ID: vpc- + 8 or 17 lower-case hex.
    const FieldKind avpc2 = vpw::providers::aws::vpcId();
    ok("aws vpc: 17 hex", avpc2, u"vpc-0a1b2c3d4e5f6a7b8"_s, u"vpc-0a1b2c3d4e5f6a7b8"_s);
    ok("aws vpc: 8 hex", avpc2, u"vpc-1a2b3c4d"_s, u"vpc-1a2b3c4d"_s);
    reject("aws vpc: aliyun vpc id (not hex)", avpc2, u"vpc-uf6o8d1dj8sjwxi6o1abc"_s, "id.charset");
    reject("aws vpc: 9 hex", avpc2, u"vpc-1a2b3c4d5"_s, "id.length");
    reject("aws vpc: pcx swapped in", avpc2, u"pcx-1a2b3c4d5e6f7a8b9"_s, "id.wrong_kind");
    reject("aws vpc: no prefix", avpc2, u"0a1b2c3d4e5f6a7b8"_s, "id.prefix");
    // AWS account ID: exactly 12 digits.
    const FieldKind aacct = vpw::providers::aws::accountId();
    ok("aws account: 12 digits", aacct, u"123456789012"_s, u"123456789012"_s);
    reject("aws account: 11 digits", aacct, u"12345678901"_s, "id.length");
    reject("aws account: 13 digits", aacct, u"1234567890123"_s, "id.length");
    reject("aws account: hyphens", aacct, u"1234-5678-9012"_s, "id.charset");
    reject("aws account: vpc id swapped in", aacct, u"vpc-1a2b3c4d"_s, "id.wrong_kind");

    // VpcCidr alone: syntax only.
    const FieldKind vpcCidr = FieldKind::vpcCidr();
    ok("cidr field: valid", vpcCidr, u"192.168.0.0/16"_s, u"192.168.0.0/16"_s);
    reject("cidr field: host bits", vpcCidr, u"192.168.1.5/24"_s, "cidr.host_bits",
           u"192.168.1.0/24"_s);
    reject("cidr field: empty", vpcCidr, QString(), "id.empty");
}

void TestFieldRules::checkField() {
    QFETCH(FieldKind, kind);
    QFETCH(QString, input);
    QFETCH(Severity, severity);
    QFETCH(QString, code);
    QFETCH(QString, normalized);
    QFETCH(QString, suggestion);

    const Verdict v = vpw::checkField(kind, input);
    QCOMPARE(int(v.severity), int(severity));
    QCOMPARE(v.code, code);
    if (severity == Severity::Error) {
        QVERIFY(v.normalized.isEmpty());
        QCOMPARE(v.suggestion, suggestion);
        QVERIFY(!v.message.isEmpty());
    } else {
        QCOMPARE(v.normalized, normalized);
        // A warning explains itself; a plain ok needs no message.
        QCOMPARE(v.message.isEmpty(), severity == Severity::Ok);
    }
    // Messages about a typed value quote it (trimmed).
    if (severity != Severity::Ok && code != u"id.empty"_s && code != u"id.hyphens_removed"_s)
        QVERIFY2(v.message.contains(input.trimmed()), qPrintable(v.message));
    if (code == u"id.hyphens_removed"_s)
        QVERIFY2(v.message.contains(normalized), qPrintable(v.message));
}

// Every control character is refused in every field, wherever it is — U+0000 included, which
// once meant "nothing disallowed found" and let "cen-" + 18 NULs through.
void TestFieldRules::controlCharacters_data() {
    QTest::addColumn<FieldKind>("kind");
    QTest::addColumn<QString>("input");

    const QList<char16_t> controls = {0x0000, 0x0001, 0x0009, 0x000a,
                                      0x001b, 0x007f, 0x0085, 0x009f};
    for (const FieldKind &kind : kAllKinds) {
        const QString example = vpw::fieldExample(kind);
        const QString name = vpw::fieldKindName(kind);
        for (const char16_t control : controls) {
            const QString code = u"U+%1"_s.arg(int(control), 4, 16, QLatin1Char('0')).toUpper();
            const QChar c(control);
            const qsizetype middle = example.size() / 2;
            QTest::addRow("%s: %s inside", qPrintable(name), qPrintable(code))
                << kind << example.left(middle) + c + example.mid(middle);
            if (!c.isSpace()) { // surrounding whitespace is trimmed; the others are not
                QTest::addRow("%s: %s at the end", qPrintable(name), qPrintable(code))
                    << kind << example + c;
                QTest::addRow("%s: %s at the start", qPrintable(name), qPrintable(code))
                    << kind << c + example;
            }
        }
    }
    QTest::newRow("cen- and 18 NULs")
        << vpw::providers::aliyun::cenId() << u"cen-"_s + QString(18, QChar());
    QTest::newRow("account ID of NULs")
        << vpw::providers::aliyun::accountId() << QString(16, QChar());
}

void TestFieldRules::controlCharacters() {
    QFETCH(FieldKind, kind);
    QFETCH(QString, input);

    const Verdict verdict = vpw::checkField(kind, input);
    QVERIFY2(verdict.isError(), qPrintable(verdict.code));
    QCOMPARE(verdict.code, u"id.control"_s);
    QVERIFY(verdict.normalized.isEmpty());
    QVERIFY(verdict.message.contains(u"U+"_s));
    for (const QChar c : verdict.message) // the message does not carry the character along
        QVERIFY(c.unicode() >= 0x20 && (c.unicode() < 0x7f || c.unicode() > 0x9f));
    if (kind == FieldKind::vpcCidr()) {
        const Verdict full = vpw::checkVpcCidr(vpw::CidrContext(), input);
        QCOMPARE(full.code, u"id.control"_s);
    }
}

void TestFieldRules::examplesAreAccepted() {
    for (const FieldKind &kind : kAllKinds) {
        const QString example = vpw::fieldExample(kind);
        QVERIFY(!example.isEmpty());
        QVERIFY(!vpw::fieldKindName(kind).isEmpty());
        const Verdict v = vpw::checkField(kind, example);
        QVERIFY2(v.isOk(), qPrintable(example + u": "_s + v.message));
        QCOMPARE(v.normalized, example);
    }
}

void TestFieldRules::errorMessagesShowAnExample() {
    // Every ID kind's message for a wrong value shows what a right value looks like.
    for (const FieldKind &kind : kAllKinds) {
        if (kind == FieldKind::vpcCidr() || kind == FieldKind::region())
            continue;
        for (const QString &wrong : {QString(), u"#"_s}) {
            const Verdict v = vpw::checkField(kind, wrong);
            QVERIFY(v.isError());
            QVERIFY2(v.message.contains(vpw::fieldExample(kind)), qPrintable(v.message));
        }
    }
}

void TestFieldRules::knownRegionsAreWellFormed() {
    for (const Provider provider : vpw::providerModules()) {
        const QStringList regions = provider->knownRegions();
        QVERIFY(regions.size() >= 5);
        for (const QString &region : regions)
            QVERIFY2(vpw::checkField(FieldKind::region(), region).isOk(), qPrintable(region));
    }
    QVERIFY((&vpw::providers::aliyun::module())->knownRegions().contains(u"cn-hangzhou"_s));
    QVERIFY((&vpw::providers::huawei::module())->knownRegions().contains(u"cn-north-4"_s));
    QVERIFY((&vpw::providers::aws::module())->knownRegions().contains(u"us-east-1"_s));
}

void TestFieldRules::providerLimits_data() {
    QTest::addColumn<Provider>("provider");
    QTest::addColumn<QString>("cidr");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("code");

    const Provider hw = &vpw::providers::huawei::module();
    const Provider ali = &vpw::providers::aliyun::module();
    const Provider aws = &vpw::providers::aws::module();
    QTest::newRow("aws /16") << aws << u"10.0.0.0/16"_s << Severity::Ok << QString();
    QTest::newRow("aws /28") << aws << u"192.168.1.0/28"_s << Severity::Ok << QString();
    QTest::newRow("aws /15 rejected")
        << aws << u"10.0.0.0/15"_s << Severity::Error << u"cidr.provider_prefix"_s;
    QTest::newRow("aws /8 rejected")
        << aws << u"10.0.0.0/8"_s << Severity::Error << u"cidr.provider_prefix"_s;
    QTest::newRow("aws /29 rejected")
        << aws << u"192.168.1.0/29"_s << Severity::Error << u"cidr.provider_prefix"_s;
    QTest::newRow("aws public /16 warns")
        << aws << u"100.64.0.0/16"_s << Severity::Warning << u"cidr.custom_range"_s;
    QTest::newRow("huawei 10/8") << hw << u"10.0.0.0/8"_s << Severity::Ok << QString();
    QTest::newRow("huawei 172.16/12") << hw << u"172.16.0.0/12"_s << Severity::Ok << QString();
    QTest::newRow("huawei 192.168/16") << hw << u"192.168.0.0/16"_s << Severity::Ok << QString();
    QTest::newRow("huawei /24") << hw << u"192.168.1.0/24"_s << Severity::Ok << QString();
    QTest::newRow("huawei /25 warns")
        << hw << u"192.168.1.0/25"_s << Severity::Warning << u"cidr.prefix_above_24"_s;
    QTest::newRow("huawei /28 warns")
        << hw << u"192.168.1.0/28"_s << Severity::Warning << u"cidr.prefix_above_24"_s;
    QTest::newRow("huawei /29 rejected")
        << hw << u"192.168.1.0/29"_s << Severity::Error << u"cidr.provider_prefix"_s;
    QTest::newRow("huawei /32 rejected")
        << hw << u"10.1.1.1/32"_s << Severity::Error << u"cidr.provider_prefix"_s;
    QTest::newRow("huawei public range")
        << hw << u"11.0.0.0/16"_s << Severity::Error << u"cidr.not_private"_s;
    QTest::newRow("huawei wider than 10/8")
        << hw << u"10.0.0.0/7"_s << Severity::Error << u"cidr.not_private"_s;
    QTest::newRow("huawei 172.32 outside /12")
        << hw << u"172.32.0.0/16"_s << Severity::Error << u"cidr.not_private"_s;
    QTest::newRow("huawei whole space")
        << hw << u"0.0.0.0/0"_s << Severity::Error << u"cidr.not_private"_s;

    QTest::newRow("aliyun 10/8") << ali << u"10.0.0.0/8"_s << Severity::Ok << QString();
    QTest::newRow("aliyun /28") << ali << u"192.168.1.0/28"_s << Severity::Ok << QString();
    QTest::newRow("aliyun /29 rejected")
        << ali << u"192.168.1.0/29"_s << Severity::Error << u"cidr.provider_prefix"_s;
    QTest::newRow("aliyun /7 rejected")
        << ali << u"10.0.0.0/7"_s << Severity::Error << u"cidr.provider_prefix"_s;
    QTest::newRow("aliyun whole space")
        << ali << u"0.0.0.0/0"_s << Severity::Error << u"cidr.provider_prefix"_s;
    QTest::newRow("aliyun custom range warns")
        << ali << u"11.0.0.0/16"_s << Severity::Warning << u"cidr.custom_range"_s;
    QTest::newRow("aliyun custom 172.32 warns")
        << ali << u"172.32.0.0/16"_s << Severity::Warning << u"cidr.custom_range"_s;
    QTest::newRow("aliyun 100.64/10 forbidden")
        << ali << u"100.64.0.0/16"_s << Severity::Error << u"cidr.provider_forbidden"_s;
    QTest::newRow("aliyun 100/8 covers 100.64/10")
        << ali << u"100.0.0.0/8"_s << Severity::Error << u"cidr.provider_forbidden"_s;
    QTest::newRow("aliyun just below 100.64")
        << ali << u"100.63.0.0/16"_s << Severity::Warning << u"cidr.custom_range"_s;
    QTest::newRow("aliyun 224/4 multicast")
        << ali << u"224.0.0.0/8"_s << Severity::Error << u"cidr.provider_forbidden"_s;
    QTest::newRow("aliyun 239 multicast")
        << ali << u"239.1.0.0/16"_s << Severity::Error << u"cidr.provider_forbidden"_s;
    QTest::newRow("aliyun 127/8 loopback")
        << ali << u"127.0.0.0/8"_s << Severity::Error << u"cidr.provider_forbidden"_s;
    QTest::newRow("aliyun 169.254 link-local")
        << ali << u"169.254.0.0/16"_s << Severity::Error << u"cidr.provider_forbidden"_s;
}

void TestFieldRules::providerLimits() {
    QFETCH(Provider, provider);
    QFETCH(QString, cidr);
    QFETCH(Severity, severity);
    QFETCH(QString, code);

    const Verdict v = provider->checkCidrLimits(*Cidr::fromString(cidr));
    QCOMPARE(int(v.severity), int(severity));
    QCOMPARE(v.code, code);
    if (severity == Severity::Error) {
        QVERIFY(v.normalized.isEmpty());
    } else {
        QCOMPARE(v.normalized, cidr);
    }
    if (severity != Severity::Ok)
        QVERIFY2(v.message.contains(cidr), qPrintable(v.message));
}

void TestFieldRules::vpcCidr_data() {
    QTest::addColumn<Provider>("provider");
    QTest::addColumn<QStringList>("reserved"); // empty: documented default
    QTest::addColumn<QString>("input");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions"); // a text the message must contain
    QTest::addColumn<QString>("suggestion");

    const Provider ali = &vpw::providers::aliyun::module();
    const Provider hw = &vpw::providers::huawei::module();
    const QStringList dflt;
    const QString none;

    QTest::newRow("aliyun: free /24")
        << ali << dflt << u"192.168.77.0/24"_s << Severity::Ok << none << none << none;
    QTest::newRow("aliyun: pasted")
        << ali << dflt << u" 192.168.77.0/24\n"_s << Severity::Ok << none << none << none;
    QTest::newRow("aliyun: host bits")
        << ali << dflt << u"192.168.77.5/24"_s << Severity::Error << u"cidr.host_bits"_s
        << u"192.168.77.0/24"_s << u"192.168.77.0/24"_s;
    QTest::newRow("aliyun: missing prefix")
        << ali << dflt << u"192.168.77.0"_s << Severity::Error << u"cidr.missing_prefix"_s
        << u"192.168.77.0/24"_s << u"192.168.77.0/24"_s;
    QTest::newRow("aliyun: empty")
        << ali << dflt << QString() << Severity::Error << u"cidr.empty"_s << none << none;
    QTest::newRow("aliyun: inside reserved") << ali << dflt << u"10.20.0.0/16"_s << Severity::Error
                                             << u"cidr.reserved"_s << kReservedLabel << none;
    QTest::newRow("aliyun: first reserved address")
        << ali << dflt << u"10.10.0.0/28"_s << Severity::Error << u"cidr.reserved"_s
        << kReservedLabel << none;
    QTest::newRow("aliyun: 10/8 covers reserved, reported before overlap")
        << ali << dflt << u"10.0.0.0/8"_s << Severity::Error << u"cidr.reserved"_s << kReservedLabel
        << none;
    QTest::newRow("aliyun: just below reserved")
        << ali << dflt << u"10.9.255.0/24"_s << Severity::Ok << none << none << none;
    QTest::newRow("aliyun: just above reserved")
        << ali << dflt << u"10.33.0.0/16"_s << Severity::Ok << none << none << none;
    QTest::newRow("aliyun: overlaps deployment")
        << ali << dflt << u"10.8.128.0/24"_s << Severity::Error << u"cidr.overlap"_s
        << u"10.8.0.0/16, the CIDR block of deployment VPC"_s << none;
    QTest::newRow("aliyun: overlaps other peering")
        << ali << dflt << u"172.16.5.0/24"_s << Severity::Error << u"cidr.overlap"_s
        << u"cen-existing00000000a"_s << none;
    QTest::newRow("aliyun: overlap error wins over custom-range warning")
        << ali << dflt << u"172.0.0.0/8"_s << Severity::Error << u"cidr.overlap"_s
        << u"172.16.0.0/16"_s << none;
    QTest::newRow("aliyun: custom range warning kept")
        << ali << dflt << u"11.0.0.0/16"_s << Severity::Warning << u"cidr.custom_range"_s
        << u"11.0.0.0/16"_s << none;
    QTest::newRow("aliyun: 100.64 forbidden")
        << ali << dflt << u"100.64.0.0/16"_s << Severity::Error << u"cidr.provider_forbidden"_s
        << u"100.64.0.0/10"_s << none;
    QTest::newRow("aliyun: provider limit before reserved")
        << ali << dflt << u"10.10.0.0/30"_s << Severity::Error << u"cidr.provider_prefix"_s
        << u"/28"_s << none;

    QTest::newRow("huawei: free /24")
        << hw << dflt << u"192.168.77.0/24"_s << Severity::Ok << none << none << none;
    QTest::newRow("huawei: /26 warning kept")
        << hw << dflt << u"192.168.77.0/26"_s << Severity::Warning << u"cidr.prefix_above_24"_s
        << u"/24"_s << none;
    QTest::newRow("huawei: /26 in reserved: error wins")
        << hw << dflt << u"10.10.0.0/26"_s << Severity::Error << u"cidr.reserved"_s
        << kReservedLabel << none;
    QTest::newRow("huawei: /26 overlapping: error wins")
        << hw << dflt << u"192.168.200.0/26"_s << Severity::Error << u"cidr.overlap"_s
        << u"22b76469-08e3-4937-8c1d-7aad34892be1"_s << none;
    QTest::newRow("huawei: public range") << hw << dflt << u"11.0.0.0/16"_s << Severity::Error
                                          << u"cidr.not_private"_s << u"192.168.0.0/16"_s << none;
    QTest::newRow("huawei: /29") << hw << dflt << u"192.168.77.0/29"_s << Severity::Error
                                 << u"cidr.provider_prefix"_s << u"/28"_s << none;

    const QStringList oldDocs{u"100.0.0.0/8"_s, u"101.0.0.0/8"_s};
    QTest::newRow("server list: default range free again")
        << ali << oldDocs << u"10.20.0.0/16"_s << Severity::Ok << none << none << none;
    QTest::newRow("server list: custom range hits it")
        << ali << oldDocs << u"101.1.0.0/16"_s << Severity::Error << u"cidr.reserved"_s
        << u"101.0.0.0/8"_s << none;
    QTest::newRow("server list: documented-style range")
        << hw << QStringList{u"10.11.1.0/24~10.64.255.0/24"_s} << u"10.40.0.0/16"_s
        << Severity::Error << u"cidr.reserved"_s << u"10.11.1.0/24 \uff5e 10.64.255.0/24"_s << none;
    QTest::newRow("server list: just below its start")
        << hw << QStringList{u"10.11.1.0/24~10.64.255.0/24"_s} << u"10.11.0.0/24"_s << Severity::Ok
        << none << none << none;
}

void TestFieldRules::vpcCidr() {
    QFETCH(Provider, provider);
    QFETCH(QStringList, reserved);
    QFETCH(QString, input);
    QFETCH(Severity, severity);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    QFETCH(QString, suggestion);

    vpw::CidrContext context;
    context.provider = provider;
    context.reserved = *vpw::ReservedRanges::fromStrings(reserved);
    context.existing = vpw::CidrIndex({
        {*Cidr::fromString(u"10.8.0.0/16"), u"deployment VPC"_s},
        {*Cidr::fromString(u"172.16.0.0/16"), u"cen-existing00000000a"_s},
        {*Cidr::fromString(u"192.168.200.0/24"), u"22b76469-08e3-4937-8c1d-7aad34892be1"_s},
    });

    const Verdict v = vpw::checkVpcCidr(context, input);
    QVERIFY2(int(v.severity) == int(severity), qPrintable(v.code + u": "_s + v.message));
    QCOMPARE(v.code, code);
    QCOMPARE(v.suggestion, suggestion);
    if (severity == Severity::Error)
        QVERIFY(v.normalized.isEmpty());
    else
        QCOMPARE(v.normalized, input.trimmed());
    if (!mentions.isEmpty())
        QVERIFY2(v.message.contains(mentions), qPrintable(v.message));
}

QTEST_APPLESS_MAIN(TestFieldRules)
#include "tst_fieldrules.moc"
