#include "app/core/cidr.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using vpw::Cidr;
using vpw::Severity;

namespace {
constexpr quint32 ip(quint32 a, quint32 b, quint32 c, quint32 d) {
    return (a << 24) | (b << 16) | (c << 8) | d;
}
} // namespace

class TestCidr : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void addresses_data();
    void addresses();
    void containsAndOverlaps_data();
    void containsAndOverlaps();
    void fromNetworkClearsHostBits();
    void roundTripRandom();
    void ordering();
};

void TestCidr::parse_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");       // empty = valid
    QTest::addColumn<QString>("canonical");  // normalized when valid
    QTest::addColumn<QString>("suggestion"); // suggestion when invalid

    auto valid = [](const char *name, const QString &input, const QString &canonical) {
        QTest::newRow(name) << input << QString() << canonical << QString();
    };
    auto invalid = [](const char *name, const QString &input, const char *code,
                      const QString &suggestion = {}) {
        QTest::newRow(name) << input << QString::fromLatin1(code) << QString() << suggestion;
    };

    // Edges of the address space and of the reserved range.
    valid("whole space 0.0.0.0/0", u"0.0.0.0/0"_s, u"0.0.0.0/0"_s);
    valid("zero host /32", u"0.0.0.0/32"_s, u"0.0.0.0/32"_s);
    valid("broadcast /32", u"255.255.255.255/32"_s, u"255.255.255.255/32"_s);
    valid("just below reserved /32", u"10.9.255.255/32"_s, u"10.9.255.255/32"_s);
    valid("first reserved /32", u"10.10.0.0/32"_s, u"10.10.0.0/32"_s);
    valid("last reserved /32", u"10.32.255.255/32"_s, u"10.32.255.255/32"_s);
    valid("just above reserved /16", u"10.33.0.0/16"_s, u"10.33.0.0/16"_s);
    valid("covers reserved 10/8", u"10.0.0.0/8"_s, u"10.0.0.0/8"_s);
    valid("rfc1918 172.16/12", u"172.16.0.0/12"_s, u"172.16.0.0/12"_s);
    valid("rfc1918 192.168/16", u"192.168.0.0/16"_s, u"192.168.0.0/16"_s);
    valid("typical /24", u"192.168.1.0/24"_s, u"192.168.1.0/24"_s);
    valid("upper half /1", u"128.0.0.0/1"_s, u"128.0.0.0/1"_s);
    valid("even first octet /7", u"10.0.0.0/7"_s, u"10.0.0.0/7"_s);
    valid("/25 upper half", u"192.168.1.128/25"_s, u"192.168.1.128/25"_s);
    valid("/28", u"192.168.1.240/28"_s, u"192.168.1.240/28"_s);
    valid("/31", u"192.168.1.254/31"_s, u"192.168.1.254/31"_s);
    valid("host /32", u"1.2.3.4/32"_s, u"1.2.3.4/32"_s);
    valid("whole space with newline", u"0.0.0.0/0\n"_s, u"0.0.0.0/0"_s);
    // Whitespace around a paste is trimmed.
    valid("paste with spaces and newline", u"  192.168.1.0/24\n"_s, u"192.168.1.0/24"_s);
    valid("paste with tabs", u"\t10.0.0.0/8\t"_s, u"10.0.0.0/8"_s);
    valid("paste with CRLF", u"\r\n172.16.0.0/12 \r\n"_s, u"172.16.0.0/12"_s);
    valid("paste with no-break space", u"\u00a0192.168.0.0/16\u00a0"_s, u"192.168.0.0/16"_s);

    invalid("empty", QString(), "cidr.empty");
    invalid("only spaces", u"   "_s, "cidr.empty");
    invalid("only tab and newline", u"\t\n"_s, "cidr.empty");

    invalid("missing prefix /24 host", u"192.168.1.5"_s, "cidr.missing_prefix",
            u"192.168.1.0/24"_s);
    invalid("missing prefix x.y.z.0", u"192.168.1.0"_s, "cidr.missing_prefix", u"192.168.1.0/24"_s);
    invalid("missing prefix x.y.0.0", u"172.16.0.0"_s, "cidr.missing_prefix", u"172.16.0.0/16"_s);
    invalid("missing prefix x.0.0.0", u"10.0.0.0"_s, "cidr.missing_prefix", u"10.0.0.0/8"_s);
    invalid("missing prefix 0.0.0.0", u"0.0.0.0"_s, "cidr.missing_prefix", u"0.0.0.0/8"_s);
    invalid("slash without prefix", u"192.168.1.0/"_s, "cidr.missing_prefix", u"192.168.1.0/24"_s);

    invalid("prefix 33", u"10.0.0.0/33"_s, "cidr.prefix_range");
    invalid("prefix 64", u"10.0.0.0/64"_s, "cidr.prefix_range");
    invalid("prefix huge number", u"10.0.0.0/99999999999999"_s, "cidr.prefix_range");
    invalid("negative prefix", u"10.0.0.0/-1"_s, "cidr.syntax");
    invalid("dot in prefix", u"10.0.0.0/.8"_s, "cidr.syntax");
    invalid("dotted prefix", u"10.0.0.0/1.6"_s, "cidr.syntax");
    invalid("dotted prefix, overflowing", u"100.0.0.0/0.0.0.2.002251"_s, "cidr.syntax");

    invalid("octet 256 first", u"256.0.0.0/8"_s, "cidr.octet_range");
    invalid("octet 300 last", u"192.168.1.300/24"_s, "cidr.octet_range");
    invalid("octet 1000", u"1000.0.0.0/8"_s, "cidr.octet_range");
    invalid("octet huge", u"10.99999999999.0.0/16"_s, "cidr.octet_range");
    invalid("octet range beats leading zero", u"300.01.0.0/16"_s, "cidr.octet_range");

    invalid("leading zero first octet", u"010.1.0.0/16"_s, "cidr.leading_zero", u"10.1.0.0/16"_s);
    invalid("leading zero third octet", u"192.168.01.0/24"_s, "cidr.leading_zero",
            u"192.168.1.0/24"_s);
    invalid("double zero octet", u"00.0.0.0/0"_s, "cidr.leading_zero", u"0.0.0.0/0"_s);
    invalid("leading zero in prefix", u"10.0.0.0/08"_s, "cidr.leading_zero", u"10.0.0.0/8"_s);
    invalid("leading zero, no prefix", u"010.1.0.0"_s, "cidr.leading_zero", u"10.1.0.0/16"_s);
    invalid("leading zero and host bits", u"192.168.001.5/24"_s, "cidr.leading_zero",
            u"192.168.1.0/24"_s);

    invalid("host bits /24", u"192.168.1.5/24"_s, "cidr.host_bits", u"192.168.1.0/24"_s);
    invalid("host bits /16", u"10.10.0.1/16"_s, "cidr.host_bits", u"10.10.0.0/16"_s);
    invalid("host bits odd octet /7", u"11.0.0.0/7"_s, "cidr.host_bits", u"10.0.0.0/7"_s);
    invalid("host bits everything /0", u"255.255.255.255/0"_s, "cidr.host_bits", u"0.0.0.0/0"_s);
    invalid("host bits /31", u"192.168.1.1/31"_s, "cidr.host_bits", u"192.168.1.0/31"_s);
    invalid("host bits /8", u"10.1.2.3/8"_s, "cidr.host_bits", u"10.0.0.0/8"_s);
    invalid("host bits trimmed paste", u" 172.16.5.0/12\n"_s, "cidr.host_bits", u"172.16.0.0/12"_s);

    invalid("garbage word", u"abc"_s, "cidr.syntax");
    invalid("trailing letter", u"192.168.1.0/24x"_s, "cidr.syntax");
    invalid("trailing semicolon", u"192.168.1.0/24;"_s, "cidr.syntax");
    invalid("backslash", u"192.168.1.0\\24"_s, "cidr.syntax");
    invalid("commas", u"192,168,1,0/24"_s, "cidr.syntax");
    invalid("three octets", u"192.168.1/24"_s, "cidr.syntax");
    invalid("five octets", u"192.168.1.0.0/24"_s, "cidr.syntax");
    invalid("empty octet", u"192.168..0/24"_s, "cidr.syntax");
    invalid("leading dot", u".192.168.1.0/24"_s, "cidr.syntax");
    invalid("two slashes", u"192.168.1.0/24/24"_s, "cidr.syntax");
    invalid("prefix only", u"/24"_s, "cidr.syntax");
    invalid("ipv6", u"fe80::/10"_s, "cidr.syntax");
    invalid("fullwidth digits", u"\uff11\uff19\uff12.168.1.0/24"_s, "cidr.syntax");
    invalid("plus sign", u"+10.0.0.0/8"_s, "cidr.syntax");
    invalid("hex octet", u"0x0A.0.0.0/8"_s, "cidr.syntax");
    invalid("range instead of cidr", u"10.0.0.0-10.0.0.255"_s, "cidr.syntax");

    invalid("space before slash", u"192.168.1.0 /24"_s, "cidr.inner_space", u"192.168.1.0/24"_s);
    invalid("space after slash", u"192.168.1.0/ 24"_s, "cidr.inner_space", u"192.168.1.0/24"_s);
    invalid("space after dot", u"192. 168.1.0/24"_s, "cidr.inner_space", u"192.168.1.0/24"_s);
    invalid("tab inside", u"192.168.1.0\t/24"_s, "cidr.inner_space", u"192.168.1.0/24"_s);
    invalid("spaces and host bits", u"192.168.1.5 / 24"_s, "cidr.inner_space", u"192.168.1.0/24"_s);
    invalid("two cidrs pasted", u"192.168.1.0/24 10.0.0.0/8"_s, "cidr.inner_space");
    invalid("two lines pasted", u"10.0.0.0/8\n10.1.0.0/16"_s, "cidr.inner_space");
}

void TestCidr::parse() {
    QFETCH(QString, input);
    QFETCH(QString, code);
    QFETCH(QString, canonical);
    QFETCH(QString, suggestion);

    const vpw::CidrParseResult result = Cidr::parse(input);
    if (code.isEmpty()) {
        QVERIFY2(result.cidr.has_value(), qPrintable(result.verdict.message));
        QCOMPARE(result.verdict.severity, Severity::Ok);
        QCOMPARE(result.verdict.normalized, canonical);
        QCOMPARE(result.cidr->toString(), canonical);
        QCOMPARE(Cidr::fromString(input), result.cidr);
        return;
    }
    QVERIFY(!result.cidr.has_value());
    QVERIFY(!Cidr::fromString(input).has_value());
    QCOMPARE(result.verdict.severity, Severity::Error);
    QCOMPARE(result.verdict.code, code);
    QCOMPARE(result.verdict.suggestion, suggestion);
    QVERIFY(result.verdict.normalized.isEmpty());
    QVERIFY(!result.verdict.message.isEmpty());
    // The message names the value as typed (without the paste's surrounding whitespace).
    const QString trimmed = input.trimmed();
    if (!trimmed.isEmpty())
        QVERIFY2(result.verdict.message.contains(trimmed), qPrintable(result.verdict.message));
    // A suggestion, when offered, is itself a valid canonical CIDR.
    if (!suggestion.isEmpty()) {
        QVERIFY2(result.verdict.message.contains(suggestion) || code != u"cidr.host_bits"_s,
                 qPrintable(result.verdict.message));
        QCOMPARE(Cidr::parse(suggestion).verdict.normalized, suggestion);
    }
}

void TestCidr::addresses_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint32>("first");
    QTest::addColumn<quint32>("last");
    QTest::addColumn<quint64>("size");
    QTest::addColumn<quint32>("mask");

    QTest::newRow("0/0") << u"0.0.0.0/0"_s << 0u << 0xffffffffu << (quint64(1) << 32) << 0u;
    QTest::newRow("10/8") << u"10.0.0.0/8"_s << ip(10, 0, 0, 0) << ip(10, 255, 255, 255)
                          << quint64(1 << 24) << 0xff000000u;
    QTest::newRow("172.16/12") << u"172.16.0.0/12"_s << ip(172, 16, 0, 0) << ip(172, 31, 255, 255)
                               << quint64(1 << 20) << 0xfff00000u;
    QTest::newRow("/24") << u"192.168.1.0/24"_s << ip(192, 168, 1, 0) << ip(192, 168, 1, 255)
                         << quint64(256) << 0xffffff00u;
    QTest::newRow("/32 broadcast")
        << u"255.255.255.255/32"_s << 0xffffffffu << 0xffffffffu << quint64(1) << 0xffffffffu;
    QTest::newRow("/31") << u"10.0.0.254/31"_s << ip(10, 0, 0, 254) << ip(10, 0, 0, 255)
                         << quint64(2) << 0xfffffffeu;
}

void TestCidr::addresses() {
    QFETCH(QString, text);
    QFETCH(quint32, first);
    QFETCH(quint32, last);
    QFETCH(quint64, size);
    QFETCH(quint32, mask);

    const std::optional<Cidr> cidr = Cidr::fromString(text);
    QVERIFY(cidr);
    QCOMPARE(cidr->first(), first);
    QCOMPARE(cidr->network(), first);
    QCOMPARE(cidr->last(), last);
    QCOMPARE(cidr->size(), size);
    QCOMPARE(cidr->mask(), mask);
    QCOMPARE(quint64(cidr->last()) - cidr->first() + 1, size);
    QVERIFY(cidr->contains(first));
    QVERIFY(cidr->contains(last));
    if (first > 0)
        QVERIFY(!cidr->contains(first - 1));
    if (last < 0xffffffffu)
        QVERIFY(!cidr->contains(last + 1));
}

void TestCidr::containsAndOverlaps_data() {
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("aContainsB");
    QTest::addColumn<bool>("overlap");

    QTest::newRow("same") << u"10.0.0.0/8"_s << u"10.0.0.0/8"_s << true << true;
    QTest::newRow("outer contains inner") << u"10.0.0.0/8"_s << u"10.10.0.0/16"_s << true << true;
    QTest::newRow("inner does not contain outer")
        << u"10.10.0.0/16"_s << u"10.0.0.0/8"_s << false << true;
    QTest::newRow("adjacent below") << u"10.9.0.0/16"_s << u"10.10.0.0/16"_s << false << false;
    QTest::newRow("adjacent above") << u"10.33.0.0/16"_s << u"10.32.0.0/16"_s << false << false;
    QTest::newRow("disjoint") << u"192.168.0.0/16"_s << u"172.16.0.0/12"_s << false << false;
    QTest::newRow("everything") << u"0.0.0.0/0"_s << u"255.255.255.255/32"_s << true << true;
    QTest::newRow("host in /31") << u"10.0.0.0/31"_s << u"10.0.0.1/32"_s << true << true;
    QTest::newRow("host next to /31") << u"10.0.0.0/31"_s << u"10.0.0.2/32"_s << false << false;
}

void TestCidr::containsAndOverlaps() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, aContainsB);
    QFETCH(bool, overlap);

    const Cidr ca = *Cidr::fromString(a);
    const Cidr cb = *Cidr::fromString(b);
    QCOMPARE(ca.contains(cb), aContainsB);
    QCOMPARE(ca.overlaps(cb), overlap);
    QCOMPARE(cb.overlaps(ca), overlap);
    // Agrees with the interval definition.
    QCOMPARE(ca.first() <= cb.last() && cb.first() <= ca.last(), overlap);
}

void TestCidr::fromNetworkClearsHostBits() {
    const Cidr c = Cidr::fromNetwork(ip(192, 168, 1, 5), 24);
    QCOMPARE(c.network(), ip(192, 168, 1, 0));
    QCOMPARE(c.prefixLength(), 24);
    QCOMPARE(c.toString(), u"192.168.1.0/24"_s);
    QCOMPARE(Cidr::fromNetwork(0xffffffffu, 0).toString(), u"0.0.0.0/0"_s);
    QCOMPARE(Cidr::fromNetwork(ip(1, 2, 3, 4), 40).toString(), u"1.2.3.4/32"_s);
    QCOMPARE(Cidr::addressToString(ip(10, 32, 255, 255)), u"10.32.255.255"_s);
    QCOMPARE(Cidr().toString(), u"0.0.0.0/0"_s);
}

void TestCidr::roundTripRandom() {
    QRandomGenerator random(20240601);
    for (int i = 0; i < 5000; ++i) {
        const Cidr c = Cidr::fromNetwork(random.generate(), int(random.bounded(33)));
        const std::optional<Cidr> back = Cidr::fromString(c.toString());
        QVERIFY2(back && *back == c, qPrintable(c.toString()));
    }
}

void TestCidr::ordering() {
    const Cidr a = *Cidr::fromString(u"10.0.0.0/8");
    const Cidr b = *Cidr::fromString(u"10.0.0.0/16");
    const Cidr c = *Cidr::fromString(u"10.1.0.0/16");
    QVERIFY(a < b);
    QVERIFY(b < c);
    QVERIFY(!(c < a));
    QVERIFY(a != b);
}

QTEST_APPLESS_MAIN(TestCidr)
#include "tst_cidr.moc"
