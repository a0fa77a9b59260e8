// The poll job (app/session/polljob.h): one poll cycle against the real sandbox (in-process,
// 127.0.0.1), with the ApiJob contract for the whole cycle: exactly one finished() per cycle,
// however many requests it made (deployments, pages) and on every error path; none after
// abort() or when the client goes. Its calls carry their own options: the client's shared
// options are never changed around them.
#include "tests/cloud/sandboxfixture.h"

#include "app/cloud/apiclient.h"
#include "app/session/poller.h"
#include "app/session/polljob.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using vpw::PeeringState;
using vpw::session::PeeringListing;
using vpw::session::PollJob;
using vpw::session::PollRequest;
using vpw::test::SandboxFixture;
namespace cloud = vpw::cloud;

namespace {
constexpr int kTimeout = 20000;
} // namespace

class TestPollJob : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->start());
        m_client = m_sandbox->client();
    }
    void cleanup() {
        m_client.reset();
        m_sandbox.reset();
    }

    // Deployments, then every page one after the other: one finished() for the cycle.
    void oneSignalForAWholeCycle() {
        PollRequest request;
        request.withDeployments = true;
        request.pageSize = 3; // the 6 seeded peerings come in two pages
        request.options = m_client->options();
        auto *job = new PollJob(m_client.get(), request);
        QSignalSpy finished(job, &PollJob::finished);
        QSignalSpy destroyed(job, &QObject::destroyed);
        int requests = 0;
        PeeringListing listing;
        bool ok = false;
        int deployments = -1;
        job->onFinished(this, [&](const PollJob &done) {
            ok = done.isOk();
            requests = done.requests();
            listing = done.result().listing;
            deployments = done.result().deployments ? int(done.result().deployments->size()) : -1;
            QVERIFY(done.result().changed);
        });
        QCOMPARE(finished.count(), 0); // never before the constructor returned
        QVERIFY(destroyed.wait(kTimeout));
        QCOMPARE(finished.count(), 1);
        QVERIFY(ok);
        QCOMPARE(requests, 3); // the deployments and two pages
        QCOMPARE(deployments, 6);
        QCOMPARE(listing.peerings.size(), 6);
        QVERIFY(!listing.etag.isEmpty());

        // The next cycle with that listing: one 304, the cached rows, one finished().
        PollRequest again;
        again.pageSize = 3;
        again.cached = listing;
        again.options = m_client->options();
        auto *second = new PollJob(m_client.get(), again);
        QSignalSpy secondFinished(second, &PollJob::finished);
        QSignalSpy secondDestroyed(second, &QObject::destroyed);
        bool changed = true;
        int rows = 0;
        second->onFinished(this, [&](const PollJob &done) {
            QVERIFY(done.isOk());
            requests = done.requests();
            changed = done.result().changed;
            rows = int(done.result().peerings.size());
            QCOMPARE(done.result().listing.etag, listing.etag);
        });
        QVERIFY(secondDestroyed.wait(kTimeout));
        QCOMPARE(secondFinished.count(), 1);
        QCOMPARE(requests, 1);
        QVERIFY(!changed);
        QCOMPARE(rows, 6);
    }

    // A fast cycle lists the transient states only.
    void fastCycleListsTransientStates() {
        PollRequest request;
        request.fast = true;
        request.options = m_client->options();
        auto *job = new PollJob(m_client.get(), request);
        QSignalSpy destroyed(job, &QObject::destroyed);
        QList<vpw::Peering> peerings;
        job->onFinished(this, [&](const PollJob &done) { peerings = done.result().peerings; });
        QVERIFY(destroyed.wait(kTimeout));
        QVERIFY(!peerings.isEmpty());
        for (const vpw::Peering &peering : std::as_const(peerings))
            QVERIFY(vpw::session::isTransient(peering.state));
        QVERIFY(vpw::session::isTransient(PeeringState::Pending));
        QVERIFY(vpw::session::isTransient(PeeringState::Deleting));
        QVERIFY(!vpw::session::isTransient(PeeringState::Running));
        QVERIFY(!vpw::session::isTransient(PeeringState::Failed));
    }

    // A failed call ends the cycle with one finished() and the error; the cycle's own options
    // (one attempt) apply to its calls only: the client keeps retrying its other calls.
    void failureEndsTheCycleOnce() {
        cloud::ClientOptions shared = SandboxFixture::fastOptions();
        shared.maxAttempts = 3;
        m_client->setOptions(shared);
        QVERIFY(m_sandbox->setFaults(
            QJsonObject{{QStringLiteral("errorRate"), 1.0},
                        {QStringLiteral("status"), 503},
                        {QStringLiteral("method"), QStringLiteral("GET")},
                        {QStringLiteral("path"), QStringLiteral("/api/v1/peerings")}}));
        PollRequest request;
        request.withDeployments = true;
        request.options = shared;
        request.options.maxAttempts = 1;
        auto *job = new PollJob(m_client.get(), request);
        QSignalSpy finished(job, &PollJob::finished);
        QSignalSpy destroyed(job, &QObject::destroyed);
        std::optional<cloud::ApiError> error;
        bool gotDeployments = false;
        job->onFinished(this, [&](const PollJob &done) {
            QVERIFY(!done.isOk());
            error = done.result().error;
            gotDeployments = done.result().deployments.has_value();
            QVERIFY(done.result().peerings.isEmpty());
        });
        QVERIFY(destroyed.wait(kTimeout));
        QCOMPARE(finished.count(), 1);
        QVERIFY(error);
        QCOMPARE(error->httpStatus, 503);
        QVERIFY(gotDeployments); // the first call succeeded, the second ended the cycle
        QCOMPARE(m_sandbox->requestCount(QStringLiteral("GET /api/v1/peerings")), 1);
        QCOMPARE(m_client->options().maxAttempts, 3); // the shared options are untouched
        // A call without options of its own still retries with the client's.
        const auto outcome = vpw::test::run(m_client->listAllPeerings());
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.attempts, 3);
    }

    void abortIsSilent() {
        auto *job = new PollJob(m_client.get(), PollRequest{});
        QSignalSpy finished(job, &PollJob::finished);
        QSignalSpy destroyed(job, &QObject::destroyed);
        job->abort();
        QVERIFY(destroyed.wait(kTimeout));
        QTest::qWait(200);
        QCOMPARE(finished.count(), 0);
    }

    void destroyingTheClientIsSilent() {
        PollRequest request;
        request.withDeployments = true;
        auto *job = new PollJob(m_client.get(), request);
        QSignalSpy finished(job, &PollJob::finished);
        QSignalSpy destroyed(job, &QObject::destroyed);
        m_client.reset();
        QCOMPARE(destroyed.count(), 1);
        QTest::qWait(200);
        QCOMPARE(finished.count(), 0);
    }

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<cloud::ApiClient> m_client;
};

QTEST_GUILESS_MAIN(TestPollJob)
#include "tst_polljob.moc"
