#pragma once

#include "poller.h"

#include "app/secrets/profile.h"

#include <QObject>

#include <memory>

namespace vpw {
class Clock;
}
namespace vpw::secrets {
class SecretStore;
}

namespace vpw::session {

class Session;

// The owner of the session of the active profile: at most one at a time, replaced when the
// profile changes. The main window and the wizard launcher observe it (sessionChanged()) rather
// than each other; whoever holds a Session* drops it on sessionAboutToClose().
//
// The "fatal status => reconnect" rule lives here, in refresh(), and nowhere else: a session
// whose status is fatal (no secret, credentials refused, bad endpoint, keychain error) or that
// never started connects again; any other just polls now.
class SessionManager : public QObject {
    Q_OBJECT

public:
    // `secrets` (not owned) must outlive the manager; `clock` (not owned; nullptr: the system
    // clock) is handed to every session.
    explicit SessionManager(secrets::SecretStore *secrets, const Clock *clock = nullptr,
                            QObject *parent = nullptr);
    ~SessionManager() override;

    // The session of the active profile; nullptr when none (not opened, or no endpoint yet).
    Session *current() const { return m_current.get(); }

    // Closes the current session and starts one for `profile`; none when the profile has no
    // endpoint yet (the demo sandbox still starting). Returns the new session.
    Session *open(const secrets::Profile &profile);
    // Closes the current session (its requests are aborted silently).
    void close();
    // "Refresh now": a poll of everything, or, for a session whose status is fatal or that
    // has not started, a new connection (the secret is read again). False when there is no
    // session to refresh.
    bool refresh();

    // The poll schedule of every session opened from now on (and of the current one).
    void setPollPolicy(const PollPolicy &policy);
    const PollPolicy &pollPolicy() const { return m_pollPolicy; }

Q_SIGNALS:
    // The current session is about to be destroyed: drop every pointer to it.
    void sessionAboutToClose(vpw::session::Session *session);
    // A new session is current (nullptr: none). Emitted after open() started it and after
    // close().
    void sessionChanged(vpw::session::Session *session);

private:
    secrets::SecretStore *m_secrets;
    const Clock *m_clock;
    PollPolicy m_pollPolicy;
    std::unique_ptr<Session> m_current;
};

} // namespace vpw::session
