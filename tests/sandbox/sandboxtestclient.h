#pragma once

// A minimal HTTP client for the sandbox's own tests: real requests over loopback through
// QNetworkAccessManager, waited for with QSignalSpy (no nested event loops of our own).
// Deliberately not app/cloud: these tests pin the server's contract independently.

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrl>

#include <memory>

namespace vpw::sandbox::test {

struct Reply {
    bool finished = false; // false: no answer within the timeout
    int status = 0;        // 0: no HTTP status (network error, timeout)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const {
        for (const auto &entry : headers) {
            if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
                return entry.second;
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const {
        for (const auto &entry : headers) {
            if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    bool isJson() const {
        QJsonParseError error;
        QJsonDocument::fromJson(body, &error);
        return error.error == QJsonParseError::NoError;
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray data() const { return json().value(QStringLiteral("data")).toArray(); }
    QString code() const { return json().value(QStringLiteral("code")).toString(); }
    QString field() const { return json().value(QStringLiteral("field")).toString(); }
    QString message() const { return json().value(QStringLiteral("message")).toString(); }
    QString string(const char *key) const { return json().value(QLatin1String(key)).toString(); }
};

class Client {
public:
    Client(QUrl base, QString key, QString secret)
        : m_base(std::move(base))
        , m_key(std::move(key))
        , m_secret(std::move(secret)) {}

    using Headers = QList<QPair<QByteArray, QByteArray>>;

    // `auth`: send Basic credentials (the server's, unless `headers` carries its own).
    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const Headers &headers = {}, bool auth = true, int timeoutMs = 10000) {
        QNetworkRequest request(m_base.resolved(QUrl(path)));
        request.setTransferTimeout(timeoutMs);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (auth) {
            request.setRawHeader("Authorization",
                                 "Basic " + (m_key + u':' + m_secret).toUtf8().toBase64());
        }
        for (const auto &header : headers)
            request.setRawHeader(header.first, header.second);
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(request, method, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        Reply result;
        result.finished = finished.wait(timeoutMs + 2000) || reply->isFinished();
        result.elapsedMs = timer.elapsed();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        if (reply->isOpen())
            result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        if (!result.finished)
            reply->abort();
        return result;
    }

    Reply get(const QString &path, const Headers &headers = {}) {
        return send("GET", path, {}, headers);
    }
    Reply post(const QString &path, const QJsonObject &body, const Headers &headers = {}) {
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    }
    Reply put(const QString &path, const QJsonObject &body) {
        return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    Reply del(const QString &path) { return send("DELETE", path); }

    QNetworkAccessManager &nam() { return m_nam; }

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QString m_key;
    QString m_secret;
};

// Seed data the tests rely on (app/sandbox/seed.cpp).
namespace seed {
inline const QString aliyun = QStringLiteral("d7f3a1c2"); // dedicated, cn-hangzhou, 10.100/16
inline const QString huawei = QStringLiteral("e2b9c4d5"); // dedicated, cn-north-4, 172.20/16
inline const QString shared = QStringLiteral("s5a6b7c8");
inline const QString trial = QStringLiteral("t1e2f3a4");
inline const QString runningBound = QStringLiteral("peer-demo0running");  // aliyun, 1 resource
inline const QString failed = QStringLiteral("peer-demo00failed");        // aliyun
inline const QString pending = QStringLiteral("peer-demo0pending");       // aliyun
inline const QString huaweiRunning = QStringLiteral("peer-demo0huawei1"); // huawei, no resource
inline const QString aws = QStringLiteral("f4a6c8e0"); // dedicated, us-east-1, 172.24/16
inline const QString awsRunning = QStringLiteral("peer-demo000aws01");
inline const QString awsRejected = QStringLiteral("peer-demo000aws02"); // failed: rejected
} // namespace seed

inline QString peeringsPath(const QString &deploymentId) {
    return QStringLiteral("/api/v1/deployments/") + deploymentId + QStringLiteral("/peerings");
}

inline QString peeringPath(const QString &deploymentId, const QString &id) {
    return peeringsPath(deploymentId) + u'/' + id;
}

// A valid Aliyun create body for the seeded Aliyun deployment.
inline QJsonObject aliyunBody(const QString &cidr = QStringLiteral("192.168.30.0/24"),
                              const QString &cen = QStringLiteral("cen-1a2b3c4d5e6f7g8h9i")) {
    return QJsonObject{{QStringLiteral("peeringId"), cen},
                       {QStringLiteral("accountId"), QStringLiteral("1688123456789012")},
                       {QStringLiteral("vpcId"), QStringLiteral("vpc-uf6o8d1dj8sjwxi6o1jkl")},
                       {QStringLiteral("cidr"), cidr}};
}

// A valid Huawei create body for the seeded Huawei deployment.
inline QJsonObject huaweiBody(const QString &cidr = QStringLiteral("192.168.200.0/24")) {
    return QJsonObject{
        {QStringLiteral("peeringId"), QStringLiteral("5c8e1f3a-2b4d-4e6f-8a0b-1c2d3e4f5a6b")},
        {QStringLiteral("accountId"), QStringLiteral("0f4ab9d1e2c34b5a8d7e6f5a4b3c2d1e")},
        {QStringLiteral("vpcId"), QStringLiteral("9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d")},
        {QStringLiteral("cidr"), cidr}};
}

} // namespace vpw::sandbox::test
