#pragma once

class QCoreApplication;

namespace vpw {

// Makes SIGINT and SIGTERM end the event loop of `app` (QCoreApplication::quit()) instead of
// killing the process, so destructors run: servers stop listening, state files are flushed,
// pending keychain jobs finish. Uses the self-pipe trick; safe to call once per process.
void quitOnTerminationSignals(QCoreApplication &app);

} // namespace vpw
