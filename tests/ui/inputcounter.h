#pragma once

// Counts what an operator does with mouse and keyboard while a test walks a path through the
// application: mouse clicks, key presses, and typed characters (key presses that produce a
// printable character). Installed on the application, it sees every event the tests send
// (QTest::mouseClick, QTest::keyClick, QTest::keyClicks); an event the application passes on
// to a parent widget is counted once. Header-only; shared by the widget tests that quote these
// figures (docs/performance.md, "Clicks and typed characters to running").

#include <QApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPointer>
#include <QWidget>

namespace vpw::test {

class InputCounter : public QObject {
public:
    InputCounter() { qApp->installEventFilter(this); }
    ~InputCounter() override { qApp->removeEventFilter(this); }
    InputCounter(const InputCounter &) = delete;
    InputCounter &operator=(const InputCounter &) = delete;

    int clicks() const { return m_clicks; }
    int keyPresses() const { return m_keys; }
    int typedCharacters() const { return m_typed; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (!widget)
            return false;
        if (event->type() == QEvent::MouseButtonPress) {
            // A press passed on to the parent is a copy with the same timestamp.
            const auto *mouse = static_cast<QMouseEvent *>(event);
            if (mouse->button() == Qt::LeftButton && mouse->timestamp() != m_lastPress) {
                m_lastPress = mouse->timestamp();
                ++m_clicks;
            }
        } else if (event->type() == QEvent::KeyPress) {
            // A key press passed on to the parent is the same event, received by an ancestor.
            const bool passedOn = event == m_lastKey && m_lastKeyWidget &&
                                  widget != m_lastKeyWidget &&
                                  widget->isAncestorOf(m_lastKeyWidget);
            m_lastKey = event;
            m_lastKeyWidget = widget;
            if (!passedOn) {
                ++m_keys;
                const QString text = static_cast<QKeyEvent *>(event)->text();
                if (!text.isEmpty() && text.at(0).isPrint())
                    ++m_typed;
            }
        }
        return false;
    }

private:
    int m_clicks = 0;
    int m_keys = 0;
    int m_typed = 0;
    quint64 m_lastPress = ~quint64(0);
    const QEvent *m_lastKey = nullptr;
    QPointer<QWidget> m_lastKeyWidget;
};

} // namespace vpw::test
