// The client's calls of the sandbox controls (/sandbox/v1) against the real sandbox: the
// demo's "finish the provider side now" and "let the window run out".
#include "sandboxfixture.h"

#include <QTest>

using namespace vpw;
using namespace vpw::test;

class TestSandboxControls : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void attachMakesThePeeringRun();
    void expireFailsThePeeringWithTheWindowReason();
    void refusalsAreErrors_data();
    void refusalsAreErrors();

private:
    Peering createAliyun();

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<cloud::ApiClient> m_client;
};

void TestSandboxControls::init() {
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->start());
    m_client = m_sandbox->client();
}

void TestSandboxControls::cleanup() {
    m_client.reset();
    m_sandbox.reset();
}

Peering TestSandboxControls::createAliyun() {
    const auto created = run(m_client->createPeering(seed::AliyunDeployment, aliyunRequest()));
    if (!created.ok)
        qWarning() << "create failed:" << created.error.message;
    return created.value.value_or(Peering{});
}

void TestSandboxControls::attachMakesThePeeringRun() {
    const Peering peering = createAliyun();
    QCOMPARE(peering.state, PeeringState::Pending);
    const auto attached = run(m_client->attachInSandbox(peering.id));
    QVERIFY2(attached.ok, qPrintable(attached.error.message));
    QCOMPARE(attached.value->id, peering.id);
    QCOMPARE(attached.value->state, PeeringState::Running);
    // The /api/v1 view agrees.
    const auto fetched = run(m_client->getPeering(seed::AliyunDeployment, peering.id));
    QVERIFY(fetched.ok);
    QCOMPARE(fetched.value->peering->state, PeeringState::Running);
}

void TestSandboxControls::expireFailsThePeeringWithTheWindowReason() {
    const Peering peering = createAliyun();
    QVERIFY(peering.expiresAt.has_value());
    const auto expired = run(m_client->expireInSandbox(peering.id));
    QVERIFY2(expired.ok, qPrintable(expired.error.message));
    QCOMPARE(expired.value->state, PeeringState::Failed);
    QVERIFY2(expired.value->failureReason.contains(QStringLiteral("10 minutes")),
             qPrintable(expired.value->failureReason));
    QVERIFY(*expired.value->expiresAt < *peering.expiresAt);
    QCOMPARE(expired.value->updatedAt, *expired.value->expiresAt);
    QCOMPARE(expired.attempts, 1);
}

void TestSandboxControls::refusalsAreErrors_data() {
    QTest::addColumn<QString>("peeringId");
    QTest::addColumn<bool>("expire");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("expire a Huawei peering: no window")
        << seed::HuaweiRunning << true << 409 << QStringLiteral("INVALID_STATE");
    QTest::newRow("attach a running peering")
        << seed::RunningBound << false << 409 << QStringLiteral("INVALID_STATE");
    QTest::newRow("expire an unknown peering")
        << QStringLiteral("peer-nope") << true << 404 << QStringLiteral("NOT_FOUND");
}

void TestSandboxControls::refusalsAreErrors() {
    QFETCH(QString, peeringId);
    QFETCH(bool, expire);
    QFETCH(int, status);
    QFETCH(QString, code);
    const auto outcome =
        run(expire ? m_client->expireInSandbox(peeringId) : m_client->attachInSandbox(peeringId));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.httpStatus, status);
    QCOMPARE(outcome.error.code, code);
    QCOMPARE(outcome.attempts, 1); // a control is never retried
}

QTEST_GUILESS_MAIN(TestSandboxControls)
#include "tst_sandboxcontrols.moc"
