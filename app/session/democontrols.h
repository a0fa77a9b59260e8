#pragma once

#include <QObject>
#include <QString>

namespace vpw::session {

class PeeringOperation;
class Session;

// The demo profile's shortcuts for the wizard's waiting page: play the provider side of a
// pending peering through the built-in sandbox's controls (docs/api.md "Sandbox controls"), so
// a newcomer sees both endings without waiting. Only a demo session has them
// (Session::demoControls()); a real server would answer 404.
//
// `recordId` is the peering's API id (Peering::id, "peer-…"). The answer is merged into the
// session's peerings (and Session::peeringEvent() emitted) before the operation's finished()
// reaches the caller, as for a create or delete. nullptr while the session is not connected.
class DemoControls : public QObject {
    Q_OBJECT

public:
    explicit DemoControls(Session *session);
    ~DemoControls() override;

    // The provider side is done now (pending -> running).
    PeeringOperation *finishProviderSide(const QString &recordId);
    // The Aliyun attach window runs out now (pending -> failed with the window reason);
    // NotRunning (409) for a peering without a window or no longer pending.
    PeeringOperation *expireWindow(const QString &recordId);

private:
    Session *m_session;
};

} // namespace vpw::session
