#pragma once

#include "app/core/flow.h"
#include "app/core/model.h"

#include <QString>

namespace vpw::session {
class Session;
}

namespace vpw::ui {

class WizardValues;

// What every page of one PeeringWizard shares: the session it talks through (not owned; it
// outlives the wizard), the values model, and the deployment and flow once one is chosen
// (`flow` is nullptr until then). Owned by the wizard; pages keep a pointer.
struct WizardContext {
    session::Session *session = nullptr;
    WizardValues *values = nullptr;
    Deployment deployment;
    const FlowDescriptor *flow = nullptr;
};

// The value of the deployment the descriptor names, as text, and a stable name for it
// ("vpcId", "cloudAccountId", "cidr", "region").
QString deploymentValueText(const Deployment &deployment, DeploymentValue value);
QString deploymentValueName(DeploymentValue value);

} // namespace vpw::ui
