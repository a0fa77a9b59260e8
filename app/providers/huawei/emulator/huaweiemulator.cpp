#include "huaweiemulator.h"

#include "huaweiapi.h"

#include "app/providers/huawei/signature/sdksignature.h"
#include "app/sandbox/emulatorstore.h"
#include "app/sandbox/httplistener.h"
#include "app/sandbox/ratelimiter.h"
#include "app/sandbox/router.h"

#include <QHash>
#include <QJsonArray>

namespace vpw::huawei {

namespace {

constexpr qint64 kMaxSkewMs = 15 * 60 * 1000;

} // namespace

EmulatorOptions EmulatorOptions::resolved() const {
    EmulatorOptions out = *this;
    if (out.accessKey.isEmpty())
        out.accessKey = qEnvironmentVariable(kAccessKeyVariable, QLatin1String(kDemoAccessKey));
    if (out.secretKey.isEmpty())
        out.secretKey = qEnvironmentVariable(kSecretKeyVariable, QLatin1String(kDemoSecretKey));
    return out;
}

struct Emulator::Private {
    explicit Private(EmulatorOptions o)
        : options(o.resolved())
        , clock(options.clock ? options.clock : &systemClock())
        , store(QStringLiteral("huawei"))
        , rateLimiter(options.rateLimit, 1000)
        , throttle(options.throttleFirst) {
        ctx.store = &store;
        ctx.accessKey = options.accessKey;
        emu::registerRoutes(router, &ctx);
    }

    std::optional<sandbox::HttpResponse> authenticate(const sandbox::HttpRequest &request,
                                                      const QString &requestId) const;
    sandbox::HttpResponse finish(sandbox::HttpResponse response, const QString &requestId) const {
        response.setHeader("X-Request-Id", requestId.toLatin1());
        response.setHeader("Date", sandbox::httpDate(clock->now()));
        return response;
    }

    EmulatorOptions options;
    const Clock *clock;
    sandbox::EmulatorStore store;
    sandbox::Router router;
    emu::Ctx ctx;
    sandbox::HttpListener *listener = nullptr;
    QHash<QString, int> counts;
    sandbox::RateLimiter rateLimiter; // per API ("METHOD /path/template")
    int throttle = 0;
    int loseAnswers = 0;
    QHash<QString, QString> denied; // route -> the IAM action named in the refusal
};

std::optional<sandbox::HttpResponse>
Emulator::Private::authenticate(const sandbox::HttpRequest &request,
                                const QString &requestId) const {
    const auto refuse = [&requestId](const char *code, const QString &message) {
        return emu::error(emu::Shape::Gateway, 401, QLatin1String(code), message, requestId);
    };
    const auto parsed = parseAuthorization(request.header("Authorization"));
    if (!parsed)
        return refuse("APIGW.0301", QStringLiteral("Incorrect IAM authentication information: "
                                                   "Authorization header missing or malformed"));
    if (parsed->keyId != options.accessKey)
        return refuse("APIGW.0301", QStringLiteral("Incorrect IAM authentication information: Get "
                                                   "secretKey failed,ak:******,err:ak not exist"));
    const QByteArray date = request.header("X-Sdk-Date");
    const auto dateMs = parseSdkDate(date);
    if (!dateMs || !parsed->signedHeaders.contains("x-sdk-date"))
        return refuse("APIGW.0301", QStringLiteral("Incorrect IAM authentication information: "
                                                   "X-Sdk-Date missing, malformed or not signed"));
    SignInput input;
    input.method = request.method;
    input.path = request.path;
    input.query = request.query.queryItems(QUrl::FullyDecoded);
    for (const QByteArray &name : parsed->signedHeaders) {
        if (!request.hasHeader(name))
            return refuse("APIGW.0301", QStringLiteral("Incorrect IAM authentication information: "
                                                       "verify aksk signature fail, a signed "
                                                       "header is missing"));
        input.headers.append({name, request.header(name)});
    }
    input.payloadHash = request.header("X-Sdk-Content-Sha256") == kUnsignedPayload
                            ? QByteArray(kUnsignedPayload)
                            : sha256Hex(request.body);
    if (!sameSignature(signature(options.secretKey.toUtf8(), date, input), parsed->signature))
        return refuse("APIGW.0301", QStringLiteral("Incorrect IAM authentication information: "
                                                   "verify aksk signature fail"));
    if (options.checkTimestamp && qAbs(clock->nowMs() - *dateMs) > kMaxSkewMs)
        return refuse("APIGW.0303", QStringLiteral("Incorrect IAM authentication information: "
                                                   "X-Sdk-Date is more than 15 minutes away "
                                                   "from the server time"));
    // The project in the header must be the one in the path (v1, v3).
    const QByteArray project = request.header("X-Project-Id");
    const QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);
    if (!project.isEmpty() && segments.size() > 1 &&
        (segments.at(0) == QLatin1String("v1") || segments.at(0) == QLatin1String("v3")) &&
        segments.at(1) != QLatin1String("auth") && segments.at(1) != QString::fromLatin1(project))
        return emu::error(emu::Shape::V1, 400, QStringLiteral("VPC.0007"),
                          QStringLiteral("urlTenantId is not equal to tokenTenantId."), requestId);
    return std::nullopt;
}

Emulator::Emulator(EmulatorOptions options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(std::move(options))) {}

Emulator::~Emulator() {
    delete d->listener;
}

bool Emulator::start(QString *error) {
    if (!d->options.bind.isLoopback()) {
        *error = QStringLiteral("the Huawei Cloud emulator only listens on loopback");
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
    d->listener = new sandbox::HttpListener(
        [this](sandbox::HttpRequest request, QTcpSocket *socket) {
            d->listener->respond(socket, handle(request));
        },
        [this](int status, const QString &message) {
            const QString id = emu::newUuid();
            return d->finish(
                emu::error(emu::Shape::Gateway, status, QStringLiteral("APIGW.0101"), message, id),
                id);
        },
        sandbox::ListenerLimits{}, this);
    return d->listener->listen(d->options.bind, d->options.port, error);
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
    const QString requestId = emu::newUuid().remove(u'-');
    const sandbox::Router::Match match = d->router.match(request.method, request.path);
    const QString route = QString::fromLatin1(request.method) + u' ' +
                          (match.pathTemplate.isEmpty() ? request.path : match.pathTemplate);
    ++d->counts[route];
    if (auto refusal = d->authenticate(request, requestId))
        return d->finish(*refusal, requestId);
    int retryAfter = 1;
    const bool overRate = !d->rateLimiter.admit(route, d->clock->now(), &retryAfter);
    if (overRate || d->throttle > 0) {
        if (!overRate)
            --d->throttle;
        sandbox::HttpResponse refusal =
            emu::error(emu::Shape::Gateway, 429, QStringLiteral("APIGW.0308"),
                       QStringLiteral("The throttling threshold has been reached: "
                                      "policy user over ratelimit"),
                       requestId);
        // Whether Huawei's gateway sends one is not documented: the emulator's choice, so that
        // the client's "not before the provider asks" is exercised (docs/providers-emulated.md).
        refusal.setHeader("Retry-After", QByteArray::number(retryAfter));
        return d->finish(refusal, requestId);
    }
    if (match.kind != sandbox::Router::Match::Kind::Found)
        return d->finish(emu::error(emu::Shape::Gateway, 404, QStringLiteral("APIGW.0101"),
                                    QStringLiteral("The API does not exist or has not been "
                                                   "published in the environment"),
                                    requestId),
                         requestId);
    if (const QString action = d->denied.value(route); !action.isEmpty()) {
        const emu::Shape shape = request.path.startsWith(QLatin1String("/v1/")) ? emu::Shape::V1
                                 : request.path.startsWith(QLatin1String("/v2.0/"))
                                     ? emu::Shape::Nested
                                     : emu::Shape::Gateway;
        return d->finish(
            emu::error(shape, 403, QStringLiteral("VPC.2201"),
                       QStringLiteral("Policy doesn't allow %1 to be performed.").arg(action),
                       requestId),
            requestId);
    }
    d->ctx.nowMs = d->clock->nowMs();
    d->ctx.requestId = requestId;
    d->ctx.changed = false;
    sandbox::HttpResponse response = (*match.handler)(request, match.params);
    bool saved = false;
    if (d->ctx.changed) {
        QString error;
        if (!d->store.commit(&error)) {
            d->store.rollback();
            response = emu::error(emu::Shape::Gateway, 503, QStringLiteral("EMULATOR.STORAGE"),
                                  QStringLiteral("The change could not be saved: %1").arg(error),
                                  requestId);
        } else {
            saved = true;
            if (d->loseAnswers > 0) {
                --d->loseAnswers;
                response =
                    emu::error(emu::Shape::Gateway, 503, QStringLiteral("EMULATOR.LOST_ANSWER"),
                               QStringLiteral("The change was made but its answer was "
                                              "lost (injected fault)."),
                               requestId);
            }
        }
    }
    if (saved)
        Q_EMIT changed();
    return d->finish(response, requestId);
}

bool Emulator::acceptPeering(const QString &peeringId) {
    QJsonObject peering =
        emu::expireIfDue(d->store.get(emu::kPeering, peeringId), d->clock->nowMs());
    if (peering.value(QStringLiteral("status")).toString() != QLatin1String("PENDING_ACCEPTANCE"))
        return false;
    peering.insert(QStringLiteral("status"), QStringLiteral("ACTIVE"));
    peering.insert(QStringLiteral("updated_at"), emu::isoTime(d->clock->nowMs()));
    d->store.put(emu::kPeering, peeringId, peering);
    QString error;
    if (!d->store.commit(&error))
        return false;
    Q_EMIT changed();
    return true;
}

bool Emulator::rejectPeering(const QString &peeringId) {
    QJsonObject peering =
        emu::expireIfDue(d->store.get(emu::kPeering, peeringId), d->clock->nowMs());
    if (peering.value(QStringLiteral("status")).toString() != QLatin1String("PENDING_ACCEPTANCE"))
        return false;
    peering.insert(QStringLiteral("status"), QStringLiteral("REJECTED"));
    peering.insert(QStringLiteral("updated_at"), emu::isoTime(d->clock->nowMs()));
    d->store.put(emu::kPeering, peeringId, peering);
    QString error;
    if (!d->store.commit(&error))
        return false;
    Q_EMIT changed();
    return true;
}

std::optional<Emulator::PeeringRequest> Emulator::peeringRequest(const QString &peeringId) const {
    const QJsonObject peering = d->store.get(emu::kPeering, peeringId);
    if (peering.isEmpty())
        return std::nullopt;
    const QJsonObject accept = peering.value(QStringLiteral("accept_vpc_info")).toObject();
    const QJsonObject request = peering.value(QStringLiteral("request_vpc_info")).toObject();
    return PeeringRequest{peering.value(QStringLiteral("status")).toString(),
                          accept.value(QStringLiteral("vpc_id")).toString(),
                          accept.value(QStringLiteral("tenant_id")).toString(),
                          request.value(QStringLiteral("vpc_id")).toString(),
                          request.value(QStringLiteral("tenant_id")).toString()};
}

QString Emulator::peeringStatus(const QString &peeringId) const {
    return d->store.get(emu::kPeering, peeringId).value(QStringLiteral("status")).toString();
}

void Emulator::throttleNext(int count) {
    d->throttle = count;
}

void Emulator::loseNextAnswers(int count) {
    d->loseAnswers = count;
}

int Emulator::deleteSecurityGroupRules(const QString &securityGroupId, int port) {
    int deleted = 0;
    for (const QJsonObject &rule : d->store.all(emu::kRule)) {
        if (rule.value(QStringLiteral("security_group_id")).toString() == securityGroupId &&
            rule.value(QStringLiteral("direction")).toString() == QLatin1String("ingress") &&
            rule.value(QStringLiteral("port_range_min")).toInt() <= port &&
            rule.value(QStringLiteral("port_range_max")).toInt() >= port) {
            d->store.remove(emu::kRule, rule.value(QStringLiteral("id")).toString());
            ++deleted;
        }
    }
    QString error;
    if (deleted > 0 && d->store.commit(&error))
        Q_EMIT changed();
    return deleted;
}

bool Emulator::deleteRoute(const QString &routeTableId, const QString &destination) {
    QJsonObject table = d->store.get(emu::kRouteTable, routeTableId);
    QJsonArray kept;
    const QJsonArray routes = table.value(QStringLiteral("routes")).toArray();
    for (const QJsonValue &route : routes) {
        if (route.toObject().value(QStringLiteral("destination")).toString() != destination)
            kept.append(route);
    }
    if (kept.size() == routes.size())
        return false;
    table.insert(QStringLiteral("routes"), kept);
    d->store.put(emu::kRouteTable, routeTableId, table);
    QString error;
    if (!d->store.commit(&error))
        return false;
    Q_EMIT changed();
    return true;
}

void Emulator::denyRoute(const QString &route, const QString &iamAction) {
    if (iamAction.isEmpty())
        d->denied.remove(route);
    else
        d->denied.insert(route, iamAction);
}

void Emulator::denyActions(const QStringList &iamActions) {
    // The IAM action of each emulated VPC API (providers-api.md §3.2, §5.2).
    static const struct {
        const char *route;
        const char *action;
    } kActions[] = {
        {"GET /v1/{project_id}/vpcs/{vpc_id}", "vpc:vpcs:get"},
        {"GET /v3/{project_id}/vpc/vpcs/{vpc_id}", "vpc:vpcs:get"},
        {"POST /v2.0/vpc/peerings", "vpc:peerings:create"},
        {"GET /v2.0/vpc/peerings", "vpc:peerings:get"},
        {"GET /v2.0/vpc/peerings/{peering_id}", "vpc:peerings:get"},
        {"GET /v1/{project_id}/routetables", "vpc:routeTables:list"},
        {"GET /v1/{project_id}/routetables/{id}", "vpc:routeTables:get"},
        {"PUT /v1/{project_id}/routetables/{id}", "vpc:routeTables:update"},
        {"POST /v1/{project_id}/security-group-rules", "vpc:securityGroupRules:create"},
        {"POST /v3/{project_id}/vpc/security-group-rules", "vpc:securityGroupRules:create"},
        {"GET /v1/{project_id}/security-group-rules", "vpc:securityGroupRules:get"},
        {"GET /v3/{project_id}/vpc/security-group-rules", "vpc:securityGroupRules:get"},
    };
    for (const auto &entry : kActions) {
        const QString route = QLatin1String(entry.route);
        const QString action = QLatin1String(entry.action);
        if (iamActions.contains(action))
            d->denied.insert(route, action);
        else if (d->denied.value(route) == action)
            d->denied.remove(route);
    }
}

int Emulator::requestCount(const QString &route) const {
    return d->counts.value(route);
}

} // namespace vpw::huawei
