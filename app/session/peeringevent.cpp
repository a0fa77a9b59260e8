#include "peeringevent.h"

#include <QCoreApplication>

namespace vpw::session {

QString PeeringEvent::transitionText() const {
    if (!change.isEmpty())
        return change;
    const auto name = [](const std::optional<PeeringState> &state) {
        return state ? peeringStateDisplayText(*state)
                     : QCoreApplication::translate("vpw::session::PeeringEvent", "Deleted");
    };
    //: A peering's state change, e.g. "Pending → Running".
    return QCoreApplication::translate("vpw::session::PeeringEvent", "%1 → %2")
        .arg(name(from), name(to));
}

} // namespace vpw::session
