#pragma once

#include "app/core/verdict.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace vpw {
struct FieldSpec;
}

namespace vpw::ui {

class InlineMessage;

// One field of a CollectFields step: its label (the descriptor's, with a mnemonic), the line
// edit, where to find the value in the console, and under it the verdict as an icon and a plain
// sentence, with the suggestion as one click ("Use 192.168.1.0/24").
//
// It does not judge the text itself: the page does (it knows the CIDR context and the other
// fields) and calls showVerdict(). Pasted text is trimmed before edited() is emitted.
// The edit's accessible name is the descriptor's label; objectNames are "<key>Edit",
// "<key>Message", "<key>SuggestionButton".
class FieldEditor : public QWidget {
    Q_OBJECT

public:
    // `mnemonicLabel` is the label text with its "&" marker (FieldEditor does not pick one).
    FieldEditor(const FieldSpec &spec, const QString &key, const QString &mnemonicLabel,
                QWidget *parent = nullptr);

    QLineEdit *edit() const { return m_edit; }
    QString key() const { return m_key; }
    QString text() const;
    // Sets the text as if typed, without emitting edited().
    void setText(const QString &text);

    // The grey text shown while the field is empty (by default the kind's format mask).
    void setPlaceholder(const QString &text);

    // Shows `verdict` (an empty field the operator has not touched shows nothing).
    void showVerdict(const Verdict &verdict);
    const Verdict &verdict() const { return m_verdict; }
    // Whether the message under the field is visible (for tests and the benchmark).
    QString messageText() const;

Q_SIGNALS:
    void edited(const QString &text);

private:
    void onTextEdited(const QString &text);
    void applySuggestion();

    QString m_key;
    QLabel *m_label;
    QLineEdit *m_edit;
    InlineMessage *m_message;
    QPushButton *m_suggestion;
    Verdict m_verdict;
    bool m_touched = false;
    bool m_offerSuggestion = false;
    QTimer m_suggestionVisibility; // see showVerdict()
};

} // namespace vpw::ui
