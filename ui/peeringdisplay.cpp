#include "peeringdisplay.h"

#include "icons.h"

#include "app/session/peeringmodel.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

#include <utility>

namespace vpw::ui {

namespace {
constexpr int kPadding = 4; // inside the badge, around icon and text
constexpr int kMargin = 3;  // between the cell's edge and the badge

std::optional<PeeringState> stateOf(const QModelIndex &index, int role) {
    const QVariant value = index.data(role);
    if (!value.isValid())
        return std::nullopt;
    return static_cast<PeeringState>(value.toInt());
}
} // namespace

QIcon stateIcon(PeeringState state) {
    return resourceIcon(session::PeeringModel::stateIconPath(state));
}

QColor stateColor(PeeringState state) {
    // Dark enough to read as text on a light background, distinct from each other.
    switch (state) {
    case PeeringState::Pending:
        return QColor(0xa0, 0x6a, 0x00);
    case PeeringState::Running:
        return QColor(0x2e, 0x7d, 0x32);
    case PeeringState::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case PeeringState::Deleting:
        return QColor(0x61, 0x61, 0x61);
    }
    return {};
}

StateBadgeDelegate::StateBadgeDelegate(int stateRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_stateRole(stateRole) {}

void StateBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const {
    const auto state = stateOf(index, m_stateRole);
    if (!state) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QString text =
        opt.text.isEmpty() ? peeringStateDisplayText(*state) : std::exchange(opt.text, {});
    // The model's icon (PeeringModel keeps one per state), drawn inside the badge below.
    const QIcon modelIcon = std::exchange(opt.icon, QIcon());
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, focus

    const int iconSize = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, widget);
    const int textWidth = opt.fontMetrics.horizontalAdvance(text);
    const int height = qMin(opt.rect.height() - 2, qMax(iconSize, opt.fontMetrics.height()) + 4);
    QRect badge(opt.rect.left() + kMargin, opt.rect.center().y() - height / 2,
                kPadding * 3 + iconSize + textWidth, height);
    badge.setRight(qMin(badge.right(), opt.rect.right() - kMargin));

    const QColor color = stateColor(*state);
    QColor fill = color;
    fill.setAlpha(36);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(color);
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    const QRect iconRect(badge.left() + kPadding, badge.center().y() - iconSize / 2 + 1, iconSize,
                         iconSize);
    (modelIcon.isNull() ? stateIcon(*state) : modelIcon).paint(painter, iconRect);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(selected ? opt.palette.color(QPalette::HighlightedText) : color.darker(130));
    const QRect textRect(iconRect.right() + kPadding + 1, badge.top(),
                         badge.right() - iconRect.right() - kPadding, badge.height());
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize StateBadgeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (stateOf(index, m_stateRole)) {
        const QWidget *widget = option.widget;
        const QStyle *style = widget ? widget->style() : QApplication::style();
        const int iconSize = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, widget);
        const int textWidth = option.fontMetrics.horizontalAdvance(index.data().toString());
        size.setWidth(qMax(size.width(), kMargin * 2 + kPadding * 3 + iconSize + textWidth + 4));
        size.setHeight(qMax(size.height(), qMax(iconSize, option.fontMetrics.height()) + 8));
    }
    return size;
}

} // namespace vpw::ui
