// Benchmark (label "benchmark", figures in docs/performance.md): the whole Alibaba Cloud chain
// through the application's clients against the sandbox coupled to the emulator, at time scale
// 1 with the emulator's delays at their defaults (CEN Creating 5 s, attach 10 s):
// create CEN -> attach own VPC -> submit to EMQX -> attach the deployment's VPC -> Attached ->
// running -> security-group rule. The operator polls as the application does (every second).

#include "app/cloud/apiclient.h"
#include "app/providers/aliyun/client/aliyunclient.h"
#include "app/providers/emqxcoupling.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>

using namespace vpw;

namespace {

constexpr int kPollMs = 1000;

template <typename Job, typename Value> bool wait(Job *job, Value *value, QString *code = nullptr) {
    bool ok = false;
    job->onFinished(job, [&](const auto &j) {
        ok = j.isOk();
        if (ok)
            *value = j.value();
        else if (code)
            *code = j.error().code;
    });
    QSignalSpy destroyed(job, &QObject::destroyed);
    destroyed.wait(30000);
    return ok;
}

} // namespace

class TestChainBench : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aliyunChain();
};

void TestChainBench::aliyunChain() {
    sandbox::Options options;
    options.apiKey = QStringLiteral("bench");
    options.apiSecret = QStringLiteral("bench-secret");
    sandbox::Server server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    aliyun::Emulator aliyunEmulator{aliyun::EmulatorOptions{}};
    huawei::Emulator huaweiEmulator{huawei::EmulatorOptions{}};
    QVERIFY2(aliyunEmulator.start(&error), qPrintable(error));
    QVERIFY2(huaweiEmulator.start(&error), qPrintable(error));
    coupleProviderEmulators(&server, &aliyunEmulator, &huaweiEmulator);
    // One VPC belongs to one CEN: free EMQX's VPC from the running demo peering's CEN.
    QVERIFY(aliyunEmulator.detachChildInstance(QStringLiteral("cen-7qthudw0ll6jmc3abc"),
                                               QStringLiteral("vpc-bp1x8d2k4m6n0q2s4u6w8")));

    aliyun::Account account;
    account.accessKeyId = aliyunEmulator.options().accessKeyId;
    account.accessKeySecret = aliyunEmulator.options().accessKeySecret;
    account.endpointOverride = aliyunEmulator.baseUrl();
    aliyun::Client provider(account);
    cloud::ApiClient api(cloud::Endpoint{server.baseUrl(), options.apiKey, options.apiSecret});
    const QString deployment = QStringLiteral("d7f3a1c2");
    const QString ownVpc = QStringLiteral("vpc-bp1operator0new00001");

    QElapsedTimer timer;
    timer.start();
    QString cenId;
    QVERIFY(wait(provider.createCen(QStringLiteral("emqx-bench")), &cenId));
    for (;;) { // Creating -> Active
        QList<aliyun::Cen> cens;
        QVERIFY(wait(provider.describeCens(cenId), &cens));
        if (!cens.isEmpty() && cens.first().status == QLatin1String("Active"))
            break;
        QTest::qWait(kPollMs);
    }
    aliyun::ChildInstance child;
    QVERIFY(wait(provider.attachCenChildInstance(cenId, ownVpc, QStringLiteral("cn-hangzhou")),
                 &child));
    PeeringRequest request;
    request.peeringId = cenId;
    request.accountId = QLatin1String(aliyun::kOperatorUid);
    request.vpcId = ownVpc;
    request.cidr = *Cidr::fromString(QStringLiteral("192.168.50.0/24"));
    Peering created;
    QVERIFY(wait(api.createPeering(deployment, request), &created));
    QString code;
    while (!wait(provider.attachCenChildInstance(cenId, QStringLiteral("vpc-bp1x8d2k4m6n0q2s4u6w8"),
                                                 QStringLiteral("cn-hangzhou"),
                                                 QLatin1String(aliyun::kEmqxUid)),
                 &child, &code)) {
        QCOMPARE(code, QStringLiteral("Forbbiden.AttachChildInstanceAcrossUid")); // grant not yet
        QTest::qWait(kPollMs);
    }
    for (;;) { // Attaching -> Attached -> running
        cloud::PeeringFetch fetched;
        QVERIFY(wait(api.getPeering(deployment, created.id), &fetched));
        QVERIFY(fetched.peering);
        if (fetched.peering->state == PeeringState::Running)
            break;
        QCOMPARE(fetched.peering->state, PeeringState::Pending);
        QTest::qWait(kPollMs);
    }
    const qint64 runningMs = timer.elapsed();
    aliyun::SecurityGroupRule rule;
    rule.portRange = QStringLiteral("1883/1883");
    rule.sourceCidr = QStringLiteral("10.100.0.0/16");
    bool done = false;
    QVERIFY(wait(provider.authorizeSecurityGroup(QStringLiteral("sg-bp1newapp000000001"), rule),
                 &done));
    const qint64 totalMs = timer.elapsed();
    std::printf("aliyun chain (time scale 1, CEN 5 s, attach 10 s, polling every %d ms): "
                "running after %.2f s, rule added after %.2f s\n",
                kPollMs, runningMs / 1000.0, totalMs / 1000.0);
    QVERIFY(totalMs >= 15000); // the emulator's delays were honoured
}

QTEST_GUILESS_MAIN(TestChainBench)
#include "tst_chainbench.moc"
