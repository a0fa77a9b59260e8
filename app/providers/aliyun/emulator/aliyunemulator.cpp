#include "aliyunemulator.h"

#include "aliyunapi.h"

#include "app/providers/aliyun/signature/acssignature.h"
#include "app/sandbox/emulatorstore.h"
#include "app/sandbox/httplistener.h"
#include "app/sandbox/ratelimiter.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace vpw::aliyun {

namespace {

constexpr qint64 kMaxSkewMs = 15 * 60 * 1000;

// The parameters of the HMAC-SHA1 RPC form that are not the operation's.
const QStringList kSignatureParams{
    QStringLiteral("AccessKeyId"),     QStringLiteral("Signature"),
    QStringLiteral("SignatureMethod"), QStringLiteral("SignatureVersion"),
    QStringLiteral("SignatureNonce"),  QStringLiteral("Timestamp"),
    QStringLiteral("Format"),          QStringLiteral("Action"),
    QStringLiteral("Version"),         QStringLiteral("SecurityToken"),
    QStringLiteral("SignatureType")};

QString hostIdFor(const QString &version) {
    if (version == QLatin1String("2017-09-12"))
        return QStringLiteral("cbn.aliyuncs.com");
    if (version == QLatin1String("2016-04-28"))
        return QStringLiteral("vpc.aliyuncs.com");
    return QStringLiteral("ecs.aliyuncs.com");
}

std::optional<qint64> parseTimestamp(const QString &text) {
    if (text.size() != 20)
        return std::nullopt;
    QDateTime time = QDateTime::fromString(text, QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    if (!time.isValid())
        return std::nullopt;
    time.setTimeSpec(Qt::UTC);
    return time.toMSecsSinceEpoch();
}

} // namespace

EmulatorOptions EmulatorOptions::resolved() const {
    EmulatorOptions out = *this;
    if (out.accessKeyId.isEmpty())
        out.accessKeyId =
            qEnvironmentVariable(kAccessKeyIdVariable, QLatin1String(kDemoAccessKeyId));
    if (out.accessKeySecret.isEmpty())
        out.accessKeySecret =
            qEnvironmentVariable(kAccessKeySecretVariable, QLatin1String(kDemoAccessKeySecret));
    return out;
}

struct Emulator::Private {
    struct Authenticated {
        std::optional<emu::Answer> refusal;
        QString action;
        QString version;
        QMap<QString, QString> params;
    };

    explicit Private(EmulatorOptions o)
        : options(o.resolved())
        , clock(options.clock ? options.clock : &systemClock())
        , store(QStringLiteral("aliyun"))
        , rateLimiter(options.rateLimit, 1000)
        , throttle(options.throttleFirst) {}

    qint64 scaledMs(double seconds) const { return qint64(seconds * 1000.0 / options.timeScale); }
    Authenticated authenticate(const sandbox::HttpRequest &request, qint64 nowMs);
    std::optional<emu::Answer> checkFreshness(const QString &timestamp, const QString &nonce,
                                              qint64 nowMs);
    sandbox::HttpResponse toResponse(const emu::Answer &answer, const QString &version,
                                     const QString &requestId) const;

    EmulatorOptions options;
    const Clock *clock;
    sandbox::EmulatorStore store;
    sandbox::HttpListener *listener = nullptr;
    QHash<QString, qint64> nonces; // nonce -> when it was used
    QHash<QString, int> counts;
    sandbox::RateLimiter rateLimiter; // per action: Alibaba Cloud's flow control is per API
    int throttle = 0;
    int loseAnswers = 0;
    qint64 grantDelayMs = 0;
    QStringList denied;
};

std::optional<emu::Answer> Emulator::Private::checkFreshness(const QString &timestamp,
                                                             const QString &nonce, qint64 nowMs) {
    const auto at = parseTimestamp(timestamp);
    if (!at)
        return emu::Answer::error(400, QStringLiteral("InvalidTimeStamp.Format"),
                                  QStringLiteral("Specified time stamp or date value is not well "
                                                 "formatted."));
    if (options.checkTimestamp && qAbs(nowMs - *at) > kMaxSkewMs)
        return emu::Answer::error(400, QStringLiteral("InvalidTimeStamp.Expired"),
                                  QStringLiteral("Specified time stamp or date value is expired."));
    if (nonce.isEmpty())
        return emu::Answer::error(400, QStringLiteral("MissingSignatureNonce"),
                                  QStringLiteral("SignatureNonce is mandatory for this action."));
    if (options.checkNonce) {
        if (nonces.contains(nonce))
            return emu::Answer::error(400, QStringLiteral("SignatureNonceUsed"),
                                      QStringLiteral("Specified signature nonce was used "
                                                     "already."));
        // A nonce older than the accepted skew can no longer come with a valid timestamp.
        if (nonces.size() > 4096)
            nonces.removeIf([nowMs](auto it) { return nowMs - it.value() > 2 * kMaxSkewMs; });
        nonces.insert(nonce, nowMs);
    }
    return std::nullopt;
}

Emulator::Private::Authenticated
Emulator::Private::authenticate(const sandbox::HttpRequest &request, qint64 nowMs) {
    Authenticated out;
    Params queryParams = request.query.queryItems(QUrl::FullyDecoded);
    Params all = queryParams;
    if (request.header("Content-Type").contains("application/x-www-form-urlencoded")) {
        QByteArray form = request.body;
        form.replace('+', "%20");
        all += QUrlQuery(QString::fromLatin1(form)).queryItems(QUrl::FullyDecoded);
    }
    for (const auto &[name, value] : std::as_const(all))
        out.params.insert(name, value);
    const QByteArray authorization = request.header("Authorization");
    const QByteArray secret = options.accessKeySecret.toUtf8();
    const auto notFound = emu::Answer::error(404, QStringLiteral("InvalidAccessKeyId.NotFound"),
                                             QStringLiteral("Specified access key is not found."));
    const auto mismatch =
        emu::Answer::error(400, QStringLiteral("SignatureDoesNotMatch"),
                           QStringLiteral("Specified signature is not matched with our "
                                          "calculation."));
    if (!authorization.isEmpty()) { // ACS3-HMAC-SHA256
        out.action = QString::fromLatin1(request.header("x-acs-action"));
        out.version = QString::fromLatin1(request.header("x-acs-version"));
        const auto parsed = parseV3Authorization(authorization);
        if (!parsed) {
            out.refusal = emu::Answer::error(400, QStringLiteral("IncompleteSignature"),
                                             QStringLiteral("The request signature does not "
                                                            "conform to Aliyun standards."));
            return out;
        }
        if (parsed->keyId != options.accessKeyId) {
            out.refusal = notFound;
            return out;
        }
        V3Input input;
        input.method = request.method;
        input.query = queryParams;
        for (const QByteArray &name : parsed->signedHeaders) {
            if (!request.hasHeader(name)) {
                out.refusal = mismatch;
                return out;
            }
            input.headers.append({name, request.header(name)});
        }
        input.payloadHash = sha256Hex(request.body);
        const QByteArray claimed = request.header("x-acs-content-sha256");
        if ((!claimed.isEmpty() && claimed != input.payloadHash) ||
            !sameSignature(v3Signature(secret, input), parsed->signature)) {
            out.refusal = mismatch;
            return out;
        }
        out.refusal =
            checkFreshness(QString::fromLatin1(request.header("x-acs-date")),
                           QString::fromLatin1(request.header("x-acs-signature-nonce")), nowMs);
    } else { // the HMAC-SHA1 RPC form
        out.action = out.params.value(QStringLiteral("Action"));
        out.version = out.params.value(QStringLiteral("Version"));
        const QString keyId = out.params.value(QStringLiteral("AccessKeyId"));
        if (keyId.isEmpty()) {
            out.refusal = emu::Answer::error(400, QStringLiteral("MissingAccessKeyId"),
                                             QStringLiteral("AccessKeyId is mandatory for this "
                                                            "action."));
            return out;
        }
        if (out.params.value(QStringLiteral("SignatureMethod")) != QLatin1String("HMAC-SHA1")) {
            out.refusal = emu::Answer::error(400, QStringLiteral("InvalidSignatureMethod"),
                                             QStringLiteral("Specified signature method is not "
                                                            "supported (HMAC-SHA1)."));
            return out;
        }
        if (keyId != options.accessKeyId) {
            out.refusal = notFound;
            return out;
        }
        const QByteArray signature = out.params.value(QStringLiteral("Signature")).toLatin1();
        if (signature.isEmpty() ||
            !sameSignature(rpcSignature(secret, request.method, all), signature)) {
            out.refusal = mismatch;
            return out;
        }
        out.refusal = checkFreshness(out.params.value(QStringLiteral("Timestamp")),
                                     out.params.value(QStringLiteral("SignatureNonce")), nowMs);
        for (const QString &name : kSignatureParams)
            out.params.remove(name);
    }
    return out;
}

sandbox::HttpResponse Emulator::Private::toResponse(const emu::Answer &answer,
                                                    const QString &version,
                                                    const QString &requestId) const {
    QJsonObject body = answer.body;
    if (answer.isError()) {
        body = {{QStringLiteral("Code"), answer.code},
                {QStringLiteral("Message"), answer.message},
                {QStringLiteral("HostId"), hostIdFor(version)},
                {QStringLiteral("Recommend"),
                 QStringLiteral("https://api.aliyun.com/troubleshoot?q=%1&requestId=%2")
                     .arg(answer.code, requestId)}};
    }
    body.insert(QStringLiteral("RequestId"), requestId);
    sandbox::HttpResponse response =
        sandbox::HttpResponse::json(answer.status, QJsonDocument(body));
    response.setHeader("Content-Type", "application/json;charset=utf-8");
    response.setHeader("x-acs-request-id", requestId.toLatin1());
    response.setHeader("Date", sandbox::httpDate(clock->now()));
    return response;
}

Emulator::Emulator(EmulatorOptions options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(std::move(options))) {}

Emulator::~Emulator() {
    delete d->listener;
}

bool Emulator::start(QString *error) {
    if (!d->options.bind.isLoopback()) {
        *error = QStringLiteral("the Alibaba Cloud emulator only listens on loopback");
        return false;
    }
    if (!(d->options.timeScale > 0)) {
        *error = QStringLiteral("the time scale must be positive");
        return false;
    }
    bool empty = true;
    if (!d->options.stateFile.isEmpty() && !d->store.open(d->options.stateFile, &empty, error))
        return false;
    if (empty && d->options.seed) {
        emu::seed(&d->store, d->clock->nowMs());
        if (!d->store.commit(error))
            return false;
    }
    sandbox::ListenerLimits limits;
    d->listener = new sandbox::HttpListener(
        [this](sandbox::HttpRequest request, QTcpSocket *socket) {
            d->listener->respond(socket, handle(request));
        },
        [this](int status, const QString &message) {
            return d->toResponse(
                emu::Answer::error(status, QStringLiteral("InvalidParameter"), message), {},
                QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper());
        },
        limits, this);
    if (!d->listener->listen(d->options.bind, d->options.port, error))
        return false;
    return true;
}

quint16 Emulator::port() const {
    return d->listener ? d->listener->port() : 0;
}

QUrl Emulator::baseUrl() const {
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(d->options.bind.toString());
    url.setPort(port());
    return url;
}

const EmulatorOptions &Emulator::options() const {
    return d->options;
}

sandbox::HttpResponse Emulator::handle(const sandbox::HttpRequest &request) {
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
    const qint64 now = d->clock->nowMs();
    if (request.path != QLatin1String("/") || (request.method != "POST" && request.method != "GET"))
        return d->toResponse(emu::Answer::error(404, QStringLiteral("InvalidApi.NotFound"),
                                                QStringLiteral("Specified api is not found, "
                                                               "please check your url and "
                                                               "method.")),
                             {}, requestId);
    Private::Authenticated auth = d->authenticate(request, now);
    ++d->counts[auth.action];
    if (auth.refusal)
        return d->toResponse(*auth.refusal, auth.version, requestId);
    int retryAfter = 0; // Alibaba Cloud does not say when to come back: the client backs off
    const bool overRate = !d->rateLimiter.admit(auth.action, d->clock->now(), &retryAfter);
    if (overRate || d->throttle > 0) {
        if (!overRate)
            --d->throttle;
        return d->toResponse(emu::Answer::error(400, QStringLiteral("Throttling.User"),
                                                QStringLiteral("Request was denied due to user "
                                                               "flow control.")),
                             auth.version, requestId);
    }
    if (d->denied.contains(auth.action)) {
        // The RAM action is the product's code and the API name (cen:, vpc:, ecs:).
        const QString product = auth.version == QLatin1String("2017-09-12") ? QStringLiteral("cen")
                                : auth.version == QLatin1String("2014-05-26")
                                    ? QStringLiteral("ecs")
                                    : QStringLiteral("vpc");
        return d->toResponse(
            emu::Answer::error(403, QStringLiteral("Forbidden.RAM"),
                               QStringLiteral("User not authorized to operate on the specified "
                                              "resource, or this API doesn't support RAM. "
                                              "AuthAction: %1:%2")
                                   .arg(product, auth.action)),
            auth.version, requestId);
    }
    emu::Call call;
    call.action = auth.action;
    call.version = auth.version;
    call.params = std::move(auth.params);
    call.requestId = requestId;
    call.nowMs = now;
    call.cenCreateMs = d->scaledMs(d->options.cenCreateSeconds);
    call.attachMs = d->scaledMs(d->options.attachSeconds);
    call.store = &d->store;
    std::optional<emu::Answer> answer = emu::cenOperation(call);
    if (!answer)
        answer = emu::vpcEcsOperation(call);
    if (!answer)
        answer = emu::transitRouterOperation(call);
    if (!answer)
        answer = emu::Answer::error(404, QStringLiteral("InvalidApi.NotFound"),
                                    QStringLiteral("Specified api %1 of version %2 is not found.")
                                        .arg(call.action, call.version));
    QString error;
    bool saved = false;
    if (answer->isError()) {
        d->store.rollback();
    } else if (answer->changed && !d->store.commit(&error)) {
        d->store.rollback();
        answer = emu::Answer::error(503, QStringLiteral("ServiceUnavailable"),
                                    QStringLiteral("The change could not be saved: %1").arg(error));
    } else if (saved = answer->changed; d->loseAnswers > 0) {
        --d->loseAnswers;
        answer = emu::Answer::error(503, QStringLiteral("ServiceUnavailable"),
                                    QStringLiteral("The request has failed due to a temporary "
                                                   "failure of the server."));
    }
    if (saved)
        Q_EMIT changed();
    return d->toResponse(*answer, call.version, requestId);
}

bool Emulator::grantInstanceToCen(const QString &vpcId, const QString &ownerUid,
                                  const QString &cenId, const QString &cenOwnerUid) {
    const QJsonObject vpc = d->store.get(emu::kVpc, vpcId);
    if (vpc.isEmpty() || vpc.value(QStringLiteral("OwnerId")).toString() != ownerUid)
        return false;
    d->store.put(emu::kGrant, vpcId + u'/' + cenId,
                 {{QStringLiteral("VpcId"), vpcId},
                  {QStringLiteral("OwnerId"), ownerUid},
                  {QStringLiteral("CenId"), cenId},
                  {QStringLiteral("CenOwnerId"), cenOwnerUid},
                  {QStringLiteral("VisibleAt"), double(d->clock->nowMs() + d->grantDelayMs)}});
    QString error;
    if (!d->store.commit(&error)) {
        d->store.rollback();
        return false;
    }
    Q_EMIT changed();
    return true;
}

bool Emulator::grantInstanceToTransitRouter(const QString &vpcId, const QString &ownerUid,
                                            const QString &cenId) {
    const QJsonObject vpc = d->store.get(emu::kVpc, vpcId);
    if (vpc.isEmpty() || vpc.value(QStringLiteral("OwnerId")).toString() != ownerUid)
        return false;
    d->store.put(emu::kTrGrant, vpcId + u'/' + cenId,
                 {{QStringLiteral("VpcId"), vpcId},
                  {QStringLiteral("OwnerId"), ownerUid},
                  {QStringLiteral("CenId"), cenId}});
    QString error;
    if (!d->store.commit(&error)) {
        d->store.rollback();
        return false;
    }
    Q_EMIT changed();
    return true;
}

bool Emulator::detachChildInstance(const QString &cenId, const QString &vpcId) {
    const QString id = cenId + u'/' + vpcId;
    if (!d->store.contains(emu::kChild, id))
        return false;
    d->store.remove(emu::kChild, id);
    QString error;
    if (!d->store.commit(&error)) {
        d->store.rollback();
        return false;
    }
    Q_EMIT changed();
    return true;
}

int Emulator::deleteSecurityGroupRules(const QString &groupId, int port) {
    QJsonObject group = d->store.get(emu::kSecurityGroup, groupId);
    const QJsonArray rules = group.value(QStringLiteral("Permissions")).toArray();
    QJsonArray kept;
    for (const QJsonValue &value : rules) {
        const QJsonObject rule = value.toObject();
        const QStringList range = rule.value(QStringLiteral("PortRange")).toString().split(u'/');
        const bool opens =
            rule.value(QStringLiteral("Direction")).toString() == QLatin1String("ingress") &&
            range.size() == 2 && range.at(0).toInt() <= port && range.at(1).toInt() >= port;
        if (!opens)
            kept.append(rule);
    }
    const int deleted = int(rules.size() - kept.size());
    if (deleted == 0)
        return 0;
    group.insert(QStringLiteral("Permissions"), kept);
    d->store.put(emu::kSecurityGroup, groupId, group);
    QString error;
    if (!d->store.commit(&error)) {
        d->store.rollback();
        return 0;
    }
    Q_EMIT changed();
    return deleted;
}

bool Emulator::hasCen(const QString &cenId) const {
    return d->store.contains(emu::kCen, cenId);
}

std::optional<Emulator::ChildAttachment> Emulator::childAttachment(const QString &cenId,
                                                                   const QString &vpcId) const {
    const QJsonObject child = d->store.get(emu::kChild, cenId + u'/' + vpcId);
    if (child.isEmpty())
        return std::nullopt;
    return ChildAttachment{child.value(QStringLiteral("ChildInstanceOwnerId")).toString(),
                           QDateTime::fromMSecsSinceEpoch(
                               qint64(child.value(QStringLiteral("ReadyAt")).toDouble()), Qt::UTC)};
}

void Emulator::throttleNext(int count) {
    d->throttle = count;
}

void Emulator::delayGrants(double seconds) {
    d->grantDelayMs = d->scaledMs(seconds);
}

void Emulator::denyActions(const QStringList &actions) {
    d->denied = actions;
}

void Emulator::loseNextAnswers(int count) {
    d->loseAnswers = count;
}

int Emulator::requestCount(const QString &action) const {
    return d->counts.value(action);
}

} // namespace vpw::aliyun
