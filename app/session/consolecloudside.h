#pragma once

#include "cloudside.h"

#include "app/secrets/provideraccount.h"

#include <QList>

namespace vpw::session {

class ConsoleBackend;

// The "Cloud side" of the peerings of an "EMQX Cloud console (by hand)" profile made through the
// guided pages (the operator did the provider steps in the provider's console; there is no
// "Do it for me" journal): what the local record keeps — the operator's VPC, the CEN or peering
// request entered in EMQX Cloud's console, and what the wizard's follow-up was told (security
// group, route table, ports) — with the deployment's CIDR, VPC and region. One target per
// running entry not marked removed whose provider has a cloud-side reader and an account in
// `accounts`: the first of that provider whose regions include the deployment's, else the
// provider's first (the same account the ConsoleWatcher watches with).
QList<CloudSideTarget> consoleCloudSideTargets(const ConsoleBackend &console,
                                               const QList<secrets::ProviderAccount> &accounts);

} // namespace vpw::session
