// Poller's schedule on its own: one poll in flight, the fast and slow pace, full-jitter backoff
// capped, Retry-After, inactive. nextDue() is read on a frozen ManualClock, so it gives the
// remaining delay exactly; the timers themselves run on real time with short intervals.

#include "app/core/clock.h"
#include "app/session/poller.h"

#include <QSignalSpy>
#include <QTest>

using vpw::ManualClock;
using vpw::session::Poller;
using vpw::session::PollPolicy;

namespace {

constexpr qint64 kNow = 1'800'000'000'000;

PollPolicy policy() {
    PollPolicy p;
    p.fastIntervalMs = 200;
    p.slowIntervalMs = 4000;
    p.initialBackoffMs = 100;
    p.maxBackoffMs = 1600;
    return p;
}

} // namespace

class TestPoller : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void startPollsAtOnceThenAtThePace_data();
    void startPollsAtOnceThenAtThePace();
    void oneInFlightAndPollNowAfterIt();
    void switchingToFastBringsThePollForward();
    void backoffIsJitteredAndCapped();
    void retryAfterHoldsEvenRefreshNow();
    void inactiveSchedulesNothing();
    void stopIgnoresALateDone();

private:
    qint64 dueInMs() const { return m_poller->nextDue().toMSecsSinceEpoch() - kNow; }
    // Starts the poller and completes its first poll.
    void startAndFinishFirst(bool ok = true);

    ManualClock m_clock{kNow};
    std::unique_ptr<Poller> m_poller;
    std::unique_ptr<QSignalSpy> m_due;
};

void TestPoller::init() {
    m_poller = std::make_unique<Poller>(&m_clock);
    m_poller->setPolicy(policy());
    m_due = std::make_unique<QSignalSpy>(m_poller.get(), &Poller::due);
}

void TestPoller::startAndFinishFirst(bool ok) {
    m_poller->start();
    QVERIFY(m_due->wait(2000));
    QVERIFY(m_poller->isInFlight());
    m_poller->done(ok);
}

void TestPoller::startPollsAtOnceThenAtThePace_data() {
    QTest::addColumn<bool>("fast");
    QTest::addColumn<int>("interval");
    QTest::newRow("slow: full list") << false << policy().slowIntervalMs;
    QTest::newRow("fast: pending and deleting") << true << policy().fastIntervalMs;
}

void TestPoller::startPollsAtOnceThenAtThePace() {
    QFETCH(bool, fast);
    QFETCH(int, interval);
    m_poller->setFast(fast);
    startAndFinishFirst();
    QCOMPARE(m_due->at(0).at(0).toBool(), fast);
    QVERIFY(!m_poller->isInFlight());
    QVERIFY(dueInMs() <= interval);
    QVERIFY(dueInMs() > interval - 500);
    QCOMPARE(m_poller->pollsStarted(), 1);
}

void TestPoller::oneInFlightAndPollNowAfterIt() {
    m_poller->start();
    QVERIFY(m_due->wait(2000));
    // Asked again while the poll is in flight: nothing starts now...
    m_poller->pollNow(true);
    QVERIFY(!m_due->wait(300));
    QCOMPARE(m_due->count(), 1);
    QVERIFY(!m_poller->nextDue().isValid());
    // ...but right after it, as a full poll even at the fast pace.
    m_poller->setFast(true);
    m_poller->done(true);
    QVERIFY(m_due->wait(2000));
    QCOMPARE(m_due->count(), 2);
    QCOMPARE(m_due->at(1).at(0).toBool(), false);
}

void TestPoller::switchingToFastBringsThePollForward() {
    startAndFinishFirst();
    QVERIFY(dueInMs() > policy().fastIntervalMs);
    m_poller->setFast(true); // a peering was just created
    QVERIFY(dueInMs() <= policy().fastIntervalMs);
    QVERIFY(m_due->wait(2000));
    QCOMPARE(m_due->last().at(0).toBool(), true);
}

void TestPoller::backoffIsJitteredAndCapped() {
    m_poller->start();
    QVERIFY(m_due->wait(2000));
    QList<qint64> firstDelays;
    for (int failures = 1; failures <= 8; ++failures) {
        m_poller->done(false);
        QCOMPARE(m_poller->failures(), failures);
        const qint64 ceiling = std::min<qint64>(
            policy().maxBackoffMs, qint64(policy().initialBackoffMs) << (failures - 1));
        QVERIFY2(dueInMs() >= 0 && dueInMs() <= ceiling,
                 qPrintable(QStringLiteral("%1 > %2").arg(dueInMs()).arg(ceiling)));
        m_poller->pollNow(); // skip the wait: the next attempt fails again
        QVERIFY(m_due->wait(2000));
    }
    // Full jitter: the first failure's delay is spread over [0, initial], not a fixed value.
    for (int i = 0; i < 20; ++i) {
        m_poller->stop();
        m_poller->start();
        QVERIFY(m_due->wait(2000));
        m_poller->done(false);
        firstDelays << dueInMs();
    }
    const auto [low, high] = std::minmax_element(firstDelays.begin(), firstDelays.end());
    QVERIFY(*high <= policy().initialBackoffMs);
    QVERIFY2(*high - *low >= policy().initialBackoffMs / 4, "no jitter");
    // A success resets the count: back to the pace.
    m_poller->pollNow();
    QVERIFY(m_due->wait(2000));
    m_poller->done(true);
    QCOMPARE(m_poller->failures(), 0);
    QVERIFY(dueInMs() > policy().maxBackoffMs);
}

void TestPoller::retryAfterHoldsEvenRefreshNow() {
    m_poller->start();
    QVERIFY(m_due->wait(2000));
    const int before = m_due->count();
    m_poller->done(false, 1500);
    QVERIFY(dueInMs() > 1300 && dueInMs() <= 1500);
    m_poller->pollNow(true);
    m_poller->setActive(false);
    m_poller->setActive(true);
    QVERIFY(dueInMs() > 1000);
    QVERIFY(!m_due->wait(1000));
    QCOMPARE(m_due->count(), before);
    QVERIFY(m_due->wait(3000));
}

void TestPoller::inactiveSchedulesNothing() {
    m_poller->setFast(true);
    startAndFinishFirst();
    m_poller->setActive(false);
    QVERIFY(!m_poller->isActive());
    QVERIFY(!m_poller->nextDue().isValid());
    QVERIFY(!m_due->wait(4 * policy().fastIntervalMs));
    QCOMPARE(m_due->count(), 1);
    m_poller->setActive(true); // shown again: at once
    QVERIFY(dueInMs() <= 1);
    QVERIFY(m_due->wait(2000));
}

void TestPoller::stopIgnoresALateDone() {
    m_poller->start();
    QVERIFY(m_due->wait(2000));
    QSignalSpy finished(m_poller.get(), &Poller::pollFinished);
    m_poller->stop();
    m_poller->done(true); // the answer of a poll the owner gave up on
    QCOMPARE(finished.count(), 0);
    QVERIFY(!m_poller->nextDue().isValid());
    QVERIFY(!m_due->wait(500));
}

QTEST_GUILESS_MAIN(TestPoller)
#include "tst_poller.moc"
