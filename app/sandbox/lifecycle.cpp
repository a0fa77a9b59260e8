#include "lifecycle.h"

#include "logging.h"

#include "app/core/peeringstate.h"

#include <limits>

namespace vpw::sandbox {

const char Lifecycle::kWindowFailureReason[] =
    "The network instance was not loaded into the CEN within 10 minutes.";

Lifecycle::Lifecycle(Store *store, const Clock *clock, QObject *parent)
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

bool Lifecycle::fail(PeeringRecord &record, const QString &reason, const QDateTime &now) {
    if (!transition(record, PeeringState::Failed, now))
        return false;
    record.peering.failureReason = reason;
    return true;
}

bool Lifecycle::startDeleting(PeeringRecord &record, const QDateTime &now) const {
    if (!transition(record, PeeringState::Deleting, now))
        return false;
    record.removeAt = now.addMSecs(m_clock->scaledMs(kDeleteDelaySeconds));
    return true;
}

namespace {

// The pending record's next transition: which one and when.
struct PendingDue {
    QDateTime at;
    bool attach = false;
};

std::optional<PendingDue> pendingDue(const PeeringRecord &record) {
    const auto &expires = record.peering.expiresAt;
    const auto &attachAt = record.autoAttachAt;
    if (attachAt && (!expires || *attachAt < *expires))
        return PendingDue{*attachAt, true};
    if (expires)
        return PendingDue{*expires, false};
    return std::nullopt;
}

std::optional<QDateTime> nextDue(const PeeringRecord &record) {
    switch (record.peering.state) {
    case PeeringState::Pending:
        if (const auto due = pendingDue(record))
            return due->at;
        return std::nullopt;
    case PeeringState::Deleting:
        return record.removeAt;
    default:
        return std::nullopt;
    }
}

} // namespace

bool Lifecycle::advance(const QDateTime &now) {
    bool changed = false;
    QStringList removed;
    // Read through the const list; only a record that transitions is taken for writing, so the
    // store notes just that one as changed.
    const QList<PeeringRecord> &records = std::as_const(*m_store).peerings();
    for (qsizetype i = 0; i < records.size(); ++i) {
        const PeeringRecord &record = records[i];
        if (record.peering.state == PeeringState::Pending) {
            const auto due = pendingDue(record);
            if (!due || due->at > now)
                continue;
            PeeringRecord &changing = m_store->peeringAt(i);
            changed |= due->attach ? transition(changing, PeeringState::Running, due->at)
                                   : fail(changing, QLatin1String(kWindowFailureReason), due->at);
        } else if (record.peering.state == PeeringState::Deleting) {
            if (!record.removeAt || *record.removeAt <= now)
                removed.append(record.peering.id);
        }
    }
    for (const QString &id : std::as_const(removed)) {
        qCDebug(lcSandbox) << "peering" << id << "removed";
        m_store->removePeering(id);
        changed = true;
    }
    return changed;
}

void Lifecycle::reschedule() {
    std::optional<QDateTime> earliest;
    for (const PeeringRecord &record : std::as_const(*m_store).peerings()) {
        const auto due = nextDue(record);
        if (due && (!earliest || *due < *earliest))
            earliest = due;
    }
    if (!earliest) {
        m_timer.stop();
        return;
    }
    const qint64 wait = qMax<qint64>(0, m_clock->now().msecsTo(*earliest));
    m_timer.start(int(qMin<qint64>(wait, std::numeric_limits<int>::max())));
}

void Lifecycle::onTimeout() {
    if (advance(m_clock->now()))
        Q_EMIT changed();
    reschedule();
}

} // namespace vpw::sandbox
