#pragma once

#include <QWidget>

class QAction;
class QTreeWidget;

namespace vpw::session {
struct PeeringEvent;
}

namespace vpw::ui {

// The in-window log of peering state changes: time, deployment, peering, old → new, reason.
// Newest first; rows are selectable and copied as tab-separated lines (Ctrl+C or the context
// menu's Copy). Kept for the life of the window (also across profile changes).
class EventLog : public QWidget {
    Q_OBJECT

public:
    explicit EventLog(QWidget *parent = nullptr);

    void addEvent(const session::PeeringEvent &event);
    int count() const;
    // The selected rows as copied to the clipboard (tab-separated, one line per row).
    QString selectedText() const;
    void copySelection() const;

    // A strip of a few rows: the panel above gets the room.
    QSize sizeHint() const override { return {600, 140}; }

private:
    void showContextMenu(const QPoint &pos);

    QTreeWidget *m_list;
    QAction *m_copy;
};

} // namespace vpw::ui
