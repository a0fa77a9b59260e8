#include "wizardjournal.h"

#include "wizardvalues.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

namespace vpw::ui {

Q_LOGGING_CATEGORY(lcJournal, "vpw.ui.journal")

namespace {

const QString kProfileKey = QStringLiteral("profileId");

// Deployment ids are the server's, profile ids the settings'; keep only characters safe in a
// file name (so never "." or ".."), and never an empty name.
QString safeName(const QString &id) {
    QString name;
    for (const QChar c : id)
        name.append(c.isLetterOrNumber() || c == u'-' || c == u'_' ? c : QChar(u'_'));
    return name.isEmpty() ? QStringLiteral("_") : name;
}

// Journals written before they were kept per profile (<directory>/<deployment>.json): whose
// endpoint their deployment and Idempotency-Key belong to is unknown, so none is resumed.
void dropUnkeyedJournals() {
    QDir dir(WizardJournal::directory());
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &name : files) {
        qCInfo(lcJournal) << "dropping a journal of an older version (not kept per profile):"
                          << name;
        dir.remove(name);
    }
}

} // namespace

WizardJournal::WizardJournal(WizardValues *values, const QString &profileId, QObject *parent)
    : QObject(parent)
    , m_values(values)
    , m_profileId(profileId) {
    // Short enough that a crash loses at most the last fraction of a second of typing, long
    // enough that a keystroke never waits for the disk.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &WizardJournal::flush);
    connect(values, &WizardValues::changed, this, [this] {
        if (!m_removed)
            m_debounce.start();
    });
}

WizardJournal::~WizardJournal() {
    if (m_debounce.isActive())
        flush();
}

void WizardJournal::flush() {
    m_debounce.stop();
    if (m_removed || !m_values || m_values->deploymentId().isEmpty())
        return;
    if (!QDir().mkpath(directoryFor(m_profileId))) {
        qCWarning(lcJournal) << "cannot create" << directoryFor(m_profileId);
        return;
    }
    QSaveFile file(pathFor(m_profileId, m_values->deploymentId()));
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcJournal) << "cannot write" << file.fileName() << file.errorString();
        return;
    }
    QJsonObject json = m_values->toJson();
    json.insert(kProfileKey, m_profileId);
    file.write(QJsonDocument(json).toJson(QJsonDocument::Compact));
    if (!file.commit())
        qCWarning(lcJournal) << "cannot save" << file.fileName() << file.errorString();
}

void WizardJournal::remove() {
    m_debounce.stop();
    m_removed = true;
    if (m_values && !m_values->deploymentId().isEmpty())
        discard(m_profileId, m_values->deploymentId());
}

QString WizardJournal::directory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/wizard");
}

QString WizardJournal::directoryFor(const QString &profileId) {
    return directory() + QChar(u'/') + safeName(profileId);
}

QString WizardJournal::pathFor(const QString &profileId, const QString &deploymentId) {
    return directoryFor(profileId) + QChar(u'/') + safeName(deploymentId) + QStringLiteral(".json");
}

QStringList WizardJournal::pendingDeployments(const QString &profileId) {
    dropUnkeyedJournals();
    QStringList ids;
    const QDir dir(directoryFor(profileId));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        const QString id = json.value(QStringLiteral("deploymentId")).toString();
        if (!id.isEmpty() && json.value(kProfileKey).toString() == profileId)
            ids.append(id);
    }
    return ids;
}

bool WizardJournal::load(const QString &profileId, const QString &deploymentId,
                         WizardValues *values) {
    QFile file(pathFor(profileId, deploymentId));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    return document.isObject() && document.object().value(kProfileKey).toString() == profileId &&
           values->fromJson(document.object());
}

void WizardJournal::discard(const QString &profileId, const QString &deploymentId) {
    QFile::remove(pathFor(profileId, deploymentId));
}

} // namespace vpw::ui
