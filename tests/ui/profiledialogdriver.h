#pragma once

// Drives a ProfileDialog the way an operator does: widgets found by objectName, text typed
// with QTest::keyClicks. Shared by tst_profiledialog (real keyring) and
// tst_profiledialog_nokeychain (no keyring at all).

#include "tests/testsupport.h"
#include "ui/inlinemessage.h"
#include "ui/profiledialog.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

namespace vpw::test {

class ProfileDialogDriver {
public:
    explicit ProfileDialogDriver(ui::ProfileDialog *dialog)
        : dialog(dialog)
        , name(find<QLineEdit>("nameEdit"))
        , endpoint(find<QLineEdit>("endpointEdit"))
        , apiKey(find<QLineEdit>("apiKeyEdit"))
        , secret(find<QLineEdit>("secretEdit"))
        , save(find<QPushButton>("saveButton"))
        , cancel(find<QPushButton>("cancelButton"))
        , add(find<QPushButton>("addProfileButton"))
        , remove(find<QPushButton>("removeProfileButton"))
        , sessionOnly(find<QPushButton>("sessionOnlyButton"))
        , list(find<QListWidget>("profileList"))
        , problem(find<ui::InlineMessage>("problemMessage")) {}

    // Every widget the tests touch exists under its objectName.
    bool isComplete() const {
        return name && endpoint && apiKey && secret && save && cancel && add && remove &&
               sessionOnly && list && problem;
    }

    ui::InlineMessage *message(const char *field) const {
        return dialog->findChild<ui::InlineMessage *>(QLatin1String(field) +
                                                      QLatin1String("Message"));
    }
    // The text of a field's inline message while it is shown, else empty.
    QString shownMessage(const char *field) const {
        const ui::InlineMessage *m = message(field);
        return m && !m->isHidden() ? m->text() : QString();
    }

    // Replaces a field's text by typing, as the operator would (select all, type over it).
    static void retype(QLineEdit *edit, const QString &text) {
        edit->setFocus(Qt::OtherFocusReason);
        edit->selectAll();
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Backspace);
        else
            QTest::keyClicks(edit, text);
    }

    void fill(const QString &profileName, const QString &url, const QString &key,
              const QString &apiSecret) const {
        retype(name, profileName);
        retype(endpoint, url);
        retype(apiKey, key);
        retype(secret, apiSecret);
    }

    // Picks the profile `id` in the list, as a click would.
    bool select(const QString &id) const {
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole).toString() == id) {
                list->setCurrentRow(row);
                return true;
            }
        }
        return false;
    }

    ui::ProfileDialog *dialog;
    QLineEdit *name;
    QLineEdit *endpoint;
    QLineEdit *apiKey;
    QLineEdit *secret;
    QPushButton *save;
    QPushButton *cancel;
    QPushButton *add;
    QPushButton *remove;
    QPushButton *sessionOnly;
    QListWidget *list;
    ui::InlineMessage *problem;

private:
    template <typename T> T *find(const char *objectName) const {
        return dialog->findChild<T *>(QLatin1String(objectName));
    }
};

} // namespace vpw::test
