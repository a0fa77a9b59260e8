#include "peeringapi.h"

#include "createrequest.h"
#include "erroranswer.h"
#include "idempotency.h"
#include "lifecycle.h"
#include "options.h"
#include "scaledclock.h"
#include "store.h"

#include "app/core/peeringstate.h"
#include "app/wire/codec.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <tuple>

namespace vpw::sandbox {

using wire::deploymentToJson;
using wire::peeringToJson;

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

HttpResponse badQuery(const QString &field, const QString &message) {
    return makeError(400, ErrorCode::BadRequest, message, field).toResponse();
}

// The order of GET /api/v1/peerings, and the position a cursor points after.
struct ListKey {
    QString deploymentId;
    qint64 createdAtMs = 0;
    QString id;

    static ListKey of(const Peering &peering) {
        return {peering.deploymentId, peering.createdAt.toMSecsSinceEpoch(), peering.id};
    }
    bool operator<(const ListKey &other) const {
        return std::tie(deploymentId, createdAtMs, id) <
               std::tie(other.deploymentId, other.createdAtMs, other.id);
    }
};

// A cursor is opaque to clients: base64url of "v1\n<deploymentId>\n<createdAt ms>\n<id>",
// the key of the last peering of the previous page. Keys, not offsets: a peering removed
// between two pages neither repeats nor skips another one.
QString encodeCursor(const ListKey &key) {
    const QString text = QStringLiteral("v1\n%1\n%2\n%3")
                             .arg(key.deploymentId, QString::number(key.createdAtMs), key.id);
    return QString::fromLatin1(
        text.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<ListKey> decodeCursor(const QString &cursor) {
    const auto bytes = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (cursor.isEmpty() || !bytes)
        return std::nullopt;
    const QStringList parts = QString::fromUtf8(*bytes).split(u'\n');
    if (parts.size() != 4 || parts.at(0) != QLatin1String("v1") || parts.at(1).isEmpty() ||
        parts.at(3).isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 ms = parts.at(2).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return ListKey{parts.at(1), ms, parts.at(3)};
}

// ?state=pending,deleting; nullopt for an empty or unknown state.
std::optional<QList<PeeringState>> parseStates(const QUrlQuery &query) {
    QList<PeeringState> states;
    if (!query.hasQueryItem(QStringLiteral("state")))
        return states;
    const QString value = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    for (const QString &name : value.split(u',')) {
        const std::optional<PeeringState> state = peeringStateFromString(name.trimmed());
        if (!state)
            return std::nullopt;
        states.append(*state);
    }
    return states;
}

// The ETag of a page of GET /api/v1/peerings: it covers the whole filtered listing (every
// page) plus the page's position, so a 304 to the first page means nothing in the listing
// changed. Hashes what can change about a listed peering (membership, state, updatedAt,
// failureReason, bound resources; every other member is fixed at creation) rather than the
// JSON of every peering, so a poll of 10,000 peerings does not encode them all.
QByteArray listingEtag(const QList<const Peering *> &listing, int limit, const QString &cursor) {
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const Peering *peering : listing) {
        QString version = peering->id + u'\n' + peeringStateToString(peering->state) + u'\n' +
                          QString::number(peering->updatedAt.toMSecsSinceEpoch()) + u'\n' +
                          peering->failureReason;
        for (const BoundResource &resource : peering->boundResources)
            version += u'\n' + resource.id;
        hash.addData(version.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
    }
    hash.addData(QStringLiteral("|%1|%2").arg(limit).arg(cursor).toUtf8());
    return '"' + hash.result().toHex().left(20) + '"';
}

constexpr int kDefaultPageSize = 100;
constexpr int kMaxPageSize = 500;

} // namespace

PeeringApi::PeeringApi(Store *store, Lifecycle *lifecycle, const ScaledClock *clock,
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
    router.add("GET", QStringLiteral("/api/v1/peerings"),
               std::bind(&PeeringApi::listAllPeerings, this, _1, _2));
    router.add("GET", deployment, std::bind(&PeeringApi::getDeployment, this, _1, _2));
    router.add("GET", peerings, std::bind(&PeeringApi::listPeerings, this, _1, _2));
    router.add("POST", peerings, std::bind(&PeeringApi::createPeering, this, _1, _2));
    router.add("GET", peering, std::bind(&PeeringApi::getPeering, this, _1, _2));
    router.add("DELETE", peering, std::bind(&PeeringApi::deletePeering, this, _1, _2));
}

HttpResponse PeeringApi::listDeployments(const HttpRequest &, const PathParams &) {
    QJsonArray data;
    for (const Deployment &deployment : std::as_const(*m_store).deployments())
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

HttpResponse PeeringApi::listAllPeerings(const HttpRequest &request, const PathParams &) {
    const std::optional<QList<PeeringState>> states = parseStates(request.query);
    if (!states) {
        return badQuery(QStringLiteral("state"),
                        QStringLiteral("state must be a comma-separated list of pending, "
                                       "running, failed and deleting."));
    }
    int limit = kDefaultPageSize;
    if (request.query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxPageSize) {
            return badQuery(
                QStringLiteral("limit"),
                QStringLiteral("limit must be a whole number from 1 to %1.").arg(kMaxPageSize));
        }
    }
    std::optional<ListKey> after;
    const QString cursor = request.query.queryItemValue(QStringLiteral("cursor"));
    if (request.query.hasQueryItem(QStringLiteral("cursor"))) {
        after = decodeCursor(cursor);
        if (!after) {
            return badQuery(QStringLiteral("cursor"),
                            QStringLiteral("cursor is not one this server gave out; start again "
                                           "without it."));
        }
    }

    // Every deployment of the store belongs to the server's one API key.
    QList<const Peering *> listing;
    for (const PeeringRecord &record : std::as_const(*m_store).peerings()) {
        const Peering &peering = record.peering;
        if (m_store->deployment(peering.deploymentId) &&
            (states->isEmpty() || states->contains(peering.state)))
            listing.append(&peering);
    }
    std::sort(listing.begin(), listing.end(),
              [](const Peering *a, const Peering *b) { return ListKey::of(*a) < ListKey::of(*b); });

    QJsonArray data;
    QString nextCursor;
    const auto first = after ? std::upper_bound(listing.cbegin(), listing.cend(), *after,
                                                [](const ListKey &key, const Peering *p) {
                                                    return key < ListKey::of(*p);
                                                })
                             : listing.cbegin();
    for (auto it = first; it != listing.cend(); ++it) {
        if (data.size() == limit) {
            nextCursor = encodeCursor(ListKey::of(**(it - 1)));
            break;
        }
        data.append(peeringToJson(**it));
    }
    HttpResponse response = jsonResponse(200, wire::peeringPageToJson(data, nextCursor));
    response.setHeader("ETag", listingEtag(listing, limit, cursor));
    return response;
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
    const CreateCheck check = checkCreateRequest(deployment, *m_store, request.body);
    if (!check.request)
        return check.error.toResponse();

    const QDateTime now = m_clock->now();
    PeeringRecord record;
    Peering &peering = record.peering;
    peering.id = m_store->newPeeringId();
    peering.deploymentId = deploymentId;
    peering.provider = deployment.provider;
    peering.peeringId = check.request->peeringId;
    peering.accountId = check.request->accountId;
    peering.vpcId = check.request->vpcId;
    peering.cidr = check.request->cidr;
    peering.state = PeeringState::Pending;
    peering.createdAt = now;
    peering.updatedAt = now;
    if (const auto window = attachWindowSeconds(deployment.provider))
        peering.expiresAt = now.addMSecs(m_clock->scaledMs(*window));
    if (m_options->autoAttachAfterSeconds)
        record.autoAttachAt = now.addMSecs(m_clock->scaledMs(*m_options->autoAttachAfterSeconds));
    const QString id = peering.id;
    m_store->addPeering(record); // the caller commits
    if (m_submitted)
        m_submitted(id);

    HttpResponse response =
        jsonResponse(201, peeringToJson(std::as_const(*m_store).peering(id)->peering));
    response.setHeader("Location", (QStringLiteral("/api/v1/deployments/") + deploymentId +
                                    QStringLiteral("/peerings/") + id)
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
        ErrorAnswer error =
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
        ErrorAnswer error = makeError(
            409, ErrorCode::ResourcesBound,
            QStringLiteral("Rule-engine resources are bound to this peering (%1); delete them "
                           "first, or pass force=true.")
                .arg(names.join(QStringLiteral(", "))));
        error.resources = peering.boundResources;
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
