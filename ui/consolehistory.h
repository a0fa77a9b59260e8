#pragma once

#include <QString>

namespace vpw::session {
class Session;
}

namespace vpw::ui {

// The history of a peering kept by a console profile (session::ConsolePeering), one line per
// event, newest last ("2026-05-04 09:00:42 — Submitted in EMQX Cloud's console"), followed by
// what the provider last said when a provider account watches it. Empty for an API profile or
// a peering the profile does not keep. Plain text (the provider's status word is server text).
QString consoleHistoryText(const session::Session *session, const QString &recordId);

} // namespace vpw::ui
