#pragma once

#include "app/core/model.h"

#include <QList>
#include <QSet>
#include <QString>

namespace vpw::session {

class PeeringModel;

// Applies what the server says to a Session's PeeringModel: each poll cycle's listing, and the
// single answers that arrive outside the poll (create, delete, a demo control). A poll's listing
// may predate an answer that arrived while the poll was in flight: that row keeps the answer's
// copy, not the poll's.
class PeeringSync {
public:
    explicit PeeringSync(PeeringModel *model);

    // A poll cycle started: answers from now on are newer than its listing may be.
    void pollStarted();
    // One peering answered outside the poll: updated or inserted at once.
    void answer(const Peering &peering, bool pollInFlight);
    // Merges a finished cycle's listing into the model (the full list removes the rows it does
    // not have; a fast listing, filtered on transientStates(), only updates and inserts).
    // `listing` is updated with the rows kept from answers. Returns true when a fast listing
    // misses a transient row: only the full list tells what became of it.
    bool applyPoll(QList<Peering> &listing, bool fast, bool changed, bool firstLoad);

private:
    void keepAnsweredRows(QList<Peering> &listing, bool fast) const;

    PeeringModel *m_model;
    QSet<QString> m_answeredDuringPoll;
};

} // namespace vpw::session
