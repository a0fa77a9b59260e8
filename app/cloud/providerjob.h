#pragma once

#include "clientoptions.h"
#include "providererror.h"

#include "app/core/clock.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace vpw::cloud {

// One HTTP request of a provider's API, before signing.
struct ProviderRequest {
    QByteArray method = "GET";
    QUrl url; // with its query
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // Safe to send again as is after a lost answer: a read, or a write with a ClientToken.
    bool idempotent = true;
    QString operation; // "DescribeCens", for logs
};

// What every provider client shares: the network, the options, the clock, and the provider's
// two hooks — signing each attempt (a fresh date and nonce every time) and reading its errors.
class ProviderClient : public QObject {
    Q_OBJECT
public:
    explicit ProviderClient(QObject *parent = nullptr);
    ~ProviderClient() override;

    void setOptions(const ClientOptions &options) { m_options = options; }
    const ClientOptions &options() const { return m_options; }
    // The clock signatures are dated with (not owned; nullptr: the system clock).
    void setClock(const Clock *clock) { m_clock = clock ? clock : &systemClock(); }
    const Clock &clock() const { return *m_clock; }

    // Signs `request` in place for one attempt.
    virtual void sign(ProviderRequest &request) const = 0;
    // The provider's error from an answer with an error status (or an error body).
    virtual ProviderError parseError(int status, const QByteArray &body,
                                     const QByteArray &requestIdHeader) const = 0;

    QNetworkAccessManager *network() const { return m_network; }

private:
    QNetworkAccessManager *m_network;
    ClientOptions m_options;
    const Clock *m_clock = &systemClock();
};

// One call of a provider's API: one or more HTTP requests (pages, a read before a write),
// retried where that is safe, ending in one result. The contract is ApiJob's:
//  - created by a ProviderClient (its parent), started from the event loop;
//  - finished() exactly once on every path, then the job deletes itself (deleteLater);
//  - abort() ends it silently (no finished()); destroying the client drops its jobs silently.
// Retries: transient errors (no answer, timeout, throttling, 5xx) of an idempotent request are
// retried with capped exponential backoff, never sooner than the provider's Retry-After; a
// write without a ClientToken is retried only when the job starts with a read that finds an
// earlier attempt's effect (restartable()), by starting over from that read.
class ProviderJob : public QObject {
    Q_OBJECT
public:
    ~ProviderJob() override;

    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error; }
    const ProviderError &error() const;
    int attempts() const { return m_attempts; } // HTTP requests sent, retries included
    int requests() const { return m_requests; } // distinct requests of the call (pages...)
    void abort();

    // What to do after an answer: finish, send another request, or fail.
    struct Step {
        enum Kind { Done, Next, Fail } kind = Done;
        ProviderRequest next;
        ProviderError error;
        static Step done() { return {}; }
        static Step then(ProviderRequest request) { return {Next, std::move(request), {}}; }
        static Step fail(ProviderError e) { return {Fail, {}, std::move(e)}; }
    };

Q_SIGNALS:
    void finished();

protected:
    explicit ProviderJob(ProviderClient *client);
    void start();
    // The call's first request; called again when a restartable call starts over.
    virtual ProviderRequest first() = 0;
    virtual Step onAnswer(const QJsonObject &body) = 0;
    // A provider error of the current request: fail by default.
    virtual Step onError(const ProviderError &error) { return Step::fail(error); }
    virtual bool restartable() const { return false; }

private:
    void send();
    void onReplyFinished();
    void handle(Step step);
    void retryOrFinish(ProviderError error);
    void finish(std::optional<ProviderError> error);
    void dropReply();

    ProviderClient *m_client;
    ClientOptions m_options;
    ProviderRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QTimer m_deadlineTimer;
    QElapsedTimer m_startedAt;
    QByteArray m_body;
    QStringList m_sslErrors;
    int m_attempts = 0;
    int m_requests = 0;
    int m_failures = 0; // consecutive failed attempts, for the backoff
    bool m_finished = false;
    bool m_tooLarge = false;
    std::optional<ProviderError> m_error;
};

// A call with a typed value, built from three functions: the first request, what to do with
// each answer (fill the value; another page or the write after a read), and optionally what
// to do with a provider error.
template <typename T> class ProviderCall final : public ProviderJob {
public:
    using First = std::function<ProviderRequest()>;
    using OnAnswer = std::function<Step(const QJsonObject &body, T &value)>;
    using OnError = std::function<Step(const ProviderError &error, T &value)>;

    ProviderCall(ProviderClient *client, First first, OnAnswer onAnswer, OnError onError = {},
                 bool restartable = false)
        : ProviderJob(client)
        , m_first(std::move(first))
        , m_onAnswer(std::move(onAnswer))
        , m_onError(std::move(onError))
        , m_restartable(restartable) {
        start();
    }

    const T &value() const { return m_value; }

    template <typename Callback>
    QMetaObject::Connection onFinished(const QObject *context, Callback callback) {
        return connect(this, &ProviderJob::finished, context,
                       [this, callback = std::move(callback)]() { callback(*this); });
    }

    using ProviderJob::Step;

private:
    ProviderRequest first() override {
        m_value = T{};
        return m_first();
    }
    Step onAnswer(const QJsonObject &body) override { return m_onAnswer(body, m_value); }
    Step onError(const ProviderError &error) override {
        return m_onError ? m_onError(error, m_value) : Step::fail(error);
    }
    bool restartable() const override { return m_restartable; }

    First m_first;
    OnAnswer m_onAnswer;
    OnError m_onError;
    bool m_restartable;
    T m_value{};
};

} // namespace vpw::cloud
