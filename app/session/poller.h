#pragma once

#include <QDateTime>
#include <QObject>

namespace vpw::session {

// The poll schedule of a Session (design.md §5, issue "Status panel" item 5). Not a widget and
// not a window's QTimer: one request in flight at a time, a next-due time, and backoff.
//   - While any peering is pending or deleting: every fastIntervalMs, GET
//     /api/v1/peerings?state=pending,deleting only; otherwise the full list every
//     slowIntervalMs. If-None-Match always.
//   - Errors: exponential backoff with full jitter, capped at maxBackoffMs; a 429 waits at
//     least its Retry-After.
//   - Inactive (window hidden/minimised): no requests; becoming active polls at once.
struct PollPolicy {
    int fastIntervalMs = 2000;
    int slowIntervalMs = 30000;
    int initialBackoffMs = 2000;
    int maxBackoffMs = 5 * 60 * 1000;
};

class Poller : public QObject {
    Q_OBJECT

public:
    explicit Poller(QObject *parent = nullptr);
    ~Poller() override;

    void setPolicy(const PollPolicy &policy);
    const PollPolicy &policy() const;

    bool isActive() const;
    bool isInFlight() const;
    // When the next request is due (null while inactive or in flight).
    QDateTime nextDue() const;
    int requestsSent() const;

Q_SIGNALS:
    void pollStarted(bool fast);
    void pollFinished(bool ok);

private:
    friend class Session;
    struct Private;
    Private *d;
};

} // namespace vpw::session
