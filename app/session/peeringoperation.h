#pragma once

#include "app/core/model.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace vpw::cloud {
template <typename T> class Job;
} // namespace vpw::cloud

namespace vpw::session {

class Session;

// How a create, a delete or a demo control ended, in the session's terms: what the UI needs to
// decide and to say, without the API's error codes or HTTP statuses.
struct PeeringOutcome {
    enum Kind {
        Done,           // the server accepted it: `peering` is its answer (merged already)
        Rejected,       // a create the server refused because of one field: `field`
        ResourcesBound, // a delete refused while resources use the peering: `resources`
        NotRunning,     // the peering is not in the state the call needs (delete: running)
        NotFound,       // the deployment or the peering does not exist (any more)
        Failed,         // anything else: network, timeout, rate limit, server error
    };

    Kind kind = Failed;
    std::optional<Peering> peering;
    // Rejected: the request field the server named (its wire name, e.g. "cidr").
    QString field;
    // ResourcesBound: what blocks the delete.
    QList<BoundResource> resources;
    // The translated, actionable sentence (empty for Done).
    QString message;
    // The server's own text (plain text, never translated); fromServer: it is an answer of the
    // server (an error body), not a technical detail of this computer's.
    QString serverMessage;
    bool fromServer = false;

    bool isDone() const { return kind == Done; }
};

// A create, delete or demo control in flight, as Session and DemoControls hand it out. The
// contract is ApiJob's (app/cloud/apijob.h): finished() exactly once, after the answer was
// merged into Session::peerings() (so the row exists when the caller hears of it); then the
// operation deletes itself. abort() ends it silently. When the session drops its connection
// (a fatal status, a restart, destruction) the operation ends silently as well.
class PeeringOperation : public QObject {
    Q_OBJECT

public:
    ~PeeringOperation() override;

    bool isFinished() const { return m_finished; }
    const PeeringOutcome &outcome() const { return m_outcome; }
    // The Idempotency-Key a create was sent with (empty for other calls).
    QString idempotencyKey() const { return m_idempotencyKey; }
    void abort();

    // Calls `callback(const PeeringOutcome &)` once when it finishes, unless `context` is gone.
    template <typename Callback>
    QMetaObject::Connection onFinished(const QObject *context, Callback callback) {
        return connect(this, &PeeringOperation::finished, context, std::move(callback));
    }

Q_SIGNALS:
    void finished(const vpw::session::PeeringOutcome &outcome);

private:
    friend class Session;
    friend class DemoControls;
    // Follows `job` of `session`'s client: its answer is merged into the session, then
    // finished(). The operation is a child of the job's client.
    static PeeringOperation *follow(cloud::Job<Peering> *job, Session *session);
    explicit PeeringOperation(QObject *parent);

    QPointer<QObject> m_job;
    PeeringOutcome m_outcome;
    QString m_idempotencyKey;
    bool m_finished = false;
    bool m_aborted = false;
};

} // namespace vpw::session

Q_DECLARE_METATYPE(vpw::session::PeeringOutcome)
