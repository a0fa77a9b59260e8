#include "profilelist.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace vpw::ui {

namespace {
constexpr int IdRole = Qt::UserRole;
}

ProfileList::ProfileList(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_addButton(new QPushButton(tr("&Add"), this))
    , m_removeButton(new QPushButton(tr("&Remove…"), this)) {
    setObjectName(QStringLiteral("profileListPane"));
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_addButton->setObjectName(QStringLiteral("addProfileButton"));
    m_removeButton->setObjectName(QStringLiteral("removeProfileButton"));
    for (QPushButton *button : {m_addButton, m_removeButton})
        button->setAutoDefault(false); // Enter is for the dialog's Save
    setMaximumWidth(240);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    setTabOrder(m_list, m_addButton);
    setTabOrder(m_addButton, m_removeButton);

    connect(m_list, &QListWidget::currentItemChanged, this, &ProfileList::onCurrentItemChanged);
    connect(m_addButton, &QPushButton::clicked, this, &ProfileList::addClicked);
    connect(m_removeButton, &QPushButton::clicked, this, &ProfileList::removeClicked);
    setRemovable(false);
}

void ProfileList::fill(const QList<secrets::Profile> &profiles, const QString &selectedId) {
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const secrets::Profile &profile : profiles) {
        auto *item = new QListWidgetItem(profile.name, m_list);
        item->setData(IdRole, profile.id);
        if (profile.demo) {
            item->setToolTip(tr("Built in, read-only"));
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
        }
        if (!selectedId.isEmpty() && profile.id == selectedId)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem())
        m_list->setCurrentItem(nullptr);
}

void ProfileList::setRemovable(bool removable) {
    m_removable = removable;
    m_removeButton->setEnabled(m_removable && !m_busy);
}

void ProfileList::setBusy(bool busy) {
    m_busy = busy;
    m_list->setEnabled(!busy);
    m_addButton->setEnabled(!busy);
    setRemovable(m_removable);
}

QWidget *ProfileList::firstInTabOrder() const {
    return m_list;
}

QWidget *ProfileList::lastInTabOrder() const {
    return m_removeButton;
}

void ProfileList::onCurrentItemChanged() {
    const QListWidgetItem *item = m_list->currentItem();
    Q_EMIT chosen(item ? item->data(IdRole).toString() : QString());
}

} // namespace vpw::ui
