#pragma once

#include "app/core/model.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace vpw::cloud {

// Why an API call did not produce its value. A plain value: copy it freely.
//
//   Network  no HTTP answer: refused, reset, DNS, or an unusable endpoint (code
//            "INVALID_ENDPOINT").
//   Timeout  no progress for the transfer timeout (ClientOptions::transferTimeoutMs), or no
//            complete answer by the call's deadline (ClientOptions::deadlineMs).
//   Http     the server answered with a status the call does not accept; `code`, `message`,
//            `field` and `resources` come from the error body when it has them.
//            429 carries `retryAfterSeconds` (also when the wait exceeded what the client
//            retries by itself: the caller decides when to try again).
//   Decode   the answer is not what the contract says: not JSON, a field missing or of the
//            wrong type (`field` is its JSON path, e.g. "data[2].createdAt"), a body cut off
//            after the headers (code "TRUNCATED"), or more than
//            ClientOptions::maxResponseBytes (code "TOO_LARGE"). Never retried.
//   Tls      the TLS handshake or certificate check failed (never ignored; `message` lists
//            the certificate errors), the peer closed the connection during the handshake,
//            or a non-loopback endpoint without https (code "HTTPS_REQUIRED"). Never retried.
//
// Retried by the client before it reports them (idempotent calls only): Network (except
// INVALID_ENDPOINT), Timeout, Http 429 and 5xx — see isTransient().
//
// `message` is either the server's text (Http) or a technical detail; it is not translated
// and must be shown as plain text. userMessage() is the translated, actionable sentence.
struct ApiError {
    Q_DECLARE_TR_FUNCTIONS(vpw::cloud::ApiError)

public:
    enum Kind { Network, Timeout, Http, Decode, Tls };

    Kind kind = Network;
    int httpStatus = 0; // 0 when there was no HTTP answer
    QString code;       // "NOT_FOUND", "CIDR_RESERVED"... or a client code (see above)
    QString message;
    QString field;
    std::optional<int> retryAfterSeconds;
    QList<vpw::BoundResource> resources; // RESOURCES_BOUND: what blocks the delete

    // Client-side codes.
    static constexpr const char *InvalidEndpoint = "INVALID_ENDPOINT";
    static constexpr const char *HttpsRequired = "HTTPS_REQUIRED";
    static constexpr const char *TooLarge = "TOO_LARGE";
    static constexpr const char *Truncated = "TRUNCATED";

    // The translated sentence for the operator: what happened and what to do. Does not
    // include `message` (server text is shown separately, as plain text, by the UI).
    QString userMessage() const;
    // True for the errors a later retry may cure (network, timeout, 429, 5xx).
    bool isTransient() const;
    // "Http 409 RESOURCES_BOUND: ..." for logs and test failure output. Holds no secrets.
    QString debugString() const;

    static ApiError decode(const QString &field, const QString &detail);

private:
    // The 429 sentence for a wait of `seconds` (seconds, minutes, hours or days).
    static QString retryLaterMessage(qint64 seconds);
};

} // namespace vpw::cloud
