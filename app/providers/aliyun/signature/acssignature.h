#pragma once

#include "app/providers/signing/signedauthorization.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// Alibaba Cloud's request signatures (providers-api.md Appendix A.2 and A.3), used by the client
// to sign and by the emulator to verify. Built on QCryptographicHash and
// QMessageAuthenticationCode; no hand-written cryptography.
namespace vpw::aliyun {

// Query or form parameters, decoded, in any order.
using Params = QList<QPair<QString, QString>>;
// Headers to sign: lower-case name and value.
using SignedHeaders = QList<QPair<QByteArray, QByteArray>>;

// RFC 3986 percent-encoding of UTF-8: A-Z a-z 0-9 - _ . ~ stay, everything else is %XY
// (upper-case hex; a space is %20).
QByteArray percentEncode(const QString &text);
// The parameters sorted by name (then value), "name=value" percent-encoded, joined with '&'.
QByteArray canonicalQuery(const Params &params);
// Lower-case hex SHA-256.
QByteArray sha256Hex(const QByteArray &data);

// ACS3-HMAC-SHA256 (V3).
inline constexpr char kV3Algorithm[] = "ACS3-HMAC-SHA256";

struct V3Input {
    QByteArray method = "POST";
    QByteArray canonicalUri = "/";
    Params query;
    SignedHeaders headers;  // host, x-acs-*, content-type: every header listed as signed
    QByteArray payloadHash; // x-acs-content-sha256
};
QByteArray v3CanonicalRequest(const V3Input &input);
QByteArray v3StringToSign(const QByteArray &canonicalRequest);
// Lower-case hex HMAC-SHA256 with the raw secret.
QByteArray v3Signature(const QByteArray &secret, const V3Input &input);
// "ACS3-HMAC-SHA256 Credential=<id>,SignedHeaders=<a;b>,Signature=<hex>"
QByteArray v3Authorization(const QString &accessKeyId, const V3Input &input,
                           const QByteArray &signature);

using V3Authorization = providers::SignedAuthorization; // keyId: the AccessKey ID
std::optional<V3Authorization> parseV3Authorization(const QByteArray &header);

// The HMAC-SHA1 RPC form (signature version 1.0): every parameter except Signature.
QByteArray rpcStringToSign(const QByteArray &method, const Params &params);
// Base64 HMAC-SHA1 keyed with "<secret>&".
QByteArray rpcSignature(const QByteArray &secret, const QByteArray &method, const Params &params);

// A fresh x-acs-signature-nonce / SignatureNonce: 32 random bytes as hex.
QByteArray newNonce();
// "yyyy-MM-ddTHH:mm:ssZ" (UTC), the form of x-acs-date and Timestamp.
QByteArray timestamp(qint64 msSinceEpoch);

using providers::sameSignature;

} // namespace vpw::aliyun
