#pragma once

// A real sandbox server (in-process, same thread, 127.0.0.1 on a free port) and a client for
// it, shared by the cloud tests. Nothing here imitates the server: the control calls go over
// HTTP to /sandbox/v1 like any script's would.

#include "app/cloud/apiclient.h"
#include "app/sandbox/server.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>

#include <memory>
#include <optional>

namespace vpw::test {

// Seed data of the sandbox (app/sandbox/seed.cpp).
namespace seed {
inline const QString AliyunDeployment = QStringLiteral("d7f3a1c2");      // cn-hangzhou, 10.100/16
inline const QString HuaweiDeployment = QStringLiteral("e2b9c4d5");      // cn-north-4
inline const QString SharedDeployment = QStringLiteral("s5a6b7c8");      // shared edition
inline const QString TrialDeployment = QStringLiteral("t1e2f3a4");       // trial edition
inline const QString RunningBound = QStringLiteral("peer-demo0running"); // has a resource
inline const QString Pending = QStringLiteral("peer-demo0pending");
inline const QString HuaweiRunning = QStringLiteral("peer-demo0huawei1"); // no resources
inline const QString AwsDeployment = QStringLiteral("f4a6c8e0");          // us-east-1, 172.24/16
inline const QString AwsRunning = QStringLiteral("peer-demo000aws01");
} // namespace seed

// A valid Aliyun create request for the seeded Hangzhou deployment.
PeeringRequest aliyunRequest(const QString &cenId = QStringLiteral("cen-1a2b3c4d5e6f7g8h9i"),
                             const QString &cidr = QStringLiteral("192.168.50.0/24"));

class SandboxFixture {
public:
    SandboxFixture();
    ~SandboxFixture();

    // Starts a server with `options` (key and secret are filled in when empty).
    bool start(sandbox::Options options = {});
    sandbox::Server &server() { return *m_server; }
    cloud::Endpoint endpoint() const;
    // A client for the server with fast retry options for tests.
    std::unique_ptr<cloud::ApiClient> client(const cloud::ClientOptions &options = fastOptions());
    static cloud::ClientOptions fastOptions();

    // Control API over HTTP. Returns the HTTP status (0 when no answer).
    int control(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                QJsonObject *answer = nullptr);
    bool setFaults(const QJsonObject &faults);
    bool clearFaults();
    // Requests the server counted for "METHOD /api/v1/route/{template}".
    qint64 requestCount(const QString &route);
    bool attach(const QString &peeringId);

private:
    std::unique_ptr<sandbox::Server> m_server;
    QNetworkAccessManager m_network;
    QString m_key;
    QString m_secret;
};

// The outcome of a finished job, copied in the finished() slot (the job deletes itself).
template <typename T> struct Outcome {
    bool finished = false;
    bool ok = false;
    std::optional<T> value;
    cloud::ApiError error;
    int attempts = 0;
    int finishedCount = 0;
    qint64 elapsedMs = 0;
    QString idempotencyKey;
};

// Runs `job` until it is destroyed (it deletes itself after its one finished()).
template <typename T> Outcome<T> run(cloud::Job<T> *job, int timeoutMs = 20000) {
    Outcome<T> outcome;
    QElapsedTimer timer;
    timer.start();
    job->onFinished(job, [&outcome, &timer](const cloud::Job<T> &j) {
        outcome.finished = true;
        ++outcome.finishedCount;
        outcome.ok = j.isOk();
        if (j.isOk())
            outcome.value = j.value();
        outcome.error = j.error();
        outcome.attempts = j.attempts();
        outcome.idempotencyKey = j.idempotencyKey();
        outcome.elapsedMs = timer.elapsed();
    });
    QSignalSpy destroyed(job, &QObject::destroyed);
    destroyed.wait(timeoutMs);
    return outcome;
}

} // namespace vpw::test
