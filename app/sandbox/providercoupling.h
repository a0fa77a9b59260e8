#pragma once

#include "providerside.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace vpw::sandbox {

class ScaledClock;
class Lifecycle;
class Store;

// The server's provider sides (providerside.h) and how their verdicts reach the records: a
// time at which the operator's part is done becomes the record's attach time (the lifecycle
// turns it running then, or fails it with window_closed if the window closes first); a failure
// applies now. Nothing here commits: the server does, one transaction per change.
class ProviderCoupling {
public:
    ProviderCoupling(Store *store, Lifecycle *lifecycle, const ScaledClock *clock);
    ~ProviderCoupling();

    void add(std::unique_ptr<ProviderSide> side);
    // A peering was just stored by a create (which commits afterwards).
    void submitted(const QString &id);
    // The attach control on `id`: nullopt when no side covers it; else the refusal, empty when
    // the operator's call was made (the caller commits).
    std::optional<QString> playOperator(const QString &id);
    // Every pending peering a side covers, then the lifecycle; true when the store changed.
    bool reconcileAll();

private:
    ProviderSide *sideFor(const Peering &peering) const;
    bool reconcile(const QString &id);

    Store *m_store;
    Lifecycle *m_lifecycle;
    const ScaledClock *m_clock;
    std::vector<std::unique_ptr<ProviderSide>> m_sides;
};

} // namespace vpw::sandbox
