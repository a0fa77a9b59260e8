#pragma once

#include "app/core/model.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace vpw::session {

// One entry of a console peering's history.
struct ConsolePeeringEvent {
    enum Kind {
        Created,   // the operator confirmed the submit in EMQX Cloud's console (Done)
        Confirmed, // an outcome: running or failed, seen on the provider side or told by the
                   // operator
        Removed,   // marked removed (deleted in EMQX Cloud's console)
    };
    Kind kind = Created;
    QDateTime at;
    // Confirmed: the state reached; otherwise pending (Created) or the state it had (Removed).
    PeeringState state = PeeringState::Pending;
    bool byProvider = false; // Confirmed: seen through the provider account, not told
    QString detail;          // Confirmed and failed: the reason
};

// What the operator told the wizard about their side of a console peering once it ran (the
// follow-up: the security group and route table they changed, the ports they opened): what the
// status panel's "Cloud side" checks the peering against, with a provider account connected.
struct ConsoleCloudSide {
    QString securityGroupId;
    QString routeTableId; // empty where the provider has none to pick
    QList<int> ports;
    bool isEmpty() const {
        return securityGroupId.isEmpty() && routeTableId.isEmpty() && ports.isEmpty();
    }
    friend bool operator==(const ConsoleCloudSide &a, const ConsoleCloudSide &b) {
        return a.securityGroupId == b.securityGroupId && a.routeTableId == b.routeTableId &&
               a.ports == b.ports;
    }
};

// A peering made through the application under an "EMQX Cloud console (by hand)" profile: EMQX
// Cloud has no API to ask, so the application keeps what it knows itself — the values entered
// in EMQX's console, the state, and its history.
struct ConsolePeering {
    Peering peering;
    QString region;
    bool removed = false;
    QList<ConsolePeeringEvent> history;
    ConsoleCloudSide cloudSide;
};

// The console peerings of one profile, in one JSON file written atomically (QSaveFile: a crash
// leaves the old or the new file, never a torn one) at every change. Removed entries stay in the
// file with their history; livePeerings() leaves them out. Not thread-safe: one owner.
class ConsolePeeringStore {
public:
    explicit ConsolePeeringStore(QString filePath);

    // Reads the file (a missing one is empty). False with a translated `error` when it is
    // unreadable; it is then left untouched until the next change.
    bool load(QString *error = nullptr);

    const QList<ConsolePeering> &entries() const { return m_entries; }
    std::optional<ConsolePeering> find(const QString &id) const;
    // The peerings not marked removed, as the status panel lists them.
    QList<Peering> livePeerings() const;

    // Records a peering the operator just submitted in EMQX's console ("peer-local-…"),
    // pending from `confirmedAt`; a flow with an attach window (Alibaba Cloud) gets expiresAt
    // = confirmedAt + the window: an estimate, EMQX's own clock started a little earlier.
    // nullopt when the file cannot be written (lastWriteError()).
    std::optional<Peering> create(const QString &deploymentId, Provider provider,
                                  const PeeringRequest &request, const QDateTime &confirmedAt);
    // A pending peering's outcome (running, or failed with `code` and `reason`). False when
    // the entry is unknown, removed or no longer pending, or the file cannot be written.
    bool confirm(const QString &id, PeeringState state, FailureCode code, const QString &reason,
                 bool byProvider, const QDateTime &at);
    // What the operator's side of the entry is checked against (ConsoleCloudSide). False when
    // the entry is unknown or removed, or the file cannot be written; true when unchanged.
    bool setCloudSide(const QString &id, const ConsoleCloudSide &cloudSide);
    // Marks the entry removed (kept with its history). False when unknown or already removed.
    bool markRemoved(const QString &id, const QDateTime &at);

    QString lastWriteError() const { return m_writeError; }

private:
    bool write();

    QString m_path;
    QList<ConsolePeering> m_entries;
    QString m_writeError;
};

} // namespace vpw::session
