#pragma once

#include <QDateTime>

namespace vpw::sandbox {

class ScaledClock;
class Store;

// The demo data of a fresh sandbox (docs/api.md "Seed data"): every provider module's demo seed
// (ProviderModule::demoSeed), in registry order, dedicated deployments first. Pending peerings
// get fresh windows relative to the clock's now. `extraDeployments` more copies of the first
// dedicated deployment without peerings ("bench-0001"...) follow, for tests that need many
// deployments.
void seedDemoData(Store *store, const ScaledClock &clock, int extraDeployments = 0);

} // namespace vpw::sandbox
