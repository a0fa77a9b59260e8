#pragma once

#include "verdict.h"

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace vpw {

struct CidrParseResult;

// An IPv4 network in CIDR notation. Always canonical: host bits are zero.
class Cidr {
public:
    Cidr() = default;

    // Strict parse of "a.b.c.d/n"; surrounding whitespace (a paste) is trimmed.
    // Rejects: missing prefix (suggests one), prefix > 32, octet > 255, leading zeros
    // ("010.1.0.0/16" is ambiguous), stray characters, inner spaces, host bits set
    // (suggests the canonical network: "192.168.1.5/24" -> "192.168.1.0/24").
    // The verdict's `normalized` is the canonical text when the parse succeeds.
    static CidrParseResult parse(QStringView text);
    // Convenience: the Cidr when `text` is a valid canonical CIDR, nullopt otherwise.
    static std::optional<Cidr> fromString(QStringView text);
    // Build from a network address and prefix; host bits are cleared.
    static Cidr fromNetwork(quint32 address, int prefixLength);

    quint32 network() const { return m_network; }
    int prefixLength() const { return m_prefix; }
    quint32 first() const { return m_network; }
    quint32 last() const;
    quint32 mask() const;
    quint64 size() const { return quint64(1) << (32 - m_prefix); }

    bool contains(quint32 address) const;
    bool contains(const Cidr &other) const;
    bool overlaps(const Cidr &other) const;

    QString toString() const;
    static QString addressToString(quint32 address);

    friend bool operator==(const Cidr &a, const Cidr &b) {
        return a.m_network == b.m_network && a.m_prefix == b.m_prefix;
    }
    friend bool operator!=(const Cidr &a, const Cidr &b) { return !(a == b); }
    friend bool operator<(const Cidr &a, const Cidr &b) {
        return a.m_network != b.m_network ? a.m_network < b.m_network : a.m_prefix < b.m_prefix;
    }

private:
    quint32 m_network = 0;
    int m_prefix = 0;
};

struct CidrParseResult {
    std::optional<Cidr> cidr;
    Verdict verdict;
};

// An inclusive range of IPv4 addresses, with the text the documentation uses for it.
struct AddressRange {
    quint32 first = 0;
    quint32 last = 0;
    QString label; // e.g. "10.10.0.0/24 ～ 10.32.255.0/24" or "100.64.0.0/10"

    bool overlaps(const Cidr &c) const { return c.first() <= last && first <= c.last(); }
};

} // namespace vpw
