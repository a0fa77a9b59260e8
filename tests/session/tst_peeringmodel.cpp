// PeeringModel, PeeringFilterModel and DeploymentModel fed by difference: the exact signals a
// merge emits (no resets, dataChanged over the changed cells only, rowsInserted/rowsRemoved),
// what views keep across merges (persistent indexes, selection), the countdown on an injected
// clock, and the filters. No server and no widgets: the models are plain QtCore/QtGui objects.

#include "app/core/clock.h"
#include "app/core/timetext.h"
#include "app/providers/aliyun/module.h"
#include "app/providers/huawei/module.h"
#include "app/providers/registry.h"
#include "app/session/deploymentmodel.h"
#include "app/session/peeringmodel.h"

#include <QIcon>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using vpw::Cidr;
using vpw::Deployment;
using vpw::Edition;
using vpw::ManualClock;
using vpw::Peering;
using vpw::PeeringState;
using vpw::Provider;
using vpw::session::DeploymentModel;
using vpw::session::PeeringFilterModel;
using vpw::session::PeeringModel;

namespace {

const QDateTime kStart = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

Peering makePeering(int n, PeeringState state = PeeringState::Running,
                    const QString &deploymentId = QStringLiteral("d1")) {
    Peering p;
    p.id = QStringLiteral("peer-%1").arg(n, 8, 10, QLatin1Char('0'));
    p.deploymentId = deploymentId;
    p.provider = &vpw::providers::aliyun::module();
    p.peeringId = QStringLiteral("cen-%1").arg(n, 18, 10, QLatin1Char('0'));
    p.accountId = QStringLiteral("1688123456789012");
    p.vpcId = QStringLiteral("vpc-%1").arg(n, 21, 10, QLatin1Char('0'));
    p.cidr = Cidr::fromNetwork(0xC0A80000u + quint32(n % 256) * 256u, 24);
    p.state = state;
    p.createdAt = kStart;
    p.updatedAt = kStart;
    p.expiresAt = kStart.addSecs(600);
    return p;
}

QList<Peering> makePeerings(int count) {
    QList<Peering> list;
    for (int n = 0; n < count; ++n)
        list << makePeering(n);
    return list;
}

// Every signal a model can emit about its rows, counted.
struct ModelSpies {
    explicit ModelSpies(QAbstractItemModel *model)
        : reset(model, &QAbstractItemModel::modelReset)
        , layout(model, &QAbstractItemModel::layoutChanged)
        , changed(model, &QAbstractItemModel::dataChanged)
        , inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved) {}
    void clear() {
        reset.clear();
        layout.clear();
        changed.clear();
        inserted.clear();
        removed.clear();
    }
    QSignalSpy reset;
    QSignalSpy layout;
    QSignalSpy changed;
    QSignalSpy inserted;
    QSignalSpy removed;
};

} // namespace

class TestPeeringModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void firstLoadInsertsRows();
    void changedCellsOnly_data();
    void changedCellsOnly();
    void unchangedMergeIsSilent();
    void goneRowsAreRemovedByRun();
    void newRowsAreAppended();
    void persistentIndexesAndSelectionSurvive();
    void partialMergeKeepsOtherRows();
    void missesTransient_data();
    void missesTransient();
    void timeLeftFollowsTheInjectedClock_data();
    void timeLeftFollowsTheInjectedClock();
    void tickerEmitsOneColumnChange();
    void stateHasIconAndText();
    void createdIsShownInTheOneTimeFormat();
    void filter_data();
    void filter();
    void deploymentsMergeByDifference();

private:
    ManualClock m_clock{kStart.toMSecsSinceEpoch()};
    std::function<QDateTime()> serverNow() {
        return [this] {
            return m_clock.now();
        };
    }
};

void TestPeeringModel::firstLoadInsertsRows() {
    PeeringModel model(serverNow());
    ModelSpies spies(&model);
    model.merge(makePeerings(5));
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.inserted.count(), 1);
    QCOMPARE(spies.inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(spies.inserted.at(0).at(2).toInt(), 4);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.indexOf(makePeering(3).id).row(), 3);
}

void TestPeeringModel::changedCellsOnly_data() {
    QTest::addColumn<int>("field");
    QTest::addColumn<int>("firstColumn");
    QTest::addColumn<int>("lastColumn");
    QTest::addColumn<bool>("stateEvent");
    // The state also moves TimeLeft (a running peering has no countdown).
    QTest::newRow("pending to running")
        << 0 << int(PeeringModel::StateColumn) << int(PeeringModel::TimeLeftColumn) << true;
    QTest::newRow("failed with reason")
        << 1 << int(PeeringModel::StateColumn) << int(PeeringModel::ReasonColumn) << true;
    QTest::newRow("cidr only") << 2 << int(PeeringModel::CidrColumn)
                               << int(PeeringModel::CidrColumn) << false;
    QTest::newRow("bound resources only (details pane)")
        << 3 << int(PeeringModel::PeeringIdColumn) << int(PeeringModel::PeeringIdColumn) << false;
}

void TestPeeringModel::changedCellsOnly() {
    QFETCH(int, field);
    QFETCH(int, firstColumn);
    QFETCH(int, lastColumn);
    QFETCH(bool, stateEvent);
    QList<Peering> list = makePeerings(10);
    list[4].state = PeeringState::Pending;
    PeeringModel model(serverNow());
    model.merge(list);
    ModelSpies spies(&model);
    QSignalSpy states(&model, &PeeringModel::stateChanged);

    switch (field) {
    case 0:
        list[4].state = PeeringState::Running;
        break;
    case 1:
        list[4].state = PeeringState::Failed;
        list[4].failureReason = QStringLiteral("rejected");
        break;
    case 2:
        list[4].cidr = Cidr::fromNetwork(0x0A000000u, 16);
        break;
    case 3:
        list[4].boundResources << vpw::BoundResource{QStringLiteral("r1"), QStringLiteral("kafka"),
                                                     QStringLiteral("kafka")};
        break;
    }
    model.merge(list);

    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.layout.count(), 0);
    QCOMPARE(spies.inserted.count(), 0);
    QCOMPARE(spies.removed.count(), 0);
    QCOMPARE(spies.changed.count(), 1);
    const auto topLeft = spies.changed.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = spies.changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 4);
    QCOMPARE(bottomRight.row(), 4);
    QCOMPARE(topLeft.column(), firstColumn);
    QCOMPARE(bottomRight.column(), lastColumn);
    QCOMPARE(states.count(), stateEvent ? 1 : 0);
    QCOMPARE(model.peering(list[4].id)->state, list[4].state);
}

void TestPeeringModel::unchangedMergeIsSilent() {
    PeeringModel model(serverNow());
    model.merge(makePeerings(20));
    ModelSpies spies(&model);
    model.merge(makePeerings(20));
    QCOMPARE(spies.reset.count() + spies.changed.count() + spies.inserted.count() +
                 spies.removed.count() + spies.layout.count(),
             0);
}

void TestPeeringModel::goneRowsAreRemovedByRun() {
    PeeringModel model(serverNow());
    QList<Peering> list = makePeerings(10);
    model.merge(list);
    ModelSpies spies(&model);
    QSignalSpy states(&model, &PeeringModel::stateChanged);
    // Rows 2, 3 and 7 go: two runs, removed from the end.
    const QString gone7 = list.at(7).id;
    list.remove(7);
    list.remove(2, 2);
    model.merge(list);
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.changed.count(), 0);
    QCOMPARE(spies.removed.count(), 2);
    QCOMPARE(spies.removed.at(0).at(1).toInt(), 7);
    QCOMPARE(spies.removed.at(0).at(2).toInt(), 7);
    QCOMPARE(spies.removed.at(1).at(1).toInt(), 2);
    QCOMPARE(spies.removed.at(1).at(2).toInt(), 3);
    QCOMPARE(states.count(), 3);
    QVERIFY(!states.at(0).at(1).value<std::optional<Peering>>().has_value());
    QCOMPARE(model.rowCount(), 7);
    QVERIFY(!model.peering(gone7));
    // The hash follows the rows that moved up.
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.indexOf(model.all().at(row).id).row(), row);
}

void TestPeeringModel::newRowsAreAppended() {
    PeeringModel model(serverNow());
    model.merge(makePeerings(5));
    ModelSpies spies(&model);
    model.merge(makePeerings(8));
    QCOMPARE(spies.inserted.count(), 1);
    QCOMPARE(spies.inserted.at(0).at(1).toInt(), 5);
    QCOMPARE(spies.inserted.at(0).at(2).toInt(), 7);
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.changed.count(), 0);
}

void TestPeeringModel::persistentIndexesAndSelectionSurvive() {
    PeeringModel model(serverNow());
    PeeringFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(PeeringModel::CidrColumn, Qt::DescendingOrder);
    QList<Peering> list = makePeerings(12);
    model.merge(list);
    QItemSelectionModel selection(&proxy);
    const QString selectedId = list.at(6).id;
    const QModelIndex source = model.indexOf(selectedId);
    const QModelIndex current = proxy.mapFromSource(source);
    selection.setCurrentIndex(current,
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    ModelSpies proxySpies(&proxy);

    // A poll: row 1 gone, row 6 changes state, two new rows.
    list.remove(1);
    list[5].state = PeeringState::Deleting; // the selected one (was index 6)
    list << makePeering(40) << makePeering(41);
    model.merge(list);

    QCOMPARE(proxySpies.reset.count(), 0);
    QVERIFY(selection.currentIndex().isValid());
    QCOMPARE(selection.currentIndex().data(PeeringModel::IdRole).toString(), selectedId);
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().at(0).data(PeeringModel::IdRole).toString(), selectedId);
    QCOMPARE(selection.currentIndex().data(PeeringModel::StateRole).toInt(),
             int(PeeringState::Deleting));
    // Still sorted by CIDR, descending.
    for (int row = 1; row < proxy.rowCount(); ++row) {
        QVERIFY(
            proxy.index(row - 1, PeeringModel::CidrColumn)
                .data(PeeringModel::SortRole)
                .toULongLong() >=
            proxy.index(row, PeeringModel::CidrColumn).data(PeeringModel::SortRole).toULongLong());
    }
}

void TestPeeringModel::partialMergeKeepsOtherRows() {
    PeeringModel model(serverNow());
    QList<Peering> list = makePeerings(6);
    list[2].state = PeeringState::Pending;
    model.merge(list);
    ModelSpies spies(&model);
    Peering attached = list[2];
    attached.state = PeeringState::Running;
    Peering created = makePeering(99, PeeringState::Pending);
    model.mergePartial({attached, created});
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(spies.removed.count(), 0);
    QCOMPARE(spies.changed.count(), 1);
    QCOMPARE(spies.inserted.count(), 1);
    QVERIFY(model.hasTransient());
}

void TestPeeringModel::missesTransient_data() {
    QTest::addColumn<int>("answer"); // 0: both transient rows, 1: only the pending, 2: none
    QTest::addColumn<bool>("misses");
    QTest::newRow("both listed") << 0 << false;
    QTest::newRow("deleting one missing") << 1 << true;
    QTest::newRow("empty answer") << 2 << true;
}

void TestPeeringModel::missesTransient() {
    QFETCH(int, answer);
    QFETCH(bool, misses);
    PeeringModel model(serverNow());
    QList<Peering> list = makePeerings(5);
    list[1].state = PeeringState::Pending;
    list[3].state = PeeringState::Deleting;
    model.merge(list);
    QList<Peering> fast;
    if (answer == 0)
        fast = {list[1], list[3]};
    else if (answer == 1)
        fast = {list[1]};
    QCOMPARE(model.missesTransient(fast), misses);
}

void TestPeeringModel::timeLeftFollowsTheInjectedClock_data() {
    QTest::addColumn<qint64>("elapsedMs");
    QTest::addColumn<QString>("shown");
    QTest::newRow("fresh window") << qint64(0) << QStringLiteral("10:00");
    QTest::newRow("after 61 s") << qint64(61000) << QStringLiteral("08:59");
    QTest::newRow("mid-second rounds up") << qint64(599500) << QStringLiteral("00:01");
    QTest::newRow("closed") << qint64(600000) << QStringLiteral("00:00");
    QTest::newRow("long closed") << qint64(3600000) << QStringLiteral("00:00");
}

void TestPeeringModel::timeLeftFollowsTheInjectedClock() {
    QFETCH(qint64, elapsedMs);
    QFETCH(QString, shown);
    m_clock.setMs(kStart.toMSecsSinceEpoch() + elapsedMs);
    PeeringModel model(serverNow());
    Peering pending = makePeering(1, PeeringState::Pending);
    Peering huawei = makePeering(2, PeeringState::Pending);
    huawei.provider = &vpw::providers::huawei::module();
    huawei.expiresAt.reset();
    model.merge({pending, makePeering(3, PeeringState::Running), huawei});
    QCOMPARE(model.index(0, PeeringModel::TimeLeftColumn).data().toString(), shown);
    QCOMPARE(model.index(1, PeeringModel::TimeLeftColumn).data().toString(), QString());
    QCOMPARE(model.index(2, PeeringModel::TimeLeftColumn).data().toString(), QString());
    m_clock.setMs(kStart.toMSecsSinceEpoch());
}

void TestPeeringModel::tickerEmitsOneColumnChange() {
    PeeringModel model(serverNow());
    model.merge({makePeering(1, PeeringState::Pending), makePeering(2), makePeering(3)});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    m_clock.advanceMs(5000);
    QVERIFY(changed.wait(5000)); // the 1 s ticker (real time), not a request
    const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft, model.index(0, PeeringModel::TimeLeftColumn));
    QCOMPARE(bottomRight, model.index(2, PeeringModel::TimeLeftColumn));
    QCOMPARE(topLeft.data().toString(), QStringLiteral("09:55"));

    // Once the window has closed the ticker stops.
    m_clock.advanceMs(600000);
    QVERIFY(changed.wait(5000));
    changed.clear();
    QVERIFY(!changed.wait(2500));
    QCOMPARE(model.index(0, PeeringModel::TimeLeftColumn).data().toString(),
             QStringLiteral("00:00"));
    m_clock.setMs(kStart.toMSecsSinceEpoch());
}

void TestPeeringModel::stateHasIconAndText() {
    PeeringModel model(serverNow());
    model.merge({makePeering(1, PeeringState::Failed)});
    const QModelIndex state = model.index(0, PeeringModel::StateColumn);
    QCOMPARE(state.data().toString(), vpw::peeringStateDisplayText(PeeringState::Failed));
    QCOMPARE(state.data(PeeringModel::StateIconRole).toString(),
             QStringLiteral(":/icons/state-failed.svg"));
    QVERIFY(QFile::exists(state.data(PeeringModel::StateIconRole).toString()));
    const QIcon icon = state.data(Qt::DecorationRole).value<QIcon>();
    QVERIFY(!icon.isNull());
    QVERIFY(!state.data(Qt::ToolTipRole).toString().isEmpty());
    for (PeeringState s : {PeeringState::Pending, PeeringState::Running, PeeringState::Deleting})
        QVERIFY(QFile::exists(PeeringModel::stateIconPath(s)));
}

// The table shows times as the details pane, the event log and the status line do (one format
// in both languages, not the system locale's): local time, "yyyy-MM-dd HH:mm:ss".
void TestPeeringModel::createdIsShownInTheOneTimeFormat() {
    const QByteArray zone = qgetenv("TZ");
    qputenv("TZ", "Asia/Shanghai"); // UTC+8, no daylight saving
    PeeringModel model(serverNow());
    model.merge({makePeering(1)}); // created 2026-03-01 12:00 UTC
    const QString shown = model.index(0, PeeringModel::CreatedColumn).data().toString();
    if (zone.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", zone);
    QCOMPARE(shown, QStringLiteral("2026-03-01 20:00:00"));
    QCOMPARE(vpw::displayTime(QDateTime()), QString());
}

void TestPeeringModel::filter_data() {
    QTest::addColumn<QString>("deploymentId");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<PeeringState>>("states");
    QTest::addColumn<QStringList>("expected"); // IDs, sorted
    const QList<PeeringState> any;
    QTest::newRow("everything") << QString() << QString() << any
                                << QStringList{QStringLiteral("peer-00000001"),
                                               QStringLiteral("peer-00000002"),
                                               QStringLiteral("peer-00000003")};
    QTest::newRow("deployment d2")
        << QStringLiteral("d2") << QString() << any << QStringList{QStringLiteral("peer-00000003")};
    QTest::newRow("text matches VPC ID, any case")
        << QString() << QStringLiteral("VPC-000000000000000000002") << any
        << QStringList{QStringLiteral("peer-00000002")};
    QTest::newRow("text matches CIDR") << QString() << QStringLiteral("192.168.1.0") << any
                                       << QStringList{QStringLiteral("peer-00000001")};
    QTest::newRow("text matches reason") << QString() << QStringLiteral("window") << any
                                         << QStringList{QStringLiteral("peer-00000002")};
    QTest::newRow("state pending or failed")
        << QString() << QString()
        << QList<PeeringState>{PeeringState::Pending, PeeringState::Failed}
        << QStringList{QStringLiteral("peer-00000001"), QStringLiteral("peer-00000002")};
    QTest::newRow("all filters, no match")
        << QStringLiteral("d2") << QStringLiteral("cen")
        << QList<PeeringState>{PeeringState::Pending} << QStringList();
}

void TestPeeringModel::filter() {
    QFETCH(QString, deploymentId);
    QFETCH(QString, text);
    QFETCH(QList<PeeringState>, states);
    QFETCH(QStringList, expected);
    PeeringModel model(serverNow());
    Peering failed = makePeering(2, PeeringState::Failed);
    failed.failureReason = QStringLiteral("Not loaded into the CEN within the window.");
    model.merge({makePeering(1, PeeringState::Pending), failed,
                 makePeering(3, PeeringState::Running, QStringLiteral("d2"))});
    PeeringFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.setDeploymentId(deploymentId);
    proxy.setText(text);
    proxy.setStates(states);
    QStringList shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown << proxy.index(row, 0).data(PeeringModel::IdRole).toString();
    shown.sort();
    QCOMPARE(shown, expected);
}

void TestPeeringModel::deploymentsMergeByDifference() {
    auto deployment = [](const char *id, Edition edition) {
        Deployment d;
        d.id = QLatin1String(id);
        d.name = QLatin1String(id);
        d.edition = edition;
        d.region = QStringLiteral("cn-hangzhou");
        d.cidr = Cidr::fromNetwork(0x0A640000u, 16);
        return d;
    };
    DeploymentModel model;
    ModelSpies spies(&model);
    QList<Deployment> list{deployment("a", Edition::Dedicated), deployment("b", Edition::Shared),
                           deployment("c", Edition::Trial)};
    model.merge(list);
    QCOMPARE(spies.inserted.count(), 1);
    QCOMPARE(model.index(1, DeploymentModel::PeeringColumn).data().toString(),
             DeploymentModel::availabilityText(Edition::Shared));
    QVERIFY(!model.index(2, 0).data(DeploymentModel::PeeringAvailableRole).toBool());
    QVERIFY(model.index(0, 0).data(DeploymentModel::PeeringAvailableRole).toBool());
    spies.clear();

    list[0].name = QStringLiteral("renamed");
    list.removeAt(1);
    model.merge(list);
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.changed.count(), 1);
    QCOMPARE(spies.changed.at(0).at(0).value<QModelIndex>(),
             model.index(0, DeploymentModel::NameColumn));
    QCOMPARE(spies.changed.at(0).at(1).value<QModelIndex>(),
             model.index(0, DeploymentModel::NameColumn));
    QCOMPARE(spies.removed.count(), 1);
    QCOMPARE(model.indexOf(QStringLiteral("c")).row(), 1);
    QCOMPARE(model.deployment(QStringLiteral("a"))->name, QStringLiteral("renamed"));
}

QTEST_MAIN(TestPeeringModel)
#include "tst_peeringmodel.moc"
