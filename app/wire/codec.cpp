#include "codec.h"

#include "rfc3339.h"

#include "app/core/peeringstate.h"
#include "app/core/provider.h"
#include "app/core/reservedranges.h"
#include "app/providers/registry.h"

#include <QJsonDocument>

namespace vpw::wire {

namespace {

const QString kData = QStringLiteral("data");

QByteArray compact(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonValue stringOrNull(const QString &text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

template <typename T, typename Read> Decoded<T> decodeOne(const QByteArray &body, Read read) {
    auto object = parseObject(body);
    if (!object.value)
        return Decoded<T>::fail(object.error);
    ObjectReader reader(*object.value);
    if (std::optional<T> value = read(reader))
        return {std::move(value), {}};
    return Decoded<T>::fail(reader.error());
}

// The "data" array of a list document, each item read by `read`.
template <typename T, typename Read>
std::optional<QList<T>> readData(ObjectReader &top, Read read) {
    const QJsonArray items = top.array(kData);
    QList<T> list;
    list.reserve(items.size());
    for (qsizetype i = 0; top.ok() && i < items.size(); ++i) {
        std::optional<ObjectReader> item = top.item(kData, items, i);
        if (!item)
            break;
        std::optional<T> value = read(*item);
        top.adopt(*item);
        if (value)
            list << std::move(*value);
    }
    return top.ok() ? std::optional(std::move(list)) : std::nullopt;
}

template <typename T, typename Read>
Decoded<QList<T>> decodeList(const QByteArray &body, Read read) {
    return decodeOne<QList<T>>(body, [read](ObjectReader &top) { return readData<T>(top, read); });
}

template <typename T, typename Encode>
QByteArray encodeList(const QList<T> &values, Encode encode) {
    QJsonArray data;
    for (const T &value : values)
        data.append(encode(value));
    return compact(QJsonObject{{kData, data}});
}

std::optional<Provider> parseProvider(const QString &text) {
    return providerFromString(text);
}

} // namespace

// ---- Resources

QJsonObject deploymentToJson(const Deployment &deployment) {
    return QJsonObject{
        {QStringLiteral("id"), deployment.id},
        {QStringLiteral("name"), deployment.name},
        {QStringLiteral("platform"), providerToString(deployment.provider)},
        {QStringLiteral("region"), deployment.region},
        {QStringLiteral("edition"), editionToString(deployment.edition)},
        {QStringLiteral("vpcId"), deployment.vpcId},
        {QStringLiteral("cidr"), deployment.cidr.toString()},
        {QStringLiteral("cloudAccountId"), deployment.cloudAccountId},
        {QStringLiteral("reservedCidrs"), QJsonArray::fromStringList(deployment.reservedCidrs)},
    };
}

QJsonObject resourceToJson(const BoundResource &resource) {
    return QJsonObject{
        {QStringLiteral("id"), resource.id},
        {QStringLiteral("name"), resource.name},
        {QStringLiteral("type"), resource.type},
    };
}

QJsonArray resourcesToJson(const QList<BoundResource> &resources) {
    QJsonArray array;
    for (const BoundResource &resource : resources)
        array.append(resourceToJson(resource));
    return array;
}

QJsonObject peeringToJson(const Peering &peering) {
    return QJsonObject{
        {QStringLiteral("id"), peering.id},
        {QStringLiteral("deploymentId"), peering.deploymentId},
        {QStringLiteral("provider"), providerToString(peering.provider)},
        {QStringLiteral("peeringId"), peering.peeringId},
        {QStringLiteral("accountId"), peering.accountId},
        {QStringLiteral("vpcId"), peering.vpcId},
        {QStringLiteral("cidr"), peering.cidr.toString()},
        {QStringLiteral("state"), peeringStateToString(peering.state)},
        {QStringLiteral("createdAt"), formatTime(peering.createdAt)},
        {QStringLiteral("updatedAt"), formatTime(peering.updatedAt)},
        {QStringLiteral("expiresAt"), peering.expiresAt ? QJsonValue(formatTime(*peering.expiresAt))
                                                        : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("failureReason"), stringOrNull(peering.failureReason)},
        {QStringLiteral("failureCode"), stringOrNull(failureCodeToString(peering.failureCode))},
        {QStringLiteral("boundResources"), resourcesToJson(peering.boundResources)},
    };
}

std::optional<Deployment> readDeployment(ObjectReader &r) {
    Deployment d;
    d.id = r.string(QStringLiteral("id"));
    d.name = r.string(QStringLiteral("name"));
    d.provider = r.converted<Provider>(
        QStringLiteral("platform"), parseProvider,
        QT_TRANSLATE_NOOP("vpw::wire", "expected the name of a supported provider"));
    d.region = r.string(QStringLiteral("region"));
    d.edition = r.converted<Edition>(
        QStringLiteral("edition"), [](const QString &t) { return editionFromString(t); },
        QT_TRANSLATE_NOOP("vpw::wire", "expected \"dedicated\", \"shared\" or \"trial\""));
    d.vpcId = r.string(QStringLiteral("vpcId"));
    d.cidr = r.cidr(QStringLiteral("cidr"));
    d.cloudAccountId = r.string(QStringLiteral("cloudAccountId"));
    const QString reserved = QStringLiteral("reservedCidrs");
    d.reservedCidrs = r.stringList(reserved);
    QString bad;
    if (r.ok() && !ReservedRanges::fromStrings(d.reservedCidrs, &bad)) {
        r.fail(reserved + QLatin1Char('[') + QString::number(d.reservedCidrs.indexOf(bad)) +
                   QLatin1Char(']'),
               QT_TRANSLATE_NOOP("vpw::wire", "expected a CIDR or a range of two CIDRs (A~B)"));
    }
    return r.ok() ? std::optional(std::move(d)) : std::nullopt;
}

std::optional<BoundResource> readResource(ObjectReader &r) {
    BoundResource resource{r.string(QStringLiteral("id")), r.string(QStringLiteral("name")),
                           r.string(QStringLiteral("type"))};
    return r.ok() ? std::optional(std::move(resource)) : std::nullopt;
}

std::optional<Peering> readPeering(ObjectReader &r) {
    Peering p;
    p.id = r.string(QStringLiteral("id"));
    p.deploymentId = r.string(QStringLiteral("deploymentId"));
    p.provider = r.converted<Provider>(
        QStringLiteral("provider"), parseProvider,
        QT_TRANSLATE_NOOP("vpw::wire", "expected the name of a supported provider"));
    p.peeringId = r.string(QStringLiteral("peeringId"));
    p.accountId = r.string(QStringLiteral("accountId"));
    p.vpcId = r.string(QStringLiteral("vpcId"));
    p.cidr = r.cidr(QStringLiteral("cidr"));
    p.state = r.converted<PeeringState>(
        QStringLiteral("state"), [](const QString &t) { return peeringStateFromString(t); },
        QT_TRANSLATE_NOOP("vpw::wire",
                          "expected \"pending\", \"running\", \"failed\" or \"deleting\""));
    p.createdAt = r.time(QStringLiteral("createdAt"));
    p.updatedAt = r.time(QStringLiteral("updatedAt"));
    p.expiresAt = r.nullableTime(QStringLiteral("expiresAt"));
    p.failureReason = r.nullableString(QStringLiteral("failureReason")).value_or(QString());
    // Optional (absent from older servers and state files: none); an unknown code is "other".
    p.failureCode =
        failureCodeFromString(r.optionalString(QStringLiteral("failureCode")).value_or(QString()));
    const QString resources = QStringLiteral("boundResources");
    const QJsonArray items = r.array(resources);
    for (qsizetype i = 0; r.ok() && i < items.size(); ++i) {
        std::optional<ObjectReader> item = r.item(resources, items, i);
        if (!item)
            break;
        std::optional<BoundResource> resource = readResource(*item);
        r.adopt(*item);
        if (resource)
            p.boundResources << std::move(*resource);
    }
    return r.ok() ? std::optional(std::move(p)) : std::nullopt;
}

// ---- Documents

QByteArray encodeDeployment(const Deployment &deployment) {
    return compact(deploymentToJson(deployment));
}

QByteArray encodePeering(const Peering &peering) {
    return compact(peeringToJson(peering));
}

QByteArray encodeDeploymentList(const QList<Deployment> &deployments) {
    return encodeList(deployments, deploymentToJson);
}

QByteArray encodePeeringList(const QList<Peering> &peerings) {
    return encodeList(peerings, peeringToJson);
}

Decoded<Deployment> decodeDeployment(const QByteArray &body) {
    return decodeOne<Deployment>(body, readDeployment);
}

Decoded<QList<Deployment>> decodeDeploymentList(const QByteArray &body) {
    return decodeList<Deployment>(body, readDeployment);
}

Decoded<Peering> decodePeering(const QByteArray &body) {
    return decodeOne<Peering>(body, readPeering);
}

Decoded<QList<Peering>> decodePeeringList(const QByteArray &body) {
    return decodeList<Peering>(body, readPeering);
}

QJsonObject peeringPageToJson(const QJsonArray &peerings, const QString &nextCursor) {
    return QJsonObject{{kData, peerings}, {QStringLiteral("nextCursor"), stringOrNull(nextCursor)}};
}

QByteArray encodePeeringPage(const PeeringPageBody &page) {
    QJsonArray data;
    for (const Peering &peering : page.peerings)
        data.append(peeringToJson(peering));
    return compact(peeringPageToJson(data, page.nextCursor));
}

Decoded<PeeringPageBody> decodePeeringPage(const QByteArray &body) {
    return decodeOne<PeeringPageBody>(body, [](ObjectReader &r) -> std::optional<PeeringPageBody> {
        std::optional<QList<Peering>> peerings = readData<Peering>(r, readPeering);
        const QString cursor = r.nullableString(QStringLiteral("nextCursor")).value_or(QString());
        if (!r.ok())
            return std::nullopt;
        return PeeringPageBody{std::move(*peerings), cursor};
    });
}

// ---- Error body

QJsonObject errorToJson(const ErrorBody &error) {
    QJsonObject object = error.extra;
    object.insert(QStringLiteral("code"), error.code);
    object.insert(QStringLiteral("message"), error.message);
    if (!error.field.isEmpty())
        object.insert(QStringLiteral("field"), error.field);
    if (!error.resources.isEmpty())
        object.insert(QStringLiteral("resources"), resourcesToJson(error.resources));
    return object;
}

ErrorBody decodeErrorBody(const QByteArray &body) {
    QJsonObject object = QJsonDocument::fromJson(body).object();
    ErrorBody error;
    const auto take = [&object](const QString &key) {
        const QJsonValue value = object.take(key);
        return value.isString() ? value.toString() : QString();
    };
    error.code = take(QStringLiteral("code"));
    error.message = take(QStringLiteral("message"));
    error.field = take(QStringLiteral("field"));
    const QJsonValue resources = object.value(QStringLiteral("resources"));
    if (resources.isArray()) {
        object.remove(QStringLiteral("resources"));
        for (const QJsonValue &value : resources.toArray()) {
            ObjectReader reader(value.toObject());
            if (std::optional<BoundResource> resource = readResource(reader))
                error.resources << std::move(*resource);
        }
    }
    error.extra = object;
    return error;
}

// ---- Create request

QByteArray encodeCreateRequest(const PeeringRequest &request) {
    QJsonObject object{{QStringLiteral("peeringId"), request.peeringId},
                       {QStringLiteral("accountId"), request.accountId},
                       {QStringLiteral("vpcId"), request.vpcId},
                       {QStringLiteral("cidr"), request.cidr.toString()}};
    if (!request.region.isEmpty())
        object.insert(QStringLiteral("region"), request.region);
    return compact(object);
}

Decoded<CreateRequestBody> decodeCreateRequest(const QByteArray &body) {
    return decodeOne<CreateRequestBody>(
        body, [](ObjectReader &r) -> std::optional<CreateRequestBody> {
            const auto empty = ObjectReader::Empty::Allowed;
            CreateRequestBody request;
            request.peeringId = r.string(QStringLiteral("peeringId"), empty);
            request.accountId = r.string(QStringLiteral("accountId"), empty);
            request.vpcId = r.string(QStringLiteral("vpcId"), empty);
            request.cidr = r.string(QStringLiteral("cidr"), empty);
            request.region = r.optionalString(QStringLiteral("region"));
            return r.ok() ? std::optional(std::move(request)) : std::nullopt;
        });
}

} // namespace vpw::wire
