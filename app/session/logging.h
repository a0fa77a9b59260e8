#pragma once

#include <QLoggingCategory>

namespace vpw::session {

// "vpw.session": the connected profile's life (connecting, connected, unreachable, credentials
// refused), poll cycles and their timing, peering state changes. Profile ids and key names,
// never a secret or an Authorization header.
Q_DECLARE_LOGGING_CATEGORY(lcSession)

} // namespace vpw::session
