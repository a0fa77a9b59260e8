#pragma once

#include "app/core/peeringstate.h"

#include <QColor>
#include <QIcon>
#include <QStyledItemDelegate>

namespace vpw::ui {

// How a peering state looks everywhere in the UI: an icon, its translated text and a colour,
// always together (design.md §4: never colour alone). The icons are the session's SVGs (a shape
// per state), so no font has to carry a symbol.
QIcon stateIcon(PeeringState state);
QColor stateColor(PeeringState state);

// Paints the State column of a peering view as a badge: a tinted rounded box with the state's
// icon and text. Reads the state from `stateRole` (int(PeeringState)), the text from
// Qt::DisplayRole and the icon from Qt::DecorationRole (stateIcon() where the model gives none);
// cells without a state are painted as usual.
class StateBadgeDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit StateBadgeDelegate(int stateRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_stateRole;
};

} // namespace vpw::ui
