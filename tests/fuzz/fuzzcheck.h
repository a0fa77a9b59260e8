#pragma once

// Shared by the libFuzzer targets: a violated invariant is a finding, reported with its text
// and turned into a crash libFuzzer records (with the input that caused it).

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>
#include <type_traits>

namespace vpw::fuzz {

[[noreturn]] inline void fail(const char *what, const QString &detail = {}) {
    std::fprintf(stderr, "invariant violated: %s %s\n", what, qUtf8Printable(detail));
    std::abort();
}

inline void check(bool condition, const char *what, const QString &detail = {}) {
    if (!condition)
        fail(what, detail);
}

// The same with the detail text built only when the check fails: `detail` is a callable
// returning it. Nearly every input passes every check, so formatting a detail up front (a
// concatenation, an arg(), a UTF-8 decode) would be most of the harness's own work.
template <typename Detail, typename = std::enable_if_t<std::is_invocable_r_v<QString, Detail>>>
inline void check(bool condition, const char *what, const Detail &detail) {
    if (!condition)
        fail(what, detail());
}

// The text a field receives from a paste: the input read as UTF-8 (invalid sequences become
// U+FFFD, as QString::fromUtf8 does for a real clipboard).
inline QString textOf(const uint8_t *data, size_t size) {
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace vpw::fuzz
