#pragma once

#include "cidr.h"

#include <QList>
#include <QString>

#include <optional>

namespace vpw {

// The CIDRs a new peering must not overlap: the deployment's own VPC CIDR and the CIDRs of its
// other live peerings. Built once (O(n log n)); each query is O(log n), so the check can run on
// every keystroke against thousands of CIDRs.
class CidrIndex {
public:
    struct Entry {
        Cidr cidr;
        QString owner; // who holds it, for the message: "deployment VPC" or a peering ID
    };

    CidrIndex() = default;
    explicit CidrIndex(QList<Entry> entries);

    // One entry that overlaps `cidr` (if several do, any one of them), or nullopt.
    std::optional<Entry> findOverlap(const Cidr &cidr) const;

    int size() const { return int(m_entries.size()); }
    bool isEmpty() const { return m_entries.isEmpty(); }

private:
    QList<Entry> m_entries;    // sorted by first address
    QList<int> m_maxLastIndex; // prefix arg-max of last address over m_entries
};

} // namespace vpw
