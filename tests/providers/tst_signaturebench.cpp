// The cost of the providers' signatures, measured in one run (docs/performance.md):
//  - signed Alibaba Cloud reads per second, client to emulator over loopback (DescribeVpcs,
//    one at a time, each signed with a fresh nonce and verified);
//  - one request answered in process: the emulator's signed DescribeVpcs against the peering
//    API's unsigned (Basic auth) GET /api/v1/deployments of the sandbox, and the signature
//    check alone (canonical request, SHA-256, HMAC-SHA256).
// Run: scripts/bench.sh -R signaturebench
#include "app/providers/aliyun/client/aliyunclient.h"
#include "app/providers/aliyun/emulator/aliyunemulator.h"
#include "app/providers/aliyun/signature/acssignature.h"
#include "app/sandbox/server.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace vpw;

namespace {

constexpr int kReads = 400;
constexpr int kInProcess = 4000;

sandbox::HttpRequest signedRead(const aliyun::EmulatorOptions &options, qint64 nowMs, int n) {
    aliyun::V3Input input;
    input.query = {{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")}};
    input.payloadHash = aliyun::sha256Hex({});
    input.headers = {{"host", "127.0.0.1"},
                     {"x-acs-action", "DescribeVpcs"},
                     {"x-acs-version", "2016-04-28"},
                     {"x-acs-date", aliyun::timestamp(nowMs)},
                     {"x-acs-signature-nonce", QByteArray::number(n).rightJustified(32, '0')},
                     {"x-acs-content-sha256", input.payloadHash}};
    sandbox::HttpRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/");
    request.query = QUrlQuery(QStringLiteral("RegionId=cn-hangzhou"));
    request.headers = input.headers;
    request.headers.append(
        {"Authorization",
         aliyun::v3Authorization(options.accessKeyId, input,
                                 aliyun::v3Signature(options.accessKeySecret.toUtf8(), input))});
    return request;
}

} // namespace

class TestSignatureBench : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void figures();
};

void TestSignatureBench::figures() {
    aliyun::Emulator emulator({});
    QString error;
    QVERIFY2(emulator.start(&error), qPrintable(error));

    // 1. Signed reads per second over loopback.
    aliyun::Account account;
    account.accessKeyId = emulator.options().accessKeyId;
    account.accessKeySecret = emulator.options().accessKeySecret;
    account.endpointOverride = emulator.baseUrl();
    aliyun::Client client(account);
    int ok = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kReads; ++i) {
        auto *job = client.describeVpcs();
        job->onFinished(this, [&ok](const aliyun::VpcListJob &j) { ok += j.isOk() ? 1 : 0; });
        QSignalSpy destroyed(job, &QObject::destroyed);
        QVERIFY(destroyed.wait(10000));
    }
    const double perSecond = kReads * 1000.0 / double(timer.elapsed());
    QCOMPARE(ok, kReads);

    // 2. In process: signed emulator read, unsigned sandbox read, the check alone.
    QList<sandbox::HttpRequest> requests;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < kInProcess; ++i)
        requests.append(signedRead(emulator.options(), now, i));
    timer.restart();
    for (const sandbox::HttpRequest &request : std::as_const(requests))
        QCOMPARE(emulator.handle(request).status, 200);
    const double signedUs = timer.nsecsElapsed() / 1000.0 / kInProcess;

    sandbox::Options options;
    options.apiKey = QStringLiteral("bench");
    options.apiSecret = QStringLiteral("bench-secret");
    sandbox::Server server(options);
    QVERIFY(server.start(&error));
    sandbox::HttpRequest plain;
    plain.method = "GET";
    plain.path = QStringLiteral("/api/v1/deployments");
    plain.headers = {{"Authorization", "Basic " + QByteArray("bench:bench-secret").toBase64()}};
    timer.restart();
    for (int i = 0; i < kInProcess; ++i)
        QCOMPARE(server.handle(plain).status, 200);
    const double plainUs = timer.nsecsElapsed() / 1000.0 / kInProcess;

    aliyun::V3Input input;
    input.query = {{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")}};
    input.payloadHash = aliyun::sha256Hex({});
    for (const auto &[name, value] : requests.first().headers) {
        if (name != "Authorization")
            input.headers.append({name, value});
    }
    const QByteArray secret = emulator.options().accessKeySecret.toUtf8();
    QByteArray last;
    timer.restart();
    for (int i = 0; i < kInProcess; ++i)
        last = aliyun::v3Signature(secret, input);
    const double checkUs = timer.nsecsElapsed() / 1000.0 / kInProcess;
    QCOMPARE(last.size(), 64);

    qInfo().noquote() << QStringLiteral("signed reads over loopback: %1 per second (%2 reads)")
                             .arg(perSecond, 0, 'f', 0)
                             .arg(kReads);
    qInfo().noquote() << QStringLiteral("in process, per request: signed emulator read %1 us, "
                                        "unsigned sandbox read %2 us, signature check alone %3 us")
                             .arg(signedUs, 0, 'f', 1)
                             .arg(plainUs, 0, 'f', 1)
                             .arg(checkUs, 0, 'f', 1);
}

QTEST_GUILESS_MAIN(TestSignatureBench)
#include "tst_signaturebench.moc"
