#pragma once

#include "app/core/model.h"

#include <QString>

#include <optional>

namespace vpw::session {
class Session;
}

namespace vpw::ui {

class FollowUpWidget;
class PeeringDetails;

// The history of a peering kept by a console profile (session::ConsolePeering), one line per
// event, newest last ("2026-05-04 09:00:42 — Submitted in EMQX Cloud's console"), followed by
// what the provider last said when a provider account watches it. Empty for an API profile or
// a peering the profile does not keep. Plain text (the provider's status word is server text).
QString consoleHistoryText(const session::Session *session, const QString &recordId);

// `widget` shows the follow-up of the console peering `recordId` of `session`: what the operator
// told about their side before (security group, route table, ports) is filled in, and what they
// tell is kept with the peering (ConsoleBackend::setCloudSide) — the status panel's "Cloud side"
// checks it. Nothing for an API profile or a peering the profile does not keep.
void keepConsoleFollowUp(session::Session *session, const QString &recordId,
                         FollowUpWidget *widget);

// The details of `peering` (shown already): its console history (consoleHistoryText; none for
// an API profile) and, when it runs, its follow-up kept (keepConsoleFollowUp).
void showConsoleDetails(PeeringDetails *details, session::Session *session,
                        const std::optional<Peering> &peering);

} // namespace vpw::ui
