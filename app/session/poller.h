#pragma once

#include "app/core/peeringstate.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

namespace vpw {
class Clock;
}

namespace vpw::session {

// The "transient states" rule, the one place it is written: a peering in one of these states
// changes without the operator (pending -> running or failed, deleting -> gone), so while any
// peering is in one the poller runs at its fast pace, and a fast poll lists only these states.
const QList<PeeringState> &transientStates();
bool isTransient(PeeringState state);

// The poll schedule of a Session (design.md §5, issue "Status panel" item 5). Not a widget and
// not a window's QTimer: one request in flight at a time, a next-due time, and backoff.
//   - While any peering is in a transientStates() (setFast(true)): every fastIntervalMs, GET
//     /api/v1/peerings?state=pending,deleting only; otherwise the full list every
//     slowIntervalMs. If-None-Match always (the Session keeps the ETags).
//   - Errors: exponential backoff with full jitter (a uniform delay in [0, min(maxBackoffMs,
//     initialBackoffMs * 2^(failures-1))]); a 429 waits at least its Retry-After.
//   - Inactive (window hidden/minimised): no requests; becoming active polls at once.
//   - Deployments change on human time scales: they are reloaded with a full poll every
//     deploymentsIntervalMs, on refreshNow() and when a peering names an unknown deployment.
struct PollPolicy {
    int fastIntervalMs = 2000;
    int slowIntervalMs = 30000;
    int initialBackoffMs = 2000;
    int maxBackoffMs = 5 * 60 * 1000;
    int deploymentsIntervalMs = 30 * 60 * 1000;
    // Peerings per request (the API allows 1..500); pages are fetched one after the other.
    int pageSize = 500;
};

// The scheduler only: it decides *when* and *which kind* of poll is due and emits due(); its
// owner (Session) makes the request(s) and reports the outcome with done(). Between due() and
// done() the poll is in flight and nothing else is due, so at most one request is in flight.
//
// Timers run on real (monotonic) time; nextDue() is reported on the injected clock.
class Poller : public QObject {
    Q_OBJECT

public:
    // `clock` (not owned; nullptr: the system clock) is only used for nextDue().
    explicit Poller(const Clock *clock = nullptr, QObject *parent = nullptr);
    ~Poller() override;

    void setPolicy(const PollPolicy &policy);
    const PollPolicy &policy() const { return m_policy; }

    // start() polls at once (when active); stop() forgets the schedule and any failure count.
    // A poll in flight when stop() is called is no longer expected: a later done() is ignored.
    void start();
    void stop();
    bool isRunning() const { return m_running; }

    void setActive(bool active);
    bool isActive() const { return m_active; }

    // The fast pace (any peering pending or deleting). Switching to it brings the next poll
    // forward to at most fastIntervalMs from now.
    void setFast(bool fast);
    bool isFast() const { return m_fast; }

    // Polls as soon as allowed: at once, or right after the poll in flight, but never before a
    // 429's Retry-After has passed. `full`: the full list even at the fast pace.
    void pollNow(bool full = false);

    // The owner's report of the poll due() started. `retryAfterMs` > 0: a 429's Retry-After;
    // the next poll comes exactly then (not before, and no backoff on top), and neither
    // pollNow() nor setActive(true) brings it forward.
    void done(bool ok, int retryAfterMs = 0);

    bool isInFlight() const { return m_inFlight; }
    // When the next poll is due on the injected clock (null while inactive, stopped or in
    // flight).
    QDateTime nextDue() const;
    // Polls started since construction (one per due()).
    int pollsStarted() const { return m_pollsStarted; }
    // Consecutive failed polls (0 after a success).
    int failures() const { return m_failures; }

Q_SIGNALS:
    // Make one poll now: the pending/deleting list (`fast`) or the full list; then done().
    void due(bool fast);
    void pollStarted(bool fast);
    void pollFinished(bool ok);

private:
    void schedule(qint64 delayMs);
    void fire();
    qint64 backoffMs() const;
    qint64 msUntilAllowed() const;

    const Clock *m_clock;
    PollPolicy m_policy;
    QTimer m_timer;
    QElapsedTimer m_monotonic;
    qint64 m_notBeforeMs = 0; // monotonic ms before which no poll starts (Retry-After)
    bool m_running = false;
    bool m_active = true;
    bool m_fast = false;
    bool m_inFlight = false;
    bool m_pollAfterFlight = false;
    bool m_forceFull = false;
    int m_failures = 0;
    int m_pollsStarted = 0;
};

} // namespace vpw::session
