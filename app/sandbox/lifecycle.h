#pragma once

#include "scaledclock.h"
#include "store.h"

#include <QObject>
#include <QTimer>

namespace vpw::sandbox {

// The time-driven half of the state machine (design.md §4), applied lazily on every request
// (advance()) and by a timer armed for the next due transition, so the state is right even if
// the timer fires late:
//   pending  -> running  at autoAttachAt (--auto-attach-after)
//   pending  -> failed   at expiresAt (the flow's attach window, scaled): failureCode
//                        window_closed, with the provider module's reason
//   deleting -> removed  at removeAt (kDeleteDelaySeconds after the DELETE, scaled)
// A transition takes effect at its due time: `updatedAt` is the due time, not the time it was
// noticed. Every change goes through core's canTransition().
class Lifecycle : public QObject {
    Q_OBJECT
public:
    static constexpr double kDeleteDelaySeconds = 5.0;

    Lifecycle(Store *store, const ScaledClock *clock, QObject *parent = nullptr);

    // Applies every transition due at `now`; true when the store changed.
    bool advance(const QDateTime &now);
    // Arms the timer for the earliest future transition (call after any change).
    void reschedule();

    // The manual transitions (API and sandbox controls); false when not allowed from the
    // record's current state.
    static bool attach(PeeringRecord &record, const QDateTime &now);
    // An empty reason takes the provider module's text for the code.
    static bool fail(PeeringRecord &record, FailureCode code, const QString &reason,
                     const QDateTime &now);
    bool startDeleting(PeeringRecord &record, const QDateTime &now) const;

Q_SIGNALS:
    // The timer applied a transition (the server persists the store).
    void changed();

private:
    void onTimeout();
    static bool transition(PeeringRecord &record, PeeringState to, const QDateTime &at);

    Store *m_store;
    const ScaledClock *m_clock;
    QTimer m_timer;
};

} // namespace vpw::sandbox
