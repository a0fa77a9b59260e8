#include "logging.h"

#include <mutex>

namespace vpw::sandbox {
// Info by default: one line per request is for QT_LOGGING_RULES="vpw.sandbox.debug=true".
Q_LOGGING_CATEGORY(lcSandbox, "vpw.sandbox", QtInfoMsg)

namespace {

QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

// Runs under Qt's logging registry lock, for every category, whenever the rules are applied.
void httpServerFilter(QLoggingCategory *category) {
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}

} // namespace

void silenceHttpServerDebugLogging() {
    static std::once_flag once;
    std::call_once(once,
                   [] { g_previousFilter = QLoggingCategory::installFilter(httpServerFilter); });
}

} // namespace vpw::sandbox
