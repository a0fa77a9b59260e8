#include "logging.h"

namespace vpw::cloud {

Q_LOGGING_CATEGORY(lcCloud, "vpw.cloud")

} // namespace vpw::cloud
