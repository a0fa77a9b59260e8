#pragma once

#include <QString>

namespace vpw {

// A verdict on one field of a provider account (app/core/provideraccountrules.h).
struct AccountFieldCheck {
    enum Level { Ok, Warning, Refused };
    Level level = Ok;
    QString message; // translated; empty when Ok

    bool isRefused() const { return level == Refused; }
    bool isOk() const { return level == Ok; }
};

// The provider-account part of a provider module (ProviderModule::account()): what the
// operator's own account on the provider looks like, for a provider whose API the application
// calls with the operator's key (Alibaba Cloud's AccessKey, Huawei Cloud's AK/SK). A provider
// without an API client (AWS: guided only) has none, and nothing falls back to another
// provider's words. Texts are translated; the part is an immutable singleton.
class ProviderAccountPart {
public:
    virtual ~ProviderAccountPart();

    // The provider's own words for the two halves of a key, inside a sentence: "AccessKey ID" /
    // "AccessKey secret", "access key (AK)" / "secret key (SK)".
    virtual QString keyIdName() const = 0;
    virtual QString secretName() const = 0;
    // The same as form labels, with their mnemonic: "AccessKey &ID:", "Access key (&AK):".
    virtual QString keyIdLabel() const = 0;
    virtual QString secretLabel() const = 0;

    // The shapes observed on real keys, not documented: called once the checks every provider
    // shares passed (not empty, not too long, letters and digits only). Ok, or a Warning naming
    // what is unusual (the provider's answer to "Test key" is the authority).
    virtual AccountFieldCheck checkKeyIdShape(const QString &id) const = 0;
    virtual AccountFieldCheck checkSecretShape(const QString &secret) const = 0;

    // The least-privilege policy the application's calls need (providers-api.md §5): the path of
    // its JSON in the resources (":/policies/….json"), and where the operator pastes it.
    virtual QString policyResource() const = 0;
    virtual QString policyHint() const = 0;

    // What a refusal of the provider blames, from its error code and message (providers-api.md
    // §2.5, §3.3): the key ID, the secret, this computer's clock, or none of them.
    enum class Blame { None, KeyId, Secret, Clock };
    virtual Blame blame(const QString &code, const QString &message) const = 0;
};

} // namespace vpw
