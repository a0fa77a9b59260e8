#include "endpoint.h"

namespace vpw::cloud {

std::optional<QString> Endpoint::checkBaseUrl(const QUrl &url) {
    if (const std::optional<EndpointProblem> problem = checkEndpoint(url))
        return endpointProblemText(*problem, url);
    return std::nullopt;
}

} // namespace vpw::cloud
