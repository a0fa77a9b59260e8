#include "clock.h"

namespace vpw {

namespace {

class SystemClock final : public Clock {
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

} // namespace

const Clock &systemClock() {
    static const SystemClock clock;
    return clock;
}

} // namespace vpw
