#pragma once

#include <QLoggingCategory>

namespace vpw::sandbox {
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

// Keeps Qt's own HTTP server categories (qt.httpserver*) at warnings and above, whatever the
// logging rules say: at debug level they print every request with its headers, the
// Authorization header (the API key and secret, in Basic encoding) included. Installed once
// per process, chained to any filter installed before; every Server calls it.
void silenceHttpServerDebugLogging();
} // namespace vpw::sandbox
