// The operator's Huawei Cloud account (ProviderModule::account()): the AK/SK's names, their
// observed shapes, the IAM policy, and which refusal codes blame the key, the secret or the
// clock (providers-api.md §3.3).
#include "parts.h"

#include <QCoreApplication>

namespace vpw::providers::huawei {

namespace {

class AccountPart final : public ProviderAccountPart {
public:
    QString keyIdName() const override {
        return QCoreApplication::translate("vpw::ProviderAccountRules", "access key (AK)");
    }
    QString secretName() const override {
        return QCoreApplication::translate("vpw::ProviderAccountRules", "secret key (SK)");
    }
    QString keyIdLabel() const override {
        return QCoreApplication::translate("vpw::ui::ProviderAccountForm", "Access key (&AK):");
    }
    QString secretLabel() const override {
        return QCoreApplication::translate("vpw::ui::ProviderAccountForm", "Secret key (&SK):");
    }

    // Observed, not documented: 20 upper-case letters and digits.
    AccountFieldCheck checkKeyIdShape(const QString &id) const override {
        const bool lowerCase = id != id.toUpper();
        if (id.size() != 20 || lowerCase)
            return {AccountFieldCheck::Warning,
                    QCoreApplication::translate(
                        "vpw::ProviderAccountRules",
                        "Huawei Cloud access keys (AK) are usually 20 upper-case letters "
                        "and digits; this one has %1 characters%2. Check that this is the "
                        "AK and not the SK.")
                        .arg(id.size())
                        .arg(lowerCase ? QCoreApplication::translate("vpw::ProviderAccountRules",
                                                                     ", some of them lower case")
                                       : QString())};
        return {};
    }
    // Observed: 40 characters.
    AccountFieldCheck checkSecretShape(const QString &secret) const override {
        if (secret.size() != 40)
            return {AccountFieldCheck::Warning,
                    QCoreApplication::translate(
                        "vpw::ProviderAccountRules",
                        "Huawei Cloud secret keys (SK) are usually 40 characters long; this "
                        "one has %1.")
                        .arg(secret.size())};
        return {};
    }

    QString policyResource() const override {
        return QStringLiteral(":/policies/huawei-iam-policy.json");
    }
    QString policyHint() const override {
        return QCoreApplication::translate(
            "vpw::session::ProviderAccountTest",
            "In the IAM console: Permissions → Policies/Roles → Create Custom Policy, scope "
            "\"Project-level services\", JSON view. Paste the policy, save it, then grant it to "
            "the IAM user of the access key in the region's project.");
    }

    // IAM.0004: the AK is unknown; APIGW.0301 with "ak not exist" too, otherwise the signature
    // (the SK); APIGW.0303: the request's time.
    Blame blame(const QString &code, const QString &message) const override {
        if (code == QLatin1String("IAM.0004") || (code == QLatin1String("APIGW.0301") &&
                                                  message.contains(QLatin1String("ak not exist"))))
            return Blame::KeyId;
        if (code == QLatin1String("APIGW.0301"))
            return Blame::Secret;
        if (code == QLatin1String("APIGW.0303"))
            return Blame::Clock;
        return Blame::None;
    }
};

} // namespace

const ProviderAccountPart &accountPart() {
    static const AccountPart part;
    return part;
}

} // namespace vpw::providers::huawei
