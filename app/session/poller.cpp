#include "poller.h"

#include "app/core/clock.h"

#include <QRandomGenerator>

#include <algorithm>

namespace vpw::session {

const QList<PeeringState> &transientStates() {
    static const QList<PeeringState> states{PeeringState::Pending, PeeringState::Deleting};
    return states;
}

bool isTransient(PeeringState state) {
    return transientStates().contains(state);
}

Poller::Poller(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? clock : &systemClock()) {
    m_timer.setSingleShot(true);
    // A coarse timer may fire 5 % early: never before a server's Retry-After.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Poller::fire);
    m_monotonic.start();
}

Poller::~Poller() = default;

void Poller::setPolicy(const PollPolicy &policy) {
    m_policy = policy;
    m_policy.fastIntervalMs = std::max(1, policy.fastIntervalMs);
    m_policy.slowIntervalMs = std::max(m_policy.fastIntervalMs, policy.slowIntervalMs);
    m_policy.initialBackoffMs = std::max(1, policy.initialBackoffMs);
    m_policy.maxBackoffMs = std::max(m_policy.initialBackoffMs, policy.maxBackoffMs);
    m_policy.pageSize = std::clamp(policy.pageSize, 1, 500);
}

void Poller::start() {
    m_running = true;
    m_inFlight = false;
    m_failures = 0;
    m_forceFull = false;
    m_pollAfterFlight = false;
    schedule(0);
}

void Poller::stop() {
    m_running = false;
    m_inFlight = false;
    m_pollAfterFlight = false;
    m_failures = 0;
    m_timer.stop();
}

void Poller::setActive(bool active) {
    if (active == m_active)
        return;
    m_active = active;
    if (!m_active) {
        m_timer.stop(); // a poll in flight may finish; nothing new starts
        return;
    }
    pollNow();
}

void Poller::setFast(bool fast) {
    if (fast == m_fast)
        return;
    m_fast = fast;
    // Slow -> fast: a peering was just created or is being deleted; do not wait out the slow
    // interval. Fast -> slow: the poll already scheduled stays, the next ones are slow.
    if (m_fast && m_timer.isActive() && m_timer.remainingTime() > m_policy.fastIntervalMs)
        schedule(m_policy.fastIntervalMs);
}

void Poller::pollNow(bool full) {
    m_forceFull = m_forceFull || full;
    if (!m_running)
        return;
    if (m_inFlight) {
        m_pollAfterFlight = true;
        return;
    }
    schedule(0);
}

void Poller::done(bool ok, int retryAfterMs) {
    if (!m_running || !m_inFlight)
        return;
    m_inFlight = false;
    m_failures = ok ? 0 : m_failures + 1;
    if (retryAfterMs > 0)
        m_notBeforeMs = m_monotonic.elapsed() + retryAfterMs;
    Q_EMIT pollFinished(ok);
    if (!m_running || m_inFlight) // a receiver stopped or restarted the poller
        return;
    qint64 delayMs =
        ok ? (m_fast ? m_policy.fastIntervalMs : m_policy.slowIntervalMs) : backoffMs();
    if (retryAfterMs > 0)
        delayMs = retryAfterMs; // the server said when: no earlier, and no need to wait longer
    if (m_pollAfterFlight || m_forceFull)
        delayMs = 0;
    m_pollAfterFlight = false;
    schedule(delayMs);
}

QDateTime Poller::nextDue() const {
    if (!m_running || !m_active || m_inFlight || !m_timer.isActive())
        return {};
    return m_clock->now().addMSecs(std::max(0, m_timer.remainingTime()));
}

qint64 Poller::backoffMs() const {
    // Full jitter: clients that failed together do not come back together.
    const int exponent = std::min(m_failures - 1, 20);
    const qint64 ceiling =
        std::min<qint64>(m_policy.maxBackoffMs, qint64(m_policy.initialBackoffMs) << exponent);
    return QRandomGenerator::global()->bounded(ceiling + 1);
}

qint64 Poller::msUntilAllowed() const {
    return std::max<qint64>(0, m_notBeforeMs - m_monotonic.elapsed());
}

void Poller::schedule(qint64 delayMs) {
    if (!m_running || !m_active || m_inFlight) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(std::max(delayMs, msUntilAllowed())));
}

void Poller::fire() {
    if (!m_running || !m_active || m_inFlight)
        return;
    if (const qint64 wait = msUntilAllowed(); wait > 0) {
        m_timer.start(int(wait)); // a Retry-After set while the timer ran
        return;
    }
    const bool fast = m_fast && !m_forceFull;
    m_forceFull = false;
    m_inFlight = true;
    ++m_pollsStarted;
    Q_EMIT pollStarted(fast);
    Q_EMIT due(fast);
}

} // namespace vpw::session
