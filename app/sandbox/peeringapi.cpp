#include "peeringapi.h"

#include "apierror.h"
#include "clock.h"
#include "codec.h"
#include "createrequest.h"
#include "idempotency.h"
#include "lifecycle.h"
#include "options.h"
#include "store.h"

#include "app/core/peeringstate.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vpw::sandbox {

namespace {

constexpr int kMaxIdempotencyKeyLength = 255;
constexpr int kIdempotencyHours = 24;

HttpResponse jsonResponse(int status, const QJsonObject &object) {
    return HttpResponse::json(status, QJsonDocument(object));
}

HttpResponse dataResponse(const QJsonArray &data) {
    return jsonResponse(200, QJsonObject{{QStringLiteral("data"), data}});
}

HttpResponse notFound(const QString &what, const QString &id) {
    return makeError(404, ErrorCode::NotFound, QStringLiteral("No %1 with ID %2.").arg(what, id))
        .toResponse();
}

bool validIdempotencyKey(const QByteArray &key) {
    if (key.isEmpty() || key.size() > kMaxIdempotencyKeyLength)
        return false;
    for (const char c : key) {
        if (c < 0x21 || c > 0x7e) // visible ASCII, no spaces
            return false;
    }
    return true;
}

// ?force=true|false (also 1|0); nullopt for anything else.
std::optional<bool> parseForce(const QUrlQuery &query) {
    if (!query.hasQueryItem(QStringLiteral("force")))
        return false;
    const QString value = query.queryItemValue(QStringLiteral("force")).toLower();
    if (value == QLatin1String("true") || value == QLatin1String("1"))
        return true;
    if (value == QLatin1String("false") || value == QLatin1String("0"))
        return false;
    return std::nullopt;
}

} // namespace

PeeringApi::PeeringApi(Store *store, Lifecycle *lifecycle, const Clock *clock,
                       const Options *options, std::function<void()> commit)
    : m_store(store)
    , m_lifecycle(lifecycle)
    , m_clock(clock)
    , m_options(options)
    , m_commit(std::move(commit)) {}

void PeeringApi::registerRoutes(Router &router) {
    using namespace std::placeholders;
    const QString deployments = QStringLiteral("/api/v1/deployments");
    const QString deployment = deployments + QStringLiteral("/{deploymentId}");
    const QString peerings = deployment + QStringLiteral("/peerings");
    const QString peering = peerings + QStringLiteral("/{id}");
    router.add("GET", deployments, std::bind(&PeeringApi::listDeployments, this, _1, _2));
    router.add("GET", deployment, std::bind(&PeeringApi::getDeployment, this, _1, _2));
    router.add("GET", peerings, std::bind(&PeeringApi::listPeerings, this, _1, _2));
    router.add("POST", peerings, std::bind(&PeeringApi::createPeering, this, _1, _2));
    router.add("GET", peering, std::bind(&PeeringApi::getPeering, this, _1, _2));
    router.add("DELETE", peering, std::bind(&PeeringApi::deletePeering, this, _1, _2));
}

HttpResponse PeeringApi::listDeployments(const HttpRequest &, const PathParams &) {
    QJsonArray data;
    for (const Deployment &deployment : m_store->deployments())
        data.append(deploymentToJson(deployment));
    return dataResponse(data);
}

HttpResponse PeeringApi::getDeployment(const HttpRequest &, const PathParams &params) {
    const QString id = params.value(QStringLiteral("deploymentId"));
    const Deployment *deployment = m_store->deployment(id);
    if (!deployment)
        return notFound(QStringLiteral("deployment"), id);
    return jsonResponse(200, deploymentToJson(*deployment));
}

HttpResponse PeeringApi::listPeerings(const HttpRequest &, const PathParams &params) {
    const QString id = params.value(QStringLiteral("deploymentId"));
    if (!m_store->deployment(id))
        return notFound(QStringLiteral("deployment"), id);
    QJsonArray data;
    for (const Peering &peering : m_store->peeringsOf(id))
        data.append(peeringToJson(peering));
    return dataResponse(data);
}

HttpResponse PeeringApi::createPeering(const HttpRequest &request, const PathParams &params) {
    const QString deploymentId = params.value(QStringLiteral("deploymentId"));
    if (!m_store->deployment(deploymentId))
        return notFound(QStringLiteral("deployment"), deploymentId);
    if (!request.hasHeader("Idempotency-Key")) {
        HttpResponse response = createValidated(request, deploymentId);
        if (response.status == 201)
            m_commit();
        return response;
    }

    const QByteArray key = request.header("Idempotency-Key").trimmed();
    if (!validIdempotencyKey(key)) {
        return makeError(400, ErrorCode::BadRequest,
                         QStringLiteral("Idempotency-Key must be 1 to 255 visible ASCII "
                                        "characters."),
                         QStringLiteral("Idempotency-Key"))
            .toResponse();
    }
    IdempotencyCache &cache = m_store->idempotency();
    cache.expire(m_clock->now().addSecs(-3600 * kIdempotencyHours));
    const QString keyText = QString::fromLatin1(key);
    const QByteArray fingerprint = IdempotencyCache::fingerprint(deploymentId, request.body);
    IdempotencyCache::Entry previous;
    switch (cache.check(m_options->apiKey, keyText, fingerprint, &previous)) {
    case IdempotencyCache::Verdict::Replay: {
        HttpResponse replay;
        replay.status = previous.status;
        replay.body = previous.body;
        replay.setHeader("Content-Type", "application/json; charset=utf-8");
        replay.setHeader("Idempotent-Replayed", "true");
        return replay;
    }
    case IdempotencyCache::Verdict::Mismatch:
        return makeError(422, ErrorCode::IdempotencyMismatch,
                         QStringLiteral("This Idempotency-Key was already used with a different "
                                        "request; use a new key for a new request."),
                         QStringLiteral("Idempotency-Key"))
            .toResponse();
    case IdempotencyCache::Verdict::New:
        break;
    }
    HttpResponse response = createValidated(request, deploymentId);
    // Only a creation is remembered: a request refused by validation changed nothing, so it
    // may be corrected and sent again under the same key.
    if (response.status == 201) {
        cache.remember(m_options->apiKey, keyText,
                       {fingerprint, response.status, response.body, m_clock->now()});
        m_commit();
    }
    return response;
}

HttpResponse PeeringApi::createValidated(const HttpRequest &request, const QString &deploymentId) {
    const Deployment deployment = *m_store->deployment(deploymentId);
    const CreateCheck check =
        checkCreateRequest(deployment, m_store->peeringsOf(deploymentId), request.body);
    if (!check.request)
        return check.error.toResponse();

    const QDateTime now = m_clock->now();
    PeeringRecord record;
    Peering &peering = record.peering;
    peering.id = m_store->newPeeringId();
    peering.deploymentId = deploymentId;
    peering.provider = deployment.platform;
    peering.peeringId = check.request->peeringId;
    peering.accountId = check.request->accountId;
    peering.vpcId = check.request->vpcId;
    peering.cidr = check.request->cidr;
    peering.state = PeeringState::Pending;
    peering.createdAt = now;
    peering.updatedAt = now;
    if (const auto window = attachWindowSeconds(deployment.platform))
        peering.expiresAt = now.addMSecs(m_clock->scaledMs(*window));
    if (m_options->autoAttachAfterSeconds)
        record.autoAttachAt = now.addMSecs(m_clock->scaledMs(*m_options->autoAttachAfterSeconds));
    m_store->addPeering(record); // the caller commits

    HttpResponse response = jsonResponse(201, peeringToJson(peering));
    response.setHeader("Location", (QStringLiteral("/api/v1/deployments/") + deploymentId +
                                    QStringLiteral("/peerings/") + peering.id)
                                       .toUtf8());
    return response;
}

HttpResponse PeeringApi::getPeering(const HttpRequest &, const PathParams &params) {
    const QString deploymentId = params.value(QStringLiteral("deploymentId"));
    const QString id = params.value(QStringLiteral("id"));
    if (!m_store->deployment(deploymentId))
        return notFound(QStringLiteral("deployment"), deploymentId);
    const PeeringRecord *record = m_store->peering(id);
    if (!record || record->peering.deploymentId != deploymentId)
        return notFound(QStringLiteral("peering"), id);
    return jsonResponse(200, peeringToJson(record->peering));
}

HttpResponse PeeringApi::deletePeering(const HttpRequest &request, const PathParams &params) {
    const QString deploymentId = params.value(QStringLiteral("deploymentId"));
    const QString id = params.value(QStringLiteral("id"));
    if (!m_store->deployment(deploymentId))
        return notFound(QStringLiteral("deployment"), deploymentId);
    PeeringRecord *record = m_store->peering(id);
    if (!record || record->peering.deploymentId != deploymentId)
        return notFound(QStringLiteral("peering"), id);
    const std::optional<bool> force = parseForce(request.query);
    if (!force) {
        return makeError(400, ErrorCode::BadRequest, QStringLiteral("force must be true or false."),
                         QStringLiteral("force"))
            .toResponse();
    }
    Peering &peering = record->peering;
    if (!canDelete(peering.state)) {
        ApiError error =
            makeError(409, ErrorCode::NotRunning,
                      QStringLiteral("Only a running peering can be deleted; this one is %1.")
                          .arg(peeringStateToString(peering.state)));
        error.extra.insert(QStringLiteral("state"), peeringStateToString(peering.state));
        return error.toResponse();
    }
    if (!peering.boundResources.isEmpty() && !*force) {
        QStringList names;
        for (const BoundResource &resource : std::as_const(peering.boundResources))
            names.append(resource.name);
        ApiError error = makeError(
            409, ErrorCode::ResourcesBound,
            QStringLiteral("Rule-engine resources are bound to this peering (%1); delete them "
                           "first, or pass force=true.")
                .arg(names.join(QStringLiteral(", "))));
        error.extra.insert(QStringLiteral("resources"), resourcesToJson(peering.boundResources));
        return error.toResponse();
    }
    const QDateTime now = m_clock->now();
    if (!m_lifecycle->startDeleting(*record, now))
        return makeError(500, ErrorCode::InternalError, QStringLiteral("Cannot delete."))
            .toResponse();
    peering.boundResources.clear(); // force: the resources are unbound with the peering
    m_commit();
    return jsonResponse(202, peeringToJson(peering));
}

} // namespace vpw::sandbox
