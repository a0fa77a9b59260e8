#pragma once

#include "app/secrets/provideraccount.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace vpw::ui {

class InlineMessage;

// The fields of one provider account — provider, name, AccessKey ID, AccessKey secret, regions,
// endpoint override — each checked as it is typed (app/core/provideraccountrules.h) with its
// message inline under it: a refusal is an error that keeps Save disabled, an unusual shape only a
// warning. Below them: "Test key", "Show required policy…" and, when the demo's emulators run and
// the demo profile is current, "Use the demo's emulated account". Holds no state beyond the
// widgets (ProviderAccountsPanel stores, tests and removes).
//
// The secret is write-only: load() never fills it; when editing, empty means "keep the stored
// one".
class ProviderAccountForm : public QWidget {
    Q_OBJECT

public:
    enum class Mode { New, Edit };

    explicit ProviderAccountForm(QWidget *parent = nullptr);

    void load(const secrets::ProviderAccount &account, Mode mode);
    Mode mode() const { return m_mode; }
    // The fields as typed (the id left empty).
    secrets::ProviderAccount account() const;
    QString secret() const;
    QString provider() const;
    bool isValid() const;
    // Fills every field from the demo's emulated account (its secret included).
    void fillDemo(const secrets::DemoProviderAccount &demo);
    void setDemoOffered(bool offered);
    void setTesting(bool testing);
    // Shows the outcome of "Test key" under the buttons (plain text).
    void showTestOutcome(bool ok, const QString &message, const QString &detail);
    void clearTestOutcome();
    void focusFirstField();

Q_SIGNALS:
    void validityChanged(bool valid);
    void testClicked();
    void policyClicked();
    void demoClicked();

private:
    QLabel *addField(const QString &name, QWidget *field, QLineEdit *edit);
    void onEdited();
    void updateLabels();
    void updateMessages();
    void show(const QString &name, const QLineEdit *edit, int level, const QString &message);

    QGridLayout *m_grid;
    Mode m_mode = Mode::New;
    QComboBox *m_provider;
    QLineEdit *m_name;
    QLineEdit *m_keyId;
    QLineEdit *m_secret;
    QToolButton *m_showSecret;
    QLineEdit *m_regions;
    QLineEdit *m_endpoint;
    QPushButton *m_test;
    QPushButton *m_policy;
    QPushButton *m_demo;
    InlineMessage *m_testMessage;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, InlineMessage *> m_messages;
    QSet<const QLineEdit *> m_touched;
    bool m_testing = false;
};

} // namespace vpw::ui
