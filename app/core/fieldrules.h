#pragma once

#include "cidr.h"
#include "cidrindex.h"
#include "provider.h"
#include "reservedranges.h"
#include "verdict.h"

#include <QString>
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

// The format verdict for one ID field as typed (not VpcCidr: that needs context).
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
// (names the conflicting CIDR and its owner). Errors win over warnings; the first error is
// reported. O(log n) in the number of existing CIDRs.
Verdict checkVpcCidr(const CidrContext &context, QStringView text);

} // namespace vpw
