#pragma once

class QAbstractButton;

namespace vpw::ui {

// After a copy button put something on the clipboard: the button reads "Copied ✓" for about two
// seconds, then its own text again, and screen readers are told (the button's accessible
// description says "Copied" meanwhile, with an Alert event). An icon-only tool button shows the
// text beside its icon for that time. Calling it again restarts the two seconds.
void showCopied(QAbstractButton *button);

// How long "Copied ✓" stays, in milliseconds.
inline constexpr int CopiedFeedbackMs = 2000;

} // namespace vpw::ui
