#include "firstframe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace vpw {

namespace {

// Filters the application's events until the first Expose of a window. The filter sees the
// event before the window handles (and paints) it, so the work is queued behind it.
class FirstFrameWatcher : public QObject {
public:
    FirstFrameWatcher(QObject *context, std::function<void()> work, int fallbackMs)
        : QObject(context)
        , m_work(std::move(work)) {
        QCoreApplication::instance()->installEventFilter(this);
        QTimer::singleShot(fallbackMs, this, &FirstFrameWatcher::fire);
    }

    bool eventFilter(QObject *watched, QEvent *event) override {
        if (!m_queued && event->type() == QEvent::Expose && watched->isWindowType()) {
            m_queued = true;
            QCoreApplication::instance()->removeEventFilter(this);
            QTimer::singleShot(0, this, &FirstFrameWatcher::fire);
        }
        return false;
    }

private:
    void fire() {
        if (!m_work)
            return; // the fallback after the frame, or the other way round
        QCoreApplication::instance()->removeEventFilter(this);
        const std::function<void()> work = std::move(m_work);
        m_work = nullptr;
        deleteLater();
        work();
    }

    std::function<void()> m_work;
    bool m_queued = false;
};

} // namespace

void runAfterFirstFrame(QObject *context, std::function<void()> work, int fallbackMs) {
    new FirstFrameWatcher(context, std::move(work), fallbackMs);
}

} // namespace vpw
