#include "logging.h"

namespace vpw::cloud {

Q_LOGGING_CATEGORY(lcCloud, "vpw.cloud", QtInfoMsg)

} // namespace vpw::cloud
