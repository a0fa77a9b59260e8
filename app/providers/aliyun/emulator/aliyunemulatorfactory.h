#pragma once

#include "app/sandbox/emulatorfactory.h"

namespace vpw::aliyun {

// The Alibaba Cloud emulator for the in-process demo (app/providers/emulatorregistry.h).
const sandbox::EmulatorFactory &emulatorFactory();

} // namespace vpw::aliyun
