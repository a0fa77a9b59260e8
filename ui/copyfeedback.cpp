#include "copyfeedback.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QCoreApplication>
#include <QTimer>
#include <QToolButton>

namespace vpw::ui {

namespace {
const char *const OriginalText = "vpwCopiedOriginalText";
const char *const OriginalDescription = "vpwCopiedOriginalDescription";
const char *const OriginalStyle = "vpwCopiedOriginalStyle";
const char *const Generation = "vpwCopiedGeneration";
} // namespace

void showCopied(QAbstractButton *button) {
    if (!button)
        return;
    if (!button->property(OriginalText).isValid()) { // not already showing it
        button->setProperty(OriginalText, button->text());
        button->setProperty(OriginalDescription, button->accessibleDescription());
        if (auto *tool = qobject_cast<QToolButton *>(button)) {
            button->setProperty(OriginalStyle, int(tool->toolButtonStyle()));
            if (tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
                tool->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        }
    }
    const QString copied = QCoreApplication::translate("vpw::ui::CopyFeedback", "Copied ✓");
    button->setText(copied);
    // The name stays "Copy …" (what the button does); the description says what just happened.
    button->setAccessibleDescription(copied);
    QAccessibleEvent alert(button, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);

    const int generation = button->property(Generation).toInt() + 1;
    button->setProperty(Generation, generation);
    QTimer::singleShot(CopiedFeedbackMs, button, [button, generation] {
        if (button->property(Generation).toInt() != generation)
            return; // clicked again meanwhile: that click's timer restores it
        button->setText(button->property(OriginalText).toString());
        button->setProperty(OriginalText, QVariant());
        if (auto *tool = qobject_cast<QToolButton *>(button)) {
            tool->setToolButtonStyle(Qt::ToolButtonStyle(button->property(OriginalStyle).toInt()));
            button->setProperty(OriginalStyle, QVariant());
        }
        button->setAccessibleDescription(button->property(OriginalDescription).toString());
    });
}

} // namespace vpw::ui
