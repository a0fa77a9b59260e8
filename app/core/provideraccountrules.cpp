#include "provideraccountrules.h"

#include "endpointrule.h"
#include "providermodule.h"

#include <QRegularExpression>

#include <optional>

namespace vpw {

namespace {

bool isAsciiAlnum(QChar c) {
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

// The first character that cannot be part of a key, or -1.
qsizetype firstForeignCharacter(const QString &text) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isAsciiAlnum(text.at(i)))
            return i;
    }
    return -1;
}

// How a character the operator cannot see is named in a message.
QString describeCharacter(QChar c) {
    if (c == u' ')
        return ProviderAccountRules::tr("a space");
    if (c.isSpace())
        return ProviderAccountRules::tr("a line break or tab");
    if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
        return ProviderAccountRules::tr("an invisible control character");
    return QStringLiteral("\u201c%1\u201d").arg(c);
}

AccountFieldCheck refused(const QString &message) {
    return {AccountFieldCheck::Refused, message};
}

// The checks both halves of a key share: empty, too long, a character that is not a letter or
// a digit. `what` is the field's name.
std::optional<AccountFieldCheck> shapeProblem(const QString &text, const QString &what) {
    if (text.isEmpty())
        return refused(ProviderAccountRules::tr("Enter the %1.").arg(what));
    if (text.size() > ProviderAccountRules::MaxKeyLength)
        return refused(ProviderAccountRules::tr("This is too long for a %1 (%2 characters). "
                                                "Copy only the key itself.")
                           .arg(what)
                           .arg(text.size()));
    const qsizetype bad = firstForeignCharacter(text);
    if (bad >= 0)
        return refused(ProviderAccountRules::tr("A %1 contains only letters and digits; this one "
                                                "contains %2 at position %3. Copy only the key "
                                                "itself, without labels, spaces or quotes.")
                           .arg(what, describeCharacter(text.at(bad)))
                           .arg(bad + 1));
    return std::nullopt;
}

const ProviderAccountPart *accountPart(Provider provider) {
    return provider ? provider->account() : nullptr;
}

} // namespace

ProviderAccountPart::~ProviderAccountPart() = default;

bool ProviderAccountRules::isKnownProvider(Provider provider) {
    return accountPart(provider) != nullptr;
}

QString ProviderAccountRules::keyIdName(Provider provider) {
    const ProviderAccountPart *part = accountPart(provider);
    return part ? part->keyIdName() : tr("access key ID");
}

QString ProviderAccountRules::secretName(Provider provider) {
    const ProviderAccountPart *part = accountPart(provider);
    return part ? part->secretName() : tr("access key secret");
}

AccountFieldCheck ProviderAccountRules::checkName(const QString &name) {
    if (name.trimmed().isEmpty())
        return refused(tr("Enter a name for the account."));
    return {};
}

AccountFieldCheck ProviderAccountRules::checkAccessKeyId(Provider provider, const QString &id) {
    const ProviderAccountPart *part = accountPart(provider);
    if (!part)
        return refused(tr("Choose the cloud provider of the account."));
    if (auto problem = shapeProblem(id, part->keyIdName()))
        return *problem;
    return part->checkKeyIdShape(id);
}

AccountFieldCheck ProviderAccountRules::checkAccessKeySecret(Provider provider,
                                                             const QString &secret,
                                                             const QString &id) {
    const ProviderAccountPart *part = accountPart(provider);
    if (!part)
        return refused(tr("Choose the cloud provider of the account."));
    const QString what = part->secretName();
    if (auto problem = shapeProblem(secret, what))
        return *problem;
    if (!id.isEmpty() && secret == id)
        return refused(tr("The %1 is the same as the %2. Copy the %1 from the key's download or "
                          "creation dialog.")
                           .arg(what, part->keyIdName()));
    return part->checkSecretShape(secret);
}

QStringList ProviderAccountRules::parseRegions(const QString &text) {
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList regions;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        if (!regions.contains(part))
            regions << part;
    }
    return regions;
}

AccountFieldCheck ProviderAccountRules::checkRegions(const QStringList &regions) {
    if (regions.isEmpty())
        return refused(tr("Enter at least one region ID, for example cn-hangzhou."));
    static const QRegularExpression format(
        QStringLiteral("^[a-z]{2,}(-[a-z0-9]+)+$")); // cn-hangzhou, cn-north-4, ap-southeast-1
    for (const QString &region : regions) {
        if (!format.match(region).hasMatch())
            return refused(tr("\"%1\" is not a region ID. Region IDs look like cn-hangzhou or "
                              "cn-north-4 (lower case, separated by commas).")
                               .arg(region));
    }
    return {};
}

AccountFieldCheck ProviderAccountRules::checkEndpointOverride(const QUrl &endpoint) {
    if (endpoint.isEmpty())
        return {};
    if (const std::optional<EndpointProblem> problem = checkEndpoint(endpoint))
        return refused(endpointProblemText(*problem, endpoint));
    return {};
}

} // namespace vpw
