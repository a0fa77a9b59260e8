#pragma once

#include "app/cloud/accountprobe.h"

namespace vpw::aliyun {

// "Test key" for an Alibaba Cloud AccessKey: DescribeVpcs in the account's first region.
const cloud::AccountProbe &accountProbe();

} // namespace vpw::aliyun
