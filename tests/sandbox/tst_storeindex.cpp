// The indexes the store keeps up to date from the records it notes as changed (each
// deployment's live CIDRs and peering IDs, the due transitions, lookups by ID) agree with
// ones built from scratch from the records, after every step of a random mix of creates,
// window failures, attaches, deletes, removals and changes of the whole list.
#include "app/core/model.h"
#include "app/core/peeringstate.h"
#include "app/sandbox/lifecycle.h"
#include "app/sandbox/scaledclock.h"
#include "app/sandbox/seed.h"
#include "app/sandbox/store.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <climits>

using namespace vpw;
using namespace vpw::sandbox;
using namespace Qt::StringLiterals;

namespace {

enum Step { Create, Fail, Attach, Delete, Remove, Advance, ReplaceAll, kSteps };

// Entries as sorted (CIDR, owner) pairs: equal CIDRs may be held in either order.
QList<std::pair<Cidr, QString>> sorted(const CidrIndex &index) {
    QList<std::pair<Cidr, QString>> result;
    for (const CidrIndex::Entry &entry : index.entries())
        result.append({entry.cidr, entry.owner});
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace

class TestStoreIndex : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void agreesWithRebuilt_data();
    void agreesWithRebuilt();

private:
    void step(Step kind, QRandomGenerator &random);
    void compare(const QString &context);

    ScaledClock m_clock{1.0, 0};
    Store m_store;
    QDateTime m_now;
    int m_created = 0;
};

void TestStoreIndex::agreesWithRebuilt_data() {
    QTest::addColumn<QList<int>>("weights"); // of each Step, in enum order
    QTest::addColumn<quint32>("seed");

    QTest::newRow("creates only") << QList<int>{1, 0, 0, 0, 0, 0, 0} << 1u;
    QTest::newRow("creates and window failures") << QList<int>{4, 2, 0, 0, 0, 2, 0} << 2u;
    QTest::newRow("creates, attaches, deletes and removals")
        << QList<int>{4, 0, 2, 2, 1, 2, 0} << 3u;
    QTest::newRow("everything, with whole-list changes") << QList<int>{5, 2, 2, 2, 1, 2, 1} << 4u;
}

// A peering on one of 64 /26 blocks (often the CIDR of an earlier one, failed or live: the
// store does not check, the API does), with one of 16 provider peering IDs.
void TestStoreIndex::step(Step kind, QRandomGenerator &random) {
    const QList<PeeringRecord> &records = std::as_const(m_store).peerings();
    const QString someId =
        records.isEmpty() ? QString() : records.at(random.bounded(int(records.size()))).peering.id;
    switch (kind) {
    case Create: {
        PeeringRecord record;
        Peering &p = record.peering;
        p.id = m_store.newPeeringId();
        p.deploymentId =
            std::as_const(m_store).deployments().at(random.bounded(2)).id; // the dedicated ones
        p.peeringId = u"cen-%1"_s.arg(random.bounded(16), 18, 10, QChar(u'0'));
        p.cidr = Cidr::fromNetwork((192u << 24) | (168u << 16) | (random.bounded(64u) << 6), 26);
        p.createdAt = p.updatedAt = m_now;
        p.expiresAt = m_now.addSecs(random.bounded(1, 60));
        if (random.bounded(3) == 0)
            record.autoAttachAt = m_now.addSecs(random.bounded(1, 60));
        m_store.addPeering(record);
        ++m_created;
        break;
    }
    case Fail:
        if (!someId.isEmpty())
            Lifecycle::fail(*m_store.peering(someId), vpw::FailureCode::Rejected, u"test"_s, m_now);
        break;
    case Attach:
        if (!someId.isEmpty())
            Lifecycle::attach(*m_store.peering(someId), m_now);
        break;
    case Delete:
        if (!someId.isEmpty()) {
            PeeringRecord &record = *m_store.peering(someId);
            if (Lifecycle::attach(record, m_now) || record.peering.state == PeeringState::Running) {
                record.peering.state = PeeringState::Deleting;
                if (random.bounded(4) != 0) // sometimes none: removed at once
                    record.removeAt = m_now.addSecs(random.bounded(1, 30));
            }
        }
        break;
    case Remove:
        if (!someId.isEmpty())
            m_store.removePeering(someId);
        break;
    case Advance: {
        m_now = m_now.addSecs(random.bounded(1, 40));
        Lifecycle lifecycle(&m_store, &m_clock);
        lifecycle.advance(m_now);
        break;
    }
    case ReplaceAll:
        // A change the store cannot see record by record: it rebuilds everything.
        m_store.peerings().removeIf(
            [](const PeeringRecord &r) { return r.peering.id.endsWith(u'0'); });
        break;
    case kSteps:
        break;
    }
}

void TestStoreIndex::compare(const QString &context) {
    const QList<PeeringRecord> &records = std::as_const(m_store).peerings();
    for (const Deployment &deployment : std::as_const(m_store).deployments()) {
        const LivePeerings &live = m_store.livePeerings(deployment.id);
        const QList<Peering> peerings = m_store.peeringsOf(deployment.id);
        QVERIFY2(sorted(live.cidrs) == sorted(buildCidrIndex(deployment, peerings)),
                 qPrintable(context + u": CIDRs of "_s + deployment.id));
        QHash<QString, QStringList> byPeeringId;
        for (const Peering &peering : peerings) {
            if (holdsCidr(peering.state))
                byPeeringId[peering.peeringId].append(peering.id);
        }
        QVERIFY2(live.byPeeringId == byPeeringId,
                 qPrintable(context + u": peering IDs of "_s + deployment.id));
    }
    QList<std::pair<qint64, QString>> due;
    for (const PeeringRecord &record : records) {
        QCOMPARE(m_store.peering(record.peering.id), &record);
        if (const auto when = record.due())
            due.append(
                {when->at.isValid() ? when->at.toMSecsSinceEpoch() : LLONG_MIN, record.peering.id});
    }
    QVERIFY(!m_store.peering(u"peer-nosuchpeering"_s));
    std::sort(due.begin(), due.end());
    QStringList dueIds;
    for (const auto &[ms, id] : std::as_const(due)) {
        if (ms <= m_now.toMSecsSinceEpoch())
            dueIds.append(id);
    }
    QVERIFY2(m_store.dueBy(m_now) == dueIds, qPrintable(context + u": due"_s));
    const std::optional<QDateTime> next = m_store.nextDue();
    QCOMPARE(next.has_value(), !due.isEmpty());
    if (next) {
        QCOMPARE(next->isValid() ? next->toMSecsSinceEpoch() : LLONG_MIN, due.first().first);
    }
}

void TestStoreIndex::agreesWithRebuilt() {
    QFETCH(QList<int>, weights);
    QFETCH(quint32, seed);
    m_store = Store();
    seedDemoData(&m_store, m_clock);
    m_now = m_clock.now();
    m_created = 0;
    compare(u"seeded"_s);

    int total = 0;
    for (int weight : std::as_const(weights))
        total += weight;
    QRandomGenerator random(seed);
    for (int i = 0; i < 400; ++i) {
        int pick = int(random.bounded(total));
        int kind = 0;
        while (pick >= weights.at(kind))
            pick -= weights.at(kind++);
        step(Step(kind), random);
        compare(u"step %1"_s.arg(i));
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(m_created > 50);
}

QTEST_GUILESS_MAIN(TestStoreIndex)
#include "tst_storeindex.moc"
