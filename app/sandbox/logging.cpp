#include "logging.h"

namespace vpw::sandbox {
// Info by default: one line per request is for QT_LOGGING_RULES="vpw.sandbox.debug=true".
Q_LOGGING_CATEGORY(lcSandbox, "vpw.sandbox", QtInfoMsg)
} // namespace vpw::sandbox
