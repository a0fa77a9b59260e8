#include "objectreader.h"

#include "rfc3339.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace vpw::wire {

namespace {

const char kContext[] = "vpw::wire";

} // namespace

QString DecodeError::problemText(Language language) const {
    if (!problem)
        return {};
    QString text = language == Language::Translated ? QCoreApplication::translate(kContext, problem)
                                                    : QString::fromUtf8(problem);
    for (const QString &argument : arguments)
        text = text.arg(argument);
    return text;
}

QString DecodeError::text(Language language) const {
    const QString detail = problemText(language);
    return path.isEmpty() ? detail : path + QLatin1String(": ") + detail;
}

Decoded<QJsonObject> parseObject(const QByteArray &bytes) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Decoded<QJsonObject>::fail(
            {{},
             QT_TRANSLATE_NOOP("vpw::wire", "not valid JSON (%1 at byte %2)"),
             {parseError.errorString(), QString::number(parseError.offset)}});
    }
    if (!document.isObject())
        return Decoded<QJsonObject>::fail(
            {{}, QT_TRANSLATE_NOOP("vpw::wire", "expected a JSON object"), {}});
    return {document.object(), {}};
}

ObjectReader::ObjectReader(const QJsonObject &object, const QString &path)
    : m_object(object)
    , m_path(path) {}

QString ObjectReader::pathOf(const QString &key) const {
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

QString ObjectReader::pathOf(const QString &key, qsizetype index) const {
    return pathOf(key) + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

void ObjectReader::fail(const QString &key, const char *problem, const QStringList &arguments) {
    if (!ok())
        return; // the first error is the useful one
    m_error = {pathOf(key), problem, arguments};
}

void ObjectReader::adopt(const ObjectReader &nested) {
    if (ok() && !nested.ok())
        m_error = nested.m_error;
}

QJsonValue ObjectReader::member(const QString &key, bool allowNull) {
    if (!ok())
        return {};
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        fail(key, QT_TRANSLATE_NOOP("vpw::wire", "missing"));
        return {};
    }
    if (it->isNull() && !allowNull) {
        fail(key, QT_TRANSLATE_NOOP("vpw::wire", "must not be null"));
        return {};
    }
    return *it;
}

QString ObjectReader::string(const QString &key, Empty empty) {
    const QJsonValue value = member(key, false);
    if (!ok())
        return {};
    if (!value.isString()) {
        fail(key, QT_TRANSLATE_NOOP("vpw::wire", "expected a string"));
        return {};
    }
    QString text = value.toString();
    if (text.isEmpty() && empty == Empty::Refused) {
        fail(key, QT_TRANSLATE_NOOP("vpw::wire", "must not be empty"));
        return {};
    }
    return text;
}

std::optional<QString> ObjectReader::nullableString(const QString &key) {
    const QJsonValue value = member(key, true);
    if (!ok() || value.isNull())
        return std::nullopt;
    if (!value.isString()) {
        fail(key, QT_TRANSLATE_NOOP("vpw::wire", "expected a string or null"));
        return std::nullopt;
    }
    return value.toString();
}

QDateTime ObjectReader::time(const QString &key) {
    const QJsonValue value = member(key, false);
    if (!ok())
        return {};
    const auto parsed = value.isString() ? parseTime(value.toString()) : std::nullopt;
    if (!parsed) {
        fail(key, QT_TRANSLATE_NOOP("vpw::wire", "expected an RFC 3339 time"));
        return {};
    }
    return *parsed;
}

std::optional<QDateTime> ObjectReader::nullableTime(const QString &key) {
    const QJsonValue value = member(key, true);
    if (!ok() || value.isNull())
        return std::nullopt;
    const auto parsed = value.isString() ? parseTime(value.toString()) : std::nullopt;
    if (!parsed)
        fail(key, QT_TRANSLATE_NOOP("vpw::wire", "expected an RFC 3339 time or null"));
    return parsed;
}

std::optional<QString> ObjectReader::optionalString(const QString &key) {
    if (!ok() || !m_object.contains(key))
        return std::nullopt;
    return nullableString(key);
}

std::optional<QDateTime> ObjectReader::optionalTime(const QString &key) {
    if (!ok() || !m_object.contains(key))
        return std::nullopt;
    return nullableTime(key);
}

QJsonArray ObjectReader::array(const QString &key) {
    const QJsonValue value = member(key, false);
    if (!ok())
        return {};
    if (!value.isArray()) {
        fail(key, QT_TRANSLATE_NOOP("vpw::wire", "expected an array"));
        return {};
    }
    return value.toArray();
}

QStringList ObjectReader::stringList(const QString &key) {
    const QJsonArray items = array(key);
    QStringList list;
    list.reserve(items.size());
    for (qsizetype i = 0; ok() && i < items.size(); ++i) {
        if (!items.at(i).isString()) {
            m_error = {pathOf(key, i), QT_TRANSLATE_NOOP("vpw::wire", "expected a string"), {}};
            return {};
        }
        list << items.at(i).toString();
    }
    return list;
}

Cidr ObjectReader::cidr(const QString &key) {
    const QString text = string(key);
    if (!ok())
        return {};
    if (const std::optional<Cidr> parsed = Cidr::fromString(text))
        return *parsed;
    fail(key, QT_TRANSLATE_NOOP("vpw::wire", "expected a canonical IPv4 CIDR such as 10.0.0.0/16"));
    return {};
}

qint64 ObjectReader::integer(const QString &key, qint64 minimum, qint64 maximum) {
    const QJsonValue value = member(key, false);
    if (!ok())
        return 0;
    const double number = value.toDouble();
    // Doubles hold every integer up to 2^53 exactly; the ranges read here are far smaller.
    if (!value.isDouble() || !(number >= double(minimum) && number <= double(maximum)) ||
        number != std::floor(number)) {
        fail(key, QT_TRANSLATE_NOOP("vpw::wire", "expected a whole number from %1 to %2"),
             {QString::number(minimum), QString::number(maximum)});
        return 0;
    }
    return qint64(number);
}

std::optional<ObjectReader> ObjectReader::item(const QString &key, const QJsonArray &items,
                                               qsizetype index) {
    if (!ok())
        return std::nullopt;
    if (!items.at(index).isObject()) {
        m_error = {pathOf(key, index), QT_TRANSLATE_NOOP("vpw::wire", "expected an object"), {}};
        return std::nullopt;
    }
    return ObjectReader(items.at(index).toObject(), pathOf(key, index));
}

} // namespace vpw::wire
