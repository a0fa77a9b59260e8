#include "operatorbox.h"

#include "app/session/applyengine.h"
#include "ui/wizard/copyvaluesbox.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace vpw::ui {

OperatorBox::OperatorBox(QWidget *parent)
    : QWidget(parent)
    , m_instructions(new QLabel(this))
    , m_link(new QPushButton(style()->standardIcon(QStyle::SP_DirLinkIcon),
                             tr("Open the &EMQX Cloud console"), this))
    , m_values(new CopyValuesBox(this))
    , m_done(new QPushButton(tr("&Done"), this)) {
    setObjectName(QStringLiteral("operatorBox"));
    m_instructions->setObjectName(QStringLiteral("operatorInstructions"));
    m_instructions->setTextFormat(Qt::PlainText);
    m_instructions->setWordWrap(true);
    m_instructions->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                            Qt::TextSelectableByKeyboard);
    m_link->setObjectName(QStringLiteral("operatorConsoleLink"));
    m_link->setAutoDefault(false);
    m_values->setObjectName(QStringLiteral("operatorValues"));
    m_done->setObjectName(QStringLiteral("operatorDoneButton"));
    m_done->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_link);
    buttons->addStretch(1);
    buttons->addWidget(m_done);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_instructions);
    layout->addWidget(m_values);
    layout->addLayout(buttons);
    connect(m_link, &QPushButton::clicked, this, [this] {
        if (m_engine && m_index >= 0 && m_engine->step(m_index).operatorTask)
            QDesktopServices::openUrl(m_engine->step(m_index).operatorTask->link);
    });
    connect(m_done, &QPushButton::clicked, this, [this] {
        if (m_engine)
            m_engine->operatorDone(m_index);
    });
    hide();
}

void OperatorBox::showStep(session::ApplyEngine *engine, int index) {
    if (!engine || !engine->waitsForOperator(index)) {
        if (index == m_index || !engine)
            hide();
        return;
    }
    m_engine = engine;
    m_index = index;
    const auto &task = engine->step(index).operatorTask;
    m_instructions->setText(task->instructions);
    m_link->setToolTip(task->link.toString());
    QList<CopyValuesBox::Item> items;
    for (const session::OperatorValue &v : engine->operatorValues(index))
        items.append({v.name, v.label, v.value});
    if (items != m_values->items())
        m_values->setItems(items);
    show();
}

} // namespace vpw::ui
