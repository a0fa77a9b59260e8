// The demo profile's shortcuts on the wizard's waiting page (DemoControls::finishProviderSide,
// DemoControls::expireWindow) against the real sandbox (in-process, 127.0.0.1) and the real
// keychain: both endings of a pending peering without waiting, merged into the model like any
// other answer.

#include "tests/cloud/sandboxfixture.h"

#include "app/secrets/secretstore.h"
#include "app/session/democontrols.h"
#include "app/session/peeringmodel.h"
#include "app/session/peeringoperation.h"
#include "app/session/session.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using vpw::Peering;
using vpw::PeeringState;
using vpw::secrets::Profile;
using vpw::secrets::SecretJob;
using vpw::secrets::SecretStore;
using vpw::session::ConnectionStatus;
using vpw::session::DemoControls;
using vpw::session::Session;
using vpw::test::SandboxFixture;
namespace seed = vpw::test::seed;

namespace {
constexpr int kTimeout = 20000;
} // namespace

class TestDemoControls : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void endings_data();
    void endings();
    void windowlessPeeringCannotExpire();
    void onlyInTheDemoProfile();

private:
    std::unique_ptr<Session> connectedSession(bool demo);
    Peering createPending(Session &session, bool huawei);

    SecretStore m_secrets;
    std::unique_ptr<SandboxFixture> m_sandbox;
    QString m_secret;
};

void TestDemoControls::init() {
    m_sandbox = std::make_unique<SandboxFixture>();
    m_secret = QUuid::createUuid().toString(QUuid::Id128);
    vpw::sandbox::Options options;
    options.apiSecret = m_secret;
    QVERIFY(m_sandbox->start(options));
}

void TestDemoControls::cleanup() {
    m_sandbox.reset();
}

std::unique_ptr<Session> TestDemoControls::connectedSession(bool demo) {
    Profile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.name = QStringLiteral("Sandbox — local demo");
    profile.endpoint = m_sandbox->endpoint().baseUrl;
    profile.apiKey = m_sandbox->endpoint().apiKey;
    profile.demo = demo;
    SecretJob *write = m_secrets.write(profile.id, m_secret);
    QSignalSpy written(write, &QObject::destroyed);
    written.wait(kTimeout);

    auto session = std::make_unique<Session>(profile, &m_secrets);
    session->setClientOptions(SandboxFixture::fastOptions());
    session->start();
    if (!QTest::qWaitFor([&] { return session->status().state == ConnectionStatus::Connected; },
                         kTimeout))
        qWarning("session did not connect: %s", qPrintable(session->status().text()));
    return session;
}

Peering TestDemoControls::createPending(Session &session, bool huawei) {
    vpw::PeeringRequest request = vpw::test::aliyunRequest();
    QString deployment = seed::AliyunDeployment;
    if (huawei) {
        deployment = seed::HuaweiDeployment;
        request.peeringId = QStringLiteral("4a3f9c2e-1b7d-4e8a-9f6c-2d5b8e1a7c3f");
        request.accountId = QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9");
        request.vpcId = QStringLiteral("9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b");
        request.cidr = *vpw::Cidr::fromString(u"192.168.60.0/24");
        request.region = QStringLiteral("cn-north-4");
    }
    vpw::session::PeeringOperation *job = session.createPeering(deployment, request, {});
    if (!job)
        return {};
    Peering created;
    job->onFinished(this, [&created](const vpw::session::PeeringOutcome &outcome) {
        if (outcome.isDone())
            created = *outcome.peering;
        else
            qWarning() << "create failed:" << outcome.serverMessage;
    });
    QSignalSpy destroyed(job, &QObject::destroyed);
    destroyed.wait(kTimeout);
    return created;
}

void TestDemoControls::endings_data() {
    QTest::addColumn<bool>("expire");
    QTest::addColumn<int>("state");
    QTest::newRow("finish the provider side now") << false << int(PeeringState::Running);
    QTest::newRow("let the window run out") << true << int(PeeringState::Failed);
}

void TestDemoControls::endings() {
    QFETCH(bool, expire);
    QFETCH(int, state);
    auto session = connectedSession(true);
    const Peering pending = createPending(*session, false);
    QVERIFY(!pending.id.isEmpty());
    QCOMPARE(pending.state, PeeringState::Pending);
    QSignalSpy events(session.get(), &Session::peeringEvent);

    DemoControls *demo = session->demoControls();
    QVERIFY(demo);
    vpw::session::PeeringOperation *job =
        expire ? demo->expireWindow(pending.id) : demo->finishProviderSide(pending.id);
    QVERIFY(job);
    std::optional<Peering> inModel;
    job->onFinished(this, [&](const vpw::session::PeeringOutcome &outcome) {
        QVERIFY2(outcome.isDone(), qPrintable(outcome.serverMessage));
        inModel = session->peerings()->peering(pending.id); // merged before this slot
    });
    QSignalSpy destroyed(job, &QObject::destroyed);
    QVERIFY(destroyed.wait(kTimeout));
    QVERIFY(inModel);
    QCOMPARE(int(inModel->state), state);
    if (expire) {
        QVERIFY2(inModel->failureReason.contains(QStringLiteral("10 minutes")),
                 qPrintable(inModel->failureReason));
    }
    // One state change, reported once, whatever the poller sees afterwards.
    QTRY_COMPARE_WITH_TIMEOUT(events.count(), 1, kTimeout);
    QTest::qWait(500);
    QCOMPARE(events.count(), 1);
}

void TestDemoControls::windowlessPeeringCannotExpire() {
    auto session = connectedSession(true);
    const Peering pending = createPending(*session, true);
    QVERIFY(!pending.id.isEmpty());
    QCOMPARE(pending.state, PeeringState::Pending);
    QVERIFY(!pending.expiresAt);
    vpw::session::PeeringOperation *job = session->demoControls()->expireWindow(pending.id);
    QVERIFY(job);
    std::optional<vpw::session::PeeringOutcome> outcome;
    job->onFinished(this, [&outcome](const vpw::session::PeeringOutcome &o) { outcome = o; });
    QSignalSpy destroyed(job, &QObject::destroyed);
    QVERIFY(destroyed.wait(kTimeout));
    QVERIFY(outcome);
    // 409 INVALID_STATE: a Huawei peering has no window to run out.
    QCOMPARE(outcome->kind, vpw::session::PeeringOutcome::NotRunning);
    QVERIFY(outcome->fromServer);
    QVERIFY(!outcome->message.isEmpty());
    QCOMPARE(session->peerings()->peering(pending.id)->state, PeeringState::Pending);
}

void TestDemoControls::onlyInTheDemoProfile() {
    auto session = connectedSession(false);
    QVERIFY(session->isConnected());
    QVERIFY(!session->demoControls());
    // A demo session not connected yet has nothing to send either.
    Profile demo;
    demo.demo = true;
    Session idle(demo, &m_secrets);
    QVERIFY(idle.demoControls());
    QVERIFY(!idle.demoControls()->expireWindow(seed::Pending));
    QVERIFY(!idle.demoControls()->finishProviderSide(seed::Pending));
}

QTEST_GUILESS_MAIN(TestDemoControls)
#include "tst_democontrols.moc"
