#include "userguide.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPointer>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <memory>

namespace vpw::ui {

namespace {

// Images (the guide's screenshots) from the documentation on disk, next to the installed
// application or in the build tree; nothing else is read (no network, no other files).
class GuideBrowser : public QTextBrowser {
public:
    using QTextBrowser::QTextBrowser;

protected:
    QVariant loadResource(int type, const QUrl &name) override {
        if (type != QTextDocument::ImageResource || !name.isRelative())
            return QTextBrowser::loadResource(type, name);
        const QString app = QCoreApplication::applicationDirPath();
        const QStringList dirs = {app + QStringLiteral("/../share/doc/vpc-peering-wizard"),
                                  app + QStringLiteral("/../docs")};
        for (const QString &dir : dirs) {
            const QString path = QDir::cleanPath(dir + QLatin1Char('/') + name.path());
            if (QFile::exists(path))
                return QImage(path);
        }
        return {};
    }
};

} // namespace

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent, Qt::Window)
    , m_text(new GuideBrowser(this)) {
    setObjectName(QStringLiteral("userGuideDialog"));
    setWindowTitle(tr("User guide — VPC Peering Wizard"));
    m_text->setObjectName(QStringLiteral("userGuideText"));
    m_text->setAccessibleName(tr("User guide"));
    m_text->setReadOnly(true);
    m_text->setOpenExternalLinks(true); // https links to the consoles open in the browser
    QFile file(guidePath());
    if (file.open(QIODevice::ReadOnly))
        m_text->setMarkdown(QString::fromUtf8(file.readAll()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("userGuideButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(860, 680);
}

QString UserGuideDialog::guidePath() {
    // The guide's language is the interface's: the translation names it ("zh_CN" in Chinese).
    const QString language = tr("en", "the language of the user guide to open: en or zh_CN");
    const QString path = QStringLiteral(":/guide/user-guide.%1.md").arg(language);
    return QFile::exists(path) ? path : QStringLiteral(":/guide/user-guide.en.md");
}

QAction *UserGuideDialog::createAction(QWidget *window) {
    auto *action = new QAction(tr("&User guide"), window);
    action->setObjectName(QStringLiteral("userGuideAction"));
    action->setShortcut(QKeySequence::HelpContents);
    action->setToolTip(tr("Open the user guide (F1)"));
    auto dialog = std::make_shared<QPointer<UserGuideDialog>>();
    QObject::connect(action, &QAction::triggered, window, [window, dialog] {
        if (!*dialog) {
            *dialog = new UserGuideDialog(window);
            (*dialog)->setAttribute(Qt::WA_DeleteOnClose);
        }
        (*dialog)->show(); // not modal: read beside the main window and the wizard
        (*dialog)->raise();
        (*dialog)->activateWindow();
    });
    return action;
}

} // namespace vpw::ui
