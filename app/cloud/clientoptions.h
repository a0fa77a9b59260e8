#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QtGlobal>

#include <optional>

namespace vpw::cloud {

// Tunables of ApiClient. The defaults are the product's; tests shorten them.
struct ClientOptions {
    // No progress for this long ends an attempt with a Timeout (QNetworkRequest's transfer
    // timeout: it restarts whenever bytes move).
    int transferTimeoutMs = 15000;
    // The whole call, every attempt and wait included, ends with a Timeout after this long,
    // even while bytes keep arriving (a body trickling in a byte at a time would never trip
    // the transfer timeout). A retry that could not start before it is not made: the call
    // ends with the error of its last attempt instead.
    int deadlineMs = 60000;
    // Attempts per call, the first included. Only idempotent calls (GET, DELETE, POST with an
    // Idempotency-Key) are retried, and only after a network error, a timeout, 429 or 5xx.
    int maxAttempts = 4;
    // Backoff before attempt n+1: min(maxBackoffMs, initialBackoffMs * 2^(n-1)), of which a
    // random half is jitter (so clients that failed together do not retry together).
    int initialBackoffMs = 400;
    int maxBackoffMs = 8000;
    // A 429 is retried after its Retry-After (never earlier) when that is at most this long;
    // a longer wait ends the call with the 429 and its retryAfterSeconds instead of a job
    // that seems frozen.
    int maxRetryAfterSeconds = 30;
    // Larger answers are aborted while arriving and end with a Decode error "TOO_LARGE": at
    // once for a declared Content-Length, otherwise (chunked, no length, a compressed body
    // that expands) as soon as the bytes received pass it, counted after decompression.
    qint64 maxResponseBytes = 1024 * 1024;
};

// The delay before the attempt after `failedAttempts` failures (>= 1), jitter included.
int backoffDelayMs(const ClientOptions &options, int failedAttempts);

// Retry-After as seconds: delta-seconds ("120") or an HTTP date, relative to `serverNow`
// (the answer's Date, so skew does not matter). Negative values and garbage give nullopt; a
// date in the past gives 0; anything beyond kMaxRetryAfterSeconds (a year, e.g. a date in
// 9999) is clamped to it, computed in 64 bits.
constexpr int kMaxRetryAfterSeconds = 86400 * 365;
std::optional<int> parseRetryAfter(const QByteArray &value, const QDateTime &serverNow);

} // namespace vpw::cloud
