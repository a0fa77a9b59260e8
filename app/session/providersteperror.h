#pragma once

// For the providers' automation only (app/providers/*/automation): it names app/cloud, which
// ui/ may not include.

#include "app/cloud/providererror.h"
#include "applyplan.h"

namespace vpw::session {

// A provider call's failure as a step shows it: the provider's code ("network" when there was
// no answer), request ID and text, with the translated explanation.
StepError stepError(const cloud::ProviderError &error);

} // namespace vpw::session
