// The demo profile's shortcuts: kept apart from session.cpp because they only make sense
// against the built-in sandbox.
#include "democontrols.h"

#include "peeringoperation.h"
#include "session.h"

#include "app/cloud/apiclient.h"

namespace vpw::session {

DemoControls::DemoControls(Session *session)
    : QObject(session)
    , m_session(session) {}

DemoControls::~DemoControls() = default;

PeeringOperation *DemoControls::finishProviderSide(const QString &recordId) {
    cloud::ApiClient *client = m_session->client();
    if (!client)
        return nullptr;
    return PeeringOperation::follow(client->attachInSandbox(recordId), m_session);
}

PeeringOperation *DemoControls::expireWindow(const QString &recordId) {
    cloud::ApiClient *client = m_session->client();
    if (!client)
        return nullptr;
    return PeeringOperation::follow(client->expireInSandbox(recordId), m_session);
}

} // namespace vpw::session
