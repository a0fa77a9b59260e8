#pragma once

#include <QString>

namespace vpw {
class Clock;
}
namespace vpw::secrets {
class ProfileStore;
class SecretStore;
} // namespace vpw::secrets
namespace vpw::session {
class CloudSideWatcher;
}

namespace vpw::ui {

class MainWindow;

// The status panel's "Cloud side" (issue 16): a session::CloudSideWatcher (a child of `window`,
// returned) reading, with each connected provider account (ProfileStore::providerAccounts(),
// secrets from the keychain), the peerings "Do it for me" applied (journals in `journalDir`) and
// the running peerings the current console profile keeps (session::consoleCloudSideTargets: the
// guided ones, with what the follow-up was told), again whenever those or the accounts change.
// It reads while the window is shown and not minimised, at once on Refresh now; the details'
// CloudSideGroup shows it; a mismatch is an event of the events dock and a tray notification.
session::CloudSideWatcher *installCloudSide(MainWindow *window, secrets::ProfileStore *profiles,
                                            secrets::SecretStore *secrets,
                                            const QString &journalDir,
                                            const Clock *clock = nullptr);

} // namespace vpw::ui
