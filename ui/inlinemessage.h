#pragma once

#include <QWidget>

class QLabel;

namespace vpw::ui {

// A message shown inline under the field (or form) it is about: a small icon and plain text
// (never rich text: it may quote what the operator typed or what a keychain said). Hidden
// while there is nothing to say, so the form does not reserve empty space for it.
class InlineMessage : public QWidget {
    Q_OBJECT

public:
    enum class Kind { Error, Warning, Information };

    explicit InlineMessage(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    void clear();
    // Off: the widget stays visible (empty, no height) when there is nothing to say, so that
    // a message coming and going as the operator types only changes text and lets the layout
    // follow from the event loop; showing a hidden word-wrapped label lays it out at once
    // (milliseconds). On by default.
    void setHidesWhenEmpty(bool hides);

    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_icon;
    QLabel *m_text;
    Kind m_kind = Kind::Information;
    bool m_hidesWhenEmpty = true;
};

} // namespace vpw::ui
