#include "inlinemessage.h"

#include "icons.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QStyle>

namespace vpw::ui {

InlineMessage::InlineMessage(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this)) {
    m_icon->setObjectName(QStringLiteral("icon"));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setTextFormat(Qt::PlainText); // a QLabel would guess rich text from "<..."
    m_text->setWordWrap(true);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    setVisible(false);
}

void InlineMessage::showMessage(Kind kind, const QString &text) {
    m_kind = kind;
    // The application's own icons, like the main window's (no icon-theme lookup: see
    // MainWindow::buildActions).
    const QIcon icon =
        resourceIcon(kind == Kind::Error     ? QStringLiteral(":/icons/dialog-error.svg")
                     : kind == Kind::Warning ? QStringLiteral(":/icons/dialog-warning.svg")
                                             : QStringLiteral(":/icons/dialog-information.svg"));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(icon.pixmap(size, size));
    // A problem's text can be selected and copied (into a search, a support request). A
    // selectable label lays its text out through a QTextDocument, which the demo's information
    // banner would cost the first frame (docs/performance.md).
    m_text->setTextInteractionFlags(kind == Kind::Information ? Qt::NoTextInteraction
                                                              : Qt::TextSelectableByMouse);
    m_text->setText(text);
    if (m_hidesWhenEmpty)
        setVisible(!text.isEmpty());
    else if (text.isEmpty())
        m_icon->clear(); // no show/hide: that would lay the window out at once
}

void InlineMessage::clear() {
    m_text->clear();
    m_icon->clear();
    if (m_hidesWhenEmpty)
        setVisible(false);
}

void InlineMessage::setHidesWhenEmpty(bool hides) {
    m_hidesWhenEmpty = hides;
    setVisible(!hides || !m_text->text().isEmpty());
}

QString InlineMessage::text() const {
    return m_text->text();
}

} // namespace vpw::ui
