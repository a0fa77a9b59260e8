#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace vpw::cloud {

// Why a call of a cloud provider's own API (Alibaba Cloud, Huawei Cloud) did not produce its
// value. A plain value, like ApiError.
//
//   Network, Timeout, Tls, Decode: as in ApiError (no answer, no complete answer in time, the
//            TLS check failed or plain http to a remote host, an answer that is not the API's).
//   Http     the provider refused: `code`, `message` and `requestId` are the provider's own
//            (from its error body, whichever of its shapes it used); `explanation` is the
//            translated sentence the provider's client found for that code, if any.
struct ProviderError {
    Q_DECLARE_TR_FUNCTIONS(vpw::cloud::ProviderError)

public:
    enum Kind { Network, Timeout, Http, Decode, Tls };

    Kind kind = Network;
    int httpStatus = 0;
    QString code;           // the provider's ("SignatureDoesNotMatch", "APIGW.0301", "VPC.0003")
    QString message;        // the provider's text, untranslated: show it as plain text
    QString requestId;      // the provider's request ID, for a support ticket
    QString explanation;    // translated, plain-language: what it means and what to do
    bool throttled = false; // the provider asked to slow down
    std::optional<int> retryAfterSeconds;

    // What a later identical request may cure: no answer, a timeout, throttling, 5xx.
    bool isTransient() const;
    // The explanation, or a translated sentence for the kind of failure.
    QString userMessage() const;
    // "Http 400 SignatureDoesNotMatch (request 4F3...): ..." for logs; holds no secret.
    QString debugString() const;
};

} // namespace vpw::cloud
