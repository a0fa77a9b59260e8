#include "peeringsync.h"

#include "peeringmodel.h"

namespace vpw::session {

PeeringSync::PeeringSync(PeeringModel *model)
    : m_model(model) {}

void PeeringSync::pollStarted() {
    m_answeredDuringPoll.clear();
}

void PeeringSync::answer(const Peering &peering, bool pollInFlight) {
    if (pollInFlight)
        m_answeredDuringPoll.insert(peering.id);
    m_model->upsert(peering);
}

void PeeringSync::keepAnsweredRows(QList<Peering> &listing, bool fast) const {
    if (m_answeredDuringPoll.isEmpty())
        return;
    QSet<QString> missing = m_answeredDuringPoll;
    for (Peering &peering : listing) {
        if (!missing.remove(peering.id))
            continue;
        if (const auto current = m_model->peering(peering.id))
            peering = *current;
    }
    if (fast)
        return; // a partial merge removes nothing
    for (const QString &id : std::as_const(missing)) {
        if (const auto current = m_model->peering(id))
            listing << *current;
    }
}

bool PeeringSync::applyPoll(QList<Peering> &listing, bool fast, bool changed, bool firstLoad) {
    keepAnsweredRows(listing, fast);
    m_answeredDuringPoll.clear();
    if (fast) {
        // A transient peering missing from the filtered list is running, failed or gone now.
        const bool needsFullList = m_model->missesTransient(listing);
        if (changed)
            m_model->mergePartial(listing);
        return needsFullList;
    }
    if (changed || firstLoad)
        m_model->merge(listing);
    return false;
}

} // namespace vpw::session
