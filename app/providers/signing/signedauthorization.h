#pragma once

// The Authorization header both providers' HMAC-SHA256 signatures send, and its check:
// Alibaba Cloud "ACS3-HMAC-SHA256 Credential=<id>,SignedHeaders=<a;b>,Signature=<hex>"
// (providers-api.md A.2), Huawei Cloud "SDK-HMAC-SHA256 Access=<ak>, SignedHeaders=<a;b>,
// Signature=<hex>" (A.1). They differ in the algorithm and in the name of the key's field.

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace vpw::providers {

struct SignedAuthorization {
    QString keyId;                   // Credential= (Alibaba Cloud), Access= (Huawei Cloud)
    QList<QByteArray> signedHeaders; // as listed, lower case
    QByteArray signature;
};

// nullopt unless the header starts with `algorithm` and a space and names the key, at least one
// signed header and a signature.
std::optional<SignedAuthorization>
parseSignedAuthorization(const QByteArray &header, const char *algorithm, const char *keyField);

// Constant-time comparison of two signatures.
bool sameSignature(const QByteArray &a, const QByteArray &b);

} // namespace vpw::providers
