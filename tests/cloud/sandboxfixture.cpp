#include "sandboxfixture.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QUuid>

namespace vpw::test {

PeeringRequest aliyunRequest(const QString &cenId, const QString &cidr) {
    PeeringRequest request;
    request.peeringId = cenId;
    request.accountId = QStringLiteral("1688123456789012");
    request.vpcId = QStringLiteral("vpc-uf6o8d1dj8sjwxi6o1q2w");
    request.cidr = Cidr::fromString(cidr).value_or(Cidr());
    request.region = QStringLiteral("cn-hangzhou");
    return request;
}

SandboxFixture::SandboxFixture() = default;
SandboxFixture::~SandboxFixture() = default;

bool SandboxFixture::start(sandbox::Options options) {
    if (options.apiKey.isEmpty())
        options.apiKey = QStringLiteral("test-key");
    if (options.apiSecret.isEmpty())
        options.apiSecret = QUuid::createUuid().toString(QUuid::Id128);
    m_key = options.apiKey;
    m_secret = options.apiSecret;
    m_server = std::make_unique<sandbox::Server>(options);
    QString error;
    if (!m_server->start(&error)) {
        qWarning("sandbox did not start: %s", qPrintable(error));
        return false;
    }
    return true;
}

cloud::Endpoint SandboxFixture::endpoint() const {
    return cloud::Endpoint{m_server->baseUrl(), m_key, m_secret};
}

cloud::ClientOptions SandboxFixture::fastOptions() {
    cloud::ClientOptions options;
    options.transferTimeoutMs = 5000;
    options.initialBackoffMs = 40;
    options.maxBackoffMs = 200;
    return options;
}

std::unique_ptr<cloud::ApiClient> SandboxFixture::client(const cloud::ClientOptions &options) {
    auto client = std::make_unique<cloud::ApiClient>(endpoint());
    client->setOptions(options);
    return client;
}

int SandboxFixture::control(const QByteArray &method, const QString &path, const QJsonObject &body,
                            QJsonObject *answer) {
    QUrl url = m_server->baseUrl();
    url.setPath(path);
    QNetworkRequest request(url);
    const QString credentials = m_key + QLatin1Char(':') + m_secret;
    request.setRawHeader("Authorization", "Basic " + credentials.toUtf8().toBase64());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(10000);
    const QByteArray payload =
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, payload);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (answer)
        *answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return status;
}

bool SandboxFixture::setFaults(const QJsonObject &faults) {
    return control("PUT", QStringLiteral("/sandbox/v1/faults"), faults) == 200;
}

bool SandboxFixture::clearFaults() {
    return control("DELETE", QStringLiteral("/sandbox/v1/faults")) == 204;
}

qint64 SandboxFixture::requestCount(const QString &route) {
    QJsonObject stats;
    if (control("GET", QStringLiteral("/sandbox/v1/stats"), {}, &stats) != 200)
        return -1;
    return stats.value(QLatin1String("routes")).toObject().value(route).toInteger();
}

bool SandboxFixture::attach(const QString &peeringId) {
    return control("POST", QStringLiteral("/sandbox/v1/peerings/") + peeringId +
                               QStringLiteral("/attach")) == 200;
}

} // namespace vpw::test
