// Session against the real sandbox (in-process on 127.0.0.1, a fresh one per test) and the
// real keychain (tests/keyring-launcher.sh). Changes are made the way an operator's other
// tools would: through /sandbox/v1 (attach, fail, faults) over HTTP; requests are counted by
// the server (GET /sandbox/v1/stats). No widgets are linked.

#include "tests/cloud/sandboxfixture.h"

#include "app/core/clock.h"
#include "app/secrets/secretstore.h"
#include "app/session/deploymentmodel.h"
#include "app/session/peeringmodel.h"
#include "app/session/peeringoperation.h"
#include "app/session/poller.h"
#include "app/session/session.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using vpw::Clock;
using vpw::ManualClock;
using vpw::Peering;
using vpw::PeeringState;
using vpw::secrets::Profile;
using vpw::secrets::SecretJob;
using vpw::secrets::SecretStore;
using vpw::session::ConnectionStatus;
using vpw::session::PeeringEvent;
using vpw::session::PollPolicy;
using vpw::session::Session;
using vpw::test::SandboxFixture;
namespace seed = vpw::test::seed;

namespace {

constexpr int kTimeout = 20000;
// The contract's durations run 10x faster: deletion takes 0.5 s, the attach window 60 s.
constexpr double kTimeScale = 10.0;

PollPolicy fastPolicy() {
    PollPolicy policy;
    policy.fastIntervalMs = 300;
    policy.slowIntervalMs = 1500;
    policy.initialBackoffMs = 200;
    policy.maxBackoffMs = 1000;
    return policy;
}

} // namespace

class TestSession : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void connectsAndLoads();
    void missingSecretIsNoSecret();
    void wrongSecretIsCredentialsRefused();
    void invalidEndpoint_data();
    void invalidEndpoint();
    void stateChangeIsOneEvent_data();
    void stateChangeIsOneEvent();
    void deleteGoesDeletingThenGone();
    void createMergesBeforeTheCaller();
    void countdownRunsOnTheInjectedClock();
    void serverErrorsKeepRowsAndRecover();
    void retryAfterIsRespected();
    void inactiveMakesNoRequests();
    void pagesAndConditionalRequests();
    void olderPollAnswerDoesNotUndoAnAnswer();

private:
    // A profile for the running sandbox whose secret is stored in the keychain.
    Profile storedProfile(const QString &secret);
    bool store(const QString &profileId, const QString &secret);
    std::unique_ptr<Session> connectedSession(const Clock *clock = nullptr);
    qint64 totalRequests();
    bool resetStats();
    Peering waitForState(Session &session, const QString &id, PeeringState state);

    SecretStore m_secrets;
    std::unique_ptr<SandboxFixture> m_sandbox;
    QString m_secret;
};

void TestSession::init() {
    m_sandbox = std::make_unique<SandboxFixture>();
    m_secret = QUuid::createUuid().toString(QUuid::Id128);
    vpw::sandbox::Options options;
    options.apiSecret = m_secret;
    options.timeScale = kTimeScale;
    QVERIFY(m_sandbox->start(options));
}

void TestSession::cleanup() {
    m_sandbox.reset();
}

bool TestSession::store(const QString &profileId, const QString &secret) {
    SecretJob *job = m_secrets.write(profileId, secret);
    bool ok = false;
    job->onFinished(this, [&ok](const SecretJob &j) { ok = j.isOk(); });
    QSignalSpy destroyed(job, &QObject::destroyed);
    destroyed.wait(kTimeout);
    return ok;
}

Profile TestSession::storedProfile(const QString &secret) {
    Profile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.name = QStringLiteral("sandbox");
    profile.endpoint = m_sandbox->endpoint().baseUrl;
    profile.apiKey = m_sandbox->endpoint().apiKey;
    if (!secret.isEmpty() && !store(profile.id, secret))
        qWarning("could not store the secret in the keychain");
    return profile;
}

std::unique_ptr<Session> TestSession::connectedSession(const Clock *clock) {
    auto session = std::make_unique<Session>(storedProfile(m_secret), &m_secrets, clock);
    session->poller()->setPolicy(fastPolicy());
    session->setClientOptions(SandboxFixture::fastOptions());
    session->start();
    if (!QTest::qWaitFor(
            [&] {
                return session->status().state == ConnectionStatus::Connected &&
                       session->peerings()->rowCount() > 0;
            },
            kTimeout))
        qWarning("session did not connect: %s", qPrintable(session->status().text()));
    return session;
}

qint64 TestSession::totalRequests() {
    QJsonObject stats;
    if (m_sandbox->control("GET", QStringLiteral("/sandbox/v1/stats"), {}, &stats) != 200)
        return -1;
    return stats.value(QLatin1String("total")).toInteger();
}

bool TestSession::resetStats() {
    return m_sandbox->control("DELETE", QStringLiteral("/sandbox/v1/stats")) == 204;
}

Peering TestSession::waitForState(Session &session, const QString &id, PeeringState state) {
    (void)QTest::qWaitFor(
        [&] {
            const auto peering = session.peerings()->peering(id);
            return peering && peering->state == state;
        },
        kTimeout);
    return session.peerings()->peering(id).value_or(Peering{});
}

void TestSession::connectsAndLoads() {
    auto session = std::make_unique<Session>(storedProfile(m_secret), &m_secrets);
    session->poller()->setPolicy(fastPolicy());
    QSignalSpy status(session.get(), &Session::statusChanged);
    QSignalSpy events(session.get(), &Session::peeringEvent);
    QSignalSpy resets(session->peerings(), &QAbstractItemModel::modelReset);
    QCOMPARE(session->status().state, ConnectionStatus::Idle);
    QVERIFY(!session->isConnected());
    session->start();
    QCOMPARE(session->status().state, ConnectionStatus::Connecting);
    QTRY_COMPARE_WITH_TIMEOUT(session->status().state, ConnectionStatus::Connected, kTimeout);
    QVERIFY(session->isConnected());
    QVERIFY(session->status().lastSuccess.isValid());
    QCOMPARE(session->deployments()->rowCount(), 6);
    QTRY_COMPARE_WITH_TIMEOUT(session->peerings()->rowCount(), 6, kTimeout);
    QCOMPARE(session->peerings()->peering(seed::Pending)->state, PeeringState::Pending);
    QCOMPARE(status.count(), 2); // Connecting, Connected
    QCOMPARE(events.count(), 0); // the first load is not a change
    QCOMPARE(resets.count(), 0);
    QVERIFY(session->poller()->isFast()); // the seed has a pending peering
    QVERIFY(!session->status().text().isEmpty());
}

void TestSession::missingSecretIsNoSecret() {
    Session session(storedProfile({}), &m_secrets);
    session.start();
    QTRY_COMPARE_WITH_TIMEOUT(session.status().state, ConnectionStatus::NoSecret, kTimeout);
    QVERIFY(session.status().isFatal());
    QVERIFY(!session.isConnected());
    QVERIFY(!session.createPeering(seed::AliyunDeployment, vpw::test::aliyunRequest(), {}));
    QCOMPARE(totalRequests(), 0);
}

void TestSession::wrongSecretIsCredentialsRefused() {
    Session session(storedProfile(QStringLiteral("not-the-secret")), &m_secrets);
    session.poller()->setPolicy(fastPolicy());
    session.start();
    QTRY_COMPARE_WITH_TIMEOUT(session.status().state, ConnectionStatus::CredentialsRefused,
                              kTimeout);
    QVERIFY(!session.isConnected());
    QVERIFY(!session.poller()->isRunning());
    // Fatal: no more requests until the profile changes.
    const qint64 requests = totalRequests();
    QTest::qWait(3 * fastPolicy().slowIntervalMs / 2);
    QCOMPARE(totalRequests(), requests);
}

void TestSession::invalidEndpoint_data() {
    QTest::addColumn<QUrl>("url");
    QTest::newRow("plain http off loopback") << QUrl(QStringLiteral("http://api.example.com"));
    QTest::newRow("credentials in the URL") << QUrl(QStringLiteral("https://u:p@example.com"));
    QTest::newRow("empty") << QUrl();
}

void TestSession::invalidEndpoint() {
    QFETCH(QUrl, url);
    Profile profile = storedProfile(m_secret);
    profile.endpoint = url;
    Session session(profile, &m_secrets);
    session.start();
    QCOMPARE(session.status().state, ConnectionStatus::InvalidEndpoint);
    QVERIFY(!session.status().message.isEmpty());
    QCOMPARE(session.status().text(), session.status().message);
}

void TestSession::stateChangeIsOneEvent_data() {
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("to");
    QTest::newRow("attach") << QStringLiteral("attach") << int(PeeringState::Running);
    QTest::newRow("fail") << QStringLiteral("fail") << int(PeeringState::Failed);
}

void TestSession::stateChangeIsOneEvent() {
    QFETCH(QString, action);
    QFETCH(int, to);
    auto session = connectedSession();
    QSignalSpy events(session.get(), &Session::peeringEvent);
    QSignalSpy resets(session->peerings(), &QAbstractItemModel::modelReset);
    const QPersistentModelIndex row = session->peerings()->indexOf(seed::Pending);
    QVERIFY(row.isValid());
    const int pollsBefore = session->poller()->pollsStarted();
    QCOMPARE(m_sandbox->control("POST", QStringLiteral("/sandbox/v1/peerings/") + seed::Pending +
                                            QLatin1Char('/') + action),
             200);
    QVERIFY(events.wait(kTimeout));
    // Within one fast period: the first poll that started after the change saw it (one more
    // when a poll was already in flight during the control call).
    QVERIFY2(session->poller()->pollsStarted() - pollsBefore <= 3,
             qPrintable(QString::number(session->poller()->pollsStarted() - pollsBefore)));
    const auto event = events.at(0).at(0).value<PeeringEvent>();
    QCOMPARE(event.id, seed::Pending);
    QCOMPARE(event.deploymentId, seed::AliyunDeployment);
    QCOMPARE(event.deploymentName, QStringLiteral("iot-hangzhou-prod"));
    QCOMPARE(event.providerPeeringId, QStringLiteral("cen-9zy8xw7vu6ts5rq4po"));
    QCOMPARE(event.from, PeeringState::Pending);
    QCOMPARE(event.to, PeeringState(to));
    QCOMPARE(event.reason.isEmpty(), PeeringState(to) != PeeringState::Failed);
    QVERIFY(event.at.isValid());
    QVERIFY(event.transitionText().contains(vpw::peeringStateDisplayText(PeeringState(to))));
    QCOMPARE(row.data(vpw::session::PeeringModel::StateRole).toInt(), to);
    // Exactly one event, also after more polls.
    QTest::qWait(3 * fastPolicy().fastIntervalMs);
    QCOMPARE(events.count(), 1);
    QCOMPARE(resets.count(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!session->poller()->isFast(), kTimeout);
}

void TestSession::deleteGoesDeletingThenGone() {
    auto session = connectedSession();
    QVERIFY(waitForState(*session, seed::Pending, PeeringState::Pending).state ==
            PeeringState::Pending);
    QSignalSpy events(session.get(), &Session::peeringEvent);
    QSignalSpy removed(session->peerings(), &QAbstractItemModel::rowsRemoved);
    vpw::session::PeeringOperation *job =
        session->deletePeering(seed::HuaweiDeployment, seed::HuaweiRunning, false);
    QVERIFY(job);
    std::optional<PeeringState> stateInCallerSlot;
    job->onFinished(this, [&](const vpw::session::PeeringOutcome &) {
        if (const auto p = session->peerings()->peering(seed::HuaweiRunning))
            stateInCallerSlot = p->state;
    });
    QVERIFY(events.wait(kTimeout));
    QCOMPARE(stateInCallerSlot, PeeringState::Deleting);
    auto event = events.at(0).at(0).value<PeeringEvent>();
    QCOMPARE(event.from, PeeringState::Running);
    QCOMPARE(event.to, PeeringState::Deleting);
    QCOMPARE(removed.count(), 0); // never removed on the client's own initiative
    QVERIFY(session->poller()->isFast());

    QTRY_COMPARE_WITH_TIMEOUT(events.count(), 2, kTimeout);
    event = events.at(1).at(0).value<PeeringEvent>();
    QCOMPARE(event.id, seed::HuaweiRunning);
    QCOMPARE(event.from, PeeringState::Deleting);
    QVERIFY(!event.to.has_value());
    QCOMPARE(event.deploymentName, QStringLiteral("telemetry-beijing"));
    QCOMPARE(removed.count(), 1);
    QVERIFY(!session->peerings()->peering(seed::HuaweiRunning));
    QCOMPARE(session->peerings()->rowCount(), 5);
}

void TestSession::createMergesBeforeTheCaller() {
    auto session = connectedSession();
    // Let the seeded pending one settle so the fast pace comes from the create.
    QCOMPARE(m_sandbox->control("POST", QStringLiteral("/sandbox/v1/peerings/") + seed::Pending +
                                            QStringLiteral("/attach")),
             200);
    QTRY_VERIFY_WITH_TIMEOUT(!session->poller()->isFast(), kTimeout);
    QSignalSpy events(session.get(), &Session::peeringEvent);
    const QString key = vpw::cloud::ApiClient::newIdempotencyKey();
    vpw::session::PeeringOperation *job =
        session->createPeering(seed::AliyunDeployment, vpw::test::aliyunRequest(), key);
    QVERIFY(job);
    QCOMPARE(job->idempotencyKey(), key);
    std::optional<Peering> inModel;
    QString createdId;
    job->onFinished(this, [&](const vpw::session::PeeringOutcome &outcome) {
        QVERIFY(outcome.isDone());
        createdId = outcome.peering->id;
        inModel = session->peerings()->peering(createdId);
    });
    QSignalSpy destroyed(job, &QObject::destroyed);
    QVERIFY(destroyed.wait(kTimeout));
    QVERIFY(inModel);
    QCOMPARE(inModel->state, PeeringState::Pending);
    QVERIFY(session->poller()->isFast());
    QCOMPARE(session->peerings()->rowCount(), 7);
    // The poller sees it too and does not duplicate it; a new row is not a state change.
    QTest::qWait(3 * fastPolicy().fastIntervalMs);
    QCOMPARE(session->peerings()->rowCount(), 7);
    QCOMPARE(events.count(), 0);
    QCOMPARE(job ? 1 : 0, 1);
}

void TestSession::countdownRunsOnTheInjectedClock() {
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    auto session = connectedSession(&clock);
    const auto pending = session->peerings()->peering(seed::Pending);
    QVERIFY(pending && pending->expiresAt);
    const auto left = session->secondsLeft(*pending);
    QVERIFY(left);
    // The seeded window is 600 s / kTimeScale from the sandbox's start (+1: the skew estimate
    // from a one-second Date header is good to half a second).
    QVERIFY2(*left > 0 && *left <= 61, qPrintable(QString::number(*left)));
    clock.advanceMs(10000);
    QCOMPARE(*session->secondsLeft(*pending), std::max<qint64>(0, *left - 10));
    const QModelIndex cell =
        session->peerings()->indexOf(seed::Pending, vpw::session::PeeringModel::TimeLeftColumn);
    QCOMPARE(cell.data().toString(),
             vpw::session::PeeringModel::formatTimeLeft(*session->secondsLeft(*pending)));
    clock.advanceMs(120000);
    QCOMPARE(*session->secondsLeft(*pending), 0);
    QCOMPARE(cell.data().toString(), QStringLiteral("00:00"));
    QVERIFY(!session->secondsLeft(*session->peerings()->peering(seed::RunningBound)));
    // serverNow is the injected clock plus the measured skew (the sandbox runs unskewed).
    QVERIFY(qAbs(session->serverNow().msecsTo(clock.now())) < 3000);
}

void TestSession::serverErrorsKeepRowsAndRecover() {
    auto session = connectedSession();
    const int rows = session->peerings()->rowCount();
    QSignalSpy removed(session->peerings(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_sandbox->setFaults(
        QJsonObject{{QStringLiteral("errorRate"), 1.0}, {QStringLiteral("status"), 503}}));
    QTRY_COMPARE_WITH_TIMEOUT(session->status().state, ConnectionStatus::Unreachable, kTimeout);
    const ConnectionStatus down = session->status();
    QVERIFY(down.since.isValid());
    QVERIFY(down.lastSuccess.isValid());
    QVERIFY(!down.message.isEmpty());
    QVERIFY(!down.isFatal());
    QTRY_VERIFY_WITH_TIMEOUT(session->poller()->failures() >= 2, kTimeout);
    QCOMPARE(session->status().since, down.since); // since the first failure
    QCOMPARE(session->peerings()->rowCount(), rows);
    QCOMPARE(removed.count(), 0);

    QVERIFY(m_sandbox->clearFaults());
    QTRY_COMPARE_WITH_TIMEOUT(session->status().state, ConnectionStatus::Connected, kTimeout);
    QVERIFY(!session->status().since.isValid());
    QVERIFY(session->status().lastSuccess > down.lastSuccess);
    QCOMPARE(session->peerings()->rowCount(), rows);
}

void TestSession::retryAfterIsRespected() {
    auto session = connectedSession();
    QVERIFY(m_sandbox->setFaults(QJsonObject{{QStringLiteral("forceRateLimit"), true},
                                             {QStringLiteral("retryAfter"), 3},
                                             {QStringLiteral("count"), 1}}));
    QTRY_COMPARE_WITH_TIMEOUT(session->status().state, ConnectionStatus::RateLimited, kTimeout);
    QElapsedTimer sinceLimited;
    sinceLimited.start();
    const qint64 requests = totalRequests();
    const ConnectionStatus limited = session->status();
    QVERIFY(limited.until.isValid());
    QVERIFY(qAbs(limited.until.msecsTo(QDateTime::currentDateTimeUtc()) + 3000) < 1500);
    // Neither "Refresh now" nor activation may bring the next request forward.
    session->refreshNow();
    session->setActive(false);
    session->setActive(true);
    while (sinceLimited.elapsed() < 2700) {
        QCOMPARE(totalRequests(), requests);
        QTest::qWait(200);
    }
    QTRY_COMPARE_WITH_TIMEOUT(session->status().state, ConnectionStatus::Connected, kTimeout);
    QVERIFY(totalRequests() > requests);
    QVERIFY(sinceLimited.elapsed() >= 2700);
}

void TestSession::inactiveMakesNoRequests() {
    auto session = connectedSession();
    session->setActive(false);
    QVERIFY(!session->isActive());
    QTRY_VERIFY_WITH_TIMEOUT(!session->poller()->isInFlight(), kTimeout);
    QVERIFY(resetStats());
    QVERIFY(!session->poller()->nextDue().isValid());
    // Five fast periods and more than a slow one.
    QTest::qWait(std::max(5 * fastPolicy().fastIntervalMs, fastPolicy().slowIntervalMs + 200));
    QCOMPARE(totalRequests(), 0);

    const int polls = session->poller()->pollsStarted();
    session->setActive(true);
    QTRY_VERIFY_WITH_TIMEOUT(session->poller()->pollsStarted() > polls, 2000);
    QTRY_VERIFY_WITH_TIMEOUT(totalRequests() > 0, kTimeout);
}

void TestSession::pagesAndConditionalRequests() {
    auto session = std::make_unique<Session>(storedProfile(m_secret), &m_secrets);
    PollPolicy policy = fastPolicy();
    policy.pageSize = 2; // the 6 seeded peerings come in three pages
    session->poller()->setPolicy(policy);
    session->start();
    QTRY_COMPARE_WITH_TIMEOUT(session->peerings()->rowCount(), 6, kTimeout);
    QCOMPARE(m_sandbox->control("POST", QStringLiteral("/sandbox/v1/peerings/") + seed::Pending +
                                            QStringLiteral("/attach")),
             200);
    QTRY_VERIFY_WITH_TIMEOUT(!session->poller()->isFast(), kTimeout);
    // Counting starts from a quiet moment: inactive, nothing in flight.
    session->setActive(false);
    QTRY_VERIFY_WITH_TIMEOUT(!session->poller()->isInFlight(), kTimeout);
    QVERIFY(resetStats());
    const int polls = session->poller()->pollsStarted();
    session->setActive(true);
    QTRY_VERIFY_WITH_TIMEOUT(session->poller()->pollsStarted() >= polls + 2 &&
                                 !session->poller()->isInFlight(),
                             kTimeout);
    const int idlePolls = session->poller()->pollsStarted() - polls;
    QJsonObject stats;
    QCOMPARE(m_sandbox->control("GET", QStringLiteral("/sandbox/v1/stats"), {}, &stats), 200);
    // Idle: one request per poll, answered 304 to its If-None-Match (no second page, no
    // deployment reload).
    QCOMPARE(stats.value(QLatin1String("total")).toInteger(), idlePolls);
    QCOMPARE(stats.value(QLatin1String("routes"))
                 .toObject()
                 .value(QLatin1String("GET /api/v1/peerings"))
                 .toInteger(),
             idlePolls);
    QCOMPARE(
        stats.value(QLatin1String("statuses")).toObject().value(QLatin1String("304")).toInteger(),
        idlePolls);
    QCOMPARE(session->peerings()->rowCount(), 6);
}

void TestSession::olderPollAnswerDoesNotUndoAnAnswer() {
    auto session = connectedSession();
    // Nothing pending: the poll in flight is a full one, which could remove or revert rows.
    QVERIFY(m_sandbox->attach(seed::Pending));
    QTRY_VERIFY_WITH_TIMEOUT(!session->poller()->isFast(), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!session->poller()->isInFlight(), kTimeout);
    // Polls take a second at the server, so one is surely in flight when the answer comes.
    QVERIFY(m_sandbox->setFaults(
        QJsonObject{{QStringLiteral("latencyMs"), 1000},
                    {QStringLiteral("method"), QStringLiteral("GET")},
                    {QStringLiteral("path"), QStringLiteral("/api/v1/peerings")}}));
    QTRY_VERIFY_WITH_TIMEOUT(session->poller()->isInFlight(), kTimeout);
    QVERIFY(!session->poller()->isFast());
    // What a delete's answer would say while the poll's listing still says running.
    Peering answer = *session->peerings()->peering(seed::HuaweiRunning);
    QCOMPARE(answer.state, PeeringState::Running);
    answer.state = PeeringState::Deleting;
    QSignalSpy events(session.get(), &Session::peeringEvent);
    QSignalSpy started(session->poller(), &vpw::session::Poller::pollStarted);
    QSignalSpy finished(session->poller(), &vpw::session::Poller::pollFinished);
    session->mergeAnswer(answer);
    QCOMPARE(events.count(), 1); // running -> deleting
    QVERIFY(session->poller()->isFast());
    // Another change, so the poll's listing is a new one (200, not 304) that still lists the
    // peering as running.
    QCOMPARE(m_sandbox->control("POST",
                                QStringLiteral("/sandbox/v1/peerings/") + seed::RunningBound +
                                    QStringLiteral("/resources"),
                                QJsonObject{{QStringLiteral("name"), QStringLiteral("bridge")},
                                            {QStringLiteral("type"), QStringLiteral("kafka")}}),
             201);
    QVERIFY(finished.wait(kTimeout));
    QCOMPARE(started.count(), 0); // it was the full poll in flight before the answer
    QCOMPARE(session->peerings()->peering(seed::HuaweiRunning)->state, PeeringState::Deleting);
    QCOMPARE(session->peerings()->peering(seed::RunningBound)->boundResources.size(), 2);
    QCOMPARE(events.count(), 1);
}

QTEST_MAIN(TestSession)
#include "tst_session.moc"
