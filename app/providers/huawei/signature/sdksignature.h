#pragma once

#include "app/providers/signing/signedauthorization.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// Huawei Cloud's API gateway signature SDK-HMAC-SHA256 (providers-api.md Appendix A.1), used by
// the client to sign and by the emulator to verify. Built on QCryptographicHash and
// QMessageAuthenticationCode; no hand-written cryptography.
namespace vpw::huawei {

inline constexpr char kAlgorithm[] = "SDK-HMAC-SHA256";
inline constexpr char kUnsignedPayload[] = "UNSIGNED-PAYLOAD";

struct SignInput {
    QByteArray method = "GET";
    QString path;                                 // decoded absolute path, e.g. "/v1/p/vpcs"
    QList<QPair<QString, QString>> query;         // decoded, any order; a repeated key repeats
    QList<QPair<QByteArray, QByteArray>> headers; // the signed ones: name (any case) and value
    QByteArray payloadHash;                       // hex SHA-256 of the body, or UNSIGNED-PAYLOAD
};

// RFC 3986 percent-encoding (A-Z a-z 0-9 - _ . ~ kept).
QByteArray percentEncode(const QString &text);
// Each segment encoded, always ending with '/'.
QByteArray canonicalUri(const QString &path);
// Sorted by name, then value; "name=value" (empty value keeps '='), joined with '&'.
QByteArray canonicalQuery(const QList<QPair<QString, QString>> &query);
QByteArray canonicalRequest(const SignInput &input);
// "SDK-HMAC-SHA256\n<date>\n<hex sha256 of the canonical request>"
QByteArray stringToSign(const QByteArray &sdkDate, const QByteArray &canonicalRequest);
// Lower-case hex HMAC-SHA256 with the raw secret.
QByteArray signature(const QByteArray &secret, const QByteArray &sdkDate, const SignInput &input);
QByteArray authorization(const QString &accessKey, const SignInput &input,
                         const QByteArray &signature);
QByteArray sha256Hex(const QByteArray &data);
// "YYYYMMDDTHHMMSSZ" (UTC), the form of X-Sdk-Date.
QByteArray sdkDate(qint64 msSinceEpoch);
// The X-Sdk-Date value as milliseconds since the epoch, or nullopt when malformed.
std::optional<qint64> parseSdkDate(const QByteArray &value);

using Authorization = providers::SignedAuthorization; // keyId: the access key (AK)
std::optional<Authorization> parseAuthorization(const QByteArray &header);

using providers::sameSignature;

} // namespace vpw::huawei
