#pragma once

#include "app/cloud/accountprobe.h"
#include "app/cloud/outcomeprobe.h"

#include <memory>

#include <QList>
#include <QStringView>

namespace vpw {

// The registry of the providers' API clients at the cloud level (app/providers/<name>/client/):
// the session asks it for a provider's "Test key" call and names no provider. A provider without
// an API client (AWS) is not listed. One line per provider in clientregistry.cpp.

// Every provider's account probe, in the registry's order.
const QList<const cloud::AccountProbe *> &accountProbes();
// The probe of the provider with this wire name, or nullptr.
const cloud::AccountProbe *accountProbe(QStringView provider);
// The outcome probe of the account's provider (a console peering watched on the provider side),
// or nullptr when that provider has no API client.
std::unique_ptr<cloud::OutcomeProbe> makeOutcomeProbe(const cloud::ProbeAccount &account);

} // namespace vpw
