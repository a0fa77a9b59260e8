#include "apijob.h"

#include "apiclient.h"
#include "clockskew.h"
#include "logging.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

#include <algorithm>

namespace vpw::cloud {

namespace {

// Bytes Qt's HTTP thread may hold before onReadyRead() takes them.
constexpr qint64 kReadBufferBytes = 64 * 1024;

// The client's clock: the skew samples must be on the clock serverNow() reads.
qint64 nowMs(const ApiClient *client) {
    return client->clock().nowMs();
}

QUrl requestUrl(const QUrl &baseUrl, const char *root, const QString &path, const QString &query) {
    QUrl url = baseUrl;
    QString basePath = url.path(QUrl::FullyEncoded);
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + QLatin1String(root) + path, QUrl::TolerantMode);
    if (!query.isEmpty())
        url.setQuery(query, QUrl::TolerantMode);
    return url;
}

QByteArray basicAuthorization(const Endpoint &endpoint) {
    const QString credentials = endpoint.apiKey + QLatin1Char(':') + endpoint.apiSecret;
    return QByteArrayLiteral("Basic ") + credentials.toUtf8().toBase64();
}

} // namespace

ApiJob::ApiJob(ApiClient *client, ApiRequest request, const ClientOptions &options)
    : QObject(client)
    , m_client(client)
    , m_endpoint(client->endpoint())
    , m_options(options)
    , m_request(std::move(request)) {
    m_retryTimer.setSingleShot(true);
    // A coarse timer may fire 5 % early: never before a server's Retry-After.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiJob::sendAttempt);
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &ApiJob::onDeadline);
}

ApiJob::~ApiJob() {
    dropReply();
}

const ApiError &ApiJob::error() const {
    static const ApiError none;
    return m_error ? *m_error : none;
}

void ApiJob::start() {
    m_startedAt.start();
    m_deadlineTimer.start(m_options.deadlineMs);
    // Queued: a caller connects to finished() after the call returns, and an error found
    // before any I/O (a bad endpoint) must not be emitted into nowhere.
    QMetaObject::invokeMethod(this, &ApiJob::sendAttempt, Qt::QueuedConnection);
}

void ApiJob::abort() {
    if (m_finished)
        return;
    qCDebug(lcCloud) << m_request.method << m_request.path << "aborted by the caller";
    m_finished = true;
    m_retryTimer.stop();
    m_deadlineTimer.stop();
    dropReply();
    deleteLater();
}

void ApiJob::dropReply() {
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

void ApiJob::sendAttempt() {
    if (m_finished)
        return;
    if (const auto problem = m_endpoint.problem()) {
        ApiError error;
        const bool plainHttp = *problem == EndpointProblem::HttpsRequired;
        error.kind = plainHttp ? ApiError::Tls : ApiError::Network;
        error.code = QLatin1String(plainHttp ? ApiError::HttpsRequired : ApiError::InvalidEndpoint);
        error.message = endpointProblemText(*problem, m_endpoint.baseUrl);
        finish(error);
        return;
    }

    ++m_attempts;
    m_tooLarge = false;
    m_body.clear();
    m_sslErrors.clear();
    m_encrypted = false;
    m_headersAtMs = 0;

    QNetworkRequest request(
        requestUrl(m_endpoint.baseUrl, m_request.root, m_request.path, m_request.query));
    request.setRawHeader("Authorization", basicAuthorization(m_endpoint));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("vpc-peering-wizard/" VPW_VERSION));
    if (!m_request.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    if (!m_request.idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", m_request.idempotencyKey);
    if (!m_request.ifNoneMatch.isEmpty())
        request.setRawHeader("If-None-Match", m_request.ifNoneMatch);
    request.setTransferTimeout(m_options.transferTimeoutMs);
    // Qt inflates a compressed answer only as it is read, so the cap below (counted after
    // inflation) stops a gzip bomb at maxResponseBytes. Qt's own bomb check is off: it ends
    // such an answer with an error indistinguishable from a corrupt body, and the operator
    // must hear "too large", not "not valid JSON".
    request.setDecompressedSafetyCheckThreshold(-1);
    // A redirect could carry the Authorization header to another origin: the API never
    // redirects, so a 3xx is reported instead of followed.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);

    qCDebug(lcCloud) << m_request.method << m_request.path << "attempt" << m_attempts;
    m_sentAtMs = nowMs(m_client);
    QNetworkReply *reply =
        m_client->network()->sendCustomRequest(request, m_request.method, m_request.body);
    m_reply = reply;
    // Qt's HTTP thread otherwise reads (and inflates) the whole answer into memory before
    // this thread can count it, and while it keeps ahead Qt holds back readyRead() (it merges
    // the pending pieces): with a bounded buffer it reads only as fast as onReadyRead() takes
    // the bytes, so the cap holds while the answer arrives.
    // Queued, not set here: sendCustomRequest() wraps the body (even an empty one) in a
    // QBuffer, and Qt 6.4 then starts the request from the event loop; the HTTP thread learns
    // the size only through readBufferSizeChanged(), connected to it when the request starts
    // (QNetworkReplyHttpImplPrivate::postRequest), so a size set now is dropped and the HTTP
    // thread reads unbounded (up to the whole 256 MiB flood of tst_hostile while this thread
    // is busy). Posted after that start, it reaches the HTTP thread right behind the request.
    QMetaObject::invokeMethod(
        reply, [reply] { reply->setReadBufferSize(kReadBufferBytes); }, Qt::QueuedConnection);
    connect(reply, &QNetworkReply::metaDataChanged, this, &ApiJob::onMetaDataChanged);
    connect(reply, &QNetworkReply::readyRead, this, &ApiJob::onReadyRead);
    connect(reply, &QNetworkReply::encrypted, this, [this] { m_encrypted = true; });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Recorded for the error message; never ignored, so the handshake fails.
        for (const QSslError &error : errors)
            m_sslErrors << error.errorString();
    });
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
}

void ApiJob::onMetaDataChanged() {
    if (!m_reply)
        return;
    if (m_headersAtMs == 0)
        m_headersAtMs = nowMs(m_client);
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_options.maxResponseBytes)
        abortTooLarge();
}

// The body is taken as it arrives, so what is counted is what was received, whatever the
// framing (Content-Length, chunked, until close) and after decompression (a gzip bomb is
// cut off at the cap like any other large answer).
void ApiJob::onReadyRead() {
    if (!m_reply)
        return;
    // One byte past the cap is enough to know; never more than is there (read() allocates
    // what it is asked for).
    const qint64 room = m_options.maxResponseBytes - m_body.size();
    m_body += m_reply->read(std::min(room + 1, m_reply->bytesAvailable()));
    if (m_body.size() > m_options.maxResponseBytes)
        abortTooLarge();
}

void ApiJob::abortTooLarge() {
    m_tooLarge = true;
    m_body.clear();
    m_reply->abort();
}

void ApiJob::onDeadline() {
    if (m_finished)
        return;
    ApiError error;
    error.kind = ApiError::Timeout;
    error.message = QStringLiteral("no complete answer within %1 ms").arg(m_options.deadlineMs);
    finish(std::move(error));
}

void ApiJob::onReplyFinished() {
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    if (!m_tooLarge)
        onReadyRead(); // what arrived with finished() itself
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    qCDebug(lcCloud) << m_request.method << m_request.path << "->" << status << reply->error()
                     << reply->errorString() << "in" << (nowMs(m_client) - m_sentAtMs) << "ms";
    if (status > 0)
        noteServerDate(*reply);

    if (m_tooLarge) {
        finish(tooLargeError());
        return;
    }
    if (auto error = transportError(*reply, status)) {
        retryOrFinish(std::move(*error));
        return;
    }
    const bool notModified = status == 304 && !m_request.ifNoneMatch.isEmpty();
    if ((status >= 200 && status < 300) || notModified) {
        const ApiResponse response{status, std::exchange(m_body, {}), reply->rawHeader("ETag")};
        finish(decodeSuccess(response));
        return;
    }
    retryOrFinish(httpError(*reply, status));
}

std::optional<ApiError> ApiJob::transportError(const QNetworkReply &reply, int status) const {
    const QNetworkReply::NetworkError code = reply.error();
    if (code == QNetworkReply::NoError)
        return std::nullopt;
    ApiError error;
    error.httpStatus = status;
    error.message = reply.errorString();
    // The transfer timeout aborts the reply (OperationCanceledError); the only other abort
    // is the size cap, handled before this.
    if (code == QNetworkReply::OperationCanceledError || code == QNetworkReply::TimeoutError) {
        error.kind = ApiError::Timeout;
        return error;
    }
    // An https connection that ends before the handshake completed (encrypted() not seen):
    // the peer does not speak TLS, or refused ours. Never retried in clear.
    const bool https =
        m_endpoint.baseUrl.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    const bool handshakeBroken =
        https && !m_encrypted && code == QNetworkReply::RemoteHostClosedError;
    if (code == QNetworkReply::SslHandshakeFailedError || !m_sslErrors.isEmpty() ||
        handshakeBroken) {
        error.kind = ApiError::Tls;
        if (!m_sslErrors.isEmpty())
            error.message = m_sslErrors.join(QLatin1String("; "));
        return error;
    }
    if (status == 0) {
        error.kind = ApiError::Network; // no HTTP answer at all
        return error;
    }
    // An HTTP answer came. Qt also flags error statuses (404 as ContentNotFoundError, but 400
    // as ProtocolInvalidOperationError): those are answers to read, not transport failures.
    // A connection error after the headers means the body was cut off.
    const bool connectionBroke = code < QNetworkReply::ProxyConnectionRefusedError;
    if (connectionBroke) {
        error.kind = ApiError::Decode;
        error.code = QLatin1String(ApiError::Truncated);
        return error;
    }
    if (code == QNetworkReply::ProtocolFailure) {
        error.kind = ApiError::Decode; // the answer could not be parsed as HTTP
        return error;
    }
    return std::nullopt;
}

ApiError ApiJob::httpError(QNetworkReply &reply, int status) {
    ApiError error;
    error.kind = ApiError::Http;
    error.httpStatus = status;
    readErrorBody(std::exchange(m_body, {}), error);
    if (status == 429) {
        const auto serverNow = parseHttpDate(reply.rawHeader("Date"));
        error.retryAfterSeconds = parseRetryAfter(
            reply.rawHeader("Retry-After"), serverNow.value_or(QDateTime::currentDateTimeUtc()));
    }
    return error;
}

void ApiJob::noteServerDate(const QNetworkReply &reply) {
    if (const auto date = parseHttpDate(reply.rawHeader("Date")))
        m_client->noteServerDate(*date, m_sentAtMs,
                                 m_headersAtMs ? m_headersAtMs : nowMs(m_client));
}

ApiError ApiJob::tooLargeError() const {
    ApiError error;
    error.kind = ApiError::Decode;
    error.code = QLatin1String(ApiError::TooLarge);
    error.message = QStringLiteral("answer larger than %1 bytes").arg(m_options.maxResponseBytes);
    return error;
}

void ApiJob::retryOrFinish(ApiError error) {
    const bool retryable =
        error.isTransient() && m_request.isIdempotent() && m_attempts < m_options.maxAttempts;
    if (!retryable) {
        finish(std::move(error));
        return;
    }
    qint64 delayMs = backoffDelayMs(m_options, m_attempts);
    if (error.httpStatus == 429 && error.retryAfterSeconds) {
        if (*error.retryAfterSeconds > m_options.maxRetryAfterSeconds) {
            // Waiting that long would look like a frozen job: the caller decides.
            finish(std::move(error));
            return;
        }
        delayMs = std::max(delayMs, qint64(*error.retryAfterSeconds) * 1000);
    }
    if (m_startedAt.elapsed() + delayMs >= m_options.deadlineMs) {
        // The retry could not even start in time: the last answer is the better report.
        finish(std::move(error));
        return;
    }
    qCInfo(lcCloud) << m_request.method << m_request.path << "attempt" << m_attempts
                    << "failed:" << error.debugString() << "- retrying in" << delayMs << "ms";
    m_retryTimer.start(int(delayMs)); // < deadlineMs, an int
}

void ApiJob::finish(std::optional<ApiError> error) {
    if (m_finished)
        return;
    m_finished = true;
    m_retryTimer.stop();
    m_deadlineTimer.stop();
    dropReply();
    if (error)
        qCInfo(lcCloud) << m_request.method << m_request.path << "failed:" << error->debugString();
    m_error = std::move(error);
    deleteLater();
    Q_EMIT finished(); // last: a receiver may do anything, the job touches nothing after
}

} // namespace vpw::cloud
