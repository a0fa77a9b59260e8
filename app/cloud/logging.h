#pragma once

#include <QLoggingCategory>

namespace vpw::cloud {

// "vpw.cloud": method, path, status, attempt and timing of each request. Never the
// Authorization header, the API secret or a request body.
Q_DECLARE_LOGGING_CATEGORY(lcCloud)

} // namespace vpw::cloud
