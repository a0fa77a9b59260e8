// What the session hands the UI, in its own terms, against the real sandbox (in-process,
// 127.0.0.1; the API secret is a session secret, so no keychain is needed): the outcome of a
// create the server rejects (with the field), of a delete refused because of bound resources or
// because the peering is not running, of a delete of a peering that does not exist; and the
// SessionManager, where the "fatal status => reconnect" rule lives.
#include "tests/cloud/sandboxfixture.h"

#include "app/secrets/secretstore.h"
#include "app/session/deploymentmodel.h"
#include "app/session/peeringmodel.h"
#include "app/session/peeringoperation.h"
#include "app/session/poller.h"
#include "app/session/session.h"
#include "app/session/sessionmanager.h"

#include <QSignalSpy>
#include <QTest>

using vpw::Peering;
using vpw::PeeringState;
using vpw::secrets::Profile;
using vpw::session::ConnectionStatus;
using vpw::session::PeeringOperation;
using vpw::session::PeeringOutcome;
using vpw::session::Session;
using vpw::session::SessionManager;
using vpw::test::SandboxFixture;
namespace seed = vpw::test::seed;

namespace {
constexpr int kTimeout = 20000;
const QString kKey = QStringLiteral("outcomes");
const QString kSecret = QStringLiteral("outcomes-secret");
} // namespace

class TestSessionOutcomes : public QObject {
    Q_OBJECT

private:
    Profile profile(const QString &id) const {
        Profile p;
        p.id = id;
        p.name = id;
        p.endpoint = m_sandbox->server().baseUrl();
        p.apiKey = kKey;
        return p;
    }

    // A connected session of `manager` with the seed listed.
    Session *connect(SessionManager &manager) {
        m_secrets.setSessionSecret(QStringLiteral("outcomes"), kSecret);
        Session *session = manager.open(profile(QStringLiteral("outcomes")));
        if (!session || !QTest::qWaitFor(
                            [session] {
                                return session->status().state == ConnectionStatus::Connected &&
                                       session->peerings()->rowCount() >= 4;
                            },
                            kTimeout))
            return nullptr;
        session->setClientOptions(SandboxFixture::fastOptions());
        return session;
    }

    // Waits for `operation`'s one finished() and returns its outcome.
    static std::optional<PeeringOutcome> outcomeOf(PeeringOperation *operation) {
        if (!operation)
            return std::nullopt;
        std::optional<PeeringOutcome> outcome;
        int signals = 0;
        QObject::connect(operation, &PeeringOperation::finished,
                         [&outcome, &signals](const PeeringOutcome &o) {
                             outcome = o;
                             ++signals;
                         });
        QSignalSpy destroyed(operation, &QObject::destroyed);
        destroyed.wait(kTimeout);
        if (signals != 1)
            return std::nullopt;
        return outcome;
    }

private Q_SLOTS:
    // Session-only: secrets live in memory, a missing one is NotFound (no keychain here).
    void initTestCase() { m_secrets.setSessionOnly(true); }
    void init() {
        m_sandbox = std::make_unique<SandboxFixture>();
        vpw::sandbox::Options options;
        options.apiKey = kKey;
        options.apiSecret = kSecret;
        QVERIFY(m_sandbox->start(options));
    }
    void cleanup() { m_sandbox.reset(); }

    void createRejectedNamesTheField() {
        SessionManager manager(&m_secrets);
        Session *session = connect(manager);
        QVERIFY(session);
        const int rows = session->peerings()->rowCount();
        // The deployment's own VPC is 10.100.0.0/16: an overlapping CIDR is refused (422).
        const auto outcome = outcomeOf(session->createPeering(
            seed::AliyunDeployment,
            vpw::test::aliyunRequest(QStringLiteral("cen-1a2b3c4d5e6f7g8h9i"),
                                     QStringLiteral("10.100.5.0/24")),
            {}));
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, PeeringOutcome::Rejected);
        QCOMPARE(outcome->field, QStringLiteral("cidr"));
        QVERIFY(outcome->fromServer);
        QVERIFY(!outcome->serverMessage.isEmpty());
        QVERIFY(!outcome->message.isEmpty());
        QVERIFY(!outcome->peering);
        QCOMPARE(session->peerings()->rowCount(), rows);
    }

    void createDoneCarriesThePeering() {
        SessionManager manager(&m_secrets);
        Session *session = connect(manager);
        QVERIFY(session);
        const auto outcome = outcomeOf(session->createPeering(
            seed::AliyunDeployment, vpw::test::aliyunRequest(), QStringLiteral("done-key")));
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, PeeringOutcome::Done);
        QVERIFY(outcome->isDone());
        QVERIFY(outcome->peering);
        QCOMPARE(outcome->peering->state, PeeringState::Pending);
        QVERIFY(outcome->message.isEmpty());
        QVERIFY(session->peerings()->peering(outcome->peering->id));
    }

    void deleteResourcesBound() {
        SessionManager manager(&m_secrets);
        Session *session = connect(manager);
        QVERIFY(session);
        const auto outcome =
            outcomeOf(session->deletePeering(seed::AliyunDeployment, seed::RunningBound, false));
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, PeeringOutcome::ResourcesBound);
        QCOMPARE(outcome->resources.size(), 1);
        QVERIFY(!outcome->resources.first().name.isEmpty());
        QVERIFY(!outcome->message.isEmpty());
        QCOMPARE(session->peerings()->peering(seed::RunningBound)->state, PeeringState::Running);
        // Forced, the same delete goes through.
        const auto forced =
            outcomeOf(session->deletePeering(seed::AliyunDeployment, seed::RunningBound, true));
        QVERIFY(forced);
        QCOMPARE(forced->kind, PeeringOutcome::Done);
        QCOMPARE(session->peerings()->peering(seed::RunningBound)->state, PeeringState::Deleting);
    }

    void deleteNotRunning() {
        SessionManager manager(&m_secrets);
        Session *session = connect(manager);
        QVERIFY(session);
        const auto outcome =
            outcomeOf(session->deletePeering(seed::AliyunDeployment, seed::Pending, false));
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, PeeringOutcome::NotRunning);
        QVERIFY(outcome->fromServer);
        QVERIFY(!outcome->message.isEmpty());
        QCOMPARE(session->peerings()->peering(seed::Pending)->state, PeeringState::Pending);
    }

    void deleteNotFound() {
        SessionManager manager(&m_secrets);
        Session *session = connect(manager);
        QVERIFY(session);
        const auto outcome = outcomeOf(session->deletePeering(
            seed::AliyunDeployment, QStringLiteral("pcx-doesnotexist"), false));
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, PeeringOutcome::NotFound);
    }

    // Not connected (the secret not read yet, or a fatal status): nothing to hand out.
    void nothingWhileNotConnected() {
        SessionManager manager(&m_secrets);
        Session *session = manager.open(profile(QStringLiteral("no-secret-here")));
        QVERIFY(session);
        QVERIFY(!session->isConnected());
        QVERIFY(!session->createPeering(seed::AliyunDeployment, vpw::test::aliyunRequest(), {}));
        QVERIFY(!session->deletePeering(seed::AliyunDeployment, seed::RunningBound, false));
        QTRY_COMPARE_WITH_TIMEOUT(session->status().state, ConnectionStatus::NoSecret, kTimeout);
        QVERIFY(!session->isConnected());
    }

    // The one place of "fatal => reconnect": refresh() starts a fatal session again (the secret
    // is read anew), in place; a healthy one just polls.
    void refreshReconnectsOnlyAFatalSession() {
        SessionManager manager(&m_secrets);
        QSignalSpy changed(&manager, &SessionManager::sessionChanged);
        const QString id = QStringLiteral("secret-later");
        Session *session = manager.open(profile(id));
        QVERIFY(session);
        QTRY_COMPARE_WITH_TIMEOUT(session->status().state, ConnectionStatus::NoSecret, kTimeout);
        QCOMPARE(changed.count(), 1);
        // Polling does not bring a fatal session back...
        session->refreshNow();
        QTest::qWait(300);
        QCOMPARE(session->status().state, ConnectionStatus::NoSecret);
        // ...refresh() does, once the secret is there.
        m_secrets.setSessionSecret(id, kSecret);
        QVERIFY(manager.refresh());
        QTRY_COMPARE_WITH_TIMEOUT(session->status().state, ConnectionStatus::Connected, kTimeout);
        QCOMPARE(manager.current(), session);
        QCOMPARE(changed.count(), 1);
        // Healthy: a poll, no new connection.
        QSignalSpy status(session, &Session::statusChanged);
        const int polls = session->poller()->pollsStarted();
        QVERIFY(manager.refresh());
        QTRY_VERIFY_WITH_TIMEOUT(session->poller()->pollsStarted() > polls, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!session->poller()->isInFlight(), kTimeout);
        for (const QList<QVariant> &signal : std::as_const(status))
            QVERIFY(signal.at(0).value<ConnectionStatus>().state != ConnectionStatus::Connecting);
        // Closing: the session goes, observers hear of it first.
        QSignalSpy closing(&manager, &SessionManager::sessionAboutToClose);
        manager.close();
        QCOMPARE(closing.count(), 1);
        QCOMPARE(changed.count(), 2);
        QVERIFY(!manager.current());
        QVERIFY(!manager.refresh());
    }

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    vpw::secrets::SecretStore m_secrets;
};

QTEST_GUILESS_MAIN(TestSessionOutcomes)
#include "tst_sessionoutcomes.moc"
