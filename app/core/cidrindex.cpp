#include "cidrindex.h"

#include <array>
#include <map>

namespace vpw {

// CIDR blocks are either nested or disjoint, so an entry overlapping a candidate either
// contains it (then it is the candidate's network at a shorter or equal prefix: one exact
// lookup per prefix length in use) or lies inside it (then its first address is within the
// candidate's range: one ordered lookup). No structure over all entries has to be rebuilt
// when one is added or removed.
struct CidrIndex::Data : QSharedData {
    std::multimap<Cidr, QString> entries; // by (network, prefix); equal keys in insertion order
    std::array<int, 33> perPrefix{};      // entries per prefix length

    // The widest entry that contains `cidr` (prefix lengths minPrefix..cidr's), or end().
    std::multimap<Cidr, QString>::const_iterator outermost(const Cidr &cidr, int minPrefix) const {
        for (int prefix = minPrefix; prefix <= cidr.prefixLength(); ++prefix) {
            if (perPrefix[prefix] == 0)
                continue;
            const Cidr key = Cidr::fromNetwork(cidr.network(), prefix);
            const auto it = entries.lower_bound(key); // the first inserted of equal ones
            if (it != entries.cend() && it->first == key)
                return it;
        }
        return entries.cend();
    }
};

CidrIndex::CidrIndex()
    : d(new Data) {}

CidrIndex::CidrIndex(const QList<Entry> &entries)
    : d(new Data) {
    for (const Entry &entry : entries)
        insert(entry);
}

CidrIndex::CidrIndex(const CidrIndex &other) = default;
CidrIndex &CidrIndex::operator=(const CidrIndex &other) = default;
CidrIndex::~CidrIndex() = default;

void CidrIndex::insert(const Entry &entry) {
    // std::multimap inserts after the equal keys: the first inserted stays first.
    d->entries.emplace(entry.cidr, entry.owner);
    ++d->perPrefix[entry.cidr.prefixLength()];
}

bool CidrIndex::remove(const Entry &entry) {
    const auto [first, last] = d->entries.equal_range(entry.cidr);
    for (auto it = first; it != last; ++it) {
        if (it->second == entry.owner) {
            d->entries.erase(it);
            --d->perPrefix[entry.cidr.prefixLength()];
            return true;
        }
    }
    return false;
}

std::optional<CidrIndex::Entry> CidrIndex::findOverlap(const Cidr &cidr) const {
    const auto end = d->entries.cend();
    // An entry containing the candidate reaches furthest of all overlapping ones; the widest
    // such entry is the answer.
    if (const auto it = d->outermost(cidr, 0); it != end)
        return Entry{it->first, it->second};
    // Otherwise the overlapping entries lie inside it. The one reaching furthest contains the
    // entry with the highest first address inside the candidate (or is it): the widest entry
    // containing that one, still inside the candidate.
    auto inside = d->entries.upper_bound(Cidr::fromNetwork(cidr.last(), 32));
    if (inside == d->entries.cbegin())
        return std::nullopt;
    --inside;
    if (inside->first.first() < cidr.first())
        return std::nullopt;
    const auto it = d->outermost(inside->first, cidr.prefixLength() + 1);
    return Entry{it->first, it->second};
}

QList<CidrIndex::Entry> CidrIndex::entries() const {
    QList<Entry> result;
    result.reserve(qsizetype(d->entries.size()));
    for (const auto &[cidr, owner] : d->entries)
        result.append({cidr, owner});
    return result;
}

int CidrIndex::size() const {
    return int(d->entries.size());
}

} // namespace vpw
