#pragma once

#include <QString>

namespace vpw::ui {

// Gives each label of a page its own keyboard mnemonic: the first Latin letter of `label` not
// in `used` (and not one of the wizard's own buttons: Back, Next, Commit, Finish, Help, nor
// Copy all / Use), or, for a label without a free Latin letter (Chinese text), a suffix
// "(&X)" as Chinese desktop software writes it. The chosen letter is added to `used`.
QString withMnemonic(const QString &label, QString *used);

// `text` without its mnemonic marker: "&Next" -> "Next", "对等连接(&P)" -> "对等连接".
QString withoutMnemonic(QString text);

} // namespace vpw::ui
