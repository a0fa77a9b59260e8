// Benchmark (CTest label "benchmark", docs/performance.md): requests per minute the session
// makes at the sandbox with 50 deployments, counted by the server (GET /sandbox/v1/stats):
// idle, one peering pending, and inactive (window minimised). Time is scaled: the poll
// policy runs kScale times faster than the product's, so one real window of
// 60 s / kScale is one product minute; the rates reported are per product minute.

#include "tests/cloud/sandboxfixture.h"

#include "app/secrets/secretstore.h"
#include "app/session/deploymentmodel.h"
#include "app/session/peeringmodel.h"
#include "app/session/poller.h"
#include "app/session/session.h"

#include <QJsonObject>
#include <QTest>
#include <QUuid>

using vpw::secrets::Profile;
using vpw::secrets::SecretStore;
using vpw::session::ConnectionStatus;
using vpw::session::PollPolicy;
using vpw::session::Session;
using vpw::test::SandboxFixture;
namespace seed = vpw::test::seed;

namespace {

constexpr int kScale = 15;
constexpr int kMinutes = 3; // product minutes measured per scenario
constexpr int kDeployments = 50;
constexpr int kTimeout = 30000;

PollPolicy scaledPolicy() {
    const PollPolicy product;
    PollPolicy policy = product;
    policy.fastIntervalMs = product.fastIntervalMs / kScale;
    policy.slowIntervalMs = product.slowIntervalMs / kScale;
    policy.initialBackoffMs = product.initialBackoffMs / kScale;
    policy.maxBackoffMs = product.maxBackoffMs / kScale;
    policy.deploymentsIntervalMs = product.deploymentsIntervalMs / kScale;
    return policy;
}

} // namespace

class BenchPollRate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void requestsPerMinute_data();
    void requestsPerMinute();
};

void BenchPollRate::requestsPerMinute_data() {
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<double>("budget"); // requests per product minute (the targets)
    QTest::newRow("idle") << QStringLiteral("idle") << 2.0;
    QTest::newRow("one peering pending") << QStringLiteral("pending") << 30.0;
    QTest::newRow("inactive (minimised)") << QStringLiteral("inactive") << 0.0;
}

void BenchPollRate::requestsPerMinute() {
    QFETCH(QString, scenario);
    QFETCH(double, budget);
    SandboxFixture sandbox;
    vpw::sandbox::Options options;
    options.seedDeployments = kDeployments - 6; // the demo seed has 6
    QVERIFY(sandbox.start(options));
    SecretStore secrets;
    Profile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.endpoint = sandbox.endpoint().baseUrl;
    profile.apiKey = sandbox.endpoint().apiKey;
    secrets.setSessionSecret(profile.id, sandbox.endpoint().apiSecret);
    Session session(profile, &secrets);
    session.poller()->setPolicy(scaledPolicy());
    session.start();
    QTRY_COMPARE_WITH_TIMEOUT(session.status().state, ConnectionStatus::Connected, kTimeout);
    QCOMPARE(session.deployments()->rowCount(), kDeployments);

    // The seed has exactly one pending peering: attach it for "idle".
    if (scenario != QLatin1String("pending")) {
        QCOMPARE(sandbox.attach(seed::Pending), true);
        QTRY_VERIFY_WITH_TIMEOUT(!session.poller()->isFast(), kTimeout);
    }
    if (scenario == QLatin1String("inactive"))
        session.setActive(false);
    QTRY_VERIFY_WITH_TIMEOUT(!session.poller()->isInFlight(), kTimeout);
    QCOMPARE(sandbox.control("DELETE", QStringLiteral("/sandbox/v1/stats")), 204);

    QTest::qWait(kMinutes * 60000 / kScale);

    QJsonObject stats;
    QCOMPARE(sandbox.control("GET", QStringLiteral("/sandbox/v1/stats"), {}, &stats), 200);
    const qint64 requests = stats.value(QLatin1String("total")).toInteger();
    const double perMinute = double(requests) / kMinutes;
    qInfo("%s: %lld requests in %d product minutes = %.1f per minute (budget %.0f)",
          qPrintable(scenario), qlonglong(requests), kMinutes, perMinute, budget);
    // One request of slack for where the window's edges fall between two polls.
    QVERIFY2(requests <= qint64(budget * kMinutes) + (budget > 0 ? 1 : 0),
             qPrintable(QString::number(perMinute)));
}

QTEST_MAIN(BenchPollRate)
#include "tst_pollrate.moc"
