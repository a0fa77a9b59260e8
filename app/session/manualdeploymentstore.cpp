#include "manualdeploymentstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUuid>

namespace vpw::session {

namespace {

const QString kFormat = QStringLiteral("vpw-manual-deployments");

class Text {
    Q_DECLARE_TR_FUNCTIONS(vpw::session::ManualDeploymentStore)
};

int lineAt(const QByteArray &json, qsizetype offset) {
    return int(json.left(offset).count('\n')) + 1;
}

// The line of `"key": ...` in the n-th (0-based) object that has the key; the line of the
// n-th object's start when the key is missing. Good enough to point at the wrong line.
int lineOf(const QByteArray &json, const QString &key, int index) {
    const QRegularExpression keyAt(
        QStringLiteral("\"%1\"\\s*:").arg(QRegularExpression::escape(key)));
    const QString text = QString::fromUtf8(json);
    auto it = keyAt.globalMatch(text);
    for (int i = 0; it.hasNext(); ++i) {
        const auto match = it.next();
        if (i == index)
            return int(QStringView(text).left(match.capturedStart()).count(QLatin1Char('\n'))) + 1;
    }
    int seen = -1;
    for (qsizetype i = 0, depth = 0; i < json.size(); ++i) {
        if (json[i] == '{' && ++depth == 2 && ++seen == index)
            return lineAt(json, i);
        if (json[i] == '}')
            --depth;
    }
    return 0;
}

QJsonObject toJson(const Deployment &d) {
    QJsonObject o{{QStringLiteral("id"), d.id}};
    const ManualInput input = manualInput(d);
    for (const ManualField field : manualFields())
        o.insert(manualFieldKey(field), input.value(field));
    return o;
}

QString newId() {
    return QStringLiteral("dep-manual-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

} // namespace

ManualDeploymentStore::ManualDeploymentStore(QString filePath)
    : m_path(std::move(filePath)) {}

bool ManualDeploymentStore::load(ManualImportError *error) {
    QFile file(m_path);
    if (!file.exists()) {
        m_deployments.clear();
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = {
                0, {}, Text::tr("The deployments file cannot be read: %1").arg(file.errorString())};
        return false;
    }
    auto parsed = parseJson(file.readAll(), error);
    if (!parsed)
        return false;
    m_deployments = *parsed;
    return true;
}

std::optional<Deployment> ManualDeploymentStore::find(const QString &id) const {
    for (const Deployment &d : m_deployments) {
        if (d.id == id)
            return d;
    }
    return std::nullopt;
}

std::optional<Deployment> ManualDeploymentStore::add(const ManualInput &input,
                                                     QList<ManualProblem> *problems) {
    auto d = manualDeployment(newId(), input, problems);
    if (!d)
        return std::nullopt;
    m_deployments.append(*d);
    if (!write()) {
        m_deployments.removeLast();
        return std::nullopt;
    }
    return d;
}

bool ManualDeploymentStore::update(const QString &id, const ManualInput &input,
                                   QList<ManualProblem> *problems) {
    for (Deployment &existing : m_deployments) {
        if (existing.id != id)
            continue;
        auto d = manualDeployment(id, input, problems);
        if (!d)
            return false;
        const Deployment old = existing;
        existing = *d;
        if (write())
            return true;
        existing = old;
        return false;
    }
    return false;
}

bool ManualDeploymentStore::remove(const QString &id) {
    const QList<Deployment> old = m_deployments;
    if (m_deployments.removeIf([&id](const Deployment &d) { return d.id == id; }) == 0)
        return false;
    if (write())
        return true;
    m_deployments = old;
    return false;
}

QByteArray ManualDeploymentStore::exportJson() const {
    QJsonArray list;
    for (const Deployment &d : m_deployments)
        list.append(toJson(d));
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("deployments"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<QList<Deployment>> ManualDeploymentStore::parseJson(const QByteArray &json,
                                                                  ManualImportError *error) {
    const auto fail = [error](int line, const QString &field, const QString &message) {
        if (error)
            *error = {line, field, message};
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(lineAt(json, parseError.offset), {},
                    Text::tr("This is not valid JSON: %1").arg(parseError.errorString()));
    QJsonArray list;
    if (doc.isArray()) {
        list = doc.array();
    } else {
        const QJsonObject root = doc.object();
        if (root.value(QStringLiteral("format")).toString() != kFormat ||
            !root.value(QStringLiteral("deployments")).isArray())
            return fail(
                1, {}, Text::tr("This is not a file of deployments exported by this application."));
        if (root.value(QStringLiteral("version")).toInt() != 1)
            return fail(lineOf(json, QStringLiteral("version"), 0), QStringLiteral("version"),
                        Text::tr("This file was written by a newer version of the application."));
        list = root.value(QStringLiteral("deployments")).toArray();
    }
    QList<Deployment> result;
    QSet<QString> ids;
    for (int i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject())
            return fail(lineOf(json, {}, i), {},
                        Text::tr("Deployment %1 is not an object.").arg(i + 1));
        const QJsonObject o = list.at(i).toObject();
        ManualInput input;
        for (const ManualField field : manualFields()) {
            const QJsonValue value = o.value(manualFieldKey(field));
            if (!value.isString() && !value.isUndefined())
                return fail(lineOf(json, manualFieldKey(field), i), manualFieldKey(field),
                            Text::tr("Deployment %1: %2 must be text.")
                                .arg(i + 1)
                                .arg(manualFieldLabel(field)));
            input.insert(field, value.toString());
        }
        QString id = o.value(QStringLiteral("id")).toString().trimmed();
        if (id.isEmpty() || ids.contains(id))
            id = newId();
        ids.insert(id);
        QList<ManualProblem> problems;
        const auto d = manualDeployment(id, input, &problems);
        if (!d) {
            const ManualProblem &p = problems.constFirst();
            const QString key = manualFieldKey(p.field);
            return fail(lineOf(json, key, i), key,
                        Text::tr("Deployment %1, %2: %3")
                            .arg(i + 1)
                            .arg(manualFieldLabel(p.field), p.verdict.message));
        }
        result.append(*d);
    }
    return result;
}

int ManualDeploymentStore::importJson(const QByteArray &json, ManualImportError *error) {
    const auto parsed = parseJson(json, error);
    if (!parsed)
        return -1;
    const QList<Deployment> old = m_deployments;
    for (const Deployment &d : *parsed) {
        auto it = std::find_if(m_deployments.begin(), m_deployments.end(),
                               [&d](const Deployment &e) { return e.id == d.id; });
        if (it != m_deployments.end())
            *it = d;
        else
            m_deployments.append(d);
    }
    if (!write()) {
        m_deployments = old;
        if (error)
            *error = {0, {}, m_writeError};
        return -1;
    }
    return int(parsed->size());
}

bool ManualDeploymentStore::write() {
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(exportJson()) < 0 || !file.commit()) {
        m_writeError = Text::tr("The deployments cannot be saved: %1").arg(file.errorString());
        return false;
    }
    m_writeError.clear();
    return true;
}

} // namespace vpw::session
