#include "lifecycle.h"

#include "logging.h"

#include "app/core/peeringstate.h"
#include "app/core/providermodule.h"

#include <limits>

namespace vpw::sandbox {

Lifecycle::Lifecycle(Store *store, const ScaledClock *clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock) {
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Lifecycle::onTimeout);
}

bool Lifecycle::transition(PeeringRecord &record, PeeringState to, const QDateTime &at) {
    if (!canTransition(record.peering.state, to))
        return false;
    record.peering.state = to;
    record.peering.updatedAt = at;
    if (to != PeeringState::Pending)
        record.autoAttachAt.reset();
    return true;
}

bool Lifecycle::attach(PeeringRecord &record, const QDateTime &now) {
    return transition(record, PeeringState::Running, now);
}

bool Lifecycle::fail(PeeringRecord &record, FailureCode code, const QString &reason,
                     const QDateTime &now) {
    if (code == FailureCode::None || !transition(record, PeeringState::Failed, now))
        return false;
    record.peering.failureCode = code;
    record.peering.failureReason = reason.isEmpty() && record.peering.provider
                                       ? record.peering.provider->failureReason(code)
                                       : reason;
    return true;
}

bool Lifecycle::startDeleting(PeeringRecord &record, const QDateTime &now) const {
    if (!transition(record, PeeringState::Deleting, now))
        return false;
    record.removeAt = now.addMSecs(m_clock->scaledMs(kDeleteDelaySeconds));
    return true;
}

bool Lifecycle::advance(const QDateTime &now) {
    bool changed = false;
    // Only the records due (the store keeps them by due time); each is taken for writing, so
    // the store notes just those as changed.
    for (const QString &id : m_store->dueBy(now)) {
        PeeringRecord &record = *m_store->peering(id);
        if (record.peering.state == PeeringState::Deleting) {
            qCDebug(lcSandbox) << "peering" << id << "removed";
            m_store->removePeering(id);
            changed = true;
            continue;
        }
        const auto due = record.due();
        changed |= due->attach ? transition(record, PeeringState::Running, due->at)
                               : fail(record, FailureCode::WindowClosed, QString(), due->at);
    }
    return changed;
}

void Lifecycle::reschedule() {
    const std::optional<QDateTime> earliest = m_store->nextDue();
    if (!earliest) {
        m_timer.stop();
        return;
    }
    // An invalid time: due at once (a deleting record without removeAt).
    const qint64 wait =
        earliest->isValid() ? qMax<qint64>(0, m_clock->now().msecsTo(*earliest)) : 0;
    m_timer.start(int(qMin<qint64>(wait, std::numeric_limits<int>::max())));
}

void Lifecycle::onTimeout() {
    if (advance(m_clock->now()))
        Q_EMIT changed();
    reschedule();
}

} // namespace vpw::sandbox
