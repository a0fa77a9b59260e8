#include "policydialog.h"
#include "icons.h"

#include "app/core/provideraccountrules.h"
#include "app/providers/registry.h"
#include "app/session/provideraccounttest.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace vpw::ui {

PolicyDialog::PolicyDialog(const QString &provider, QWidget *parent)
    : QDialog(parent)
    , m_hint(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_copiedTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("policyDialog"));
    setWindowTitle(tr("Required policy — %1").arg(providerName(provider)));
    m_hint->setObjectName(QStringLiteral("policyHint"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    m_hint->setText(session::ProviderAccountTest::requiredPolicyHint(provider));
    m_text->setObjectName(QStringLiteral("policyText"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlainText(session::ProviderAccountTest::requiredPolicy(provider));
    m_text->setAccessibleName(tr("Policy (JSON)"));
    m_text->setTabChangesFocus(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    const QIcon copyIcon = resourceIcon(QStringLiteral(":/icons/edit-copy.svg"));
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copyPolicyButton"));
    m_copy->setIcon(copyIcon);
    m_copy->setToolTip(tr("Copy the policy to the clipboard"));
    m_copy->setDefault(true);
    m_copiedTimer->setSingleShot(true);
    m_copiedTimer->setInterval(2000);
    connect(m_copiedTimer, &QTimer::timeout, this, [this] { m_copy->setText(tr("&Copy")); });
    connect(m_copy, &QPushButton::clicked, this, &PolicyDialog::copy);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(620, 460);
}

QString PolicyDialog::policyText() const {
    return m_text->toPlainText();
}

void PolicyDialog::copy() {
    QApplication::clipboard()->setText(m_text->toPlainText());
    m_copy->setText(tr("Copied ✓"));
    m_copiedTimer->start();
}

} // namespace vpw::ui
