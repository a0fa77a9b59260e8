#pragma once

#include <QDialog>

class QAction;
class QLabel;
class QTabWidget;

namespace vpw::ui {

// "About VPC Peering Wizard": the application's version with the Qt version it was built with
// and runs on, the licence (GPL-3.0-or-later) and the third-party notices (Qt, QtKeychain),
// one tab each. The texts are compiled in (:/notices), so nothing is read from disk or the
// network. Everything is plain text.
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // An "About VPC Peering Wizard" action (menu role AboutRole, for a Help menu) owned by
    // `window`: triggering it opens the dialog window-modal on `window` (QDialog::open(), never
    // exec()), and raises the same dialog again while it is still open.
    static QAction *createAction(QWidget *window);

    // The licence and notices texts shown on the "Licence" and "Third-party notices" tabs.
    static QString licenceText();
    static QString thirdPartyNotices();

private:
    QWidget *buildAboutTab();
    static QLabel *plainLabel(const QString &text, const QString &objectName);

    QTabWidget *m_tabs;
};

} // namespace vpw::ui
