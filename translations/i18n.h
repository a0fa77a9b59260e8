#pragma once

#include <QLocale>

class QCoreApplication;

namespace vpw {

// Installs Qt's own catalogue (qtbase_*, so QWizard's Back/Next/Cancel are translated too) and
// ours for `locale` on `app`. Chinese locales get zh_CN; everything else English.
// Returns the language actually installed ("zh_CN" or "en").
QString installTranslators(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace vpw
