#include "copyvaluesbox.h"

#include "ui/copyfeedback.h"
#include "ui/icons.h"

#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace vpw::ui {

CopyValuesBox::CopyValuesBox(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this)) {
    setObjectName(QStringLiteral("copyValues"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
}

void CopyValuesBox::setItems(const QList<Item> &items) {
    qDeleteAll(m_rowWidgets);
    m_rowWidgets.clear();
    m_items = items;
    // The status panel's copy icon (resources/icons/edit-copy.svg, rendered at build time).
    const QIcon copyIcon = resourceIcon(QStringLiteral(":/icons/edit-copy.svg"));
    int row = 0;
    for (const Item &item : items) {
        auto *label = new QLabel(tr("%1:", "a label before its value").arg(item.label), this);
        auto *value = new QLineEdit(item.value, this);
        value->setObjectName(item.name + QLatin1String("Value"));
        value->setReadOnly(true);
        value->setCursorPosition(0); // a narrow pane shows an ID's start, not its end
        value->setAccessibleName(item.label);
        // Read-only must not look editable (the profile form's idiom).
        QPalette readOnly = value->palette();
        readOnly.setBrush(QPalette::Base, palette().window());
        value->setPalette(readOnly);
        label->setBuddy(value);
        auto *button = new QPushButton(copyIcon, tr("Copy"), this);
        button->setObjectName(item.name + QLatin1String("CopyButton"));
        button->setAccessibleName(tr("Copy %1").arg(item.label));
        button->setToolTip(tr("Copy %1 to the clipboard").arg(item.label));
        button->setAutoDefault(false);
        const QString text = item.value;
        connect(button, &QPushButton::clicked, this, [this, text, button] {
            copy(text);
            showCopied(button);
        });
        m_grid->addWidget(label, row, 0);
        m_grid->addWidget(value, row, 1);
        m_grid->addWidget(button, row, 2);
        m_rowWidgets << label << value << button;
        ++row;
    }
    if (items.size() > 1) {
        auto *all = new QPushButton(copyIcon, tr("Copy &all"), this);
        all->setObjectName(QStringLiteral("copyAllButton"));
        all->setAccessibleName(tr("Copy all"));
        all->setAutoDefault(false);
        connect(all, &QPushButton::clicked, this, [this, all] {
            copy(allText());
            showCopied(all);
        });
        m_grid->addWidget(all, row, 2);
        m_rowWidgets << all;
    }
    setVisible(!items.isEmpty());
}

QString CopyValuesBox::allText() const {
    QStringList lines;
    for (const Item &item : m_items)
        lines << tr("%1: %2", "a label and its value, as copied").arg(item.label, item.value);
    return lines.join(QChar(u'\n'));
}

void CopyValuesBox::copy(const QString &text) {
    QApplication::clipboard()->setText(text);
}

} // namespace vpw::ui
