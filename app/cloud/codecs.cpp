#include "codecs.h"

#include "jsonreader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace vpw::cloud {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("vpw::cloud::Codecs", text);
}

QString indexed(const QString &path, qsizetype index) {
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

Decoded<QJsonObject> parseObject(const QByteArray &body) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Decoded<QJsonObject>::fail(ApiError::decode(
            {}, tr("not valid JSON (%1 at byte %2)")
                    .arg(parseError.errorString(), QString::number(parseError.offset))));
    if (!document.isObject())
        return Decoded<QJsonObject>::fail(ApiError::decode({}, tr("expected a JSON object")));
    return {document.object(), {}};
}

// Reads a Cidr member: a canonical "a.b.c.d/n" (the server never sends host bits).
Cidr readCidr(JsonReader &reader, const QString &key) {
    return reader.converted<Cidr>(
        key, [](const QString &text) { return Cidr::fromString(text); },
        tr("expected a canonical IPv4 CIDR such as 10.0.0.0/16"));
}

std::optional<Deployment> readDeployment(JsonReader &r) {
    Deployment d;
    d.id = r.string(QStringLiteral("id"));
    d.name = r.string(QStringLiteral("name"));
    d.platform = r.converted<Provider>(
        QStringLiteral("platform"), [](const QString &t) { return providerFromString(t); },
        tr("expected \"aliyun\" or \"huawei\""));
    d.region = r.string(QStringLiteral("region"));
    d.edition = r.converted<Edition>(
        QStringLiteral("edition"), [](const QString &t) { return editionFromString(t); },
        tr("expected \"dedicated\", \"shared\" or \"trial\""));
    d.vpcId = r.string(QStringLiteral("vpcId"));
    d.cidr = readCidr(r, QStringLiteral("cidr"));
    d.cloudAccountId = r.string(QStringLiteral("cloudAccountId"));
    d.reservedCidrs = r.stringList(QStringLiteral("reservedCidrs"));
    return r.ok() ? std::optional(d) : std::nullopt;
}

void readBoundResources(JsonReader &r, Peering &p) {
    const QString key = QStringLiteral("boundResources");
    const QJsonArray items = r.array(key);
    for (qsizetype i = 0; r.ok() && i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            r.fail(indexed(key, i), tr("expected an object"));
            return;
        }
        JsonReader item(items.at(i).toObject(), indexed(r.pathOf(key), i));
        BoundResource resource{item.string(QStringLiteral("id")),
                               item.string(QStringLiteral("name")),
                               item.string(QStringLiteral("type"))};
        if (!item.ok()) {
            r.adopt(item);
            return;
        }
        p.boundResources << resource;
    }
}

std::optional<Peering> readPeering(JsonReader &r) {
    Peering p;
    p.id = r.string(QStringLiteral("id"));
    p.deploymentId = r.string(QStringLiteral("deploymentId"));
    p.provider = r.converted<Provider>(
        QStringLiteral("provider"), [](const QString &t) { return providerFromString(t); },
        tr("expected \"aliyun\" or \"huawei\""));
    p.peeringId = r.string(QStringLiteral("peeringId"));
    p.accountId = r.string(QStringLiteral("accountId"));
    p.vpcId = r.string(QStringLiteral("vpcId"));
    p.cidr = readCidr(r, QStringLiteral("cidr"));
    p.state = r.converted<PeeringState>(
        QStringLiteral("state"), [](const QString &t) { return peeringStateFromString(t); },
        tr("expected \"pending\", \"running\", \"failed\" or \"deleting\""));
    p.createdAt = r.time(QStringLiteral("createdAt"));
    p.updatedAt = r.time(QStringLiteral("updatedAt"));
    p.expiresAt = r.nullableTime(QStringLiteral("expiresAt"));
    p.failureReason = r.nullableString(QStringLiteral("failureReason")).value_or(QString());
    readBoundResources(r, p);
    return r.ok() ? std::optional(p) : std::nullopt;
}

template <typename T, typename Read> Decoded<T> decodeOne(const QByteArray &body, Read read) {
    const auto object = parseObject(body);
    if (!object.value)
        return Decoded<T>::fail(object.error);
    JsonReader reader(*object.value, {});
    if (auto value = read(reader))
        return {std::move(value), {}};
    return Decoded<T>::fail(ApiError::decode(reader.errorField(), reader.errorDetail()));
}

template <typename T, typename Read> Decoded<QList<T>> decodeData(JsonReader &top, Read read);

template <typename T, typename Read>
Decoded<QList<T>> decodeList(const QByteArray &body, Read read) {
    const auto object = parseObject(body);
    if (!object.value)
        return Decoded<QList<T>>::fail(object.error);
    JsonReader top(*object.value, {});
    return decodeData<T>(top, read);
}

// The "data" array of a list document, each item read by `read`.
template <typename T, typename Read> Decoded<QList<T>> decodeData(JsonReader &top, Read read) {
    const QString key = QStringLiteral("data");
    const QJsonArray items = top.array(key);
    if (!top.ok())
        return Decoded<QList<T>>::fail(ApiError::decode(top.errorField(), top.errorDetail()));
    QList<T> list;
    list.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject())
            return Decoded<QList<T>>::fail(
                ApiError::decode(indexed(key, i), tr("expected an object")));
        JsonReader reader(items.at(i).toObject(), indexed(key, i));
        auto value = read(reader);
        if (!value)
            return Decoded<QList<T>>::fail(
                ApiError::decode(reader.errorField(), reader.errorDetail()));
        list << std::move(*value);
    }
    return {std::move(list), {}};
}

} // namespace

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

Decoded<PeeringListPage> decodePeeringListPage(const QByteArray &body) {
    const auto object = parseObject(body);
    if (!object.value)
        return Decoded<PeeringListPage>::fail(object.error);
    JsonReader top(*object.value, {});
    Decoded<QList<Peering>> peerings = decodeData<Peering>(top, readPeering);
    if (!peerings.value)
        return Decoded<PeeringListPage>::fail(peerings.error);
    const std::optional<QString> cursor = top.nullableString(QStringLiteral("nextCursor"));
    if (!top.ok())
        return Decoded<PeeringListPage>::fail(
            ApiError::decode(top.errorField(), top.errorDetail()));
    return {PeeringListPage{std::move(*peerings.value), cursor.value_or(QString())}, {}};
}

QByteArray encodePeeringRequest(const PeeringRequest &request) {
    QJsonObject object{{QStringLiteral("peeringId"), request.peeringId},
                       {QStringLiteral("accountId"), request.accountId},
                       {QStringLiteral("vpcId"), request.vpcId},
                       {QStringLiteral("cidr"), request.cidr.toString()}};
    if (!request.region.isEmpty())
        object.insert(QStringLiteral("region"), request.region);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void readErrorBody(const QByteArray &body, ApiError &error) {
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const auto text = [&object](const char *key) {
        return object.value(QLatin1String(key)).toString();
    };
    error.code = text("code");
    error.message = text("message");
    error.field = text("field");
    const QJsonArray resources = object.value(QLatin1String("resources")).toArray();
    for (const QJsonValue &value : resources) {
        const QJsonObject item = value.toObject();
        error.resources << BoundResource{item.value(QLatin1String("id")).toString(),
                                         item.value(QLatin1String("name")).toString(),
                                         item.value(QLatin1String("type")).toString()};
    }
}

} // namespace vpw::cloud
