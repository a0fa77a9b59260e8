#pragma once

#include <QString>

namespace vpw::secrets {
class ProfileStore;
class SecretStore;
} // namespace vpw::secrets

namespace vpw {

// vpc-peering-wizard --test-provider-account <name|id>: the profiles dialog's "Test key" from
// the command line, for a stored provider account (its secret from the keychain). Prints the
// translated outcome on stdout and returns 0 when the key works, 1 when the provider (or the
// keychain, or the network) says otherwise, 2 when no account has that name or id. Runs the
// event loop until the one read call has ended; opens no window.
int testProviderAccount(secrets::ProfileStore &profiles, secrets::SecretStore &secrets,
                        const QString &nameOrId);

} // namespace vpw
