#pragma once

#include "cidr.h"
#include "cidrindex.h"
#include "provider.h"
#include "reservedranges.h"
#include "verdict.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace vpw {

// The shapes of value the flows collect or show. The format checks are generic; a provider
// module (app/providers/<name>/) supplies the parameters (prefix, lengths), names and examples
// of its own kinds. The rules are in ../shared/providers.md.
enum class FieldShape {
    PrefixedId, // prefix + lower-case body ([a-z0-9]+, or hex digits): "cen-...", "pcx-..."
    Digits,     // digits only: account IDs
    Uuid,       // 8-4-4-4-12 hex, case-insensitive, normalised to lower case
    Hex32,      // 32 hex without hyphens (a pasted UUID form is normalised with a notice)
    Cidr,       // the operator's VPC CIDR: see checkVpcCidr()
    Region,     // provider region code, e.g. cn-hangzhou, cn-north-4, us-east-1
};

// One kind of field: its format and how messages name it.
struct FieldKind {
    QString id;       // stable, unique: "aliyun.cen-id", "vpc-cidr", "region"
    const char *name; // QT_TRANSLATE_NOOP("vpw::FieldRules", "CEN instance ID")
    FieldShape shape = FieldShape::PrefixedId;
    QString example;      // a realistic value that passes the kind's own check
    QString prefix;       // PrefixedId: "cen-"
    bool hexBody = false; // PrefixedId: the body is lower-case hex, not [a-z0-9]
    // PrefixedId: the body's length; Digits: the number of digits. Empty: any length. Several:
    // any of them (AWS: 8 or 17).
    QList<int> lengths;
    // Whether another length is an error (the length is documented) rather than a warning (only
    // observed). Hex32 always has 32 digits: this says whether another count is an error.
    bool lengthStrict = false;
    // Digits: the charset rule in plain words, QT_TRANSLATE_NOOP("vpw::FieldRules", ...).
    const char *rule = nullptr;
    // The other kinds of the same provider a value of this kind could be swapped with: a value
    // that looks like one of them is an error "id.wrong_kind" naming it. Returns the kinds.
    QList<FieldKind> (*siblings)() = nullptr;

    bool operator==(const FieldKind &other) const { return id == other.id; }
    bool operator!=(const FieldKind &other) const { return id != other.id; }

    // The two kinds every flow shares.
    static const FieldKind &vpcCidr();
    static const FieldKind &region();
};

// A realistic example value for the kind (shown as placeholder and in messages).
QString fieldExample(const FieldKind &kind);
// The kind's format mask, shown as a field's placeholder so it cannot be mistaken for a real
// value: "cen-xxxxxxxxxxxxxxxxxx", "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", 12 x for a 12-digit
// account. A CIDR or a region has no mask: its example is returned (see exampleVpcCidr()).
QString fieldMask(const FieldKind &kind);
// Translated name of the kind as messages use it: "CEN instance ID", "Huawei user ID"...
QString fieldKindName(const FieldKind &kind);

// The format verdict for one ID field as typed. Surrounding whitespace is trimmed.
// - Prefixed IDs are written in lower case ("cen-", "pcx-"); upper-case letters are an error
//   whose suggestion is the lower-case form (the operator confirms, nothing is silently changed).
//   A length outside FieldKind::lengths is an error when lengthStrict, else a warning.
// - UUID and 32-hex IDs are case-insensitive: normalised to lower case without a notice. A
//   32-hex ID pasted with hyphens (UUID form) is a warning "id.hyphens_removed" with the hyphens
//   removed in `normalized`. A 32-hex ID of the wrong length is an error when lengthStrict, else
//   a warning.
// - A value that has the shape of a sibling kind (FieldKind::siblings) is "id.wrong_kind".
// - Region: any well-formed code (cn-hangzhou, cn-north-4, ap-southeast-1, us-east-1);
//   normalised to lower case.
// - VpcCidr: syntax only (Cidr::parse); the full check needs context: checkVpcCidr().
// - A control character (C0, DEL, C1; U+0000 included) anywhere inside is an error "id.control"
//   for every kind; surrounding whitespace is trimmed first.
// Codes: id.empty, id.control, id.prefix, id.wrong_kind, id.incomplete, id.charset,
// id.uppercase, id.format, id.length, id.unusual_length, id.hyphens_removed, region.format, cidr.*.
Verdict checkField(const FieldKind &kind, QStringView text);

// Whether the block lies inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16 (RFC 1918): a
// helper for the providers' CIDR limits (ProviderModule::checkCidrLimits).
bool isInsideRfc1918(const Cidr &cidr);

// Everything needed to judge a VPC CIDR for one deployment.
struct CidrContext {
    Provider provider = nullptr; // its limits (ProviderModule::checkCidrLimits); none when null
    ReservedRanges reserved = ReservedRanges::documentedDefault();
    CidrIndex existing; // deployment CIDR + live peerings' CIDRs
};

// The full verdict of a VPC CIDR field as typed, in order: syntax (with the canonical network
// as suggestion), provider limits, reserved ranges (names the range as documented), overlap
// (names the conflicting CIDR and its owner). A control character comes first: "id.control".
// Errors win over warnings; the first error is reported; without an error, a provider-limit
// warning is kept (with `normalized` set). O(log n) in the number of existing CIDRs.
// Codes: id.control, cidr.* (syntax), the provider's limit codes (cidr.not_private,
// cidr.provider_prefix, cidr.provider_forbidden, warnings such as cidr.prefix_above_24),
// cidr.reserved, cidr.overlap.
Verdict checkVpcCidr(const CidrContext &context, QStringView text);

// A VPC CIDR block that checkVpcCidr() accepts without a warning in `context` (outside the
// deployment's CIDR, its peerings', the reserved ranges, within the provider's limits): the
// example shown in the field. The common private /16 blocks are tried first; empty when none
// of the candidates fits.
QString exampleVpcCidr(const CidrContext &context);

} // namespace vpw
