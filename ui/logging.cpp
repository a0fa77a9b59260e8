#include "logging.h"

namespace vpw::ui {

Q_LOGGING_CATEGORY(lcUi, "vpw.ui", QtInfoMsg)

} // namespace vpw::ui
