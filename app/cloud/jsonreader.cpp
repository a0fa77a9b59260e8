#include "jsonreader.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace vpw::cloud {

std::optional<QDateTime> parseRfc3339(QStringView text) {
    // Qt's ISO parser also takes a time without a zone (as local time): the contract says UTC
    // with an explicit designator, so the shape is checked first.
    static const QRegularExpression shape(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDateTime parsed = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toUTC();
}

JsonReader::JsonReader(const QJsonObject &object, const QString &path)
    : m_object(object)
    , m_path(path) {}

QString JsonReader::pathOf(const QString &key) const {
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

void JsonReader::fail(const QString &key, const QString &detail) {
    if (!ok())
        return; // the first error is the useful one
    m_errorField = pathOf(key);
    m_errorDetail = detail;
}

void JsonReader::adopt(const JsonReader &nested) {
    if (ok() && !nested.ok()) {
        m_errorField = nested.m_errorField;
        m_errorDetail = nested.m_errorDetail;
    }
}

QJsonValue JsonReader::member(const QString &key, bool allowNull) {
    if (!ok())
        return {};
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        fail(key, tr("missing"));
        return {};
    }
    if (it->isNull() && !allowNull) {
        fail(key, tr("must not be null"));
        return {};
    }
    return *it;
}

QString JsonReader::string(const QString &key) {
    const QJsonValue value = member(key, false);
    if (!ok())
        return {};
    if (!value.isString()) {
        fail(key, tr("expected a string"));
        return {};
    }
    if (value.toString().isEmpty()) {
        fail(key, tr("must not be empty"));
        return {};
    }
    return value.toString();
}

std::optional<QString> JsonReader::nullableString(const QString &key) {
    const QJsonValue value = member(key, true);
    if (!ok() || value.isNull())
        return std::nullopt;
    if (!value.isString()) {
        fail(key, tr("expected a string or null"));
        return std::nullopt;
    }
    return value.toString();
}

QDateTime JsonReader::time(const QString &key) {
    const QJsonValue value = member(key, false);
    if (!ok())
        return {};
    const auto parsed = value.isString() ? parseRfc3339(value.toString()) : std::nullopt;
    if (!parsed) {
        fail(key, tr("expected an RFC 3339 time"));
        return {};
    }
    return *parsed;
}

std::optional<QDateTime> JsonReader::nullableTime(const QString &key) {
    const QJsonValue value = member(key, true);
    if (!ok() || value.isNull())
        return std::nullopt;
    const auto parsed = value.isString() ? parseRfc3339(value.toString()) : std::nullopt;
    if (!parsed)
        fail(key, tr("expected an RFC 3339 time or null"));
    return parsed;
}

QJsonArray JsonReader::array(const QString &key) {
    const QJsonValue value = member(key, false);
    if (!ok())
        return {};
    if (!value.isArray()) {
        fail(key, tr("expected an array"));
        return {};
    }
    return value.toArray();
}

QStringList JsonReader::stringList(const QString &key) {
    const QJsonArray items = array(key);
    QStringList list;
    for (qsizetype i = 0; ok() && i < items.size(); ++i) {
        if (!items.at(i).isString()) {
            fail(key + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'),
                 tr("expected a string"));
            return {};
        }
        list << items.at(i).toString();
    }
    return list;
}

} // namespace vpw::cloud
