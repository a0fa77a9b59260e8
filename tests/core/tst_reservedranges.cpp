#include "app/core/reservedranges.h"

#include <QTest>

using namespace Qt::StringLiterals;
using vpw::AddressRange;
using vpw::Cidr;
using vpw::ReservedRanges;

class TestReservedRanges : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void documentedDefault();
    void defaultOverlap_data();
    void defaultOverlap();
    void fromStrings_data();
    void fromStrings();
    void fromStringsRejects_data();
    void fromStringsRejects();
    void customListReplacesDefault();
};

void TestReservedRanges::documentedDefault() {
    const ReservedRanges ranges = ReservedRanges::documentedDefault();
    QCOMPARE(ranges.ranges().size(), 1);
    const AddressRange &r = ranges.ranges().first();
    QCOMPARE(Cidr::addressToString(r.first), u"10.10.0.0"_s);
    QCOMPARE(Cidr::addressToString(r.last), u"10.32.255.255"_s);
    // Exactly as the documentation writes it, with the fullwidth tilde U+FF5E.
    QCOMPARE(r.label, u"10.10.0.0/24 \uff5e 10.32.255.0/24"_s);
    QCOMPARE(ranges.labels(), QStringList{r.label});
}

void TestReservedRanges::defaultOverlap_data() {
    QTest::addColumn<QString>("cidr");
    QTest::addColumn<bool>("reserved");

    QTest::newRow("just below: 10.9.255.255/32") << u"10.9.255.255/32"_s << false;
    QTest::newRow("first: 10.10.0.0/32") << u"10.10.0.0/32"_s << true;
    QTest::newRow("last: 10.32.255.255/32") << u"10.32.255.255/32"_s << true;
    QTest::newRow("just above: 10.33.0.0/16") << u"10.33.0.0/16"_s << false;
    QTest::newRow("covers all: 10.0.0.0/8") << u"10.0.0.0/8"_s << true;
    QTest::newRow("below, wide: 10.8.0.0/15") << u"10.8.0.0/15"_s << false;
    QTest::newRow("straddles start: 10.8.0.0/14") << u"10.8.0.0/14"_s << true;
    QTest::newRow("straddles end: 10.32.0.0/11") << u"10.32.0.0/11"_s << true;
    QTest::newRow("inside: 10.20.5.0/24") << u"10.20.5.0/24"_s << true;
    QTest::newRow("whole space") << u"0.0.0.0/0"_s << true;
    QTest::newRow("192.168/16") << u"192.168.0.0/16"_s << false;
    QTest::newRow("172.16/12") << u"172.16.0.0/12"_s << false;
    QTest::newRow("10.64/10 above") << u"10.64.0.0/10"_s << false;
}

void TestReservedRanges::defaultOverlap() {
    QFETCH(QString, cidr);
    QFETCH(bool, reserved);
    const ReservedRanges ranges = ReservedRanges::documentedDefault();
    const AddressRange *hit = ranges.findOverlap(*Cidr::fromString(cidr));
    QCOMPARE(hit != nullptr, reserved);
    if (hit)
        QCOMPARE(hit->label, u"10.10.0.0/24 \uff5e 10.32.255.0/24"_s);
}

void TestReservedRanges::fromStrings_data() {
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QStringList>("firstAndLast"); // "first-last" per range

    QTest::newRow("empty list means default")
        << QStringList() << QStringList{u"10.10.0.0/24 \uff5e 10.32.255.0/24"_s}
        << QStringList{u"10.10.0.0-10.32.255.255"_s};
    QTest::newRow("blank entries mean default")
        << QStringList{u"  "_s, QString()} << QStringList{u"10.10.0.0/24 \uff5e 10.32.255.0/24"_s}
        << QStringList{u"10.10.0.0-10.32.255.255"_s};
    QTest::newRow("old docs: two /8s")
        << QStringList{u"100.0.0.0/8"_s, u" 101.0.0.0/8\n"_s}
        << QStringList{u"100.0.0.0/8"_s, u"101.0.0.0/8"_s}
        << QStringList{u"100.0.0.0-100.255.255.255"_s, u"101.0.0.0-101.255.255.255"_s};
    QTest::newRow("zh docs: fullwidth tilde with spaces")
        << QStringList{u"10.10.0.0/24 \uff5e 10.64.255.0/24"_s}
        << QStringList{u"10.10.0.0/24 \uff5e 10.64.255.0/24"_s}
        << QStringList{u"10.10.0.0-10.64.255.255"_s};
    QTest::newRow("en docs: ascii tilde") << QStringList{u"10.11.1.0/24~10.64.255.0/24"_s}
                                          << QStringList{u"10.11.1.0/24 \uff5e 10.64.255.0/24"_s}
                                          << QStringList{u"10.11.1.0-10.64.255.255"_s};
    QTest::newRow("hyphen") << QStringList{u"10.10.0.0/24 - 10.64.255.0/24"_s}
                            << QStringList{u"10.10.0.0/24 \uff5e 10.64.255.0/24"_s}
                            << QStringList{u"10.10.0.0-10.64.255.255"_s};
    QTest::newRow("range and cidr mixed")
        << QStringList{u"10.10.0.0/24~10.32.255.0/24"_s, u"100.64.0.0/10"_s}
        << QStringList{u"10.10.0.0/24 \uff5e 10.32.255.0/24"_s, u"100.64.0.0/10"_s}
        << QStringList{u"10.10.0.0-10.32.255.255"_s, u"100.64.0.0-100.127.255.255"_s};
    QTest::newRow("single-cidr range") << QStringList{u"10.0.0.0/16 ～ 10.0.0.0/16"_s}
                                       << QStringList{u"10.0.0.0/16 \uff5e 10.0.0.0/16"_s}
                                       << QStringList{u"10.0.0.0-10.0.255.255"_s};
}

void TestReservedRanges::fromStrings() {
    QFETCH(QStringList, entries);
    QFETCH(QStringList, labels);
    QFETCH(QStringList, firstAndLast);

    QString bad = u"untouched"_s;
    const std::optional<ReservedRanges> ranges = ReservedRanges::fromStrings(entries, &bad);
    QVERIFY(ranges);
    QCOMPARE(bad, u"untouched"_s);
    QCOMPARE(ranges->labels(), labels);
    QStringList bounds;
    for (const AddressRange &r : ranges->ranges())
        bounds << Cidr::addressToString(r.first) + u'-' + Cidr::addressToString(r.last);
    QCOMPARE(bounds, firstAndLast);
}

void TestReservedRanges::fromStringsRejects_data() {
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<QString>("badEntry");

    QTest::newRow("host bits") << QStringList{u"10.0.0.1/8"_s} << u"10.0.0.1/8"_s;
    QTest::newRow("garbage after good") << QStringList{u"10.0.0.0/8"_s, u"x"_s} << u"x"_s;
    QTest::newRow("reversed range")
        << QStringList{u"10.64.0.0/24 ～ 10.10.0.0/24"_s} << u"10.64.0.0/24 ～ 10.10.0.0/24"_s;
    QTest::newRow("range missing right side")
        << QStringList{u"10.10.0.0/24 ~"_s} << u"10.10.0.0/24 ~"_s;
    QTest::newRow("range of addresses without prefix")
        << QStringList{u"10.10.0.0 - 10.32.255.255"_s} << u"10.10.0.0 - 10.32.255.255"_s;
}

void TestReservedRanges::fromStringsRejects() {
    QFETCH(QStringList, entries);
    QFETCH(QString, badEntry);
    QString bad;
    QVERIFY(!ReservedRanges::fromStrings(entries, &bad));
    QCOMPARE(bad, badEntry);
    QVERIFY(!ReservedRanges::fromStrings(entries)); // no out-parameter: no crash
}

void TestReservedRanges::customListReplacesDefault() {
    const ReservedRanges ranges =
        *ReservedRanges::fromStrings({u"100.0.0.0/8"_s, u"101.0.0.0/8"_s});
    // The documented default no longer applies...
    QVERIFY(!ranges.findOverlap(*Cidr::fromString(u"10.20.0.0/16")));
    // ...and the range that overlaps is reported, the first one that does.
    const AddressRange *hit = ranges.findOverlap(*Cidr::fromString(u"101.1.0.0/16"));
    QVERIFY(hit);
    QCOMPARE(hit->label, u"101.0.0.0/8"_s);
    hit = ranges.findOverlap(*Cidr::fromString(u"100.0.0.0/7"));
    QVERIFY(hit);
    QCOMPARE(hit->label, u"100.0.0.0/8"_s);
}

QTEST_APPLESS_MAIN(TestReservedRanges)
#include "tst_reservedranges.moc"
