#include "server.h"

#include "controlapi.h"
#include "erroranswer.h"
#include "faults.h"
#include "httplistener.h"
#include "lifecycle.h"
#include "logging.h"
#include "peeringapi.h"
#include "providercoupling.h"
#include "ratelimiter.h"
#include "requeststats.h"
#include "router.h"
#include "scaledclock.h"
#include "seed.h"
#include "statedb.h"
#include "store.h"

#include <QCryptographicHash>
#include <QTimer>

namespace vpw::sandbox {

namespace {

constexpr qsizetype kMaxBodyBytes = 64 * 1024;
const QString kApiPrefix = QStringLiteral("/api/v1");
const QString kControlPrefix = QStringLiteral("/sandbox/v1");

bool under(const QString &path, const QString &prefix) {
    return path == prefix || path.startsWith(prefix + u'/');
}

// Compares without an early exit, so the time taken does not reveal how much matched.
bool sameSecret(const QByteArray &a, const QByteArray &b) {
    if (a.size() != b.size())
        return false;
    char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= char(a.at(i) ^ b.at(i));
    return diff == 0;
}

bool ifNoneMatchHits(const QByteArray &header, const QByteArray &etag) {
    if (header.trimmed() == "*")
        return true;
    for (QByteArray candidate : header.split(',')) {
        candidate = candidate.trimmed();
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2); // weak comparison (RFC 7232 §3.2)
        if (candidate == etag)
            return true;
    }
    return false;
}

} // namespace

struct Server::Private {
    Private(Server *q, Options o);

    bool validateOptions(QString *error) const;
    bool loadState(QString *error);
    void commit();
    void advanceLifecycle();

    void onRequest(HttpRequest request, QTcpSocket *socket);
    FaultDecision admit(const HttpRequest &request);
    void respond(const HttpRequest &request, QTcpSocket *socket, const FaultDecision &fault);
    HttpResponse process(const HttpRequest &request, const FaultDecision &fault, bool onConnection);
    HttpResponse answer(const HttpRequest &request, const FaultDecision &fault);
    HttpResponse route(const HttpRequest &request);
    HttpResponse routeDurably(const HttpRequest &request);
    bool authenticated(const HttpRequest &request) const;
    void finish(const HttpRequest &request, HttpResponse &response) const;
    HttpResponse refusal(int status, const QString &message) const;

    Server *q;
    Options options;
    ScaledClock clock;
    Store store;
    Lifecycle lifecycle;
    FaultInjector faults;
    RequestStats stats;
    RateLimiter rateLimiter;
    Router router;
    PeeringApi peeringApi;
    ControlApi controlApi;
    HttpListener *listener = nullptr;
    QList<QPointer<QTcpSocket>> held; // requests a "hang" fault never answers
    std::unique_ptr<StateDb> db;      // with --state-file
    bool saveFailed = false;          // a commit() since the flag was last cleared did not save
    ProviderCoupling coupling;
};

Server::Private::Private(Server *q, Options o)
    : q(q)
    , options(std::move(o))
    , clock(options.timeScale, options.clockOffsetMs, options.clock)
    , lifecycle(&store, &clock)
    , rateLimiter(options.rateLimit, clock.scaledMs(60))
    , peeringApi(&store, &lifecycle, &clock, &options, [this] { commit(); })
    , controlApi(&store, &lifecycle, &clock, &faults, &stats, [this] { commit(); })
    , coupling(&store, &lifecycle, &clock) {
    stats.reset(clock.now());
    peeringApi.registerRoutes(router);
    controlApi.registerRoutes(router);
    QObject::connect(&lifecycle, &Lifecycle::changed, q, [this] { commit(); });
    peeringApi.setSubmitted([this](const QString &id) { coupling.submitted(id); });
    controlApi.setOperatorPlay([this](const QString &id) {
        std::optional<QString> refused = coupling.playOperator(id);
        if (refused && refused->isEmpty())
            commit();
        return refused;
    });
}

bool Server::Private::validateOptions(QString *error) const {
    if (!options.bind.isLoopback()) {
        *error = QStringLiteral("refusing to bind to %1: the sandbox only listens on loopback "
                                "(127.0.0.1 or ::1)")
                     .arg(options.bind.toString());
        return false;
    }
    if (options.apiKey.isEmpty() || options.apiSecret.isEmpty()) {
        *error = QStringLiteral("an API key and an API secret are required");
        return false;
    }
    using namespace OptionLimits;
    if (!(options.timeScale >= kMinTimeScale && options.timeScale <= kMaxTimeScale)) {
        *error = QStringLiteral("the time scale must be a number from %1 to %2")
                     .arg(kMinTimeScale)
                     .arg(kMaxTimeScale);
        return false;
    }
    if (options.autoAttachAfterSeconds &&
        !(*options.autoAttachAfterSeconds >= 0 &&
          *options.autoAttachAfterSeconds <= kMaxAutoAttachSeconds)) {
        *error = QStringLiteral("the auto-attach delay must be from 0 to %1 seconds")
                     .arg(kMaxAutoAttachSeconds, 0, 'f', 0);
        return false;
    }
    if (options.rateLimit < 0 || options.rateLimit > kMaxRateLimit) {
        *error = QStringLiteral("the rate limit must be from 0 (off) to %1 requests per minute")
                     .arg(kMaxRateLimit);
        return false;
    }
    if (options.clockOffsetMs < -kMaxClockOffsetMs || options.clockOffsetMs > kMaxClockOffsetMs) {
        *error =
            QStringLiteral("the clock offset must be from -%1 to %1 ms").arg(kMaxClockOffsetMs);
        return false;
    }
    return true;
}

bool Server::Private::loadState(QString *error) {
    if (!options.stateFile.isEmpty()) {
        db = std::make_unique<StateDb>(options.stateFile);
        switch (db->open(&store, error)) {
        case StateDb::LoadResult::Error:
            db.reset();
            return false;
        case StateDb::LoadResult::Loaded:
            qCInfo(lcSandbox) << "state loaded from" << options.stateFile;
            return true;
        case StateDb::LoadResult::NoState:
            break;
        }
    }
    if (options.seed)
        seedDemoData(&store, clock, options.seedDeployments);
    if (db && !db->create(store, error)) {
        db.reset();
        return false;
    }
    store.clearTouched();
    return true;
}

void Server::Private::commit() {
    if (db) {
        QString error;
        if (!db->save(store, &error)) {
            qCWarning(lcSandbox).noquote() << error;
            saveFailed = true;
            lifecycle.reschedule();
            return; // what was touched stays noted for the next save
        }
    }
    store.clearTouched();
    lifecycle.reschedule();
}

// A change is acknowledged only once it is on disk: when a handler's commit cannot be saved,
// the store is read back from the database, which holds exactly the state before the request,
// and the client is told to retry. Time-driven transitions outside a request need no such
// care: they are derived again from the saved due times.
HttpResponse Server::Private::routeDurably(const HttpRequest &request) {
    saveFailed = false;
    HttpResponse response = route(request);
    if (!saveFailed)
        return response;
    QString error;
    if (!db->reload(&store, &error))
        qCWarning(lcSandbox).noquote() << error;
    lifecycle.reschedule();
    return makeError(503, ErrorCode::StorageFailed,
                     QStringLiteral("The change could not be saved (the sandbox's storage is "
                                    "full or failing); nothing was changed. Retry later."))
        .toResponse();
}

void Server::Private::advanceLifecycle() {
    if (lifecycle.advance(clock.now()))
        commit();
}

bool Server::Private::authenticated(const HttpRequest &request) const {
    const QByteArray header = request.header("Authorization").trimmed();
    const qsizetype space = header.indexOf(' ');
    // The scheme is case-insensitive (RFC 9110 §11.1): "Basic", "basic", "BASIC".
    if (space < 0 || header.left(space).compare("Basic", Qt::CaseInsensitive) != 0)
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(header.mid(space + 1).trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const QByteArray &credentials = *decoded;
    const qsizetype colon = credentials.indexOf(':');
    if (colon < 0)
        return false;
    // Both halves are compared, whatever the first gives.
    const bool keyOk = sameSecret(credentials.left(colon), options.apiKey.toUtf8());
    const bool secretOk = sameSecret(credentials.mid(colon + 1), options.apiSecret.toUtf8());
    return keyOk && secretOk;
}

HttpResponse Server::Private::route(const HttpRequest &request) {
    const Router::Match match = router.match(request.method, request.path);
    switch (match.kind) {
    case Router::Match::Kind::NotFound:
        return makeError(404, ErrorCode::NotFound,
                         QStringLiteral("No such path: %1").arg(request.path))
            .toResponse();
    case Router::Match::Kind::MethodNotAllowed: {
        HttpResponse response =
            makeError(405, ErrorCode::MethodNotAllowed,
                      QStringLiteral("%1 is not allowed on %2.")
                          .arg(QString::fromLatin1(request.method), match.pathTemplate))
                .toResponse();
        response.setHeader("Allow", match.allowed.join(", "));
        return response;
    }
    case Router::Match::Kind::Found:
        break;
    }
    return (*match.handler)(request, match.params);
}

HttpResponse Server::Private::answer(const HttpRequest &request, const FaultDecision &fault) {
    if (fault.errorStatus && !fault.errorAfterHandling)
        return FaultInjector::serverError(*fault.errorStatus);
    if (fault.rateLimitRetryAfter) {
        HttpResponse response =
            makeError(429, ErrorCode::RateLimited, QStringLiteral("Too many requests (injected)."))
                .toResponse();
        response.setHeader("Retry-After", QByteArray::number(*fault.rateLimitRetryAfter));
        return response;
    }
    const bool api = under(request.path, kApiPrefix);
    if (!api && !under(request.path, kControlPrefix)) {
        return makeError(404, ErrorCode::NotFound,
                         QStringLiteral("No such path: %1").arg(request.path))
            .toResponse();
    }
    if (!authenticated(request)) {
        HttpResponse response =
            makeError(401, ErrorCode::Unauthorized,
                      QStringLiteral("Missing or wrong API key and secret (HTTP Basic auth)."))
                .toResponse();
        response.setHeader("WWW-Authenticate", "Basic realm=\"vpc-peering-sandbox\"");
        return response;
    }
    int retryAfter = 1;
    if (api && !rateLimiter.admit(options.apiKey, clock.now(), &retryAfter)) {
        HttpResponse response =
            makeError(429, ErrorCode::RateLimited,
                      QStringLiteral("Rate limit of %1 requests per minute exceeded.")
                          .arg(options.rateLimit))
                .toResponse();
        response.setHeader("Retry-After", QByteArray::number(retryAfter));
        return response;
    }
    advanceLifecycle(); // time-driven transitions are due now, even if a timer is late
    HttpResponse response = routeDurably(request);
    if (fault.errorStatus) // "when": "after": the request took effect, its answer is lost
        return FaultInjector::serverError(*fault.errorStatus);
    return response;
}

void Server::Private::finish(const HttpRequest &request, HttpResponse &response) const {
    response.setHeader("Date", httpDate(clock.now()));
    response.setHeader("Server", "vpc-peering-sandbox/" VPW_VERSION);
    if (request.method != "GET" || response.status != 200)
        return;
    // A handler may set an ETag of its own (a paged listing covers every page with it).
    QByteArray etag = response.header("ETag");
    if (etag.isEmpty()) {
        etag = '"' +
               QCryptographicHash::hash(response.body, QCryptographicHash::Sha1).toHex().left(20) +
               '"';
        response.setHeader("ETag", etag);
    }
    if (ifNoneMatchHits(request.header("If-None-Match"), etag)) {
        response.status = 304;
        response.body.clear();
        response.headers.removeIf(
            [](const auto &header) { return header.first == "Content-Type"; });
    }
}

// The listener's own refusals (malformed, too large, too many connections): the usual error
// body and headers.
HttpResponse Server::Private::refusal(int status, const QString &message) const {
    const char *code = status == 413   ? ErrorCode::PayloadTooLarge
                       : status == 503 ? ErrorCode::ServiceUnavailable
                                       : ErrorCode::BadRequest;
    HttpResponse response = makeError(status, code, message).toResponse();
    response.setHeader("Date", httpDate(clock.now()));
    response.setHeader("Server", "vpc-peering-sandbox/" VPW_VERSION);
    return response;
}

// The one pipeline every request goes through, on a connection or through Server::handle:
// the fault's or the handler's answer, dated and tagged, with the fault that spoils the body
// applied (on a connection only), and counted.
HttpResponse Server::Private::process(const HttpRequest &request, const FaultDecision &fault,
                                      bool onConnection) {
    HttpResponse response = answer(request, fault);
    finish(request, response);
    const bool hasBody = response.status != 204 && response.status != 304;
    if (onConnection && fault.malformedJson && hasBody)
        response = FaultInjector::malformed(response);
    if (under(request.path, kApiPrefix))
        stats.countStatus(response.status);
    qCDebug(lcSandbox).noquote() << request.method << request.path << "->" << response.status;
    return response;
}

void Server::Private::respond(const HttpRequest &request, QTcpSocket *socket,
                              const FaultDecision &fault) {
    const HttpResponse response = process(request, fault, true);
    const bool hasBody = response.status != 204 && response.status != 304;
    if (listener) {
        listener->respond(socket, response,
                          fault.truncatedBody && hasBody ? BodyDelivery::Truncated
                                                         : BodyDelivery::Complete);
    }
}

// Counts an API request and decides the injected fault for it.
FaultDecision Server::Private::admit(const HttpRequest &request) {
    if (!under(request.path, kApiPrefix))
        return {};
    QString pathTemplate = router.templateFor(request.path);
    if (pathTemplate.isEmpty())
        pathTemplate = request.path;
    stats.countRequest(request.method, pathTemplate);
    return faults.decide(request.method, pathTemplate);
}

void Server::Private::onRequest(HttpRequest request, QTcpSocket *socket) {
    const FaultDecision fault = admit(request);
    if (fault.hang) {
        qCDebug(lcSandbox).noquote() << request.method << request.path << "-> (hang)";
        held.removeAll(nullptr);
        held.append(socket);
        return;
    }
    if (fault.latencyMs > 0) {
        // Qt reuses its request object for the socket's next message: ours is a copy.
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(fault.latencyMs, q, [this, guard, request = std::move(request), fault] {
            if (guard)
                respond(request, guard, fault);
        });
        return;
    }
    respond(request, socket, fault);
}

Server::Server(Options options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, std::move(options))) {}

Server::~Server() {
    stop();
}

bool Server::start(QString *error) {
    QString ignored;
    QString &message = error ? *error : ignored;
    if (isListening())
        return true;
    if (!d->validateOptions(&message) || !d->loadState(&message))
        return false;

    ListenerLimits limits;
    limits.maxBodyBytes = kMaxBodyBytes;
    limits.idleTimeoutMs = d->options.idleTimeoutMs;
    limits.maxConnections = d->options.maxConnections;
    auto listener = std::make_unique<HttpListener>(
        [this](HttpRequest request, QTcpSocket *socket) {
            d->onRequest(std::move(request), socket);
        },
        [this](int status, const QString &text) { return d->refusal(status, text); }, limits, this);
    QString listenError;
    if (!listener->listen(d->options.bind, d->options.port, &listenError)) {
        message = QStringLiteral("cannot listen on %1 port %2: %3")
                      .arg(d->options.bind.toString())
                      .arg(d->options.port)
                      .arg(listenError);
        return false;
    }
    d->listener = listener.release();
    d->advanceLifecycle();
    d->lifecycle.reschedule();
    qCDebug(lcSandbox).noquote() << "listening on" << baseUrl().toString();
    return true;
}

void Server::stop() {
    for (const QPointer<QTcpSocket> &socket : std::as_const(d->held)) {
        if (socket)
            socket->abort();
    }
    d->held.clear();
    delete d->listener; // closes the listening socket and every connection
    d->listener = nullptr;
}

HttpResponse Server::handle(const HttpRequest &request) {
    return d->process(request, d->admit(request), false);
}

bool Server::isListening() const {
    return d->listener && d->listener->isListening();
}

quint16 Server::port() const {
    return isListening() ? d->listener->port() : 0;
}

QUrl Server::baseUrl() const {
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(d->options.bind.toString());
    url.setPort(port());
    return url;
}

const Options &Server::options() const {
    return d->options;
}

const RequestStats &Server::stats() const {
    return d->stats;
}

void Server::addProviderSide(std::unique_ptr<ProviderSide> side) {
    d->coupling.add(std::move(side));
    reconcileProviderSides();
}

void Server::reconcileProviderSides() {
    if (d->coupling.reconcileAll())
        d->commit();
}

} // namespace vpw::sandbox
