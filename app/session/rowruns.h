#pragma once

#include <QList>

#include <utility>

namespace vpw::session {

// Calls `remove(first, last)` for each contiguous run of flagged rows in `flags`, last run
// first, so the rows before each run keep their numbers while it is removed. Returns the
// lowest row removed, or -1. Shared by the models' merges (one beginRemoveRows per run).
template <typename Remove> int forEachRunFromEnd(const QList<bool> &flags, Remove remove) {
    int lowest = -1;
    for (int last = int(flags.size()) - 1; last >= 0; --last) {
        if (!flags.at(last))
            continue;
        int first = last;
        while (first > 0 && flags.at(first - 1))
            --first;
        remove(first, last);
        lowest = first;
        last = first;
    }
    return lowest;
}

// The first and last index of `changed` (one flag per column) that is set; {-1, -1} when none:
// the column range of one dataChanged for a row.
template <std::size_t N> std::pair<int, int> changedRange(const bool (&changed)[N]) {
    int first = -1;
    int last = -1;
    for (int column = 0; column < int(N); ++column) {
        if (!changed[column])
            continue;
        if (first < 0)
            first = column;
        last = column;
    }
    return {first, last};
}

} // namespace vpw::session
