#include "reservedranges.h"

#include <utility>

namespace vpw {

namespace {

// The documentation writes ranges with a fullwidth tilde (U+FF5E) between two CIDRs.
constexpr char16_t kFullwidthTilde = 0xFF5E;

QString rangeLabel(const Cidr &from, const Cidr &to) {
    return from.toString() + u' ' + QChar(kFullwidthTilde) + u' ' + to.toString();
}

// Splits "A ～ B", "A~B" or "A - B" at the separator; nullopt when there is none.
std::optional<std::pair<QStringView, QStringView>> splitRange(QStringView entry) {
    for (const char16_t separator : {kFullwidthTilde, char16_t(u'~'), char16_t(u'-')}) {
        const qsizetype at = entry.indexOf(QChar(separator));
        if (at >= 0)
            return std::make_pair(entry.left(at).trimmed(), entry.mid(at + 1).trimmed());
    }
    return std::nullopt;
}

std::optional<AddressRange> parseEntry(QStringView entry) {
    if (const auto halves = splitRange(entry)) {
        const std::optional<Cidr> from = Cidr::fromString(halves->first);
        const std::optional<Cidr> to = Cidr::fromString(halves->second);
        if (!from || !to || from->first() > to->last())
            return std::nullopt;
        return AddressRange{from->first(), to->last(), rangeLabel(*from, *to)};
    }
    const std::optional<Cidr> cidr = Cidr::fromString(entry);
    if (!cidr)
        return std::nullopt;
    return AddressRange{cidr->first(), cidr->last(), cidr->toString()};
}

} // namespace

ReservedRanges ReservedRanges::documentedDefault() {
    // "10.10.0.0/24 ～ 10.32.255.0/24": every address from 10.10.0.0 to 10.32.255.255.
    ReservedRanges ranges;
    const Cidr from = Cidr::fromNetwork(0x0A0A0000u, 24);
    const Cidr to = Cidr::fromNetwork(0x0A20FF00u, 24);
    ranges.m_ranges.append(AddressRange{from.first(), to.last(), rangeLabel(from, to)});
    return ranges;
}

std::optional<ReservedRanges> ReservedRanges::fromStrings(const QStringList &entries,
                                                          QString *badEntry) {
    ReservedRanges ranges;
    for (const QString &entry : entries) {
        const QStringView trimmed = QStringView(entry).trimmed();
        if (trimmed.isEmpty())
            continue; // a blank line in a server list is not a range
        const std::optional<AddressRange> range = parseEntry(trimmed);
        if (!range) {
            if (badEntry)
                *badEntry = entry;
            return std::nullopt;
        }
        ranges.m_ranges.append(*range);
    }
    if (ranges.m_ranges.isEmpty())
        return documentedDefault();
    return ranges;
}

const AddressRange *ReservedRanges::findOverlap(const Cidr &cidr) const {
    // A handful of ranges at most: a linear scan is the fastest lookup.
    for (const AddressRange &range : m_ranges) {
        if (range.overlaps(cidr))
            return &range;
    }
    return nullptr;
}

QStringList ReservedRanges::labels() const {
    QStringList result;
    result.reserve(m_ranges.size());
    for (const AddressRange &range : m_ranges)
        result.append(range.label);
    return result;
}

} // namespace vpw
