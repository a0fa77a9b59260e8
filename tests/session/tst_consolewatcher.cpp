// The outcome of console peerings watched on the provider side (session::ConsoleWatcher) against
// the real emulators on 127.0.0.1, on an injected clock: Alibaba Cloud — the deployment's VPC
// Attached to the operator's CEN runs the peering, a window (estimated from Done) that ends
// unattached fails it; Huawei Cloud — the request accepted (ACTIVE), rejected, expired (7 days).
// EMQX's side is played through the emulators' own hooks (the grant, accept, reject), the
// operator's through the provider clients with the operator's key.
#include "app/core/clock.h"
#include "app/providers/aliyun/client/aliyunclient.h"
#include "app/providers/aliyun/emulator/aliyunemulator.h"
#include "app/providers/huawei/client/huaweiclient.h"
#include "app/providers/huawei/emulator/huaweiemulator.h"
#include "app/session/consolebackend.h"
#include "app/session/consolewatcher.h"
#include "app/session/peeringmodel.h"
#include "app/session/session.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace vpw;
using namespace vpw::session;

namespace {

const QString kProfile = QStringLiteral("console-watcher-test");
const QString kEmqxAliyunVpc = QStringLiteral("vpc-bp1x8d2k4m6n0q2s4u6w8"); // seeded, EMQX's
const QString kSeededCen = QStringLiteral("cen-7qthudw0ll6jmc3abc");
const QString kEmqxHuaweiVpc = QStringLiteral("ab78be2d-782f-42a5-aa72-35879f6890ff");
const QString kOperatorHuaweiVpc = QStringLiteral("9daeac7c-a98f-430f-8e38-67f9c044e299");

template <typename Job> bool waitFor(Job *job, std::function<void(const Job &)> onDone) {
    bool done = false;
    job->onFinished(job->parent(), [&done, onDone](const Job &finished) {
        onDone(finished);
        done = true;
    });
    return QTest::qWaitFor([&done] { return done; }, 20000);
}

} // namespace

class TestConsoleWatcher : public QObject {
    Q_OBJECT

private:
    ManualClock m_clock{QDateTime::currentMSecsSinceEpoch()};
    std::unique_ptr<aliyun::Emulator> m_aliyun;
    std::unique_ptr<huawei::Emulator> m_huawei;
    std::unique_ptr<Session> m_session;
    QString m_aliyunDeployment;
    QString m_huaweiDeployment;

    ConsoleBackend *console() const { return m_session->console(); }

    secrets::ProviderAccount account(const QString &provider) const {
        secrets::ProviderAccount account;
        account.provider = provider;
        account.name = QStringLiteral("ops ") + provider;
        const bool ali = provider == QLatin1String("aliyun");
        account.accessKeyId =
            ali ? QLatin1String(aliyun::kDemoAccessKeyId) : QLatin1String(huawei::kDemoAccessKey);
        account.regions = {ali ? QStringLiteral("cn-hangzhou") : QStringLiteral("cn-north-4")};
        account.endpointOverride = ali ? m_aliyun->baseUrl() : m_huawei->baseUrl();
        return account;
    }

    // One look; true once it ended.
    bool look(const QString &recordId) {
        QSignalSpy checked(console()->watcher(), &ConsoleWatcher::checked);
        console()->watcher()->checkNow();
        return QTest::qWaitFor(
            [&] {
                for (const auto &args : checked)
                    if (args.first().toString() == recordId)
                        return true;
                return false;
            },
            20000);
    }

    PeeringState stateOf(const QString &recordId) const {
        return console()->peeringEntry(recordId)->peering.state;
    }

    // Failed with `code` by the provider side, with its history entry, in the file a restart
    // reads.
    void expectFailedAfterReload(const QString &recordId, FailureCode code) const {
        ConsolePeeringStore store(ConsoleBackend::peeringsPath(kProfile));
        QVERIFY(store.load());
        const auto entry = store.find(recordId);
        QVERIFY(entry);
        QCOMPARE(entry->peering.state, PeeringState::Failed);
        QCOMPARE(entry->peering.failureCode, code);
        QVERIFY(!entry->peering.failureReason.isEmpty());
        QCOMPARE(entry->history.last().kind, ConsolePeeringEvent::Confirmed);
        QCOMPARE(entry->history.last().state, PeeringState::Failed);
        QVERIFY(entry->history.last().byProvider);
    }

    QString createHuaweiRequest() {
        huawei::Account operatorAccount;
        operatorAccount.accessKey = QLatin1String(huawei::kDemoAccessKey);
        operatorAccount.secretKey = QLatin1String(huawei::kDemoSecretKey);
        operatorAccount.projectId = QLatin1String(huawei::kOperatorProject);
        operatorAccount.endpointOverride = m_huawei->baseUrl();
        huawei::Client client(operatorAccount);
        QString id;
        const bool done = waitFor<huawei::PeeringJob>(
            client.createVpcPeering(QStringLiteral("emqx"), kOperatorHuaweiVpc, kEmqxHuaweiVpc,
                                    QLatin1String(huawei::kEmqxProject)),
            [&id](const huawei::PeeringJob &job) {
                if (job.isOk())
                    id = job.value().id;
                else
                    qWarning() << job.error().debugString();
            });
        return done ? id : QString();
    }

    QString recordHuawei(const QString &peeringId, const QString &cidr) {
        PeeringRequest request;
        request.peeringId = peeringId;
        request.accountId = QLatin1String(huawei::kOperatorUserId);
        request.vpcId = kOperatorHuaweiVpc;
        request.cidr = *Cidr::fromString(cidr);
        const auto peering = console()->recordPeering(m_huaweiDeployment, request);
        return peering ? peering->id : QString();
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QDir(QFileInfo(ConsoleBackend::peeringsPath(kProfile)).absolutePath()).removeRecursively();
        QString error;
        aliyun::EmulatorOptions aliyunOptions;
        aliyunOptions.accessKeyId = QLatin1String(aliyun::kDemoAccessKeyId);
        aliyunOptions.accessKeySecret = QLatin1String(aliyun::kDemoAccessKeySecret);
        aliyunOptions.clock = &m_clock;
        aliyunOptions.checkTimestamp = false; // the clock moves by days; the client signs now
        aliyunOptions.checkNonce = false;
        m_aliyun = std::make_unique<aliyun::Emulator>(aliyunOptions);
        QVERIFY2(m_aliyun->start(&error), qPrintable(error));
        huawei::EmulatorOptions huaweiOptions;
        huaweiOptions.accessKey = QLatin1String(huawei::kDemoAccessKey);
        huaweiOptions.secretKey = QLatin1String(huawei::kDemoSecretKey);
        huaweiOptions.clock = &m_clock;
        huaweiOptions.checkTimestamp = false;
        m_huawei = std::make_unique<huawei::Emulator>(huaweiOptions);
        QVERIFY2(m_huawei->start(&error), qPrintable(error));

        secrets::Profile profile;
        profile.id = kProfile;
        profile.name = QStringLiteral("Console");
        profile.kind = secrets::ProfileKind::Console;
        m_session = std::make_unique<Session>(profile, nullptr, &m_clock);
        m_session->start();
        QList<ManualProblem> problems;
        const auto ali =
            console()->add({{ManualField::Name, QStringLiteral("production-hz")},
                            {ManualField::Provider, QStringLiteral("aliyun")},
                            {ManualField::Region, QStringLiteral("cn-hangzhou")},
                            {ManualField::VpcId, kEmqxAliyunVpc},
                            {ManualField::Cidr, QStringLiteral("10.100.0.0/16")},
                            {ManualField::CloudAccountId, QLatin1String(aliyun::kEmqxUid)},
                            {ManualField::Edition, QStringLiteral("dedicated")}},
                           &problems);
        QVERIFY2(ali, problems.isEmpty() ? "" : qPrintable(problems.first().verdict.message));
        m_aliyunDeployment = ali->id;
        const auto hw =
            console()->add({{ManualField::Name, QStringLiteral("telemetry-bj")},
                            {ManualField::Provider, QStringLiteral("huawei")},
                            {ManualField::Region, QStringLiteral("cn-north-4")},
                            {ManualField::VpcId, kEmqxHuaweiVpc},
                            {ManualField::Cidr, QStringLiteral("172.20.0.0/16")},
                            {ManualField::CloudAccountId, QLatin1String(huawei::kEmqxProject)},
                            {ManualField::Edition, QStringLiteral("dedicated")}},
                           &problems);
        QVERIFY2(hw, problems.isEmpty() ? "" : qPrintable(problems.first().verdict.message));
        m_huaweiDeployment = hw->id;
    }

    void cleanupTestCase() {
        m_session.reset();
        QDir(QFileInfo(ConsoleBackend::peeringsPath(kProfile)).absolutePath()).removeRecursively();
    }

    void withoutAccountNothingIsWatched() {
        const auto peering = console()->recordPeering(m_huaweiDeployment, PeeringRequest{});
        QVERIFY(peering);
        QVERIFY(console()->watcher()->accountName(QStringLiteral("huawei")).isEmpty());
        console()->watcher()->checkNow();
        QTest::qWait(100);
        QCOMPARE(stateOf(peering->id), PeeringState::Pending);
        QVERIFY(console()->markRemoved(peering->id));
    }

    void aliyunAttachedRuns() {
        // EMQX's seeded VPC leaves the seeded demo CEN (one VPC belongs to one CEN).
        QVERIFY(m_aliyun->detachChildInstance(kSeededCen, kEmqxAliyunVpc));
        aliyun::Account operatorAccount;
        operatorAccount.accessKeyId = QLatin1String(aliyun::kDemoAccessKeyId);
        operatorAccount.accessKeySecret = QLatin1String(aliyun::kDemoAccessKeySecret);
        operatorAccount.endpointOverride = m_aliyun->baseUrl();
        aliyun::Client client(operatorAccount);
        QString cenId;
        QVERIFY(waitFor<aliyun::CenIdJob>(client.createCen(QStringLiteral("emqx")),
                                          [&cenId](const aliyun::CenIdJob &job) {
                                              if (job.isOk())
                                                  cenId = job.value();
                                          }));
        QVERIFY(!cenId.isEmpty());
        m_clock.advanceMs(6000); // Creating -> Active

        PeeringRequest request;
        request.peeringId = cenId;
        request.accountId = QLatin1String(aliyun::kOperatorUid);
        request.vpcId = QStringLiteral("vpc-bp1operator0new00001");
        request.cidr = *Cidr::fromString(QStringLiteral("192.168.50.0/24"));
        const QString id = console()->recordPeering(m_aliyunDeployment, request)->id;

        console()->watcher()->setAccount(account(QStringLiteral("aliyun")),
                                         QLatin1String(aliyun::kDemoAccessKeySecret));
        QCOMPARE(console()->watcher()->accountName(QStringLiteral("aliyun")),
                 QStringLiteral("ops aliyun"));
        QVERIFY(look(id));
        QCOMPARE(stateOf(id), PeeringState::Pending); // not attached yet
        QVERIFY2(console()->watcher()->lastError().isEmpty(),
                 qPrintable(console()->watcher()->lastError()));

        // EMQX grants its VPC to the CEN; the operator attaches it (Attaching, then Attached).
        QVERIFY(m_aliyun->grantInstanceToCen(kEmqxAliyunVpc, QLatin1String(aliyun::kEmqxUid), cenId,
                                             QLatin1String(aliyun::kOperatorUid)));
        QVERIFY(waitFor<aliyun::ChildInstanceJob>(
            client.attachCenChildInstance(cenId, kEmqxAliyunVpc, QStringLiteral("cn-hangzhou"),
                                          QLatin1String(aliyun::kEmqxUid)),
            [](const aliyun::ChildInstanceJob &job) { QVERIFY(job.isOk()); }));
        QVERIFY(look(id));
        QCOMPARE(console()->watcher()->providerStatus(id), QStringLiteral("Attaching"));
        QCOMPARE(stateOf(id), PeeringState::Pending);
        m_clock.advanceMs(11000);
        QVERIFY(look(id));
        QCOMPARE(stateOf(id), PeeringState::Running);
        const auto entry = console()->peeringEntry(id);
        QVERIFY(entry->history.last().byProvider);
        QCOMPARE(m_session->peerings()->peering(id)->state, PeeringState::Running);
    }

    void aliyunWindowEndsUnattachedFails() {
        PeeringRequest request;
        request.peeringId = QStringLiteral("cen-9zy8xw7vu6ts5rq4po"); // the operator's, seeded
        request.accountId = QLatin1String(aliyun::kOperatorUid);
        request.vpcId = QStringLiteral("vpc-uf6operator0sh000001");
        request.cidr = *Cidr::fromString(QStringLiteral("192.168.60.0/24"));
        const QString id = console()->recordPeering(m_aliyunDeployment, request)->id;
        m_clock.advanceMs(599 * 1000);
        QVERIFY(look(id));
        QCOMPARE(stateOf(id), PeeringState::Pending); // a second left
        m_clock.advanceMs(2000);
        QVERIFY(look(id));
        QCOMPARE(stateOf(id), PeeringState::Failed);
        QCOMPARE(console()->peeringEntry(id)->peering.failureCode, FailureCode::WindowClosed);
        expectFailedAfterReload(id, FailureCode::WindowClosed);
    }

    void huaweiRejectedExpiredAccepted() {
        console()->watcher()->setAccount(account(QStringLiteral("huawei")),
                                         QLatin1String(huawei::kDemoSecretKey));
        // Rejected by EMQX.
        const QString rejectedRequest = createHuaweiRequest();
        QVERIFY(!rejectedRequest.isEmpty());
        const QString rejected = recordHuawei(rejectedRequest, QStringLiteral("192.168.110.0/24"));
        QVERIFY(look(rejected));
        QVERIFY2(console()->watcher()->lastError().isEmpty(),
                 qPrintable(console()->watcher()->lastError()));
        QCOMPARE(console()->watcher()->providerStatus(rejected),
                 QStringLiteral("PENDING_ACCEPTANCE"));
        QCOMPARE(stateOf(rejected), PeeringState::Pending);
        QVERIFY(m_huawei->rejectPeering(rejectedRequest));
        QVERIFY(look(rejected));
        QCOMPARE(stateOf(rejected), PeeringState::Failed);
        QCOMPARE(console()->peeringEntry(rejected)->peering.failureCode, FailureCode::Rejected);
        expectFailedAfterReload(rejected, FailureCode::Rejected);

        // Not accepted within 7 days: expired.
        const QString expiredRequest = createHuaweiRequest();
        QVERIFY(!expiredRequest.isEmpty());
        const QString expired = recordHuawei(expiredRequest, QStringLiteral("192.168.111.0/24"));
        m_clock.advanceMs(7LL * 24 * 3600 * 1000 - 1000);
        QVERIFY(look(expired));
        QCOMPARE(stateOf(expired), PeeringState::Pending);
        m_clock.advanceMs(2000);
        QVERIFY(look(expired));
        QCOMPARE(stateOf(expired), PeeringState::Failed);
        QCOMPARE(console()->peeringEntry(expired)->peering.failureCode, FailureCode::Expired);
        expectFailedAfterReload(expired, FailureCode::Expired);
        QVERIFY(!m_huawei->acceptPeering(expiredRequest)); // too late for EMQX too

        // Accepted by EMQX: running.
        const QString acceptedRequest = createHuaweiRequest();
        QVERIFY(!acceptedRequest.isEmpty());
        const QString accepted = recordHuawei(acceptedRequest, QStringLiteral("192.168.112.0/24"));
        QVERIFY(m_huawei->acceptPeering(acceptedRequest));
        QVERIFY(look(accepted));
        QCOMPARE(stateOf(accepted), PeeringState::Running);
        QCOMPARE(console()->watcher()->providerStatus(accepted), QStringLiteral("ACTIVE"));
    }
};

QTEST_GUILESS_MAIN(TestConsoleWatcher)
#include "tst_consolewatcher.moc"
