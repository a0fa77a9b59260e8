#pragma once

namespace vpw {

// The registry of the providers' "do it for me" automations (app/providers/<name>/automation/,
// session level): registers each with the session (session::registerAutomation), so the
// application names no provider. A provider without an API client (AWS) has none. Called once
// at start-up; one line per provider in automationregistry.cpp.
void registerAutomations();

} // namespace vpw
