#include "verdict.h"

namespace vpw {

Verdict Verdict::ok(const QString &normalized, const QString &message) {
    Verdict v;
    v.severity = Severity::Ok;
    v.message = message;
    v.normalized = normalized;
    return v;
}

Verdict Verdict::warning(const QString &code, const QString &message, const QString &normalized) {
    Verdict v;
    v.severity = Severity::Warning;
    v.code = code;
    v.message = message;
    v.normalized = normalized;
    return v;
}

Verdict Verdict::error(const QString &code, const QString &message, const QString &suggestion) {
    Verdict v;
    v.severity = Severity::Error;
    v.code = code;
    v.message = message;
    v.suggestion = suggestion;
    // An error has nothing to submit: `normalized` stays empty by contract.
    return v;
}

} // namespace vpw
