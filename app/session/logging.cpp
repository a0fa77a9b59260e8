#include "logging.h"

namespace vpw::session {

Q_LOGGING_CATEGORY(lcSession, "vpw.session", QtInfoMsg)

} // namespace vpw::session
