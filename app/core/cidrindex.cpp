#include "cidrindex.h"

#include <algorithm>

namespace vpw {

CidrIndex::CidrIndex(QList<Entry> entries)
    : m_entries(std::move(entries)) {
    std::sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) {
        return a.cidr.first() != b.cidr.first() ? a.cidr.first() < b.cidr.first()
                                                : a.cidr.last() < b.cidr.last();
    });
    // m_maxLastIndex[k] is the entry among 0..k that reaches furthest: entries may nest or
    // repeat (a failed-then-retried peering, a stale list), so a plain "previous entry" is not
    // enough to find every overlap.
    m_maxLastIndex.reserve(m_entries.size());
    int best = 0;
    for (int i = 0; i < int(m_entries.size()); ++i) {
        if (m_entries.at(i).cidr.last() > m_entries.at(best).cidr.last())
            best = i;
        m_maxLastIndex.append(best);
    }
}

std::optional<CidrIndex::Entry> CidrIndex::findOverlap(const Cidr &cidr) const {
    // Entries starting after the candidate's last address cannot overlap it. Among the others
    // (0..k), one overlaps iff the furthest-reaching one reaches the candidate's first address.
    const auto end = std::upper_bound(
        m_entries.cbegin(), m_entries.cend(), cidr.last(),
        [](quint32 last, const Entry &entry) { return last < entry.cidr.first(); });
    const qsizetype k = (end - m_entries.cbegin()) - 1;
    if (k < 0)
        return std::nullopt;
    const Entry &furthest = m_entries.at(m_maxLastIndex.at(k));
    if (furthest.cidr.last() < cidr.first())
        return std::nullopt;
    return furthest;
}

} // namespace vpw
