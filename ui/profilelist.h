#pragma once

#include "app/secrets/profile.h"

#include <QList>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace vpw::ui {

// The profile dialog's left pane: the profiles (the demo one in italics) with Add and
// Remove under them. It only shows and reports; ProfileDialog decides what happens.
class ProfileList : public QWidget {
    Q_OBJECT

public:
    explicit ProfileList(QWidget *parent = nullptr);

    // Shows `profiles` with `selectedId` selected (none when empty), without emitting chosen().
    void fill(const QList<secrets::Profile> &profiles, const QString &selectedId);
    void setRemovable(bool removable);
    void setBusy(bool busy);

    QWidget *firstInTabOrder() const;
    QWidget *lastInTabOrder() const;

Q_SIGNALS:
    void chosen(const QString &id); // the operator picked a profile in the list
    void addClicked();
    void removeClicked();

private:
    void onCurrentItemChanged();

    QListWidget *m_list;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    bool m_removable = false;
    bool m_busy = false;
};

} // namespace vpw::ui
