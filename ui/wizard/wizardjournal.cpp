#include "wizardjournal.h"

#include "wizardvalues.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

namespace vpw::ui {

Q_LOGGING_CATEGORY(lcJournal, "vpw.ui.journal")

namespace {

// Deployment ids are the server's; keep only characters safe in a file name.
QString safeName(const QString &deploymentId) {
    QString name;
    for (const QChar c : deploymentId)
        name.append(c.isLetterOrNumber() || c == u'-' || c == u'_' ? c : QChar(u'_'));
    return name;
}

} // namespace

WizardJournal::WizardJournal(WizardValues *values, QObject *parent)
    : QObject(parent)
    , m_values(values) {
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
    if (!QDir().mkpath(directory())) {
        qCWarning(lcJournal) << "cannot create" << directory();
        return;
    }
    QSaveFile file(pathFor(m_values->deploymentId()));
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcJournal) << "cannot write" << file.fileName() << file.errorString();
        return;
    }
    file.write(QJsonDocument(m_values->toJson()).toJson(QJsonDocument::Compact));
    if (!file.commit())
        qCWarning(lcJournal) << "cannot save" << file.fileName() << file.errorString();
}

void WizardJournal::remove() {
    m_debounce.stop();
    m_removed = true;
    if (m_values && !m_values->deploymentId().isEmpty())
        discard(m_values->deploymentId());
}

QString WizardJournal::directory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/wizard");
}

QString WizardJournal::pathFor(const QString &deploymentId) {
    return directory() + QChar(u'/') + safeName(deploymentId) + QStringLiteral(".json");
}

QStringList WizardJournal::pendingDeployments() {
    QStringList ids;
    const QDir dir(directory());
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString id = QJsonDocument::fromJson(file.readAll())
                               .object()
                               .value(QStringLiteral("deploymentId"))
                               .toString();
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}

bool WizardJournal::load(const QString &deploymentId, WizardValues *values) {
    QFile file(pathFor(deploymentId));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    return document.isObject() && values->fromJson(document.object());
}

void WizardJournal::discard(const QString &deploymentId) {
    QFile::remove(pathFor(deploymentId));
}

} // namespace vpw::ui
