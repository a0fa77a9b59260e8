#pragma once

#include "apierror.h"
#include "clientoptions.h"
#include "codecs.h"
#include "endpoint.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <optional>
#include <utility>

class QNetworkReply;

namespace vpw::cloud {

class ApiClient;

// One HTTP call of the peering API, as ApiClient builds it.
struct ApiRequest {
    QByteArray method;            // "GET", "POST" or "DELETE"
    QString path;                 // below /api/v1, segments already percent-encoded
    QByteArray body;              // POST only (JSON)
    QByteArray idempotencyKey;    // POST: the same key on every attempt of one logical create
    QByteArray ifNoneMatch;       // conditional GET: the ETag the caller already has
    QString query;                // encoded query without "?", e.g. "force=true"
    const char *root = "/api/v1"; // the API the path is below: "/api/v1" or "/sandbox/v1"

    static ApiRequest get(const QString &path) { return {"GET", path, {}, {}, {}, {}}; }
    static ApiRequest post(const QString &path, const QByteArray &body, const QByteArray &key) {
        return {"POST", path, body, key, {}, {}};
    }
    static ApiRequest remove(const QString &path) { return {"DELETE", path, {}, {}, {}, {}}; }
    // A call of the sandbox's test controls (docs/api.md "Sandbox controls"), below
    // /sandbox/v1. Not idempotent (no key): never retried.
    static ApiRequest sandboxPost(const QString &path) {
        ApiRequest request{"POST", path, {}, {}, {}, {}};
        request.root = "/sandbox/v1";
        return request;
    }

    // GET and DELETE are idempotent by HTTP; a POST only with an Idempotency-Key.
    bool isIdempotent() const { return method != "POST" || !idempotencyKey.isEmpty(); }
};

// A successful answer (2xx, or 304 to a conditional GET) handed to the decoder.
struct ApiResponse {
    int status = 0;
    QByteArray body;
    QByteArray etag;
};

// One API call in flight: its attempts, retries and backoff, ending in one result.
//
// Contract for callers:
//  - Created by ApiClient (which is its parent); the request starts from the event loop, so
//    finished() is never emitted before the call that created the job has returned.
//  - finished() is emitted exactly once, on success and on every error path; then the job
//    deletes itself (deleteLater). Read the result inside the slot connected to finished():
//    isOk(), then value() (typed, see Job<T>) or error(). Do not delete the job yourself;
//    keep a QPointer if you hold on to it.
//  - abort() ends the job silently: no finished(), reply aborted, job deleted later. Use it
//    when the result no longer matters (page closed, newer poll started).
//  - Destroying the ApiClient aborts its outstanding jobs the same way: they are dropped
//    silently, without finished() (their receivers may be half-destroyed by then).
//  - Thread: the job lives in the client's thread; use it from that thread only.
class ApiJob : public QObject {
    Q_OBJECT

public:
    ~ApiJob() override;

    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error; }
    // The error when the job ended with one (meaningful only after finished()).
    const ApiError &error() const;
    // Attempts made so far (1 + retries).
    int attempts() const { return m_attempts; }
    // The Idempotency-Key sent with a create (empty for other calls).
    QString idempotencyKey() const { return QString::fromLatin1(m_request.idempotencyKey); }

    void abort();

Q_SIGNALS:
    // The one terminal signal. See the class comment.
    void finished();

protected:
    // `options`: this call's own (ApiClient::startJob passes the client's when the call has
    // none).
    ApiJob(ApiClient *client, ApiRequest request, const ClientOptions &options);
    // Decodes a successful answer: stores the typed value and returns nullopt, or returns the
    // Decode error to end with.
    virtual std::optional<ApiError> decodeSuccess(const ApiResponse &response) = 0;

private:
    friend class ApiClient;
    void start();
    void sendAttempt();
    void onMetaDataChanged();
    void onReadyRead();
    void onDeadline();
    void onReplyFinished();
    std::optional<ApiError> transportError(const QNetworkReply &reply, int status) const;
    ApiError httpError(QNetworkReply &reply, int status);
    void noteServerDate(const QNetworkReply &reply);
    void retryOrFinish(ApiError error);
    void finish(std::optional<ApiError> error);
    void dropReply();
    ApiError tooLargeError() const;
    void abortTooLarge();

    ApiClient *m_client;
    Endpoint m_endpoint;
    ClientOptions m_options;
    ApiRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QTimer m_deadlineTimer;
    QElapsedTimer m_startedAt;
    QByteArray m_body; // of the current attempt, read as it arrives (decompressed)
    int m_attempts = 0;
    bool m_finished = false;
    bool m_tooLarge = false;
    bool m_encrypted = false; // the TLS handshake of the current attempt completed
    qint64 m_sentAtMs = 0;
    qint64 m_headersAtMs = 0;
    QStringList m_sslErrors;
    std::optional<ApiError> m_error;
};

// A job with a typed value. No signals of its own: connect to ApiJob::finished, or use
// onFinished(), which hands the job to a callable:
//
//     client->listPeerings(id)->onFinished(this, [this](const PeeringListJob &job) {
//         if (job.isOk())
//             showPeerings(job.value());
//         else
//             showError(job.error().userMessage(), job.error().message);
//     });
template <typename T> class Job final : public ApiJob {
public:
    using Decoder = Decoded<T> (*)(const ApiResponse &response);

    Job(ApiClient *client, ApiRequest request, Decoder decoder, const ClientOptions &options)
        : ApiJob(client, std::move(request), options)
        , m_decoder(decoder) {}

    // The value of a successful job (isOk()); undefined otherwise.
    const T &value() const {
        Q_ASSERT(m_value);
        return *m_value;
    }

    // Calls `callback(const Job<T> &)` once when the job finishes, unless `context` is gone.
    template <typename Callback>
    QMetaObject::Connection onFinished(const QObject *context, Callback callback) {
        return connect(this, &ApiJob::finished, context,
                       [this, callback = std::move(callback)]() { callback(*this); });
    }

private:
    std::optional<ApiError> decodeSuccess(const ApiResponse &response) override {
        Decoded<T> decoded = m_decoder(response);
        if (!decoded.value)
            return decoded.error;
        m_value = std::move(decoded.value);
        return std::nullopt;
    }

    Decoder m_decoder;
    std::optional<T> m_value;
};

// The answer to a conditional GET of one peering.
struct PeeringFetch {
    bool notModified = false;       // 304: the caller's copy (its ETag) is current
    std::optional<Peering> peering; // the peering unless notModified
    QString etag;                   // the current ETag (the caller's one on 304)
};

// What GET /api/v1/peerings lists: the peerings of every deployment of the API key, in the
// order (deploymentId, createdAt, id). `states` empty = every state; `limit` 1..500;
// `cursor` the nextCursor of the previous page (empty = the first page).
struct PeeringQuery {
    QList<PeeringState> states;
    int limit = 100;
    QString cursor;
};

// One page of GET /api/v1/peerings. The ETag of a page covers the whole filtered listing, so
// a 304 to the first page means nothing in that listing changed (one poll = one request).
struct PeeringPage {
    bool notModified = false; // 304: the caller's copy (its ETag) is current; peerings empty
    QList<Peering> peerings;
    QString nextCursor; // empty on the last page
    QString etag;       // the current ETag (the caller's one on 304)
};

using DeploymentListJob = Job<QList<Deployment>>;
using DeploymentJob = Job<Deployment>;
using PeeringListJob = Job<QList<Peering>>;
using PeeringJob = Job<Peering>; // create (201) and delete (202, state "deleting")
using PeeringFetchJob = Job<PeeringFetch>;
using PeeringPageJob = Job<PeeringPage>;

} // namespace vpw::cloud
