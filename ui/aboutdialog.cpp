#include "aboutdialog.h"

#include "icons.h"

#include "app/core/provider.h"
#include "app/providers/registry.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTabWidget>
#include <QVBoxLayout>

#include <memory>

namespace vpw::ui {

namespace {

QString resourceText(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QPlainTextEdit *textPage(const QString &text, const QString &name, const QString &objectName) {
    auto *edit = new QPlainTextEdit(text);
    edit->setObjectName(objectName);
    edit->setAccessibleName(name);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap); // licence texts are laid out by line
    // Read-only text keeps the keyboard cursor, so it can be selected and copied without a mouse.
    edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return edit;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this)) {
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About VPC Peering Wizard"));
    m_tabs->setObjectName(QStringLiteral("aboutTabs"));
    m_tabs->addTab(buildAboutTab(), tr("&About"));
    m_tabs->addTab(textPage(licenceText(), tr("Licence"), QStringLiteral("licenceText")),
                   tr("&Licence"));
    m_tabs->addTab(
        textPage(thirdPartyNotices(), tr("Third-party notices"), QStringLiteral("noticesText")),
        tr("&Third-party notices"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("aboutButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(640, 480);
}

QLabel *AboutDialog::plainLabel(const QString &text, const QString &objectName) {
    auto *label = new QLabel(text);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAccessibleName(text);
    return label;
}

QWidget *AboutDialog::buildAboutTab() {
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);

    auto *icon = new QLabel;
    icon->setObjectName(QStringLiteral("aboutIcon"));
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAccessibleName(tr("Application icon"));
    layout->addWidget(icon, 0, Qt::AlignHCenter);

    auto *name = plainLabel(tr("VPC Peering Wizard"), QStringLiteral("nameLabel"));
    QFont font = name->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    name->setFont(font);
    name->setAlignment(Qt::AlignHCenter);
    layout->addWidget(name);

    layout->addWidget(plainLabel(tr("Version %1").arg(QCoreApplication::applicationVersion()),
                                 QStringLiteral("versionLabel")));
    layout->addWidget(plainLabel(tr("Built with Qt %1, running on Qt %2.")
                                     .arg(QLatin1String(QT_VERSION_STR), QLatin1String(qVersion())),
                                 QStringLiteral("qtVersionLabel")));
    // The clouds are the registry's modules, by their display names (no provider named here).
    QStringList clouds;
    for (Provider provider : providerModules())
        clouds << providerDisplayName(provider);
    layout->addWidget(plainLabel(tr("Connects an EMQX Cloud deployment to your own VPC (%1): "
                                    "guided setup, live checks of every ID and CIDR, and the "
                                    "state of every peering.")
                                     .arg(QLocale().createSeparatedList(clouds)),
                                 QStringLiteral("descriptionLabel")));
    layout->addWidget(plainLabel(tr("Copyright © 2026 VPC Peering Wizard developers."),
                                 QStringLiteral("copyrightLabel")));
    layout->addWidget(plainLabel(tr("This program is free software under the GNU General Public "
                                    "License, version 3 or (at your option) any later version. It "
                                    "comes with ABSOLUTELY NO WARRANTY. See the Licence and "
                                    "Third-party notices pages."),
                                 QStringLiteral("licenceLabel")));
    layout->addStretch();
    for (auto *label : page->findChildren<QLabel *>())
        label->setAlignment(Qt::AlignHCenter);
    return page;
}

QString AboutDialog::licenceText() {
    return resourceText(QStringLiteral(":/notices/LICENSE"));
}

QString AboutDialog::thirdPartyNotices() {
    return resourceText(QStringLiteral(":/notices/third-party.txt")) +
           resourceText(QStringLiteral(":/notices/LGPL-3.0.txt"));
}

QAction *AboutDialog::createAction(QWidget *window) {
    auto *action = new QAction(resourceIcon(QStringLiteral(":/icons/dialog-information.svg")),
                               tr("&About VPC Peering Wizard"), window);
    action->setObjectName(QStringLiteral("aboutAction"));
    action->setMenuRole(QAction::AboutRole);
    auto dialog = std::make_shared<QPointer<AboutDialog>>();
    connect(action, &QAction::triggered, window, [window, dialog] {
        if (!*dialog) {
            *dialog = new AboutDialog(window);
            (*dialog)->setAttribute(Qt::WA_DeleteOnClose);
        }
        (*dialog)->open();
        (*dialog)->raise();
        (*dialog)->activateWindow();
    });
    return action;
}

} // namespace vpw::ui
