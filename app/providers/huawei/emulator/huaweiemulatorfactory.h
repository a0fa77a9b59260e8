#pragma once

#include "app/sandbox/emulatorfactory.h"

namespace vpw::huawei {

// The Huawei Cloud emulator for the in-process demo (app/providers/emulatorregistry.h).
const sandbox::EmulatorFactory &emulatorFactory();

} // namespace vpw::huawei
