#pragma once

#include <QLoggingCategory>

namespace vpw {

// "vpw.core": the rules and the process-wide plumbing that live in core (the log file itself).
// The other layers have their own category: vpw.cloud, vpw.secrets, vpw.sandbox, vpw.session,
// vpw.ui. All of them are at info by default; `--log-level` or QT_LOGGING_RULES change that.
Q_DECLARE_LOGGING_CATEGORY(lcCore)

} // namespace vpw
