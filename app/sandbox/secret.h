#pragma once

#include <QString>

namespace vpw::sandbox {

// A random API secret for the in-process demo profile: `bytes` bytes from the system's
// cryptographically secure generator (QRandomGenerator::system()), as lower-case hex.
QString generateSecret(int bytes = 24);

} // namespace vpw::sandbox
