// The operator's Alibaba Cloud account (ProviderModule::account()): the AccessKey's names, its
// observed shapes, the RAM policy, and which refusal codes blame the key, the secret or the
// clock (providers-api.md §2.5).
#include "parts.h"

#include <QCoreApplication>

namespace vpw::providers::aliyun {

namespace {

class AccountPart final : public ProviderAccountPart {
public:
    QString keyIdName() const override {
        return QCoreApplication::translate("vpw::ProviderAccountRules", "AccessKey ID");
    }
    QString secretName() const override {
        return QCoreApplication::translate("vpw::ProviderAccountRules", "AccessKey secret");
    }
    QString keyIdLabel() const override {
        return QCoreApplication::translate("vpw::ui::ProviderAccountForm", "AccessKey &ID:");
    }
    QString secretLabel() const override {
        return QCoreApplication::translate("vpw::ui::ProviderAccountForm", "AccessKey &secret:");
    }

    // Observed, not documented: "LTAI" + letters and digits, 16 to 30 characters in all.
    AccountFieldCheck checkKeyIdShape(const QString &id) const override {
        if (!id.startsWith(QLatin1String("LTAI")))
            return {AccountFieldCheck::Warning,
                    QCoreApplication::translate(
                        "vpw::ProviderAccountRules",
                        "Alibaba Cloud AccessKey IDs usually start with \"LTAI\". Check that "
                        "this is the ID and not the secret.")};
        if (id.size() < 16 || id.size() > 30)
            return {AccountFieldCheck::Warning,
                    QCoreApplication::translate(
                        "vpw::ProviderAccountRules",
                        "Alibaba Cloud AccessKey IDs are usually 16 to 30 characters long; "
                        "this one has %1.")
                        .arg(id.size())};
        return {};
    }
    // Observed: 30 characters.
    AccountFieldCheck checkSecretShape(const QString &secret) const override {
        if (secret.size() != 30)
            return {AccountFieldCheck::Warning,
                    QCoreApplication::translate(
                        "vpw::ProviderAccountRules",
                        "Alibaba Cloud AccessKey secrets are usually 30 characters long; "
                        "this one has %1.")
                        .arg(secret.size())};
        return {};
    }

    QString policyResource() const override {
        return QStringLiteral(":/policies/aliyun-ram-policy.json");
    }
    QString policyHint() const override {
        return QCoreApplication::translate(
            "vpw::session::ProviderAccountTest",
            "In the RAM console: Permissions → Policies → Create Policy → JSON. Paste the "
            "policy, save it, then attach it to the RAM user of the AccessKey.");
    }

    Blame blame(const QString &code, const QString &) const override {
        if (code.startsWith(QLatin1String("InvalidAccessKeyId")))
            return Blame::KeyId;
        if (code == QLatin1String("SignatureDoesNotMatch") ||
            code == QLatin1String("IncompleteSignature"))
            return Blame::Secret;
        if (code.startsWith(QLatin1String("InvalidTimeStamp")))
            return Blame::Clock;
        return Blame::None;
    }
};

} // namespace

const ProviderAccountPart &accountPart() {
    static const AccountPart part;
    return part;
}

} // namespace vpw::providers::aliyun
