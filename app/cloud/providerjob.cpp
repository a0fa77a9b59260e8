#include "providerjob.h"

#include "logging.h"

#include "app/core/endpointrule.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

#include <algorithm>

namespace vpw::cloud {

ProviderClient::ProviderClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this)) {}

ProviderClient::~ProviderClient() {
    // Jobs are dropped silently (ApiJob's contract): no finished() into half-destroyed receivers.
    for (ProviderJob *job : findChildren<ProviderJob *>(Qt::FindDirectChildrenOnly))
        job->abort();
}

ProviderJob::ProviderJob(ProviderClient *client)
    : QObject(client)
    , m_client(client)
    , m_options(client->options()) {
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, &ProviderJob::send);
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, [this] {
        ProviderError error;
        error.kind = ProviderError::Timeout;
        error.message = QStringLiteral("no complete answer within %1 ms").arg(m_options.deadlineMs);
        finish(error);
    });
}

ProviderJob::~ProviderJob() {
    dropReply();
}

const ProviderError &ProviderJob::error() const {
    static const ProviderError none;
    return m_error ? *m_error : none;
}

void ProviderJob::start() {
    m_startedAt.start();
    m_deadlineTimer.start(m_options.deadlineMs);
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_finished)
                return;
            m_request = first();
            ++m_requests;
            send();
        },
        Qt::QueuedConnection);
}

void ProviderJob::abort() {
    if (m_finished)
        return;
    m_finished = true;
    m_retryTimer.stop();
    m_deadlineTimer.stop();
    dropReply();
    deleteLater();
}

void ProviderJob::dropReply() {
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

void ProviderJob::send() {
    if (m_finished)
        return;
    QUrl base = m_request.url;
    base.setQuery(QString());
    base.setPath(QString());
    if (const auto problem = checkEndpoint(base)) {
        ProviderError error;
        const bool plain = *problem == EndpointProblem::HttpsRequired;
        error.kind = plain ? ProviderError::Tls : ProviderError::Network;
        error.code = QLatin1String(plain ? "HTTPS_REQUIRED" : "INVALID_ENDPOINT");
        error.message = endpointProblemText(*problem, base);
        finish(error); // nothing is sent
        return;
    }
    ++m_attempts;
    m_body.clear();
    m_tooLarge = false;
    m_sslErrors.clear();
    ProviderRequest signed_ = m_request;
    m_client->sign(signed_);
    QNetworkRequest request(signed_.url);
    for (const auto &[name, value] : std::as_const(signed_.headers))
        request.setRawHeader(name, value);
    request.setTransferTimeout(m_options.transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    qCDebug(lcCloud).noquote() << signed_.operation << signed_.method << "attempt" << m_attempts;
    QNetworkReply *reply =
        m_client->network()->sendCustomRequest(request, signed_.method, signed_.body);
    m_reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, [this] {
        if (!m_reply || m_tooLarge)
            return;
        m_body += m_reply->read(std::min<qint64>(m_reply->bytesAvailable(),
                                                 m_options.maxResponseBytes - m_body.size() + 1));
        if (m_body.size() > m_options.maxResponseBytes) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors) // recorded, never ignored
            m_sslErrors << error.errorString();
    });
    connect(reply, &QNetworkReply::finished, this, &ProviderJob::onReplyFinished);
}

void ProviderJob::onReplyFinished() {
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    if (!m_tooLarge)
        m_body += reply->readAll();
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    qCDebug(lcCloud).noquote() << m_request.operation << "->" << status << reply->error();

    ProviderError error;
    error.httpStatus = status;
    if (m_tooLarge) {
        error.kind = ProviderError::Decode;
        error.code = QStringLiteral("TOO_LARGE");
        finish(error);
        return;
    }
    const QNetworkReply::NetworkError code = reply->error();
    if (code == QNetworkReply::SslHandshakeFailedError || !m_sslErrors.isEmpty()) {
        error.kind = ProviderError::Tls;
        error.message = m_sslErrors.isEmpty() ? reply->errorString() : m_sslErrors.join(u"; ");
        finish(error);
        return;
    }
    if (status == 0) {
        error.kind =
            code == QNetworkReply::OperationCanceledError || code == QNetworkReply::TimeoutError
                ? ProviderError::Timeout
                : ProviderError::Network;
        error.message = reply->errorString();
        retryOrFinish(error);
        return;
    }
    if (status < 200 || status >= 300) {
        ProviderError parsed =
            m_client->parseError(status, m_body, reply->rawHeader("X-Request-Id"));
        bool ok = false;
        const int retryAfter = reply->rawHeader("Retry-After").toInt(&ok);
        if (ok && retryAfter >= 0)
            parsed.retryAfterSeconds = retryAfter;
        if (parsed.isTransient()) {
            retryOrFinish(parsed);
            return;
        }
        handle(onError(parsed));
        return;
    }
    // 202 Accepted and 204 No Content may come without a body (Huawei's v3 dry run documents
    // only the 202): read as an empty object.
    if ((status == 202 || status == 204) && m_body.trimmed().isEmpty()) {
        m_failures = 0;
        handle(onAnswer(QJsonObject()));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_body, &parseError);
    if (!document.isObject()) {
        error.kind = ProviderError::Decode;
        error.message =
            QStringLiteral("the answer is not a JSON object: %1").arg(parseError.errorString());
        finish(error);
        return;
    }
    m_failures = 0;
    handle(onAnswer(document.object()));
}

void ProviderJob::handle(Step step) {
    switch (step.kind) {
    case Step::Done:
        finish(std::nullopt);
        return;
    case Step::Fail:
        finish(std::move(step.error));
        return;
    case Step::Next:
        m_request = std::move(step.next);
        ++m_requests;
        send();
        return;
    }
}

void ProviderJob::retryOrFinish(ProviderError error) {
    const bool again = m_request.idempotent || restartable();
    if (!error.isTransient() || !again || ++m_failures >= m_options.maxAttempts) {
        finish(std::move(error));
        return;
    }
    qint64 delayMs = backoffDelayMs(m_options, m_failures);
    if (error.retryAfterSeconds) {
        if (*error.retryAfterSeconds > m_options.maxRetryAfterSeconds) {
            finish(std::move(error)); // the caller decides when to try again
            return;
        }
        delayMs = std::max(delayMs, qint64(*error.retryAfterSeconds) * 1000);
    }
    if (m_startedAt.elapsed() + delayMs >= m_options.deadlineMs) {
        finish(std::move(error));
        return;
    }
    if (!m_request.idempotent) {
        // A write whose answer was lost: start over from the read that finds its effect.
        m_request = first();
        ++m_requests;
    }
    qCInfo(lcCloud).noquote() << m_request.operation << "failed:" << error.debugString()
                              << "- retrying in" << delayMs << "ms";
    m_retryTimer.start(int(delayMs));
}

void ProviderJob::finish(std::optional<ProviderError> error) {
    if (m_finished)
        return;
    m_finished = true;
    m_retryTimer.stop();
    m_deadlineTimer.stop();
    dropReply();
    if (error)
        qCInfo(lcCloud).noquote() << m_request.operation << "failed:" << error->debugString();
    m_error = std::move(error);
    deleteLater();
    Q_EMIT finished();
}

} // namespace vpw::cloud
