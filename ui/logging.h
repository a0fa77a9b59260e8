#pragma once

#include <QLoggingCategory>

namespace vpw::ui {

// "vpw.ui": what the windows do on their own (activation by a second start, dialogs opened,
// a reconnect asked for). Never a secret, never a server's full answer.
Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace vpw::ui
