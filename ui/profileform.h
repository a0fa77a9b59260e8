#pragma once

#include "app/secrets/profile.h"

#include <QSet>
#include <QStringList>
#include <QWidget>

#include <optional>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QToolButton;

namespace vpw::ui {

class InlineMessage;

// The fields of one credential profile — its kind, name, endpoint, API key, API secret —
// checked as the operator types. A console profile (EMQX Cloud's console worked by hand) has a
// name only: the endpoint, key and secret rows are hidden, each with its message inline under it.
// Holds no state beyond the widgets: it neither stores nor reads anything (ProfileDialog does,
// asynchronously).
//
// The secret is write-only: load() never fills it. When editing, an empty secret field means
// "keep the stored one". A read-only form (the built-in demo profile) hides the secret.
class ProfileForm : public QWidget {
    Q_OBJECT

public:
    enum class Mode {
        New,      // every field empty; a secret is required
        Edit,     // an existing profile; the secret is optional (empty: unchanged)
        ReadOnly, // shown, not editable (the demo profile)
    };

    explicit ProfileForm(QWidget *parent = nullptr);

    // Shows `profile` (ignored for Mode::New) and clears the messages. `takenNames`: the names
    // of the other profiles, which this one must not repeat.
    void load(const secrets::Profile &profile, Mode mode, const QStringList &takenNames);
    Mode mode() const { return m_mode; }

    // Whether an empty secret is an error: for a new profile, and for one whose secret could
    // not be stored yet.
    void setSecretRequired(bool required);

    // What the fields hold now (the id is left empty: the caller knows which profile it is).
    secrets::Profile profile() const;
    QString secret() const;

    bool isValid() const;
    void focusFirstField();
    QWidget *firstField() const; // for the dialog's tab order
    QWidget *lastField() const;

Q_SIGNALS:
    // Emitted whenever isValid() may have changed (on every edit).
    void validityChanged(bool valid);

private:
    QLabel *addField(const QString &objectName, const QString &label, QWidget *field,
                     InlineMessage **message);
    void onEdited();
    void toggleSecretVisible(bool visible);
    bool isConsole() const;
    void showKindFields();
    std::optional<QString> nameProblem() const;
    std::optional<QString> endpointProblem() const;
    std::optional<QString> apiKeyProblem() const;
    std::optional<QString> secretProblem() const;
    void showProblem(InlineMessage *message, const QLineEdit *field,
                     const std::optional<QString> &problem);
    void updateMessages();

    QGridLayout *m_grid;
    Mode m_mode = Mode::New;
    bool m_secretRequired = true;
    QStringList m_takenNames;
    QSet<const QLineEdit *> m_touched; // edited since load(): an empty field is now an error
    QComboBox *m_kind;                 // EMQX Cloud API / EMQX Cloud console (by hand)
    QLabel *m_endpointLabel = nullptr;
    QLabel *m_apiKeyLabel = nullptr;
    QLineEdit *m_name;
    QLineEdit *m_endpoint;
    QLineEdit *m_apiKey;
    QLineEdit *m_secret;
    QToolButton *m_showSecret;
    QWidget *m_secretRow;
    QLabel *m_secretLabel = nullptr;
    InlineMessage *m_nameMessage;
    InlineMessage *m_endpointMessage;
    InlineMessage *m_apiKeyMessage;
    InlineMessage *m_secretMessage;
};

} // namespace vpw::ui
