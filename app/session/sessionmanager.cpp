#include "sessionmanager.h"

#include "session.h"

namespace vpw::session {

SessionManager::SessionManager(secrets::SecretStore *secrets, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_clock(clock) {}

SessionManager::~SessionManager() {
    if (m_current)
        Q_EMIT sessionAboutToClose(m_current.get());
    m_current.reset();
}

Session *SessionManager::open(const secrets::Profile &profile) {
    if (m_current) {
        Q_EMIT sessionAboutToClose(m_current.get());
        m_current.reset(); // aborts its requests silently
    }
    if (!profile.endpoint.isEmpty() || profile.isConsole()) {
        m_current = std::make_unique<Session>(profile, m_secrets, m_clock);
        m_current->setPollPolicy(m_pollPolicy);
        m_current->start();
    }
    Q_EMIT sessionChanged(m_current.get());
    return m_current.get();
}

void SessionManager::close() {
    if (!m_current)
        return;
    Q_EMIT sessionAboutToClose(m_current.get());
    m_current.reset();
    Q_EMIT sessionChanged(nullptr);
}

bool SessionManager::refresh() {
    if (!m_current)
        return false;
    const ConnectionStatus &status = m_current->status();
    // The profile's secret, the keychain or the server may have been fixed meanwhile.
    if (status.isFatal() || status.state == ConnectionStatus::Idle)
        m_current->start();
    else
        m_current->refreshNow();
    return true;
}

void SessionManager::setPollPolicy(const PollPolicy &policy) {
    m_pollPolicy = policy;
    if (m_current)
        m_current->setPollPolicy(policy);
}

} // namespace vpw::session
