#include "providersteperror.h"

namespace vpw::session {

StepError stepError(const cloud::ProviderError &e) {
    StepError error;
    error.code = e.code.isEmpty() ? QStringLiteral("network") : e.code;
    error.requestId = e.requestId;
    error.message = e.message;
    error.explanation = e.userMessage();
    error.throttled = e.throttled;
    return error;
}

} // namespace vpw::session
