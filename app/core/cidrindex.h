#pragma once

#include "cidr.h"

#include <QList>
#include <QSharedDataPointer>
#include <QString>

#include <optional>

namespace vpw {

// The CIDRs a new peering must not overlap: the deployment's own VPC CIDR and the CIDRs of its
// other live peerings. Built once (O(n log n)) or kept up to date entry by entry (insert() and
// remove(), O(log n)); each query is O(log n) per prefix length in use, so the check can run on
// every keystroke, and on every create of a server holding thousands of peerings.
// Implicitly shared: a copy is cheap until one of the two changes.
class CidrIndex {
public:
    struct Entry {
        Cidr cidr;
        QString owner; // who holds it, for the message: "deployment VPC" or a peering ID
    };

    CidrIndex();
    explicit CidrIndex(const QList<Entry> &entries);
    CidrIndex(const CidrIndex &other);
    CidrIndex &operator=(const CidrIndex &other);
    ~CidrIndex();

    void insert(const Entry &entry);
    // Removes one entry equal to `entry` (same CIDR and owner); false when there is none.
    bool remove(const Entry &entry);

    // One entry that overlaps `cidr`, or nullopt. When several do, the widest among those
    // reaching furthest (for a CIDR inside an existing one: the outermost); between equal
    // entries, the one inserted first.
    std::optional<Entry> findOverlap(const Cidr &cidr) const;

    // Every entry, by first address (then widest first; equal ones in insertion order).
    QList<Entry> entries() const;
    int size() const;
    bool isEmpty() const { return size() == 0; }

private:
    struct Data;
    QSharedDataPointer<Data> d;
};

} // namespace vpw
