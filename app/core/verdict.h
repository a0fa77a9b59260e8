#pragma once

#include <QString>

namespace vpw {

enum class Severity { Ok, Warning, Error };

// The answer for one field as typed: what the UI shows under the field.
// `message` is translated and says what is wrong and what a right value looks like;
// `suggestion` is a corrected value the UI may offer ("use 192.168.1.0/24");
// `normalized` is the value to submit when the verdict is not an error (trimmed,
// case-normalised, hyphens removed...), empty for an error.
// `code` is a stable machine-readable reason ("cidr.host_bits"), for tests and the server.
struct Verdict {
    Severity severity = Severity::Ok;
    QString code;
    QString message;
    QString suggestion;
    QString normalized;

    bool isOk() const { return severity == Severity::Ok; }
    bool isWarning() const { return severity == Severity::Warning; }
    bool isError() const { return severity == Severity::Error; }
    bool acceptable() const { return severity != Severity::Error; }

    static Verdict ok(const QString &normalized, const QString &message = {});
    static Verdict warning(const QString &code, const QString &message, const QString &normalized);
    static Verdict error(const QString &code, const QString &message,
                         const QString &suggestion = {});
};

} // namespace vpw
