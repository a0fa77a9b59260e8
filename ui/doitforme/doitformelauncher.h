#pragma once

#include <QString>

namespace vpw::secrets {
class ProfileStore;
class SecretStore;
} // namespace vpw::secrets

namespace vpw::ui {

class MainWindow;

// Offers "Do it for me" on "New peering…" (after installPeeringWizards()): for a deployment
// whose provider has a registered automation (session::registerAutomation), the DoItForMeWizard
// opens first with the provider's accounts (ProfileStore::providerAccounts()); "Guide me" opens
// the guided wizard, "Continue by hand" opens it where Apply stopped, with the values known; "Add
// an account…" opens Profiles…. Journals of the apply engine are kept in `journalDir`. The stores
// are not owned and must outlive `window`.
void installDoItForMe(MainWindow *window, secrets::ProfileStore *profiles,
                      secrets::SecretStore *secrets, const QString &journalDir);

} // namespace vpw::ui
