#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace vpw::ui {

class WizardValues;

// Keeps one wizard's values on disk while the operator works, so a crash or a restart loses
// nothing: <AppDataLocation>/wizard/<profile id>/<deployment id>.json, written atomically
// (QSaveFile) a moment after each change (one write per burst of keystrokes) and at once by
// flush(). Only non-secret values are in a WizardValues; nothing else is written.
//
// A journal belongs to a profile and a deployment: deployment IDs are those of one profile's
// endpoint, and a journal carries the Idempotency-Key of a create on that endpoint, so it is
// never offered, loaded or submitted under another profile (the file also records its profile
// and load() checks it). Journals of older versions, keyed by deployment only, cannot say
// whose they are: pendingDeployments() deletes them rather than guess.
//
// The file is written only once the values name a deployment. remove() deletes it (the
// wizard finished or was discarded) and stops further writes.
class WizardJournal : public QObject {
    Q_OBJECT

public:
    WizardJournal(WizardValues *values, const QString &profileId, QObject *parent = nullptr);
    ~WizardJournal() override; // flushes a pending write

    void flush();
    void remove();

    // The folder of every journal, the folder of one profile's journals, and one journal.
    static QString directory();
    static QString directoryFor(const QString &profileId);
    static QString pathFor(const QString &profileId, const QString &deploymentId);
    // Journals of `profileId` left by earlier runs (deployment ids), for the resume offer.
    static QStringList pendingDeployments(const QString &profileId);
    // Loads the journal of `deploymentId` under `profileId` into `values`; false when missing,
    // unreadable or written for another profile.
    static bool load(const QString &profileId, const QString &deploymentId, WizardValues *values);
    static void discard(const QString &profileId, const QString &deploymentId);

private:
    QPointer<WizardValues> m_values;
    QString m_profileId;
    QTimer m_debounce;
    bool m_removed = false;
};

} // namespace vpw::ui
