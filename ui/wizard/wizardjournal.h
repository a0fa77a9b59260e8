#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace vpw::ui {

class WizardValues;

// Keeps one wizard's values on disk while the operator works, so a crash or a restart loses
// nothing: <AppDataLocation>/wizard/<deployment id>.json, written atomically (QSaveFile) a
// moment after each change (one write per burst of keystrokes) and at once by flush().
// Only non-secret values are in a WizardValues; nothing else is written.
//
// The file is written only once the values name a deployment. remove() deletes it (the
// wizard finished or was discarded) and stops further writes.
class WizardJournal : public QObject {
    Q_OBJECT

public:
    explicit WizardJournal(WizardValues *values, QObject *parent = nullptr);
    ~WizardJournal() override; // flushes a pending write

    void flush();
    void remove();

    // The folder of the journals, and the journal of a deployment.
    static QString directory();
    static QString pathFor(const QString &deploymentId);
    // Journals left by earlier runs (deployment ids), for the resume offer.
    static QStringList pendingDeployments();
    // Loads the journal of `deploymentId` into `values`; false when missing or unreadable.
    static bool load(const QString &deploymentId, WizardValues *values);
    static void discard(const QString &deploymentId);

private:
    QPointer<WizardValues> m_values;
    QTimer m_debounce;
    bool m_removed = false;
};

} // namespace vpw::ui
