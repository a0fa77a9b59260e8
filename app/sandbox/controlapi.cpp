#include "controlapi.h"

#include "erroranswer.h"
#include "faults.h"
#include "lifecycle.h"
#include "requeststats.h"
#include "scaledclock.h"
#include "store.h"

#include "app/core/peeringstate.h"
#include "app/core/providermodule.h"
#include "app/wire/codec.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace vpw::sandbox {

using wire::peeringToJson;
using wire::resourceToJson;

namespace {

constexpr int kMaxTextLength = 500;

HttpResponse peeringNotFound(const QString &id) {
    return makeError(404, ErrorCode::NotFound, QStringLiteral("No peering with ID %1.").arg(id))
        .toResponse();
}

HttpResponse invalidState(const Peering &peering, const QString &action) {
    ErrorAnswer error = makeError(409, ErrorCode::InvalidState,
                                  QStringLiteral("Cannot %1 a peering that is %2.")
                                      .arg(action, peeringStateToString(peering.state)));
    error.extra.insert(QStringLiteral("state"), peeringStateToString(peering.state));
    return error.toResponse();
}

// The body as a JSON object; an empty body is an empty object.
std::optional<QJsonObject> objectBody(const QByteArray &body, ErrorAnswer *error) {
    if (body.trimmed().isEmpty())
        return QJsonObject();
    return jsonObjectBody(body, error);
}

// A non-empty string member of at most kMaxTextLength characters.
std::optional<QString> textMember(const QJsonObject &object, const char *key, bool required,
                                  ErrorAnswer *error) {
    const QJsonValue value = object.value(QLatin1String(key));
    if (!required && (value.isUndefined() || value.isNull()))
        return QString();
    const QString text = value.toString().trimmed();
    if (!value.isString() || text.isEmpty() || text.size() > kMaxTextLength) {
        *error = makeError(400, ErrorCode::BadRequest,
                           QLatin1String(key) +
                               QStringLiteral(" must be a non-empty string of at most %1 "
                                              "characters.")
                                   .arg(kMaxTextLength),
                           QLatin1String(key));
        return std::nullopt;
    }
    return text;
}

HttpResponse jsonResponse(int status, const QJsonObject &object) {
    return HttpResponse::json(status, QJsonDocument(object));
}

} // namespace

ControlApi::ControlApi(Store *store, Lifecycle *lifecycle, const ScaledClock *clock,
                       FaultInjector *faults, RequestStats *stats, std::function<void()> commit)
    : m_store(store)
    , m_lifecycle(lifecycle)
    , m_clock(clock)
    , m_faults(faults)
    , m_stats(stats)
    , m_commit(std::move(commit)) {}

void ControlApi::registerRoutes(Router &router) {
    using namespace std::placeholders;
    const QString peering = QStringLiteral("/sandbox/v1/peerings/{id}");
    const QString faults = QStringLiteral("/sandbox/v1/faults");
    const QString stats = QStringLiteral("/sandbox/v1/stats");
    router.add("POST", peering + QStringLiteral("/attach"),
               std::bind(&ControlApi::attach, this, _1, _2));
    router.add("POST", peering + QStringLiteral("/fail"),
               std::bind(&ControlApi::fail, this, _1, _2));
    router.add("POST", peering + QStringLiteral("/expire"),
               std::bind(&ControlApi::expire, this, _1, _2));
    router.add("POST", peering + QStringLiteral("/resources"),
               std::bind(&ControlApi::addResource, this, _1, _2));
    router.add("DELETE", peering + QStringLiteral("/resources/{resourceId}"),
               std::bind(&ControlApi::removeResource, this, _1, _2));
    router.add("GET", faults, std::bind(&ControlApi::getFaults, this, _1, _2));
    router.add("PUT", faults, std::bind(&ControlApi::putFaults, this, _1, _2));
    router.add("DELETE", faults, std::bind(&ControlApi::deleteFaults, this, _1, _2));
    router.add("GET", stats, std::bind(&ControlApi::getStats, this, _1, _2));
    router.add("DELETE", stats, std::bind(&ControlApi::deleteStats, this, _1, _2));
}

HttpResponse ControlApi::attach(const HttpRequest &, const PathParams &params) {
    const QString id = params.value(QStringLiteral("id"));
    PeeringRecord *record = m_store->peering(id);
    if (!record)
        return peeringNotFound(id);
    if (record->peering.state == PeeringState::Pending && m_operatorPlay) {
        if (const std::optional<QString> refused = m_operatorPlay(id)) {
            if (!refused->isEmpty()) {
                ErrorAnswer error = makeError(409, ErrorCode::InvalidState, *refused);
                error.extra.insert(QStringLiteral("state"),
                                   peeringStateToString(PeeringState::Pending));
                return error.toResponse();
            }
            return jsonResponse(200, peeringToJson(std::as_const(*m_store).peering(id)->peering));
        }
    }
    if (!Lifecycle::attach(*record, m_clock->now()))
        return invalidState(record->peering, QStringLiteral("attach"));
    m_commit();
    return jsonResponse(200, peeringToJson(record->peering));
}

HttpResponse ControlApi::fail(const HttpRequest &request, const PathParams &params) {
    const QString id = params.value(QStringLiteral("id"));
    PeeringRecord *record = m_store->peering(id);
    if (!record)
        return peeringNotFound(id);
    ErrorAnswer error;
    const std::optional<QJsonObject> body = objectBody(request.body, &error);
    const std::optional<QString> reason =
        body ? textMember(*body, "reason", false, &error) : std::nullopt;
    const std::optional<QString> codeName =
        reason ? textMember(*body, "failureCode", false, &error) : std::nullopt;
    if (!codeName)
        return error.toResponse();
    // Default: the provider side rejected the request; the reason defaults to the provider
    // module's text for the code.
    FailureCode code = FailureCode::Rejected;
    if (!codeName->isEmpty()) {
        if (!isFailureCodeName(*codeName)) {
            return makeError(422, ErrorCode::InvalidField,
                             QStringLiteral("Unknown failureCode \"%1\".").arg(*codeName),
                             QStringLiteral("failureCode"))
                .toResponse();
        }
        code = failureCodeFromString(*codeName);
    }
    if (!Lifecycle::fail(*record, code, *reason, m_clock->now()))
        return invalidState(record->peering, QStringLiteral("fail"));
    m_commit();
    return jsonResponse(200, peeringToJson(record->peering));
}

// The window closes now: expiresAt moves to the sandbox clock's now and the lifecycle applies
// the transition it would have applied at the deadline (failed, with the window reason), so
// the demo and the tests see exactly what the real deadline produces, without waiting.
HttpResponse ControlApi::expire(const HttpRequest &, const PathParams &params) {
    const QString id = params.value(QStringLiteral("id"));
    PeeringRecord *record = m_store->peering(id);
    if (!record)
        return peeringNotFound(id);
    if (record->peering.state != PeeringState::Pending)
        return invalidState(record->peering, QStringLiteral("expire the window of"));
    if (!record->peering.expiresAt) {
        ErrorAnswer error = makeError(409, ErrorCode::InvalidState,
                                      QStringLiteral("Peering %1 has no attach window (%2).")
                                          .arg(id, providerToString(record->peering.provider)));
        error.extra.insert(QStringLiteral("state"), peeringStateToString(record->peering.state));
        return error.toResponse();
    }
    const QDateTime now = m_clock->now();
    record->peering.expiresAt = now;
    m_lifecycle->advance(now);
    m_commit();
    // advance() may have removed other records (deleting ones now due): look this one up again.
    record = m_store->peering(id);
    return jsonResponse(200, peeringToJson(record->peering));
}

HttpResponse ControlApi::addResource(const HttpRequest &request, const PathParams &params) {
    const QString id = params.value(QStringLiteral("id"));
    PeeringRecord *record = m_store->peering(id);
    if (!record)
        return peeringNotFound(id);
    ErrorAnswer error;
    const std::optional<QJsonObject> body = objectBody(request.body, &error);
    const std::optional<QString> name =
        body ? textMember(*body, "name", true, &error) : std::nullopt;
    const std::optional<QString> type =
        name ? textMember(*body, "type", true, &error) : std::nullopt;
    if (!type)
        return error.toResponse();
    const PeeringState state = record->peering.state;
    if (state != PeeringState::Pending && state != PeeringState::Running)
        return invalidState(record->peering, QStringLiteral("bind a resource to"));
    const BoundResource resource{m_store->newResourceId(), *name, *type};
    record->peering.boundResources.append(resource);
    record->peering.updatedAt = m_clock->now();
    m_commit();
    return jsonResponse(201, resourceToJson(resource));
}

HttpResponse ControlApi::removeResource(const HttpRequest &, const PathParams &params) {
    const QString id = params.value(QStringLiteral("id"));
    const QString resourceId = params.value(QStringLiteral("resourceId"));
    PeeringRecord *record = m_store->peering(id);
    if (!record)
        return peeringNotFound(id);
    const qsizetype removed = record->peering.boundResources.removeIf(
        [&resourceId](const BoundResource &resource) { return resource.id == resourceId; });
    if (removed == 0) {
        return makeError(
                   404, ErrorCode::NotFound,
                   QStringLiteral("No resource with ID %1 on peering %2.").arg(resourceId, id))
            .toResponse();
    }
    record->peering.updatedAt = m_clock->now();
    m_commit();
    return HttpResponse::empty(204);
}

HttpResponse ControlApi::getFaults(const HttpRequest &, const PathParams &) {
    return jsonResponse(200, m_faults->config().toJson());
}

HttpResponse ControlApi::putFaults(const HttpRequest &request, const PathParams &) {
    ErrorAnswer error;
    const std::optional<FaultConfig> config = FaultConfig::fromJson(request.body, &error);
    if (!config)
        return error.toResponse();
    m_faults->set(*config);
    return jsonResponse(200, m_faults->config().toJson());
}

HttpResponse ControlApi::deleteFaults(const HttpRequest &, const PathParams &) {
    m_faults->clear();
    return HttpResponse::empty(204);
}

HttpResponse ControlApi::getStats(const HttpRequest &, const PathParams &) {
    return jsonResponse(200, m_stats->toJson());
}

HttpResponse ControlApi::deleteStats(const HttpRequest &, const PathParams &) {
    m_stats->reset(m_clock->now());
    return HttpResponse::empty(204);
}

} // namespace vpw::sandbox
