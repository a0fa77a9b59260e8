#include "logging.h"

namespace vpw {

Q_LOGGING_CATEGORY(lcCore, "vpw.core", QtInfoMsg)

} // namespace vpw
