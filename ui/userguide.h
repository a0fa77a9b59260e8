#pragma once

#include <QDialog>

class QAction;
class QTextBrowser;

namespace vpw::ui {

// Help > User guide (F1): the user guide shipped with the application (docs/user-guide.<lang>.md,
// compiled in as a resource), in the interface's language, in a read-only viewer beside the main
// window. Its screenshots are read from the installed documentation
// (<prefix>/share/doc/vpc-peering-wizard) or a build tree's docs/ when there; without them the
// text stands alone.
class UserGuideDialog : public QDialog {
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    // The guide's resource path for the interface's language (":/guide/user-guide.en.md").
    static QString guidePath();
    // "User guide" for `window`'s Help menu: opens (or raises) one viewer.
    static QAction *createAction(QWidget *window);

private:
    QTextBrowser *m_text;
};

} // namespace vpw::ui
