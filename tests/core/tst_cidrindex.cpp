#include "app/core/cidrindex.h"
#include "app/core/model.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using vpw::Cidr;
using vpw::CidrIndex;

namespace {

Cidr cidr(const char16_t *text) {
    const std::optional<Cidr> c = Cidr::fromString(text);
    Q_ASSERT(c);
    return *c;
}

QList<CidrIndex::Entry> randomEntries(QRandomGenerator &random, int count, int minPrefix,
                                      int maxPrefix) {
    QList<CidrIndex::Entry> entries;
    entries.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int prefix = minPrefix + int(random.bounded(maxPrefix - minPrefix + 1));
        entries.append({Cidr::fromNetwork(random.generate(), prefix), u"peering-%1"_s.arg(i)});
    }
    return entries;
}

} // namespace

class TestCidrIndex : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void empty();
    void oneEntry_data();
    void oneEntry();
    void nestedEntriesNeedThePrefixMaximum();
    void tenThousandDisjointReportTheRightOwner();
    void tenThousandRandomAgreeWithBruteForce_data();
    void tenThousandRandomAgreeWithBruteForce();
    void keptUpToDateAgreesWithRebuilt_data();
    void keptUpToDateAgreesWithRebuilt();
    void buildFromDeploymentSkipsFailedPeerings();
};

void TestCidrIndex::empty() {
    const CidrIndex index;
    QVERIFY(index.isEmpty());
    QCOMPARE(index.size(), 0);
    QVERIFY(!index.findOverlap(cidr(u"0.0.0.0/0")));
    QVERIFY(!CidrIndex(QList<CidrIndex::Entry>()).findOverlap(cidr(u"10.0.0.0/8")));
}

void TestCidrIndex::oneEntry_data() {
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<bool>("overlaps");

    // The one entry is 192.168.0.0/16.
    QTest::newRow("same") << u"192.168.0.0/16"_s << true;
    QTest::newRow("inside") << u"192.168.77.0/24"_s << true;
    QTest::newRow("last address") << u"192.168.255.255/32"_s << true;
    QTest::newRow("first address") << u"192.168.0.0/32"_s << true;
    QTest::newRow("around") << u"192.0.0.0/8"_s << true;
    QTest::newRow("whole space") << u"0.0.0.0/0"_s << true;
    QTest::newRow("just below") << u"192.167.255.255/32"_s << false;
    QTest::newRow("just above") << u"192.169.0.0/16"_s << false;
    QTest::newRow("elsewhere") << u"10.0.0.0/8"_s << false;
    QTest::newRow("top of space") << u"255.255.255.255/32"_s << false;
}

void TestCidrIndex::oneEntry() {
    QFETCH(QString, candidate);
    QFETCH(bool, overlaps);
    const CidrIndex index({{cidr(u"192.168.0.0/16"), u"deployment VPC"_s}});
    QCOMPARE(index.size(), 1);
    const std::optional<CidrIndex::Entry> hit = index.findOverlap(*Cidr::fromString(candidate));
    QCOMPARE(hit.has_value(), overlaps);
    if (hit) {
        QCOMPARE(hit->owner, u"deployment VPC"_s);
        QCOMPARE(hit->cidr, cidr(u"192.168.0.0/16"));
    }
}

void TestCidrIndex::nestedEntriesNeedThePrefixMaximum() {
    // Sorted by first address the entry just before 10.250/16 is 10.200/16, which ends before
    // it; only the wide 10/8 further back overlaps. A "previous entry only" search misses it.
    const CidrIndex index({{cidr(u"10.200.0.0/16"), u"C"_s},
                           {cidr(u"10.0.0.0/8"), u"A"_s},
                           {cidr(u"10.1.0.0/16"), u"B"_s},
                           {cidr(u"172.16.0.0/12"), u"D"_s}});
    std::optional<CidrIndex::Entry> hit = index.findOverlap(cidr(u"10.250.0.0/16"));
    QVERIFY(hit);
    QCOMPARE(hit->owner, u"A"_s);
    hit = index.findOverlap(cidr(u"11.0.0.0/8"));
    QVERIFY(!hit);
    hit = index.findOverlap(cidr(u"172.20.0.0/16"));
    QVERIFY(hit);
    QCOMPARE(hit->owner, u"D"_s);
    QVERIFY(!index.findOverlap(cidr(u"172.32.0.0/16")));
}

void TestCidrIndex::tenThousandDisjointReportTheRightOwner() {
    // 10,000 disjoint /26 blocks: every overlap has exactly one answer.
    QList<CidrIndex::Entry> entries;
    for (int i = 0; i < 10000; ++i) {
        const quint32 base = (172u << 24) | (16u << 16); // 172.16.0.0
        entries.append({Cidr::fromNetwork(base + quint32(i) * 64, 26), u"peer-%1"_s.arg(i)});
    }
    const CidrIndex index(entries);
    QCOMPARE(index.size(), 10000);
    QRandomGenerator random(7);
    for (int round = 0; round < 2000; ++round) {
        const int i = int(random.bounded(10000));
        const quint32 inside = entries.at(i).cidr.first() + random.bounded(64u);
        const std::optional<CidrIndex::Entry> hit =
            index.findOverlap(Cidr::fromNetwork(inside, 32));
        QVERIFY(hit);
        QCOMPARE(hit->owner, entries.at(i).owner);
        QCOMPARE(hit->cidr, entries.at(i).cidr);
    }
    // Just past the last block and just before the first: free.
    QVERIFY(!index.findOverlap(Cidr::fromNetwork(entries.last().cidr.last() + 1, 32)));
    QVERIFY(!index.findOverlap(Cidr::fromNetwork(entries.first().cidr.first() - 1, 32)));
    QVERIFY(!index.findOverlap(cidr(u"192.168.77.0/24")));
}

void TestCidrIndex::tenThousandRandomAgreeWithBruteForce_data() {
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("minPrefix");
    QTest::addColumn<int>("maxPrefix");
    QTest::addColumn<quint32>("seed");

    QTest::newRow("10000 sparse /14-/30") << 10000 << 14 << 30 << 42u;
    QTest::newRow("10000 nested /12-/28") << 10000 << 12 << 28 << 4242u;
    QTest::newRow("1000 mixed /7-/32") << 1000 << 7 << 32 << 99u;
    QTest::newRow("one entry") << 1 << 8 << 24 << 5u;
}

void TestCidrIndex::tenThousandRandomAgreeWithBruteForce() {
    QFETCH(int, count);
    QFETCH(int, minPrefix);
    QFETCH(int, maxPrefix);
    QFETCH(quint32, seed);

    QRandomGenerator random(seed);
    const QList<CidrIndex::Entry> entries = randomEntries(random, count, minPrefix, maxPrefix);
    const CidrIndex index(entries);
    QCOMPARE(index.size(), count);

    int hits = 0;
    int misses = 0;
    for (int round = 0; round < 3000; ++round) {
        const Cidr candidate = Cidr::fromNetwork(random.generate(), 16 + int(random.bounded(17)));
        bool anyOverlap = false;
        for (const CidrIndex::Entry &e : entries)
            anyOverlap = anyOverlap || e.cidr.overlaps(candidate);

        const std::optional<CidrIndex::Entry> hit = index.findOverlap(candidate);
        QCOMPARE(hit.has_value(), anyOverlap);
        if (!hit) {
            ++misses;
            continue;
        }
        ++hits;
        // The reported entry is a real entry (same CIDR and owner) and really overlaps.
        QVERIFY(hit->cidr.overlaps(candidate));
        const bool isEntry = std::any_of(entries.cbegin(), entries.cend(), [&](const auto &e) {
            return e.cidr == hit->cidr && e.owner == hit->owner;
        });
        QVERIFY(isEntry);
    }
    // Both outcomes were exercised (for the big tables).
    if (count >= 1000) {
        QVERIFY2(hits > 100, qPrintable(u"hits: %1"_s.arg(hits)));
        QVERIFY2(misses > 100, qPrintable(u"misses: %1"_s.arg(misses)));
    }
}

void TestCidrIndex::keptUpToDateAgreesWithRebuilt_data() {
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("minPrefix");
    QTest::addColumn<int>("maxPrefix");
    QTest::addColumn<quint32>("seed");

    QTest::newRow("2000 nested /8-/24") << 2000 << 8 << 24 << 11u;
    QTest::newRow("2000 sparse /20-/30") << 2000 << 20 << 30 << 12u;
    QTest::newRow("200 crowded /28-/30 in a /24") << 200 << 28 << 30 << 13u;
}

// An index kept up to date entry by entry (as the sandbox keeps one per deployment) holds the
// same entries and gives the same answers as one built from scratch from what remains.
void TestCidrIndex::keptUpToDateAgreesWithRebuilt() {
    QFETCH(int, count);
    QFETCH(int, minPrefix);
    QFETCH(int, maxPrefix);
    QFETCH(quint32, seed);

    QRandomGenerator random(seed);
    QList<CidrIndex::Entry> entries = randomEntries(random, count, minPrefix, maxPrefix);
    if (minPrefix >= 28) { // crowd them into one /24, with repeats
        for (CidrIndex::Entry &entry : entries)
            entry.cidr = Cidr::fromNetwork((10u << 24) | (entry.cidr.first() & 0xff), minPrefix);
    }
    CidrIndex kept;
    for (const CidrIndex::Entry &entry : std::as_const(entries))
        kept.insert(entry);
    const CidrIndex copy = kept; // implicitly shared: must not see the removals below
    QList<CidrIndex::Entry> remaining;
    for (const CidrIndex::Entry &entry : std::as_const(entries)) {
        if (random.bounded(2))
            QVERIFY(kept.remove(entry));
        else
            remaining.append(entry);
    }
    QVERIFY(!kept.remove({cidr(u"255.255.255.255/32"), u"nobody"_s}));
    QCOMPARE(copy.size(), count);
    const CidrIndex rebuilt(remaining);
    QCOMPARE(kept.size(), rebuilt.size());
    const QList<CidrIndex::Entry> a = kept.entries();
    const QList<CidrIndex::Entry> b = rebuilt.entries();
    for (qsizetype i = 0; i < a.size(); ++i) {
        QCOMPARE(a.at(i).cidr, b.at(i).cidr);
        QCOMPARE(a.at(i).owner, b.at(i).owner);
    }
    for (int round = 0; round < 3000; ++round) {
        const Cidr candidate = Cidr::fromNetwork(
            minPrefix >= 28 ? (10u << 24) | random.bounded(256u) : random.generate(),
            minPrefix + int(random.bounded(33 - minPrefix)));
        const std::optional<CidrIndex::Entry> x = kept.findOverlap(candidate);
        const std::optional<CidrIndex::Entry> y = rebuilt.findOverlap(candidate);
        QCOMPARE(x.has_value(), y.has_value());
        if (!x)
            continue;
        QCOMPARE(x->cidr, y->cidr);
        QCOMPARE(x->owner, y->owner);
        // The documented choice: nothing overlapping reaches further, or as far and wider.
        for (const CidrIndex::Entry &e : std::as_const(remaining)) {
            if (e.cidr.overlaps(candidate)) {
                QVERIFY(e.cidr.last() < x->cidr.last() ||
                        (e.cidr.last() == x->cidr.last() && e.cidr.first() >= x->cidr.first()));
            }
        }
    }
}

void TestCidrIndex::buildFromDeploymentSkipsFailedPeerings() {
    vpw::Deployment deployment;
    deployment.cidr = cidr(u"10.8.0.0/16");
    QList<vpw::Peering> peerings;
    const auto add = [&](const char16_t *id, const char16_t *range, vpw::PeeringState state) {
        vpw::Peering p;
        p.peeringId = QString::fromUtf16(id);
        p.cidr = cidr(range);
        p.state = state;
        peerings.append(p);
    };
    add(u"cen-pending0000000000", u"192.168.1.0/24", vpw::PeeringState::Pending);
    add(u"cen-running0000000000", u"192.168.2.0/24", vpw::PeeringState::Running);
    add(u"cen-deleting000000000", u"192.168.3.0/24", vpw::PeeringState::Deleting);
    add(u"cen-failed00000000000", u"192.168.4.0/24", vpw::PeeringState::Failed);

    const CidrIndex index = vpw::buildCidrIndex(deployment, peerings);
    QCOMPARE(index.size(), 4);
    QCOMPARE(index.findOverlap(cidr(u"10.8.1.0/24"))->owner, u"deployment VPC"_s);
    QCOMPARE(index.findOverlap(cidr(u"192.168.1.0/24"))->owner, u"cen-pending0000000000"_s);
    QCOMPARE(index.findOverlap(cidr(u"192.168.2.0/24"))->owner, u"cen-running0000000000"_s);
    QCOMPARE(index.findOverlap(cidr(u"192.168.3.0/24"))->owner, u"cen-deleting000000000"_s);
    // A failed peering released its CIDR.
    QVERIFY(!index.findOverlap(cidr(u"192.168.4.0/24")));

    // A deployment whose CIDR is not known yet (/0) does not block everything.
    const CidrIndex unknown = vpw::buildCidrIndex(vpw::Deployment(), {});
    QVERIFY(unknown.isEmpty());
}

QTEST_APPLESS_MAIN(TestCidrIndex)
#include "tst_cidrindex.moc"
