#pragma once

#include <QObject>

#include <functional>

namespace vpw {

// Startup work the first frame does not need waits until the window is on screen
// (docs/performance.md, "Startup"): runs `work` once, on an event-loop iteration after the
// application's first window was exposed (its first frame is painted by then), or after
// `fallbackMs` if no window is exposed by then (started minimised, a platform without expose
// events). Nothing runs if `context` is destroyed first. GUI thread; QtCore only (a window is
// recognised by QObject::isWindowType()).
void runAfterFirstFrame(QObject *context, std::function<void()> work, int fallbackMs = 1000);

} // namespace vpw
