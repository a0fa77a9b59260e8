#include "server.h"

#include "apierror.h"
#include "clock.h"
#include "controlapi.h"
#include "faults.h"
#include "httplistener.h"
#include "lifecycle.h"
#include "logging.h"
#include "peeringapi.h"
#include "ratelimiter.h"
#include "requeststats.h"
#include "router.h"
#include "seed.h"
#include "statefile.h"
#include "store.h"

#include <QCryptographicHash>
#include <QTcpServer>
#include <QTimer>
#include <QtMath>

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
    HttpResponse answer(const HttpRequest &request, const FaultDecision &fault);
    HttpResponse route(const HttpRequest &request);
    bool authenticated(const HttpRequest &request) const;
    void finish(const HttpRequest &request, HttpResponse &response) const;

    Server *q;
    Options options;
    Clock clock;
    Store store;
    Lifecycle lifecycle;
    FaultInjector faults;
    RequestStats stats;
    RateLimiter rateLimiter;
    Router router;
    PeeringApi peeringApi;
    ControlApi controlApi;
    HttpListener *listener = nullptr;
    QTcpServer *tcpServer = nullptr;
    QList<QPointer<QTcpSocket>> held; // requests a "hang" fault never answers
};

Server::Private::Private(Server *q, Options o)
    : q(q)
    , options(std::move(o))
    , clock(options.timeScale, options.clockOffsetMs)
    , lifecycle(&store, &clock)
    , rateLimiter(options.rateLimit, clock.scaledMs(60))
    , peeringApi(&store, &lifecycle, &clock, &options, [this] { commit(); })
    , controlApi(&store, &clock, &faults, &stats, [this] { commit(); }) {
    stats.reset(clock.now());
    peeringApi.registerRoutes(router);
    controlApi.registerRoutes(router);
    QObject::connect(&lifecycle, &Lifecycle::changed, q, [this] { commit(); });
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
    if (!(options.timeScale > 0) || !qIsFinite(options.timeScale)) {
        *error = QStringLiteral("the time scale must be a positive number");
        return false;
    }
    if (options.autoAttachAfterSeconds &&
        (!(*options.autoAttachAfterSeconds >= 0) || !qIsFinite(*options.autoAttachAfterSeconds))) {
        *error = QStringLiteral("the auto-attach delay must be zero or more seconds");
        return false;
    }
    if (options.rateLimit < 0) {
        *error = QStringLiteral("the rate limit must be zero (off) or more requests per minute");
        return false;
    }
    return true;
}

bool Server::Private::loadState(QString *error) {
    if (!options.stateFile.isEmpty()) {
        const StateFile file(options.stateFile);
        switch (file.load(&store, error)) {
        case StateFile::LoadResult::Error:
            return false;
        case StateFile::LoadResult::Loaded:
            qCInfo(lcSandbox) << "state loaded from" << options.stateFile;
            return true;
        case StateFile::LoadResult::NoState:
            break;
        }
    }
    if (options.seed)
        seedDemoData(&store, clock);
    if (!options.stateFile.isEmpty() && !StateFile(options.stateFile).save(store, error))
        return false;
    return true;
}

void Server::Private::commit() {
    if (!options.stateFile.isEmpty()) {
        QString error;
        if (!StateFile(options.stateFile).save(store, &error))
            qCWarning(lcSandbox).noquote() << error;
    }
    lifecycle.reschedule();
}

void Server::Private::advanceLifecycle() {
    if (lifecycle.advance(clock.now()))
        commit();
}

bool Server::Private::authenticated(const HttpRequest &request) const {
    const QByteArray header = request.header("Authorization").trimmed();
    if (!header.startsWith("Basic ") && !header.startsWith("basic "))
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(header.mid(6).trimmed(),
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
    if (request.body.size() > kMaxBodyBytes) {
        return makeError(413, ErrorCode::PayloadTooLarge,
                         QStringLiteral("The body is larger than %1 bytes.").arg(kMaxBodyBytes))
            .toResponse();
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
    HttpResponse response = route(request);
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

void Server::Private::respond(const HttpRequest &request, QTcpSocket *socket,
                              const FaultDecision &fault) {
    HttpResponse response = answer(request, fault);
    finish(request, response);
    const bool hasBody = response.status != 204 && response.status != 304;
    if (fault.malformedJson && hasBody)
        response = FaultInjector::malformed(response);
    if (under(request.path, kApiPrefix))
        stats.countStatus(response.status);
    qCDebug(lcSandbox).noquote() << request.method << request.path << "->" << response.status;
    writeResponse(socket, response,
                  fault.truncatedBody && hasBody ? BodyDelivery::Truncated
                                                 : BodyDelivery::Complete);
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

    auto *tcpServer = new QTcpServer();
    if (!tcpServer->listen(d->options.bind, d->options.port)) {
        message = QStringLiteral("cannot listen on %1 port %2: %3")
                      .arg(d->options.bind.toString())
                      .arg(d->options.port)
                      .arg(tcpServer->errorString());
        delete tcpServer;
        return false;
    }
    d->listener =
        new HttpListener([this](HttpRequest request,
                                QTcpSocket *socket) { d->onRequest(std::move(request), socket); },
                         this);
    d->listener->bind(tcpServer); // takes ownership
    d->tcpServer = tcpServer;
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
    d->tcpServer = nullptr;
}

HttpResponse Server::handle(const HttpRequest &request) {
    const FaultDecision fault = d->admit(request);
    HttpResponse response = d->answer(request, fault);
    d->finish(request, response);
    if (under(request.path, kApiPrefix))
        d->stats.countStatus(response.status);
    return response;
}

bool Server::isListening() const {
    return d->tcpServer && d->tcpServer->isListening();
}

quint16 Server::port() const {
    return isListening() ? d->tcpServer->serverPort() : 0;
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

} // namespace vpw::sandbox
