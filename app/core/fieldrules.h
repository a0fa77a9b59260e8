#pragma once

#include "cidr.h"
#include "cidrindex.h"
#include "provider.h"
#include "reservedranges.h"
#include "verdict.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace vpw {

// Every kind of value the flows collect or show. The rules are in ../shared/providers.md.
enum class FieldKind {
    AliyunCenId,     // cen- + [a-z0-9]+, 18 after the prefix usual (warn otherwise)
    AliyunAccountId, // digits, 16 usual (warn otherwise)
    AliyunVpcId,     // vpc- + [a-z0-9]+, 21 after the prefix usual (warn otherwise)
    HuaweiPeeringId, // UUID 8-4-4-4-12 hex, normalised to lower case
    HuaweiVpcId,     // UUID 8-4-4-4-12 hex, normalised to lower case
    HuaweiUserId,    // 32 hex, no hyphens (a pasted UUID form is normalised with a notice)
    HuaweiProjectId, // 32 hex, no hyphens (likewise)
    VpcCidr,         // the operator's VPC CIDR: see checkVpcCidr()
    Region,          // provider region code, e.g. cn-hangzhou, cn-north-4
};

// A realistic example value for the kind (shown as placeholder and in messages).
QString fieldExample(FieldKind kind);
// Translated name of the kind as messages use it: "CEN instance ID", "Huawei user ID"...
QString fieldKindName(FieldKind kind);
// Region codes documented for the provider (examples, not a closed list: checkField(Region)
// accepts any well-formed code). Useful as completion candidates.
QStringList knownRegions(Provider provider);

// The format verdict for one ID field as typed. Surrounding whitespace is trimmed.
// - Aliyun IDs are documented in lower case ("cen-", "vpc-"); upper-case letters are an error
//   whose suggestion is the lower-case form (the operator confirms, nothing is silently changed).
//   An unusual length is a warning (the length is only observed, not documented).
// - Huawei hex IDs are case-insensitive: normalised to lower case without a notice. A 32-hex ID
//   pasted with hyphens (UUID form) is a warning "id.hyphens_removed" with the hyphens removed
//   in `normalized`. A user ID of the wrong length is an error (32 is documented), a project ID
//   of the wrong length a warning (observed only).
// - Region: any well-formed code of either provider (cn-hangzhou, cn-north-4, ap-southeast-1);
//   normalised to lower case.
// - VpcCidr: syntax only (Cidr::parse); the full check needs context: checkVpcCidr().
// - A control character (C0, DEL, C1; U+0000 included) anywhere inside is an error "id.control"
//   for every kind; surrounding whitespace is trimmed first.
// Codes: id.empty, id.control, id.prefix, id.wrong_kind, id.incomplete, id.charset,
// id.uppercase, id.format, id.length, id.unusual_length, id.hyphens_removed, region.format, cidr.*.
Verdict checkField(FieldKind kind, QStringView text);

// The provider's own limits for a VPC CIDR (providers.md): Huawei inside RFC 1918 with mask up
// to /28 (warning above /24); Aliyun RFC 1918 with /8-/28, or a custom range except 100.64/10,
// 224/4, 127/8, 169.254/16 (warning for non-RFC-1918).
Verdict checkProviderCidrLimits(Provider provider, const Cidr &cidr);

// Everything needed to judge a VPC CIDR for one deployment.
struct CidrContext {
    Provider provider = Provider::Aliyun;
    ReservedRanges reserved = ReservedRanges::documentedDefault();
    CidrIndex existing; // deployment CIDR + live peerings' CIDRs
};

// The full verdict of a VPC CIDR field as typed, in order: syntax (with the canonical network
// as suggestion), provider limits, reserved ranges (names the range as documented), overlap
// (names the conflicting CIDR and its owner). A control character comes first: "id.control".
// Errors win over warnings; the first error is reported; without an error, a provider-limit
// warning is kept (with `normalized` set). O(log n) in the number of existing CIDRs.
// Codes: id.control, cidr.* (syntax), cidr.not_private, cidr.provider_prefix,
// cidr.provider_forbidden, cidr.prefix_above_24 (warning, Huawei), cidr.custom_range (warning,
// Aliyun), cidr.reserved, cidr.overlap.
Verdict checkVpcCidr(const CidrContext &context, QStringView text);

} // namespace vpw
