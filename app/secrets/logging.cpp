#include "logging.h"

namespace vpw::secrets {

Q_LOGGING_CATEGORY(lcSecrets, "vpw.secrets", QtInfoMsg)

} // namespace vpw::secrets
