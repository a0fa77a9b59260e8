#include "polljob.h"

#include "poller.h"

#include "app/cloud/apiclient.h"

namespace vpw::session {

PollJob::PollJob(cloud::ApiClient *client, PollRequest request)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request)) {
    // The client's jobs start from the event loop, so neither call can finish before this
    // constructor returned.
    if (m_request.withDeployments)
        loadDeployments();
    else
        fetchPage({});
}

PollJob::~PollJob() {
    if (m_call)
        m_call->abort();
}

void PollJob::abort() {
    if (m_finished || m_aborted)
        return;
    m_aborted = true;
    if (m_call)
        m_call->abort();
    deleteLater();
}

void PollJob::loadDeployments() {
    ++m_requests;
    cloud::DeploymentListJob *job = m_client->listDeployments(m_request.options);
    m_call = job;
    job->onFinished(this, [this](const cloud::DeploymentListJob &j) {
        if (!j.isOk()) {
            finish(j.error());
            return;
        }
        m_result.deployments = j.value();
        fetchPage({});
    });
}

void PollJob::fetchPage(const QString &cursor) {
    cloud::PeeringQuery query;
    if (m_request.fast)
        query.states = transientStates();
    query.limit = m_request.pageSize;
    query.cursor = cursor;
    const bool first = cursor.isEmpty();
    ++m_requests;
    cloud::PeeringPageJob *job = m_client->listAllPeerings(
        query, first ? m_request.cached.etag : QString(), m_request.options);
    m_call = job;
    job->onFinished(this, [this, first](const cloud::PeeringPageJob &j) {
        if (!j.isOk()) {
            finish(j.error());
            return;
        }
        const cloud::PeeringPage &page = j.value();
        if (page.notModified) {
            m_result.peerings = m_request.cached.peerings;
            m_result.listing = m_request.cached;
            finish(std::nullopt);
            return;
        }
        if (first)
            m_etag = page.etag;
        m_result.changed = true;
        m_result.peerings << page.peerings;
        // One request at a time: the next page only after this one.
        if (!page.nextCursor.isEmpty()) {
            fetchPage(page.nextCursor);
            return;
        }
        m_result.listing = PeeringListing{m_etag, m_result.peerings};
        finish(std::nullopt);
    });
}

void PollJob::finish(std::optional<cloud::ApiError> error) {
    if (m_finished || m_aborted)
        return;
    m_finished = true;
    m_call.clear();
    if (error) {
        m_result.error = std::move(error);
        m_result.peerings.clear();
        m_result.changed = false;
    }
    Q_EMIT finished();
    deleteLater();
}

} // namespace vpw::session
