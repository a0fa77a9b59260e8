#pragma once

#include "app/cloud/accountprobe.h"

namespace vpw::huawei {

// "Test key" for a Huawei Cloud AK/SK: ShowPermanentAccessKey (IAM), which needs no permission
// beyond the key itself.
const cloud::AccountProbe &accountProbe();

} // namespace vpw::huawei
