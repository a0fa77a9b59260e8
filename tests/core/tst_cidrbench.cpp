// One keystroke in the VPC CIDR field: the full verdict (parse, provider limits, reserved ranges,
// overlap) against a deployment with 10,000 existing CIDRs. Target: median < 5 µs.
// Run: tst_core_cidrbench -median 9   (see docs/performance.md)
#include "app/core/fieldrules.h"
#include "app/providers/aliyun/module.h"
#include "app/providers/huawei/module.h"
#include "app/providers/registry.h"

#include <QRandomGenerator>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using vpw::Cidr;
using vpw::CidrIndex;

class TestCidrBench : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keystroke_data();
    void keystroke();
    void buildIndex();
    void overlapQuery_data();
    void overlapQuery();

private:
    QList<CidrIndex::Entry> m_entries;
    vpw::CidrContext m_context;
};

void TestCidrBench::initTestCase() {
    // 10,000 distinct /26 blocks in 172.16.0.0/12 (16,384 possible), in random order, plus the
    // deployment's own CIDR. 192.168.77.0/24 stays free.
    QRandomGenerator random(12345);
    QList<quint32> slots;
    for (quint32 i = 0; i < 16384; ++i)
        slots.append(i);
    std::shuffle(slots.begin(), slots.end(), random);
    m_entries.append({*Cidr::fromString(u"10.8.0.0/16"), u"deployment VPC"_s});
    for (int i = 0; i < 10000; ++i) {
        const quint32 network = (172u << 24) | (16u << 16) | (slots.at(i) << 6);
        m_entries.append({Cidr::fromNetwork(network, 26), u"cen-%1"_s.arg(i, 18, 10, QChar(u'0'))});
    }
    m_context.provider = &vpw::providers::aliyun::module();
    m_context.existing = CidrIndex(m_entries);
    QCOMPARE(m_context.existing.size(), 10001);
}

void TestCidrBench::keystroke_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");
    // The common case: a valid, free CIDR (every check runs to the end).
    QTest::newRow("accepted 192.168.77.0/24") << u"192.168.77.0/24"_s << QString();
    // Mid-typing and conflicts build a translated message as well.
    QTest::newRow("overlap 172.16.0.0/16") << u"172.16.0.0/16"_s << u"cidr.overlap"_s;
    QTest::newRow("host bits 192.168.77.5/24") << u"192.168.77.5/24"_s << u"cidr.host_bits"_s;
    QTest::newRow("typing 192.168.7") << u"192.168.7"_s << u"cidr.syntax"_s;
}

void TestCidrBench::keystroke() {
    QFETCH(QString, input);
    QFETCH(QString, code);
    // Check the answer once outside the measured loop, so the benchmark measures real work.
    QCOMPARE(vpw::checkVpcCidr(m_context, input).code, code);
    vpw::Verdict verdict;
    QBENCHMARK {
        verdict = vpw::checkVpcCidr(m_context, input);
    }
    QCOMPARE(verdict.code, code);
}

void TestCidrBench::buildIndex() {
    // For reference: building the index once per deployment (O(n log n)).
    QBENCHMARK {
        const CidrIndex index(m_entries);
        QCOMPARE(index.size(), 10001);
    }
}

void TestCidrBench::overlapQuery_data() {
    QTest::addColumn<bool>("indexed");
    QTest::newRow("index (binary search)") << true;
    QTest::newRow("linear scan (reference)") << false;
}

void TestCidrBench::overlapQuery() {
    // The overlap question alone, answered by the index and, for the ratio, by scanning all
    // 10,001 entries: what the index saves on every keystroke.
    QFETCH(bool, indexed);
    const Cidr candidate = *Cidr::fromString(u"192.168.77.0/24");
    bool overlaps = true;
    if (indexed) {
        QBENCHMARK {
            overlaps = m_context.existing.findOverlap(candidate).has_value();
        }
    } else {
        QBENCHMARK {
            overlaps = std::any_of(m_entries.cbegin(), m_entries.cend(),
                                   [&candidate](const CidrIndex::Entry &entry) {
                                       return entry.cidr.overlaps(candidate);
                                   });
        }
    }
    QVERIFY(!overlaps);
}

QTEST_APPLESS_MAIN(TestCidrBench)
#include "tst_cidrbench.moc"
