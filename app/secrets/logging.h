#pragma once

#include <QLoggingCategory>

namespace vpw::secrets {

// "vpw.secrets": which keychain entry (its key name) was read, written or deleted, and how it
// ended. Never a secret value.
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)

} // namespace vpw::secrets
