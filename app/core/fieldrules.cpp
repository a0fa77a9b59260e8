#include "fieldrules.h"

#include "providermodule.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

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
std::optional<Verdict> controlCharacterError(const FieldKind &kind, QStringView text) {
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

Verdict emptyError(const FieldKind &kind) {
    return Verdict::error(
        QStringLiteral("id.empty"),
        QCoreApplication::translate("vpw::FieldRules", "Enter the %1, for example %2.")
            .arg(fieldKindName(kind), fieldExample(kind)));
}

Verdict charsetError(const FieldKind &kind, QStringView text, QChar bad, const QString &rule) {
    const QString shown = bad.isSpace() ? QCoreApplication::translate("vpw::FieldRules", "a space")
                                        : quoted(QStringView(&bad, 1));
    return Verdict::error(
        QStringLiteral("id.charset"),
        QCoreApplication::translate("vpw::FieldRules",
                                    "%1 contains %2, which cannot appear in a valid %3: %4 "
                                    "For example: %5.")
            .arg(quoted(text), shown, fieldKindName(kind), rule, fieldExample(kind)));
}

// Whether `lower` (trimmed, lower case) has the shape of `kind`: its prefix, all digits, a UUID,
// 32 hex digits. A value pasted into the wrong field of the same provider is recognised by it.
bool looksLike(const FieldKind &kind, QStringView lower) {
    if (lower.isEmpty())
        return false;
    switch (kind.shape) {
    case FieldShape::PrefixedId:
        return lower.startsWith(kind.prefix);
    case FieldShape::Digits:
        return !firstDisallowed(lower, isDigit);
    case FieldShape::Uuid:
        return isUuid(lower);
    case FieldShape::Hex32:
        return lower.size() == 32 && !firstDisallowed(lower, isHex);
    case FieldShape::Cidr:
    case FieldShape::Region:
        return false;
    }
    return false;
}

// A value of a sibling kind pasted into this field: name what it is.
std::optional<Verdict> wrongKind(const FieldKind &kind, QStringView lower, QStringView text) {
    if (!kind.siblings)
        return std::nullopt;
    for (const FieldKind &pasted : kind.siblings()) {
        if (pasted == kind || !looksLike(pasted, lower))
            continue;
        return Verdict::error(
            QStringLiteral("id.wrong_kind"),
            QCoreApplication::translate(
                "vpw::FieldRules",
                "%1 is not the %3 this field needs: it looks like the %2. Enter the %3, for "
                "example %4.")
                .arg(quoted(text), fieldKindName(pasted), fieldKindName(kind), fieldExample(kind)));
    }
    return std::nullopt;
}

QString lengthsText(const QList<int> &lengths) {
    QStringList numbers;
    for (const int length : lengths)
        numbers << QString::number(length);
    if (numbers.size() == 2)
        return QCoreApplication::translate("vpw::FieldRules", "%1 or %2")
            .arg(numbers.at(0), numbers.at(1));
    return numbers.join(QStringLiteral(", "));
}

// Prefix + lower-case body ([a-z0-9]+ or hex), the body's length documented or observed.
Verdict checkPrefixedId(const FieldKind &kind, QStringView text) {
    const QStringView prefix = kind.prefix;
    const QString lower = text.toString().toLower();
    if (!lower.startsWith(prefix)) {
        if (const auto wrong = wrongKind(kind, lower, text))
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
    if (const std::optional<QChar> bad =
            firstDisallowed(body, kind.hexBody ? isHex : isLowerAlnum)) {
        return charsetError(
            kind, text, *bad,
            kind.hexBody ? QCoreApplication::translate("vpw::FieldRules",
                                                       "after %1 come only hex digits (0-9, a-f).")
                               .arg(quoted(prefix))
                         : QCoreApplication::translate("vpw::FieldRules",
                                                       "after %1 come only lower-case letters and "
                                                       "digits.")
                               .arg(quoted(prefix)));
    }
    // These IDs are written in lower case. Upper case is most likely a retyped ID; offer the
    // lower-case form instead of silently submitting something the console never shows.
    if (lower != text) {
        return Verdict::error(
            QStringLiteral("id.uppercase"),
            QCoreApplication::translate("vpw::FieldRules",
                                        "%1 contains upper-case letters. A %2 is written in "
                                        "lower case: %3.")
                .arg(quoted(text), fieldKindName(kind), quoted(lower)),
            lower);
    }
    if (!kind.lengths.isEmpty() && !kind.lengths.contains(int(body.size()))) {
        if (kind.lengthStrict) {
            return Verdict::error(
                QStringLiteral("id.length"),
                QCoreApplication::translate("vpw::FieldRules",
                                            "%1 has %2 characters after %3; a valid %4 has %5, "
                                            "for example %6.")
                    .arg(quoted(text), QString::number(body.size()), quoted(prefix),
                         fieldKindName(kind), lengthsText(kind.lengths), fieldExample(kind)));
        }
        return Verdict::warning(
            QStringLiteral("id.unusual_length"),
            QCoreApplication::translate("vpw::FieldRules",
                                        "%1 has %2 characters after %3; a valid %4 usually "
                                        "has %5, for example %6. Check that it is "
                                        "complete.")
                .arg(quoted(text), QString::number(body.size()), quoted(prefix),
                     fieldKindName(kind), lengthsText(kind.lengths), fieldExample(kind)),
            lower);
    }
    return Verdict::ok(lower);
}

// Digits only (account IDs), the number of digits documented or observed.
Verdict checkDigits(const FieldKind &kind, QStringView text) {
    if (const std::optional<QChar> bad = firstDisallowed(text, isDigit)) {
        if (const auto wrong = wrongKind(kind, text.toString().toLower(), text))
            return *wrong;
        return charsetError(kind, text, *bad,
                            kind.rule ? QCoreApplication::translate("vpw::FieldRules", kind.rule)
                                      : QCoreApplication::translate("vpw::FieldRules",
                                                                    "it is made of digits only."));
    }
    if (!kind.lengths.isEmpty() && !kind.lengths.contains(int(text.size()))) {
        if (kind.lengthStrict) {
            return Verdict::error(
                QStringLiteral("id.length"),
                QCoreApplication::translate("vpw::FieldRules",
                                            "%1 has %2 digits; a valid %3 has exactly %4, for "
                                            "example %5.")
                    .arg(quoted(text), QString::number(text.size()), fieldKindName(kind),
                         lengthsText(kind.lengths), fieldExample(kind)));
        }
        return Verdict::warning(
            QStringLiteral("id.unusual_length"),
            QCoreApplication::translate("vpw::FieldRules",
                                        "%1 has %2 digits; a valid %3 usually has %4, for "
                                        "example %5. Check that it is complete.")
                .arg(quoted(text), QString::number(text.size()), fieldKindName(kind),
                     lengthsText(kind.lengths), fieldExample(kind)),
            text.toString());
    }
    return Verdict::ok(text.toString());
}

// UUID 8-4-4-4-12, case-insensitive (normalised to lower case).
Verdict checkUuid(const FieldKind &kind, QStringView text) {
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
    if (const auto wrong = wrongKind(kind, lower, text))
        return *wrong; // e.g. 32 hex digits: a user or project ID in the wrong field
    return Verdict::error(
        QStringLiteral("id.format"),
        QCoreApplication::translate("vpw::FieldRules",
                                    "%1 is not a valid %2: it has five groups of 8, 4, 4, 4 "
                                    "and 12 hex digits separated by hyphens, for "
                                    "example %3.")
            .arg(quoted(text), fieldKindName(kind), fieldExample(kind)));
}

// 32 hex digits without hyphens, case-insensitive.
Verdict checkHex32(const FieldKind &kind, QStringView text) {
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
        // A documented length (lengthStrict) or no digit at all ("-") is an error.
        if (kind.lengthStrict || digits.isEmpty())
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

Verdict checkRegion(const FieldKind &kind, QStringView text) {
    // Every provider: two-letter area, one or more words, optional number (cn-hangzhou,
    // cn-north-4, ap-southeast-1, us-east-1, cn-shanghai-finance-1). Case carries no meaning.
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2}(-[a-z]+)+(-[0-9]+)?$"));
    const QString lower = text.toString().toLower();
    if (pattern.match(lower).hasMatch())
        return Verdict::ok(lower);
    return Verdict::error(
        QStringLiteral("region.format"),
        QCoreApplication::translate("vpw::FieldRules",
                                    "%1 is not a region code: region codes are lower-case words "
                                    "and a number joined by hyphens, for example %2.")
            .arg(quoted(text), fieldExample(kind)));
}

} // namespace

bool isInsideRfc1918(const Cidr &cidr) {
    // Well-known blocks, as network address and prefix.
    constexpr std::pair<quint32, int> kRfc1918[] = {
        {0x0A000000u, 8},  // 10.0.0.0/8
        {0xAC100000u, 12}, // 172.16.0.0/12
        {0xC0A80000u, 16}, // 192.168.0.0/16
    };
    for (const auto &[network, prefix] : kRfc1918) {
        if (Cidr::fromNetwork(network, prefix).contains(cidr))
            return true;
    }
    return false;
}

const FieldKind &FieldKind::vpcCidr() {
    static const FieldKind kind{QStringLiteral("vpc-cidr"),
                                QT_TRANSLATE_NOOP("vpw::FieldRules", "VPC CIDR block"),
                                FieldShape::Cidr,
                                QStringLiteral("192.168.0.0/16"),
                                {},
                                false,
                                {},
                                false,
                                nullptr,
                                nullptr};
    return kind;
}

const FieldKind &FieldKind::region() {
    static const FieldKind kind{QStringLiteral("region"),
                                QT_TRANSLATE_NOOP("vpw::FieldRules", "region"),
                                FieldShape::Region,
                                QStringLiteral("cn-hangzhou"),
                                {},
                                false,
                                {},
                                false,
                                nullptr,
                                nullptr};
    return kind;
}

QString fieldExample(const FieldKind &kind) {
    return kind.example;
}

QString fieldMask(const FieldKind &kind) {
    const QChar x = QLatin1Char('x');
    // The longest documented length: the form most IDs have today (AWS: 17, not 8).
    const auto length = [&kind](qsizetype fallback) {
        return kind.lengths.isEmpty()
                   ? fallback
                   : qsizetype(*std::max_element(kind.lengths.cbegin(), kind.lengths.cend()));
    };
    switch (kind.shape) {
    case FieldShape::PrefixedId:
        return kind.prefix + QString(length(kind.example.size() - kind.prefix.size()), x);
    case FieldShape::Digits:
        return QString(length(kind.example.size()), x);
    case FieldShape::Uuid:
        return QStringLiteral("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx");
    case FieldShape::Hex32:
        return QString(32, x);
    case FieldShape::Cidr:
    case FieldShape::Region:
        return kind.example;
    }
    Q_UNREACHABLE();
}

QString fieldKindName(const FieldKind &kind) {
    return QCoreApplication::translate("vpw::FieldRules", kind.name);
}

Verdict checkField(const FieldKind &kind, QStringView text) {
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return emptyError(kind);
    if (auto control = controlCharacterError(kind, t))
        return std::move(*control);
    switch (kind.shape) {
    case FieldShape::PrefixedId:
        return checkPrefixedId(kind, t);
    case FieldShape::Digits:
        return checkDigits(kind, t);
    case FieldShape::Uuid:
        return checkUuid(kind, t);
    case FieldShape::Hex32:
        return checkHex32(kind, t);
    case FieldShape::Cidr:
        return Cidr::parse(t).verdict;
    case FieldShape::Region:
        return checkRegion(kind, t);
    }
    Q_UNREACHABLE();
}

Verdict checkVpcCidr(const CidrContext &context, QStringView text) {
    // Runs on every keystroke: the accepted path builds no message.
    if (auto control = controlCharacterError(FieldKind::vpcCidr(), text.trimmed()))
        return std::move(*control);
    CidrParseResult parsed = Cidr::parse(text);
    if (!parsed.cidr)
        return std::move(parsed.verdict);
    const Cidr &cidr = *parsed.cidr;

    Verdict limits =
        context.provider ? context.provider->checkCidrLimits(cidr) : Verdict::ok(cidr.toString());
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

QString exampleVpcCidr(const CidrContext &context) {
    // 192.168.0.0/16, 172.16.0.0/16, 10.0.0.0/16, then the other /16 blocks of 172.16.0.0/12 and
    // 10.0.0.0/8, then /24 blocks of 192.168.0.0/16 (for providers that refuse short prefixes).
    QList<Cidr> candidates{Cidr::fromNetwork(0xC0A80000u, 16), Cidr::fromNetwork(0xAC100000u, 16),
                           Cidr::fromNetwork(0x0A000000u, 16)};
    for (quint32 second = 17; second < 32; ++second)
        candidates.append(Cidr::fromNetwork(0xAC000000u | (second << 16), 16));
    for (quint32 second = 1; second < 256; ++second)
        candidates.append(Cidr::fromNetwork(0x0A000000u | (second << 16), 16));
    for (quint32 third = 0; third < 256; ++third)
        candidates.append(Cidr::fromNetwork(0xC0A80000u | (third << 8), 24));
    for (const Cidr &candidate : std::as_const(candidates)) {
        const QString text = candidate.toString();
        if (checkVpcCidr(context, text).isOk())
            return text;
    }
    return {};
}

} // namespace vpw
