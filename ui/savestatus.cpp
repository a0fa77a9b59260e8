#include "savestatus.h"

#include "inlinemessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace vpw::ui {

SaveStatus::SaveStatus(QWidget *parent)
    : QWidget(parent)
    , m_problem(new InlineMessage(this))
    , m_sessionOnlyButton(new QPushButton(tr("Keep in memory for this session"), this))
    , m_busyRow(new QWidget(this))
    , m_busyIndicator(new QProgressBar(m_busyRow))
    , m_busyLabel(new QLabel(m_busyRow)) {
    setObjectName(QStringLiteral("saveStatus"));
    m_problem->setObjectName(QStringLiteral("problemMessage"));
    m_sessionOnlyButton->setObjectName(QStringLiteral("sessionOnlyButton"));
    m_sessionOnlyButton->setAutoDefault(false); // Enter is for the dialog's Save
    m_sessionOnlyButton->setToolTip(
        tr("Use the secret until the application quits, without storing it anywhere"));
    m_busyRow->setObjectName(QStringLiteral("busyRow"));
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setRange(0, 0); // indeterminate: the keychain reports no progress
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setMaximumWidth(120);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyLabel->setTextFormat(Qt::PlainText);

    auto *busyLayout = new QHBoxLayout(m_busyRow);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(m_busyIndicator);
    busyLayout->addWidget(m_busyLabel, 1);
    auto *sessionRow = new QHBoxLayout;
    sessionRow->addWidget(m_sessionOnlyButton);
    sessionRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_problem);
    layout->addLayout(sessionRow);
    layout->addWidget(m_busyRow);

    connect(m_sessionOnlyButton, &QPushButton::clicked, this, &SaveStatus::keepInMemoryClicked);
    clear();
    setBusy(false);
}

void SaveStatus::showProblem(const QString &text, bool offerSessionOnly) {
    m_problem->showMessage(InlineMessage::Kind::Error, text);
    m_sessionOnlyButton->setVisible(offerSessionOnly);
}

void SaveStatus::clear() {
    m_problem->clear();
    m_sessionOnlyButton->hide();
}

void SaveStatus::setBusy(bool busy, const QString &text) {
    m_busyLabel->setText(text);
    m_busyRow->setVisible(busy);
    if (busy)
        m_sessionOnlyButton->hide();
}

QWidget *SaveStatus::sessionOnlyButton() const {
    return m_sessionOnlyButton;
}

} // namespace vpw::ui
