#pragma once

#include <QLoggingCategory>

namespace vpw::sandbox {
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
} // namespace vpw::sandbox
