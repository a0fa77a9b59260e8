#include "fieldrules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vpw {

namespace {

// Messages are in the context "vpw::FieldRules", written out at each call for lupdate.

QString quoted(QStringView text) {
    return QChar(0x201C) + text.toString() + QChar(0x201D);
}

bool isDigit(QChar c) {
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isLowerAlnum(QChar c) {
    return isDigit(c) || (c.unicode() >= u'a' && c.unicode() <= u'z');
}

bool isHex(QChar c) {
    return isDigit(c) || (c.unicode() >= u'a' && c.unicode() <= u'f');
}

// The first character of `text` for which `allowed` is false, if any. Not a null QChar for
// "none": U+0000 is itself a character to refuse.
template <typename Pred> std::optional<QChar> firstDisallowed(QStringView text, Pred allowed) {
    for (const QChar c : text) {
        if (!allowed(c))
            return c;
    }
    return std::nullopt;
}

// C0, DEL and C1: never part of an ID, a CIDR or a region, and dangerous to store or echo.
bool isControl(QChar c) {
    return c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f);
}

// Refuses a control character anywhere in `text` (already trimmed of surrounding whitespace).
// The message names its code point instead of quoting the text, which would carry it along.
std::optional<Verdict> controlCharacterError(FieldKind kind, QStringView text) {
    const std::optional<QChar> bad = firstDisallowed(text, [](QChar c) { return !isControl(c); });
    if (!bad)
        return std::nullopt;
    return Verdict::error(
        QStringLiteral("id.control"),
        QCoreApplication::translate("vpw::FieldRules",
                                    "The %1 contains a control character (U+%2), which cannot "
                                    "appear in it. Type or paste it again, for example %3.")
            .arg(fieldKindName(kind),
                 QStringLiteral("%1").arg(bad->unicode(), 4, 16, QLatin1Char('0')).toUpper(),
                 fieldExample(kind)));
}

// "8-4-4-4-12" lower-case hex.
bool isUuid(QStringView lower) {
    if (lower.size() != 36)
        return false;
    for (qsizetype i = 0; i < lower.size(); ++i) {
        const bool hyphenPosition = i == 8 || i == 13 || i == 18 || i == 23;
        if (hyphenPosition ? lower.at(i) != u'-' : !isHex(lower.at(i)))
            return false;
    }
    return true;
}

QString removeHyphens(QStringView text) {
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c != u'-')
            result.append(c);
    }
    return result;
}

Verdict emptyError(FieldKind kind) {
    return Verdict::error(
        QStringLiteral("id.empty"),
        QCoreApplication::translate("vpw::FieldRules", "Enter the %1, for example %2.")
            .arg(fieldKindName(kind), fieldExample(kind)));
}

Verdict charsetError(FieldKind kind, QStringView text, QChar bad, const QString &rule) {
    const QString shown = bad.isSpace() ? QCoreApplication::translate("vpw::FieldRules", "a space")
                                        : quoted(QStringView(&bad, 1));
    return Verdict::error(
        QStringLiteral("id.charset"),
        QCoreApplication::translate("vpw::FieldRules",
                                    "%1 contains %2, which cannot appear in a valid %3: %4 "
                                    "For example: %5.")
            .arg(quoted(text), shown, fieldKindName(kind), rule, fieldExample(kind)));
}

// An Aliyun value pasted into the wrong Aliyun field: name what it is.
std::optional<Verdict> wrongAliyunKind(FieldKind kind, QStringView lower, QStringView text) {
    FieldKind pasted;
    if (lower.startsWith(u"cen-"))
        pasted = FieldKind::AliyunCenId;
    else if (lower.startsWith(u"vpc-"))
        pasted = FieldKind::AliyunVpcId;
    else if (!lower.isEmpty() && !firstDisallowed(lower, isDigit))
        pasted = FieldKind::AliyunAccountId;
    else
        return std::nullopt;
    if (pasted == kind)
        return std::nullopt;
    return Verdict::error(
        QStringLiteral("id.wrong_kind"),
        QCoreApplication::translate(
            "vpw::FieldRules",
            "%1 is not the %3 this field needs: it looks like the %2. Enter the %3, for "
            "example %4.")
            .arg(quoted(text), fieldKindName(pasted), fieldKindName(kind), fieldExample(kind)));
}

// Aliyun CEN instance and VPC IDs: documented prefix + [a-z0-9]+, usual length observed.
Verdict checkAliyunPrefixedId(FieldKind kind, QStringView prefix, int usualLength,
                              QStringView text) {
    const QString lower = text.toString().toLower();
    if (!lower.startsWith(prefix)) {
        if (const auto wrong = wrongAliyunKind(kind, lower, text))
            return *wrong;
        return Verdict::error(
            QStringLiteral("id.prefix"),
            QCoreApplication::translate("vpw::FieldRules",
                                        "%1 is not a valid %2: it must start with %3, for example "
                                        "%4.")
                .arg(quoted(text), fieldKindName(kind), quoted(prefix), fieldExample(kind)));
    }
    const QStringView body = QStringView(lower).mid(prefix.size());
    if (body.isEmpty()) {
        return Verdict::error(
            QStringLiteral("id.incomplete"),
            QCoreApplication::translate("vpw::FieldRules",
                                        "%1 is incomplete: lower-case letters and digits "
                                        "follow %2, for example %3.")
                .arg(quoted(text), quoted(prefix), fieldExample(kind)));
    }
    if (const std::optional<QChar> bad = firstDisallowed(body, isLowerAlnum)) {
        return charsetError(kind, text, *bad,
                            QCoreApplication::translate("vpw::FieldRules",
                                                        "after %1 come only lower-case letters and "
                                                        "digits.")
                                .arg(quoted(prefix)));
    }
    // Alibaba Cloud writes its IDs in lower case. Upper case is most likely a retyped ID; offer
    // the lower-case form instead of silently submitting something the console never shows.
    if (lower != text) {
        return Verdict::error(
            QStringLiteral("id.uppercase"),
            QCoreApplication::translate("vpw::FieldRules",
                                        "%1 contains upper-case letters. Alibaba Cloud "
                                        "IDs are lower case: %2.")
                .arg(quoted(text), quoted(lower)),
            lower);
    }
    if (body.size() != usualLength) {
        return Verdict::warning(
            QStringLiteral("id.unusual_length"),
            QCoreApplication::translate("vpw::FieldRules",
                                        "%1 has %2 characters after %3; a valid %4 usually "
                                        "has %5, for example %6. Check that it is "
                                        "complete.")
                .arg(quoted(text), QString::number(body.size()), quoted(prefix),
                     fieldKindName(kind), QString::number(usualLength), fieldExample(kind)),
            lower);
    }
    return Verdict::ok(lower);
}

Verdict checkAliyunAccountId(QStringView text) {
    const FieldKind kind = FieldKind::AliyunAccountId;
    if (const std::optional<QChar> bad = firstDisallowed(text, isDigit)) {
        if (const auto wrong = wrongAliyunKind(kind, text.toString().toLower(), text))
            return *wrong;
        return charsetError(kind, text, *bad,
                            QCoreApplication::translate("vpw::FieldRules",
                                                        "an Alibaba Cloud account ID is digits "
                                                        "only (console overview page, "
                                                        "“Account ID”)."));
    }
    if (text.size() != 16) {
        return Verdict::warning(
            QStringLiteral("id.unusual_length"),
            QCoreApplication::translate("vpw::FieldRules",
                                        "%1 has %2 digits; an Alibaba Cloud account ID "
                                        "usually has 16, for example %3. Check that it "
                                        "is complete.")
                .arg(quoted(text), QString::number(text.size()), fieldExample(kind)),
            text.toString());
    }
    return Verdict::ok(text.toString());
}

// Huawei peering and VPC IDs: UUID 8-4-4-4-12, case-insensitive (normalised to lower case).
Verdict checkHuaweiUuid(FieldKind kind, QStringView text) {
    const QString lower = text.toString().toLower();
    const auto bad = firstDisallowed(lower, [](QChar c) { return isHex(c) || c == u'-'; });
    if (bad) {
        return charsetError(kind, text, *bad,
                            QCoreApplication::translate("vpw::FieldRules",
                                                        "it is made of hex digits (0-9, a-f) "
                                                        "and hyphens."));
    }
    if (isUuid(lower))
        return Verdict::ok(lower);
    if (lower.size() == 32 && !lower.contains(u'-')) {
        // 32 hex without hyphens is the shape of a user or project ID: likely a swapped field.
        return Verdict::error(
            QStringLiteral("id.wrong_kind"),
            QCoreApplication::translate("vpw::FieldRules",
                                        "%1 looks like a user or project ID (32 hex "
                                        "digits). The %2 has five groups of hex digits "
                                        "separated by hyphens, for example %3.")
                .arg(quoted(text), fieldKindName(kind), fieldExample(kind)));
    }
    return Verdict::error(
        QStringLiteral("id.format"),
        QCoreApplication::translate("vpw::FieldRules",
                                    "%1 is not a valid %2: it has five groups of 8, 4, 4, 4 "
                                    "and 12 hex digits separated by hyphens, for "
                                    "example %3.")
            .arg(quoted(text), fieldKindName(kind), fieldExample(kind)));
}

// Huawei user and project IDs: 32 hex digits without hyphens, case-insensitive.
Verdict checkHuaweiHex32(FieldKind kind, QStringView text) {
    const QString lower = text.toString().toLower();
    const auto bad = firstDisallowed(lower, [](QChar c) { return isHex(c) || c == u'-'; });
    if (bad) {
        return charsetError(kind, text, *bad,
                            QCoreApplication::translate("vpw::FieldRules",
                                                        "it is made of 32 hex digits (0-9, "
                                                        "a-f)."));
    }
    const QString digits = removeHyphens(lower);
    const bool hadHyphens = digits.size() != lower.size();
    if (digits.size() != 32) {
        const QString message =
            QCoreApplication::translate("vpw::FieldRules",
                                        "%1 has %2 hex digits; a valid %3 has 32, without "
                                        "hyphens, for example %4.")
                .arg(quoted(text), QString::number(digits.size()), fieldKindName(kind),
                     fieldExample(kind));
        // The user ID's length is documented; the project ID's is only observed. No digit at
        // all ("-") is never a usable ID.
        if (kind == FieldKind::HuaweiUserId || digits.isEmpty())
            return Verdict::error(QStringLiteral("id.length"), message);
        return Verdict::warning(QStringLiteral("id.unusual_length"), message, digits);
    }
    if (hadHyphens) {
        return Verdict::warning(
            QStringLiteral("id.hyphens_removed"),
            QCoreApplication::translate("vpw::FieldRules",
                                        "Removed the hyphens: the %1 is 32 hex digits "
                                        "without hyphens. %2 will be used.")
                .arg(fieldKindName(kind), quoted(digits)),
            digits);
    }
    return Verdict::ok(digits);
}

Verdict checkRegion(QStringView text) {
    // Both providers: two-letter area, one or more words, optional number (cn-hangzhou,
    // cn-north-4, ap-southeast-1, cn-shanghai-finance-1). Case carries no meaning here.
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2}(-[a-z]+)+(-[0-9]+)?$"));
    const QString lower = text.toString().toLower();
    if (pattern.match(lower).hasMatch())
        return Verdict::ok(lower);
    return Verdict::error(
        QStringLiteral("region.format"),
        QCoreApplication::translate("vpw::FieldRules",
                                    "%1 is not a region code. Region codes look like "
                                    "cn-hangzhou (Alibaba Cloud) or cn-north-4 (Huawei "
                                    "Cloud).")
            .arg(quoted(text)));
}

// Well-known blocks, as network address and prefix.
constexpr std::pair<quint32, int> kRfc1918[] = {
    {0x0A000000u, 8},  // 10.0.0.0/8
    {0xAC100000u, 12}, // 172.16.0.0/12
    {0xC0A80000u, 16}, // 192.168.0.0/16
};
// Alibaba Cloud accepts custom (non-RFC 1918) VPC ranges except these.
constexpr std::pair<quint32, int> kAliyunForbidden[] = {
    {0x64400000u, 10}, // 100.64.0.0/10 (shared address space)
    {0xE0000000u, 4},  // 224.0.0.0/4 (multicast)
    {0x7F000000u, 8},  // 127.0.0.0/8 (loopback)
    {0xA9FE0000u, 16}, // 169.254.0.0/16 (link-local)
};

bool isInsideRfc1918(const Cidr &cidr) {
    for (const auto &[network, prefix] : kRfc1918) {
        if (Cidr::fromNetwork(network, prefix).contains(cidr))
            return true;
    }
    return false;
}

} // namespace

QString fieldExample(FieldKind kind) {
    switch (kind) {
    case FieldKind::AliyunCenId:
        return QStringLiteral("cen-7qthudw0ll6jmc3abc");
    case FieldKind::AliyunAccountId:
        return QStringLiteral("1688000000000000");
    case FieldKind::AliyunVpcId:
        return QStringLiteral("vpc-uf6o8d1dj8sjwxi6o1abc");
    case FieldKind::HuaweiPeeringId:
        return QStringLiteral("22b76469-08e3-4937-8c1d-7aad34892be1");
    case FieldKind::HuaweiVpcId:
        return QStringLiteral("ab78be2d-782f-42a5-aa72-35879f6890ff");
    case FieldKind::HuaweiUserId:
        return QStringLiteral("0f4ab9d1e2c34b5a8d7e6f5a4b3c2d1e");
    case FieldKind::HuaweiProjectId:
        return QStringLiteral("77b6a44cba5143ab91d13ab9a8ff44fd");
    case FieldKind::VpcCidr:
        return QStringLiteral("192.168.0.0/16");
    case FieldKind::Region:
        return QStringLiteral("cn-hangzhou");
    }
    Q_UNREACHABLE();
}

QString fieldKindName(FieldKind kind) {
    switch (kind) {
    case FieldKind::AliyunCenId:
        return QCoreApplication::translate("vpw::FieldRules", "CEN instance ID");
    case FieldKind::AliyunAccountId:
        return QCoreApplication::translate("vpw::FieldRules", "Alibaba Cloud account ID");
    case FieldKind::AliyunVpcId:
        return QCoreApplication::translate("vpw::FieldRules", "Alibaba Cloud VPC ID");
    case FieldKind::HuaweiPeeringId:
        return QCoreApplication::translate("vpw::FieldRules", "Huawei peering ID");
    case FieldKind::HuaweiVpcId:
        return QCoreApplication::translate("vpw::FieldRules", "Huawei VPC ID");
    case FieldKind::HuaweiUserId:
        return QCoreApplication::translate("vpw::FieldRules", "Huawei user ID");
    case FieldKind::HuaweiProjectId:
        return QCoreApplication::translate("vpw::FieldRules", "Huawei project ID");
    case FieldKind::VpcCidr:
        return QCoreApplication::translate("vpw::FieldRules", "VPC CIDR block");
    case FieldKind::Region:
        return QCoreApplication::translate("vpw::FieldRules", "region");
    }
    Q_UNREACHABLE();
}

QStringList knownRegions(Provider provider) {
    switch (provider) {
    case Provider::Aliyun:
        return {QStringLiteral("cn-hangzhou"), QStringLiteral("cn-shanghai"),
                QStringLiteral("cn-beijing"),  QStringLiteral("cn-shenzhen"),
                QStringLiteral("cn-hongkong"), QStringLiteral("ap-southeast-1")};
    case Provider::Huawei:
        return {QStringLiteral("cn-north-4"), QStringLiteral("cn-east-3"),
                QStringLiteral("cn-south-1"), QStringLiteral("ap-southeast-1"),
                QStringLiteral("ap-southeast-3")};
    }
    return {};
}

Verdict checkField(FieldKind kind, QStringView text) {
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return emptyError(kind);
    if (auto control = controlCharacterError(kind, t))
        return std::move(*control);
    switch (kind) {
    case FieldKind::AliyunCenId:
        return checkAliyunPrefixedId(kind, u"cen-", 18, t);
    case FieldKind::AliyunAccountId:
        return checkAliyunAccountId(t);
    case FieldKind::AliyunVpcId:
        return checkAliyunPrefixedId(kind, u"vpc-", 21, t);
    case FieldKind::HuaweiPeeringId:
    case FieldKind::HuaweiVpcId:
        return checkHuaweiUuid(kind, t);
    case FieldKind::HuaweiUserId:
    case FieldKind::HuaweiProjectId:
        return checkHuaweiHex32(kind, t);
    case FieldKind::VpcCidr:
        return Cidr::parse(t).verdict;
    case FieldKind::Region:
        return checkRegion(t);
    }
    Q_UNREACHABLE();
}

Verdict checkProviderCidrLimits(Provider provider, const Cidr &cidr) {
    const QString text = cidr.toString();
    switch (provider) {
    case Provider::Huawei:
        if (!isInsideRfc1918(cidr)) {
            return Verdict::error(QStringLiteral("cidr.not_private"),
                                  QCoreApplication::translate(
                                      "vpw::FieldRules", "%1 is not a private range. Huawei Cloud "
                                                         "VPCs use a CIDR block inside 10.0.0.0/8, "
                                                         "172.16.0.0/12 or 192.168.0.0/16.")
                                      .arg(quoted(text)));
        }
        if (cidr.prefixLength() > 28) {
            return Verdict::error(
                QStringLiteral("cidr.provider_prefix"),
                QCoreApplication::translate("vpw::FieldRules",
                                            "%1 is too small for a Huawei Cloud VPC: "
                                            "the prefix length must be /28 or shorter.")
                    .arg(quoted(text)));
        }
        if (cidr.prefixLength() > 24) {
            return Verdict::warning(
                QStringLiteral("cidr.prefix_above_24"),
                QCoreApplication::translate("vpw::FieldRules",
                                            "%1 has a prefix longer than /24. Huawei "
                                            "Cloud accepts up to /28, but older regions "
                                            "allow only /24 or shorter.")
                    .arg(quoted(text)),
                text);
        }
        return Verdict::ok(text);
    case Provider::Aliyun:
        if (cidr.prefixLength() < 8 || cidr.prefixLength() > 28) {
            return Verdict::error(QStringLiteral("cidr.provider_prefix"),
                                  QCoreApplication::translate(
                                      "vpw::FieldRules", "%1 cannot be an Alibaba Cloud VPC: the "
                                                         "prefix length must be between /8 and "
                                                         "/28.")
                                      .arg(quoted(text)));
        }
        if (isInsideRfc1918(cidr))
            return Verdict::ok(text);
        for (const auto &[network, prefix] : kAliyunForbidden) {
            const Cidr forbidden = Cidr::fromNetwork(network, prefix);
            if (forbidden.overlaps(cidr)) {
                return Verdict::error(QStringLiteral("cidr.provider_forbidden"),
                                      QCoreApplication::translate(
                                          "vpw::FieldRules", "%1 overlaps %2, which Alibaba Cloud "
                                                             "does not allow for a VPC. Use a "
                                                             "private range such as "
                                                             "192.168.0.0/16.")
                                          .arg(quoted(text), forbidden.toString()));
            }
        }
        return Verdict::warning(
            QStringLiteral("cidr.custom_range"),
            QCoreApplication::translate("vpw::FieldRules",
                                        "%1 is not a private range (10.0.0.0/8, "
                                        "172.16.0.0/12, 192.168.0.0/16). Alibaba Cloud "
                                        "accepts it as a custom range; make sure it "
                                        "does not hide public addresses you need.")
                .arg(quoted(text)),
            text);
    }
    Q_UNREACHABLE();
}

Verdict checkVpcCidr(const CidrContext &context, QStringView text) {
    // Runs on every keystroke: the accepted path builds no message.
    if (auto control = controlCharacterError(FieldKind::VpcCidr, text.trimmed()))
        return std::move(*control);
    CidrParseResult parsed = Cidr::parse(text);
    if (!parsed.cidr)
        return std::move(parsed.verdict);
    const Cidr &cidr = *parsed.cidr;

    Verdict limits = checkProviderCidrLimits(context.provider, cidr);
    if (limits.isError())
        return limits;

    if (const AddressRange *reserved = context.reserved.findOverlap(cidr)) {
        return Verdict::error(QStringLiteral("cidr.reserved"),
                              QCoreApplication::translate(
                                  "vpw::FieldRules", "%1 overlaps EMQX Cloud's reserved range %2. "
                                                     "Choose a CIDR block outside it.")
                                  .arg(quoted(parsed.verdict.normalized), reserved->label));
    }

    if (const std::optional<CidrIndex::Entry> taken = context.existing.findOverlap(cidr)) {
        return Verdict::error(
            QStringLiteral("cidr.overlap"),
            QCoreApplication::translate("vpw::FieldRules",
                                        "%1 overlaps %2, the CIDR block of %3. Peered "
                                        "networks must not overlap, or routing would "
                                        "be ambiguous.")
                .arg(quoted(parsed.verdict.normalized), taken->cidr.toString(), taken->owner));
    }

    if (limits.isWarning())
        return limits;
    return std::move(parsed.verdict);
}

} // namespace vpw
