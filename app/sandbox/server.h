#pragma once

#include "httpmessage.h"
#include "options.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace vpw::sandbox {

class ProviderSide;
class RequestStats;

// The sandbox: a real HTTP server implementing docs/api.md on loopback.
//
// Threading: a Server lives in the thread that created it and must be started, used and
// destroyed there (ServerThread runs one in its own thread). Destroying it stops listening,
// closes the connections held by a "hang" fault, and (with a state file) leaves the last saved
// state on disk: the state is saved after every change.
//
// Nothing it logs carries a credential: requests are logged (vpw.sandbox, debug) as method,
// path and status only.
class Server : public QObject {
    Q_OBJECT
public:
    explicit Server(Options options, QObject *parent = nullptr);
    ~Server() override;

    // Loads the state file (or seeds demo data), then listens. false with `error` set when the
    // options are invalid (non-loopback bind, no credentials, time scale <= 0), the state file
    // is unreadable or corrupt (the file is left untouched), or the port cannot be bound.
    bool start(QString *error);
    // Stops listening and drops every open connection. Idempotent; the destructor calls it.
    void stop();

    bool isListening() const;
    quint16 port() const;
    // "http://127.0.0.1:<port>" (IPv6 loopback: "http://[::1]:<port>"); clients append /api/v1.
    QUrl baseUrl() const;
    const Options &options() const;
    // The /api/v1 request counters (same as GET /sandbox/v1/stats).
    const RequestStats &stats() const;

    // Answers one request as if it had arrived on a connection, through the same pipeline:
    // counted, injected faults decided, authenticated, rate-limited, routed, handled, dated
    // and tagged the same way. Only the faults that act on the connection (hang, latency, truncated
    // or malformed body) are left out. No socket is involved: the fuzz target (tests/fuzz) drives
    // the request path through it. Call start() first for the seeded state.
    HttpResponse handle(const HttpRequest &request);

    // Couples EMQX's side of one provider's peerings to that provider's emulator
    // (providerside.h): a submitted peering of a covered provider asks `side` instead of a
    // timer, and so does the attach control (the demo operator's real call). The pending
    // peerings it covers are reconciled at once (after a restart, with what the emulator kept).
    void addProviderSide(std::unique_ptr<ProviderSide> side);
    // The emulator of a side changed: reconcile the pending peerings the sides cover.
    void reconcileProviderSides();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace vpw::sandbox
