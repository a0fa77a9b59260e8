#include "codec.h"

#include "app/core/peeringstate.h"
#include "app/core/provider.h"
#include "app/core/reservedranges.h"

#include <QJsonValue>

namespace vpw::sandbox {

QString formatTime(const QDateTime &time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

std::optional<QDateTime> parseTime(const QString &text) {
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return time.toUTC();
}

namespace {

QJsonValue timeOrNull(const std::optional<QDateTime> &time) {
    return time ? QJsonValue(formatTime(*time)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject deploymentToJson(const Deployment &deployment) {
    return QJsonObject{
        {QStringLiteral("id"), deployment.id},
        {QStringLiteral("name"), deployment.name},
        {QStringLiteral("platform"), providerToString(deployment.platform)},
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
        {QStringLiteral("expiresAt"), timeOrNull(peering.expiresAt)},
        {QStringLiteral("failureReason"), peering.failureReason.isEmpty()
                                              ? QJsonValue(QJsonValue::Null)
                                              : QJsonValue(peering.failureReason)},
        {QStringLiteral("boundResources"), resourcesToJson(peering.boundResources)},
    };
}

JsonReader::JsonReader(const QJsonObject &object, QString where)
    : m_object(object)
    , m_where(std::move(where)) {}

void JsonReader::fail(const char *key, const QString &problem) {
    if (m_error.isEmpty())
        m_error = m_where + u'.' + QLatin1String(key) + QStringLiteral(": ") + problem;
}

QString JsonReader::string(const char *key) {
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined()) {
        fail(key, QStringLiteral("missing"));
        return {};
    }
    if (!value.isString()) {
        fail(key, QStringLiteral("not a string"));
        return {};
    }
    return value.toString();
}

std::optional<QString> JsonReader::optionalString(const char *key) {
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString()) {
        fail(key, QStringLiteral("not a string"));
        return std::nullopt;
    }
    return value.toString();
}

QDateTime JsonReader::time(const char *key) {
    const QString text = string(key);
    if (!ok())
        return {};
    const std::optional<QDateTime> parsed = parseTime(text);
    if (!parsed) {
        fail(key, QStringLiteral("not an RFC 3339 time: ") + text);
        return {};
    }
    return *parsed;
}

std::optional<QDateTime> JsonReader::optionalTime(const char *key) {
    const std::optional<QString> text = optionalString(key);
    if (!text)
        return std::nullopt;
    const std::optional<QDateTime> parsed = parseTime(*text);
    if (!parsed)
        fail(key, QStringLiteral("not an RFC 3339 time: ") + *text);
    return parsed;
}

QJsonArray JsonReader::array(const char *key) {
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (!value.isArray()) {
        fail(key, value.isUndefined() ? QStringLiteral("missing") : QStringLiteral("not an array"));
        return {};
    }
    return value.toArray();
}

QStringList JsonReader::stringList(const char *key) {
    QStringList result;
    const QJsonArray values = array(key);
    for (const QJsonValue &value : values) {
        if (!value.isString()) {
            fail(key, QStringLiteral("contains a non-string"));
            return {};
        }
        result.append(value.toString());
    }
    return result;
}

Cidr JsonReader::cidr(const char *key) {
    const QString text = string(key);
    if (!ok())
        return {};
    const std::optional<Cidr> parsed = Cidr::fromString(text);
    if (!parsed) {
        fail(key, QStringLiteral("not a canonical CIDR: ") + text);
        return {};
    }
    return *parsed;
}

std::optional<Deployment> deploymentFromJson(const QJsonObject &object, const QString &where,
                                             QString *error) {
    JsonReader in(object, where);
    Deployment deployment;
    deployment.id = in.string("id");
    deployment.name = in.string("name");
    const QString platform = in.string("platform");
    deployment.region = in.string("region");
    const QString edition = in.string("edition");
    deployment.vpcId = in.string("vpcId");
    deployment.cidr = in.cidr("cidr");
    deployment.cloudAccountId = in.string("cloudAccountId");
    deployment.reservedCidrs = in.stringList("reservedCidrs");
    if (in.ok()) {
        if (const auto provider = providerFromString(platform))
            deployment.platform = *provider;
        else
            in.fail("platform", QStringLiteral("unknown platform: ") + platform);
        if (const auto parsed = editionFromString(edition))
            deployment.edition = *parsed;
        else
            in.fail("edition", QStringLiteral("unknown edition: ") + edition);
        QString bad;
        if (!ReservedRanges::fromStrings(deployment.reservedCidrs, &bad))
            in.fail("reservedCidrs", QStringLiteral("not a CIDR or range: ") + bad);
    }
    if (!in.ok()) {
        *error = in.error();
        return std::nullopt;
    }
    return deployment;
}

namespace {

QList<BoundResource> readResources(JsonReader &in, const QJsonArray &array) {
    QList<BoundResource> resources;
    for (qsizetype i = 0; i < array.size() && in.ok(); ++i) {
        JsonReader item(array.at(i).toObject(), in.where() + QStringLiteral(".boundResources[") +
                                                    QString::number(i) + u']');
        BoundResource resource{item.string("id"), item.string("name"), item.string("type")};
        if (!array.at(i).isObject())
            in.fail("boundResources", QStringLiteral("contains a non-object"));
        else if (!item.ok())
            in.fail("boundResources", item.error());
        resources.append(resource);
    }
    return resources;
}

} // namespace

std::optional<Peering> peeringFromJson(const QJsonObject &object, const QString &where,
                                       QString *error) {
    JsonReader in(object, where);
    Peering peering;
    peering.id = in.string("id");
    peering.deploymentId = in.string("deploymentId");
    const QString provider = in.string("provider");
    peering.peeringId = in.string("peeringId");
    peering.accountId = in.string("accountId");
    peering.vpcId = in.string("vpcId");
    peering.cidr = in.cidr("cidr");
    const QString state = in.string("state");
    peering.createdAt = in.time("createdAt");
    peering.updatedAt = in.time("updatedAt");
    peering.expiresAt = in.optionalTime("expiresAt");
    peering.failureReason = in.optionalString("failureReason").value_or(QString());
    peering.boundResources = readResources(in, in.array("boundResources"));
    if (in.ok()) {
        if (const auto parsed = providerFromString(provider))
            peering.provider = *parsed;
        else
            in.fail("provider", QStringLiteral("unknown provider: ") + provider);
        if (const auto parsed = peeringStateFromString(state))
            peering.state = *parsed;
        else
            in.fail("state", QStringLiteral("unknown state: ") + state);
    }
    if (!in.ok()) {
        *error = in.error();
        return std::nullopt;
    }
    return peering;
}

} // namespace vpw::sandbox
