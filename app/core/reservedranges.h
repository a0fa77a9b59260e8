#pragma once

#include "cidr.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace vpw {

// EMQX Cloud's reserved address ranges: a peered VPC's CIDR must not touch them.
// The documented default is 10.10.0.0 - 10.32.255.255, written "10.10.0.0/24 ～ 10.32.255.0/24".
// A deployment may carry its own list (`reservedCidrs` from the server), which replaces it.
class ReservedRanges {
public:
    static ReservedRanges documentedDefault();

    // Each entry is a CIDR ("100.0.0.0/8") or a range of two CIDRs as the documentation writes
    // it: "10.10.0.0/24~10.32.255.0/24", "10.10.0.0/24 ～ 10.32.255.0/24" or with " - ";
    // the range covers the first address of the left one to the last of the right one.
    // An empty list means "use the default". nullopt when an entry does not parse;
    // `badEntry` then receives it.
    static std::optional<ReservedRanges> fromStrings(const QStringList &entries,
                                                     QString *badEntry = nullptr);

    // The first reserved range that `cidr` overlaps, or nullptr.
    const AddressRange *findOverlap(const Cidr &cidr) const;

    const QList<AddressRange> &ranges() const { return m_ranges; }
    QStringList labels() const;

private:
    QList<AddressRange> m_ranges;
};

} // namespace vpw
