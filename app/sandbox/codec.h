#pragma once

#include "app/core/model.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace vpw::sandbox {

// JSON of the API resources (docs/openapi.yaml) and strict readers for the state file.

// RFC 3339 UTC with milliseconds: "2024-05-01T10:00:00.000Z".
QString formatTime(const QDateTime &time);
std::optional<QDateTime> parseTime(const QString &text);

QJsonObject deploymentToJson(const Deployment &deployment);
QJsonObject peeringToJson(const Peering &peering);
QJsonObject resourceToJson(const BoundResource &resource);
QJsonArray resourcesToJson(const QList<BoundResource> &resources);

// Reads members of one JSON object, remembering the first problem as "<where>.<key>: <what>",
// so a corrupt state file is reported precisely. After an error every read returns a default.
class JsonReader {
public:
    JsonReader(const QJsonObject &object, QString where);

    QString string(const char *key);
    std::optional<QString> optionalString(const char *key); // absent or null -> nullopt
    QDateTime time(const char *key);
    std::optional<QDateTime> optionalTime(const char *key);
    QStringList stringList(const char *key);
    QJsonArray array(const char *key);
    Cidr cidr(const char *key);
    void fail(const char *key, const QString &problem);

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    const QString &where() const { return m_where; }

private:
    QJsonObject m_object;
    QString m_where;
    QString m_error;
};

std::optional<Deployment> deploymentFromJson(const QJsonObject &object, const QString &where,
                                             QString *error);
std::optional<Peering> peeringFromJson(const QJsonObject &object, const QString &where,
                                       QString *error);

} // namespace vpw::sandbox
