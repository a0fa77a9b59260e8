#include "eventlog.h"

#include "peeringdisplay.h"

#include "app/core/timetext.h"
#include "app/session/peeringevent.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vpw::ui {

namespace {
enum Column { TimeColumn, DeploymentColumn, PeeringColumn, ChangeColumn, ReasonColumn, Count };
}

EventLog::EventLog(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_copy(new QAction(tr("&Copy"), this)) {
    setObjectName(QStringLiteral("eventLog"));
    m_list->setObjectName(QStringLiteral("eventList"));
    m_list->setAccessibleName(tr("Events")); // the title of the dock it lives in
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setColumnCount(Count);
    m_list->setHeaderLabels(
        {tr("Time"), tr("Deployment"), tr("Peering"), tr("Change"), tr("Reason")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, &EventLog::showContextMenu);

    m_copy->setObjectName(QStringLiteral("copyEventsAction"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(m_copy);
    m_copy->setEnabled(false);
    connect(m_copy, &QAction::triggered, this, &EventLog::copySelection);
    connect(m_list, &QTreeWidget::itemSelectionChanged, m_copy,
            [this] { m_copy->setEnabled(!m_list->selectedItems().isEmpty()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
}

void EventLog::addEvent(const session::PeeringEvent &event) {
    auto *item = new QTreeWidgetItem;
    item->setText(TimeColumn, displayTime(event.at));
    item->setText(DeploymentColumn,
                  event.deploymentName.isEmpty() ? event.deploymentId : event.deploymentName);
    item->setText(PeeringColumn,
                  event.providerPeeringId.isEmpty() ? event.id : event.providerPeeringId);
    item->setToolTip(PeeringColumn, event.id);
    item->setText(ChangeColumn, event.transitionText());
    // The state it went to; a finished deletion keeps the deleting icon (the bin).
    item->setIcon(ChangeColumn, stateIcon(event.to.value_or(PeeringState::Deleting)));
    item->setText(ReasonColumn, event.reason);
    m_list->insertTopLevelItem(0, item); // newest first
}

int EventLog::count() const {
    return m_list->topLevelItemCount();
}

QString EventLog::selectedText() const {
    QStringList lines;
    // In the order shown, not the order selected.
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (!item->isSelected())
            continue;
        QStringList cells;
        for (int column = 0; column < Count; ++column)
            cells << item->text(column);
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

void EventLog::copySelection() const {
    const QString text = selectedText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void EventLog::showContextMenu(const QPoint &pos) {
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_copy);
    menu->popup(m_list->viewport()->mapToGlobal(pos));
}

} // namespace vpw::ui
