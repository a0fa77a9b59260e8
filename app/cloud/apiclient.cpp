#include "apiclient.h"

#include "codecs.h"
#include "logging.h"

#include <QNetworkAccessManager>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>

namespace vpw::cloud {

namespace {

QString segment(const QString &id) {
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString deploymentPath(const QString &deploymentId) {
    return QLatin1String("/deployments/") + segment(deploymentId);
}

QString peeringPath(const QString &deploymentId, const QString &recordId) {
    return deploymentPath(deploymentId) + QLatin1String("/peerings/") + segment(recordId);
}

Decoded<PeeringFetch> decodeFetch(const ApiResponse &response) {
    PeeringFetch fetch;
    fetch.etag = QString::fromLatin1(response.etag);
    if (response.status == 304) {
        fetch.notModified = true;
        return {std::move(fetch), {}};
    }
    Decoded<Peering> peering = decodePeering(response.body);
    if (!peering.value)
        return Decoded<PeeringFetch>::fail(peering.error);
    fetch.peering = std::move(peering.value);
    return {std::move(fetch), {}};
}

Decoded<PeeringPage> decodePage(const ApiResponse &response) {
    PeeringPage page;
    page.etag = QString::fromLatin1(response.etag);
    if (response.status == 304) {
        page.notModified = true;
        return {std::move(page), {}};
    }
    Decoded<wire::PeeringPageBody> listed = fromWire(wire::decodePeeringPage(response.body));
    if (!listed.value)
        return Decoded<PeeringPage>::fail(listed.error);
    page.peerings = std::move(listed.value->peerings);
    page.nextCursor = std::move(listed.value->nextCursor);
    return {std::move(page), {}};
}

QString pageQuery(const PeeringQuery &query) {
    QUrlQuery items;
    if (!query.states.isEmpty()) {
        QStringList names;
        for (const PeeringState state : query.states)
            names << peeringStateToString(state);
        items.addQueryItem(QStringLiteral("state"), names.join(u','));
    }
    if (query.limit != PeeringQuery{}.limit)
        items.addQueryItem(QStringLiteral("limit"), QString::number(query.limit));
    if (!query.cursor.isEmpty())
        items.addQueryItem(QStringLiteral("cursor"),
                           QString::fromLatin1(QUrl::toPercentEncoding(query.cursor)));
    return items.toString(QUrl::FullyEncoded);
}

} // namespace

ApiClient::ApiClient(QObject *parent)
    : ApiClient(Endpoint{}, parent) {}

ApiClient::ApiClient(const Endpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_endpoint(endpoint) {}

ApiClient::~ApiClient() {
    // Jobs first, while the manager still exists: each aborts its reply and is dropped
    // without finished() (documented in ApiJob).
    const QList<ApiJob *> jobs = findChildren<ApiJob *>(Qt::FindDirectChildrenOnly);
    for (ApiJob *job : jobs) {
        job->m_finished = true;
        delete job;
    }
}

void ApiClient::setEndpoint(const Endpoint &endpoint) {
    m_endpoint = endpoint;
}

void ApiClient::setOptions(const ClientOptions &options) {
    m_options = clamped(options);
}

ClientOptions ApiClient::clamped(const ClientOptions &options) {
    ClientOptions result = options;
    // A zero transfer timeout would mean "none" to Qt: every request keeps a timeout.
    result.transferTimeoutMs = std::max(1, options.transferTimeoutMs);
    result.maxAttempts = std::max(1, options.maxAttempts);
    result.initialBackoffMs = std::max(0, options.initialBackoffMs);
    result.maxBackoffMs = std::max(result.initialBackoffMs, options.maxBackoffMs);
    result.maxRetryAfterSeconds = std::max(0, options.maxRetryAfterSeconds);
    result.maxResponseBytes = std::max<qint64>(1, options.maxResponseBytes);
    return result;
}

void ApiClient::setClock(const Clock *clock) {
    m_clock = clock ? clock : &systemClock();
}

QDateTime ApiClient::serverNow() const {
    return m_clock->now().addMSecs(clockSkewMs().value_or(0));
}

QString ApiClient::newIdempotencyKey() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void ApiClient::noteServerDate(const QDateTime &serverDate, qint64 sentAtMs, qint64 receivedAtMs) {
    const auto before = m_skew.skewMs();
    m_skew.addSample(serverDate, sentAtMs, receivedAtMs);
    const auto after = m_skew.skewMs();
    if (after && after != before)
        Q_EMIT clockSkewChanged(*after);
}

template <typename T>
Job<T> *ApiClient::startJob(ApiRequest request, typename Job<T>::Decoder decoder,
                            const std::optional<ClientOptions> &options) {
    auto *job =
        new Job<T>(this, std::move(request), decoder, options ? clamped(*options) : m_options);
    job->start();
    return job;
}

DeploymentListJob *ApiClient::listDeployments(const std::optional<ClientOptions> &options) {
    return startJob<QList<Deployment>>(
        ApiRequest::get(QStringLiteral("/deployments")),
        [](const ApiResponse &r) { return decodeDeploymentList(r.body); }, options);
}

DeploymentJob *ApiClient::getDeployment(const QString &deploymentId) {
    return startJob<Deployment>(ApiRequest::get(deploymentPath(deploymentId)),
                                [](const ApiResponse &r) { return decodeDeployment(r.body); });
}

PeeringListJob *ApiClient::listPeerings(const QString &deploymentId) {
    return startJob<QList<Peering>>(
        ApiRequest::get(deploymentPath(deploymentId) + QLatin1String("/peerings")),
        [](const ApiResponse &r) { return decodePeeringList(r.body); });
}

PeeringPageJob *ApiClient::listAllPeerings(const PeeringQuery &query, const QString &ifNoneMatch,
                                           const std::optional<ClientOptions> &options) {
    ApiRequest request = ApiRequest::get(QStringLiteral("/peerings"));
    request.query = pageQuery(query);
    request.ifNoneMatch = ifNoneMatch.toLatin1();
    return startJob<PeeringPage>(std::move(request), decodePage, options);
}

PeeringJob *ApiClient::createPeering(const QString &deploymentId, const PeeringRequest &request,
                                     const QString &idempotencyKey) {
    const QString key = idempotencyKey.isEmpty() ? newIdempotencyKey() : idempotencyKey;
    return startJob<Peering>(
        ApiRequest::post(deploymentPath(deploymentId) + QLatin1String("/peerings"),
                         wire::encodeCreateRequest(request), key.toLatin1()),
        [](const ApiResponse &r) { return decodePeering(r.body); });
}

PeeringFetchJob *ApiClient::getPeering(const QString &deploymentId, const QString &recordId,
                                       const QString &ifNoneMatch) {
    ApiRequest request = ApiRequest::get(peeringPath(deploymentId, recordId));
    request.ifNoneMatch = ifNoneMatch.toLatin1();
    return startJob<PeeringFetch>(std::move(request), decodeFetch);
}

PeeringJob *ApiClient::deletePeering(const QString &deploymentId, const QString &recordId,
                                     bool force) {
    ApiRequest request = ApiRequest::remove(peeringPath(deploymentId, recordId));
    if (force)
        request.query = QStringLiteral("force=true");
    return startJob<Peering>(std::move(request),
                             [](const ApiResponse &r) { return decodePeering(r.body); });
}

PeeringJob *ApiClient::attachInSandbox(const QString &recordId) {
    return startJob<Peering>(ApiRequest::sandboxPost(QLatin1String("/peerings/") +
                                                     segment(recordId) + QLatin1String("/attach")),
                             [](const ApiResponse &r) { return decodePeering(r.body); });
}

PeeringJob *ApiClient::expireInSandbox(const QString &recordId) {
    return startJob<Peering>(ApiRequest::sandboxPost(QLatin1String("/peerings/") +
                                                     segment(recordId) + QLatin1String("/expire")),
                             [](const ApiResponse &r) { return decodePeering(r.body); });
}

} // namespace vpw::cloud
