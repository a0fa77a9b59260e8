// Benchmark (CTest label "benchmark", docs/performance.md): one poll's merge into PeeringModel
// of 10,000 peerings of which 100 changed state, with a PeeringFilterModel and a QTableView
// attached, and the JSON decode of the same 10,000-peering answer. The merge alternates between
// two answers that differ in the state of 100 rows, so every iteration is a poll with 100
// changes; the signals are counted on every iteration.
//
// This test links Qt6::Widgets for the view; the session library does not.

#include "app/core/clock.h"
#include "app/providers/aliyun/module.h"
#include "app/session/peeringmodel.h"
#include "app/wire/codec.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using vpw::Cidr;
using vpw::ManualClock;
using vpw::Peering;
using vpw::PeeringState;
using vpw::session::PeeringFilterModel;
using vpw::session::PeeringModel;

namespace {

constexpr int kPeerings = 10000;
constexpr int kChanged = 100;
const QDateTime kCreated = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

QList<Peering> makeAnswer() {
    QList<Peering> list;
    list.reserve(kPeerings);
    for (int n = 0; n < kPeerings; ++n) {
        Peering p;
        p.id = QStringLiteral("peer-%1").arg(n, 12, 16, QLatin1Char('0'));
        p.deploymentId = QStringLiteral("d%1").arg(n % 50, 7, 16, QLatin1Char('0'));
        p.provider = &vpw::providers::aliyun::module(); // the wire refuses a peering without one
        p.peeringId = QStringLiteral("cen-%1").arg(n, 18, 36, QLatin1Char('0'));
        p.accountId = QStringLiteral("1688123456789012");
        p.vpcId = QStringLiteral("vpc-%1").arg(n, 21, 36, QLatin1Char('0'));
        p.cidr = Cidr::fromNetwork(0xAC100000u + (quint32(n) << 8), 24);
        p.state = PeeringState::Running;
        p.createdAt = kCreated.addSecs(n);
        p.updatedAt = p.createdAt;
        p.expiresAt = p.createdAt.addSecs(600);
        list << p;
    }
    return list;
}

// The same answer with kChanged rows (spread over the list) running -> failed, with a reason.
QList<Peering> withChanges(QList<Peering> list) {
    for (int i = 0; i < kChanged; ++i) {
        Peering &p = list[i * (kPeerings / kChanged)];
        p.state = PeeringState::Failed;
        p.failureCode = vpw::FailureCode::Rejected;
        p.failureReason = QStringLiteral("The peering request was rejected by the peer account.");
        p.updatedAt = p.updatedAt.addSecs(60);
    }
    return list;
}

QByteArray encodePage(const QList<Peering> &peerings) {
    return vpw::wire::encodePeeringPage({peerings, {}});
}

QList<Peering> decodeAnswer(const QByteArray &body) {
    auto page = vpw::wire::decodePeeringPage(body);
    return page.value ? page.value->peerings : QList<Peering>();
}

} // namespace

class BenchMerge : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void merge_data();
    void merge();
    void decode();
};

void BenchMerge::merge_data() {
    QTest::addColumn<int>("sortColumn"); // -1: the model alone (reference)
    QTest::newRow("model alone (reference)") << -1;
    QTest::newRow("view sorted by peering ID") << int(PeeringModel::PeeringIdColumn);
    QTest::newRow("view sorted by state") << int(PeeringModel::StateColumn);
}

void BenchMerge::merge() {
    QFETCH(int, sortColumn);
    ManualClock clock(kCreated.addSecs(3600).toMSecsSinceEpoch());
    PeeringModel model([&clock] { return clock.now(); });
    PeeringFilterModel proxy;
    QTableView view;
    if (sortColumn >= 0) {
        proxy.setSourceModel(&model);
        view.setModel(&proxy);
        view.setSortingEnabled(true);
        view.sortByColumn(sortColumn, Qt::AscendingOrder);
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
    }

    // Decoded like a poll's answer, so no string is shared between the model and the answer.
    const QList<Peering> before = decodeAnswer(encodePage(makeAnswer()));
    const QList<Peering> after = decodeAnswer(encodePage(withChanges(makeAnswer())));
    const QList<Peering> current = decodeAnswer(encodePage(makeAnswer()));
    model.merge(current);
    if (sortColumn >= 0)
        view.selectRow(42);
    const QString selectedId = view.currentIndex().data(PeeringModel::IdRole).toString();
    QTest::qWait(100); // let the view lay out once before measuring

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy proxyResets(&proxy, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    int merges = 0;
    QBENCHMARK {
        model.merge(merges % 2 == 0 ? after : before);
        ++merges;
    }
    QCOMPARE(resets.count(), 0);
    QCOMPARE(proxyResets.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(changed.count(), kChanged * merges); // one per changed row, each iteration
    QCOMPARE(view.currentIndex().data(PeeringModel::IdRole).toString(), selectedId);
    qInfo("%d merges, %lld dataChanged (%d per merge), 0 resets", merges,
          qlonglong(changed.count()), kChanged);
}

void BenchMerge::decode() {
    const QByteArray body = encodePage(withChanges(makeAnswer()));
    qInfo("answer: %lld bytes", qlonglong(body.size()));
    int peerings = 0;
    QBENCHMARK {
        const auto page = vpw::wire::decodePeeringPage(body);
        peerings = page.value ? int(page.value->peerings.size()) : -1;
    }
    QCOMPARE(peerings, kPeerings);
}

QTEST_MAIN(BenchMerge)
#include "tst_mergebench.moc"
