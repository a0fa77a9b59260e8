#include "fieldeditor.h"

#include "app/core/fieldrules.h"
#include "app/core/flow.h"
#include "ui/inlinemessage.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>

#include <algorithm>

namespace vpw::ui {

FieldEditor::FieldEditor(const FieldSpec &spec, const QString &key, const QString &mnemonicLabel,
                         QWidget *parent)
    : QWidget(parent)
    , m_key(key)
    , m_label(new QLabel(mnemonicLabel, this))
    , m_edit(new QLineEdit(this))
    , m_message(new InlineMessage(this))
    , m_suggestion(new QPushButton(this)) {
    setObjectName(key + QLatin1String("Field"));
    m_label->setObjectName(key + QLatin1String("Label"));
    m_label->setBuddy(m_edit);
    m_edit->setObjectName(key + QLatin1String("Edit"));
    m_edit->setAccessibleName(flowText(spec.label));
    m_edit->setAccessibleDescription(flowText(spec.help));
    m_edit->setPlaceholderText(fieldMask(spec.kind)); // a mask, never a value to copy
    m_edit->setClearButtonEnabled(true);
    m_edit->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText |
                                Qt::ImhPreferLatin);
    auto *help = new QLabel(flowText(spec.help), this);
    help->setObjectName(key + QLatin1String("Help"));
    help->setTextFormat(Qt::PlainText);
    help->setWordWrap(true);
    help->setForegroundRole(QPalette::PlaceholderText);
    m_message->setObjectName(key + QLatin1String("Message"));
    m_message->setHidesWhenEmpty(false); // typing must not wait for a synchronous layout
    m_suggestion->setObjectName(key + QLatin1String("SuggestionButton"));
    m_suggestion->setAutoDefault(false);
    m_suggestion->setVisible(false);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_label, 0, 0, 1, 2);
    layout->addWidget(m_edit, 1, 0, 1, 2);
    layout->addWidget(help, 2, 0, 1, 2);
    layout->addWidget(m_message, 3, 0);
    layout->addWidget(m_suggestion, 3, 1, Qt::AlignTop);
    layout->setColumnStretch(0, 1);
    // The message's first line (and the suggestion button beside it) is reserved, so the fields
    // below do not jump, under the pointer, as a message comes and goes.
    layout->setRowMinimumHeight(
        3, std::max({fontMetrics().lineSpacing(), style()->pixelMetric(QStyle::PM_SmallIconSize),
                     m_suggestion->sizeHint().height()}));

    connect(m_edit, &QLineEdit::textEdited, this, &FieldEditor::onTextEdited);
    connect(m_suggestion, &QPushButton::clicked, this, &FieldEditor::applySuggestion);
    m_suggestionVisibility.setSingleShot(true);
    m_suggestionVisibility.setInterval(0);
    connect(&m_suggestionVisibility, &QTimer::timeout, this,
            [this] { m_suggestion->setVisible(m_offerSuggestion); });
}

QString FieldEditor::text() const {
    return m_edit->text();
}

void FieldEditor::setPlaceholder(const QString &text) {
    m_edit->setPlaceholderText(text);
}

void FieldEditor::setText(const QString &text) {
    m_edit->setText(text);
    m_touched = m_touched || !text.isEmpty();
}

// IDs and CIDRs never contain white space: what surrounds a paste (a copied table cell, a
// trailing newline) is dropped at once, so the operator sees what will be submitted.
void FieldEditor::onTextEdited(const QString &text) {
    m_touched = true;
    const QString trimmed = text.trimmed();
    if (trimmed != text) {
        int leading = 0;
        while (leading < text.size() && text.at(leading).isSpace())
            ++leading;
        const int cursor = qBound(0, m_edit->cursorPosition() - leading, int(trimmed.size()));
        m_edit->setText(trimmed);
        m_edit->setCursorPosition(cursor);
    }
    Q_EMIT edited(trimmed);
}

void FieldEditor::applySuggestion() {
    if (m_verdict.suggestion.isEmpty())
        return;
    m_edit->setText(m_verdict.suggestion);
    m_edit->setFocus();
    m_touched = true;
    Q_EMIT edited(m_verdict.suggestion);
}

void FieldEditor::showVerdict(const Verdict &verdict) {
    const bool quiet = !m_touched && m_edit->text().isEmpty();
    const bool sameShown = verdict.severity == m_verdict.severity &&
                           verdict.message == m_verdict.message &&
                           verdict.suggestion == m_verdict.suggestion;
    m_verdict = verdict;
    if (sameShown && !quiet && m_message->text() == verdict.message)
        return; // a keystroke that does not change the verdict repaints nothing
    if (quiet || verdict.message.isEmpty()) {
        m_message->clear();
    } else {
        const InlineMessage::Kind kind = verdict.isError()     ? InlineMessage::Kind::Error
                                         : verdict.isWarning() ? InlineMessage::Kind::Warning
                                                               : InlineMessage::Kind::Information;
        m_message->showMessage(kind, verdict.message);
    }
    const bool offer = !quiet && !verdict.suggestion.isEmpty() && verdict.suggestion != text();
    if (offer)
        m_suggestion->setText(tr("&Use %1").arg(verdict.suggestion));
    // Showing a widget lays out every ancestor at once (milliseconds for a wizard page); from
    // the event loop it costs the keystroke nothing and joins the layout pass already due.
    m_offerSuggestion = offer;
    if (m_suggestion->isVisibleTo(this) != offer)
        m_suggestionVisibility.start();
}

QString FieldEditor::messageText() const {
    return m_message->text();
}

} // namespace vpw::ui
