#pragma once

#include "app/sandbox/emulatorfactory.h"

#include <QList>
#include <QStringView>

namespace vpw {

// The registry of the providers' API emulators at the sandbox level
// (app/providers/<name>/emulator/): the in-process demo starts each and offers its emulated
// account, naming no provider. A provider without an emulator (AWS) is not listed. One line per
// provider in emulatorregistry.cpp.

// Every provider's emulator factory, in the registry's order.
const QList<const sandbox::EmulatorFactory *> &emulatorFactories();
// The factory of the provider with this wire name, or nullptr.
const sandbox::EmulatorFactory *emulatorFactory(QStringView provider);

} // namespace vpw
