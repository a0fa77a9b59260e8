#pragma once

#include "app/session/applyengine.h"

#include <QIcon>
#include <QString>

namespace vpw::ui {

// The icon of a step's state in a list of calls ("Do it for me"'s Apply page, the cleanup of the
// operator's side): done or skipped as the running peering's icon, failed as the failed one,
// anything else pending. The row's text says the state too (nothing said by the icon alone).
inline QIcon stepStateIcon(session::ApplyEngine::State state) {
    using State = session::ApplyEngine::State;
    switch (state) {
    case State::Done:
    case State::Skipped:
        return QIcon(QStringLiteral(":/icons/state-running.svg"));
    case State::Failed:
        return QIcon(QStringLiteral(":/icons/state-failed.svg"));
    case State::Running:
    case State::Waiting:
        break;
    }
    return QIcon(QStringLiteral(":/icons/state-pending.svg"));
}

} // namespace vpw::ui
