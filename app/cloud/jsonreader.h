#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <optional>

namespace vpw::cloud {

// Parses an RFC 3339 time with an explicit zone ("2024-05-01T10:00:00Z",
// "2024-05-01T18:00:00.250+08:00") into UTC. A time without a zone is rejected.
std::optional<QDateTime> parseRfc3339(QStringView text);

// Reads the fields of one JSON object strictly. Each accessor names the member; a missing or
// mistyped member records the first error with its JSON path (`path` + "." + key) and returns
// an empty value, so a decoder reads every field and checks ok() once at the end. Never
// invents a default: nullable members are read with the nullable* accessors and must still be
// present (as null) when the contract lists them.
class JsonReader {
    Q_DECLARE_TR_FUNCTIONS(vpw::cloud::JsonReader)

public:
    JsonReader(const QJsonObject &object, const QString &path);

    QString string(const QString &key);                        // non-empty string
    std::optional<QString> nullableString(const QString &key); // string or null
    QDateTime time(const QString &key);                        // RFC 3339
    std::optional<QDateTime> nullableTime(const QString &key); // RFC 3339 or null
    QJsonArray array(const QString &key);
    QStringList stringList(const QString &key);

    // A string member converted by `parse` (enum names, CIDRs); `expected` describes the
    // accepted values for the error ("one of aliyun, huawei").
    template <typename T, typename Parse>
    T converted(const QString &key, Parse parse, const QString &expected) {
        const QString text = string(key);
        if (!ok())
            return T{};
        if (auto value = parse(text))
            return *value;
        fail(key, expected);
        return T{};
    }

    bool ok() const { return m_errorField.isEmpty(); }
    QString errorField() const { return m_errorField; }
    QString errorDetail() const { return m_errorDetail; }
    QString pathOf(const QString &key) const;
    void fail(const QString &key, const QString &detail);
    // Records an error found by a nested reader (its field is already a full path).
    void adopt(const JsonReader &nested);

private:
    QJsonValue member(const QString &key, bool allowNull);

    QJsonObject m_object;
    QString m_path;
    QString m_errorField;
    QString m_errorDetail;
};

} // namespace vpw::cloud
