#include "timetext.h"

namespace vpw {

QString displayTime(const QDateTime &time) {
    if (!time.isValid())
        return {};
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace vpw
