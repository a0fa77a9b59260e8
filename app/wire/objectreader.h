#pragma once

#include "app/core/cidr.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace vpw::wire {

// Where and why a JSON document does not follow the contract. `problem` is an untranslated
// source text of context "vpw::wire" (QT_TRANSLATE_NOOP), so the client shows it translated
// and the server and its state file report it in English from the same value.
struct DecodeError {
    enum class Language { Translated, English };

    QString path;                  // JSON path, e.g. "data[2].createdAt"; empty: the document
    const char *problem = nullptr; // null: no error
    QStringList arguments;         // for %1, %2... of `problem`

    bool isError() const { return problem != nullptr; }
    // The problem alone: "expected an RFC 3339 time".
    QString problemText(Language language = Language::Translated) const;
    // "data[2].createdAt: expected an RFC 3339 time" (just the problem for the document).
    QString text(Language language = Language::Translated) const;
};

// A decoded value, or the first place where the document breaks the contract.
template <typename T> struct Decoded {
    std::optional<T> value;
    DecodeError error; // meaningful when !value

    static Decoded fail(DecodeError e) { return {std::nullopt, std::move(e)}; }
};

// A JSON document that must be an object: not JSON and not an object are DecodeErrors with an
// empty path.
Decoded<QJsonObject> parseObject(const QByteArray &bytes);

// Reads the members of one JSON object strictly. Each accessor names the member; a missing or
// mistyped member records the first error with its JSON path (`path` + "." + key) and returns
// an empty value, so a reader reads every member and checks ok() once at the end. After the
// first error every accessor returns an empty value and records nothing more.
//
// The rule for nullable members (the same for API answers and the sandbox's state file): a
// member the contract lists as nullable must still be present, as null or a value. Absent is
// an error ("missing"), never a silent null. Optional members (absent, null or a value: the
// create request's "region", the state file's own schedule) are read with the optional*
// accessors.
class ObjectReader {
public:
    enum class Empty { Refused, Allowed };

    explicit ObjectReader(const QJsonObject &object, const QString &path = {});

    QString string(const QString &key, Empty empty = Empty::Refused); // a string
    std::optional<QString> nullableString(const QString &key);        // string or null
    QDateTime time(const QString &key);                               // RFC 3339
    std::optional<QDateTime> nullableTime(const QString &key);        // RFC 3339 or null
    std::optional<QString> optionalString(const QString &key);        // absent, null or a string
    std::optional<QDateTime> optionalTime(const QString &key);        // absent, null or RFC 3339
    QJsonArray array(const QString &key);
    QStringList stringList(const QString &key);
    Cidr cidr(const QString &key); // canonical "a.b.c.d/n"
    qint64 integer(const QString &key, qint64 minimum, qint64 maximum);
    // The object at `key`[index] of an array read before, as a reader of its own (nullopt and
    // an error when it is not an object). Adopt its error after reading it.
    std::optional<ObjectReader> item(const QString &key, const QJsonArray &items, qsizetype index);

    // A string member converted by `parse` (enum names); `expected` (QT_TRANSLATE_NOOP of
    // context "vpw::wire") describes the accepted values.
    template <typename T, typename Parse>
    T converted(const QString &key, Parse parse, const char *expected) {
        const QString text = string(key);
        if (!ok())
            return T{};
        if (auto value = parse(text))
            return *value;
        fail(key, expected);
        return T{};
    }

    bool ok() const { return !m_error.isError(); }
    const DecodeError &error() const { return m_error; }
    const QString &path() const { return m_path; }
    QString pathOf(const QString &key) const;
    QString pathOf(const QString &key, qsizetype index) const;
    // Records `problem` at the member `key` (a relative path such as "data[2]" works too).
    void fail(const QString &key, const char *problem, const QStringList &arguments = {});
    // Records an error found by a nested reader (its path is already complete).
    void adopt(const ObjectReader &nested);

private:
    QJsonValue member(const QString &key, bool allowNull);

    QJsonObject m_object;
    QString m_path;
    DecodeError m_error;
};

} // namespace vpw::wire
