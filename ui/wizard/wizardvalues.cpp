#include "wizardvalues.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QUuid>

namespace vpw::ui {

namespace {

constexpr int kJournalVersion = 1;

QByteArray fingerprint(const QString &deploymentId, const PeeringRequest &request) {
    const QStringList parts = {deploymentId,  request.peeringId,       request.accountId,
                               request.vpcId, request.cidr.toString(), request.region};
    return QCryptographicHash::hash(parts.join(QChar(u'\n')).toUtf8(), QCryptographicHash::Sha256)
        .toHex();
}

} // namespace

WizardValues::WizardValues(QObject *parent)
    : QObject(parent) {}

void WizardValues::setDeploymentId(const QString &id) {
    if (id == m_deploymentId)
        return;
    m_deploymentId = id;
    Q_EMIT changed();
}

void WizardValues::setText(const QString &key, const QString &text) {
    const bool hadMessage = m_serverMessages.remove(key) > 0;
    if (m_texts.value(key) == text && !hadMessage)
        return;
    m_texts.insert(key, text);
    Q_EMIT changed();
}

void WizardValues::setServerMessage(const QString &key, const QString &message) {
    m_serverMessages.insert(key, message);
}

QString WizardValues::idempotencyKeyFor(const QString &deploymentId,
                                        const PeeringRequest &request) {
    const QByteArray print = fingerprint(deploymentId, request);
    if (m_idempotencyKey.isEmpty() || print != m_keyFingerprint) {
        m_idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_keyFingerprint = print;
        Q_EMIT changed();
    }
    return m_idempotencyKey;
}

void WizardValues::setHandOver(QList<DoneForYou> done, HandOverChoices choices) {
    m_doneForYou = std::move(done);
    m_handOverChoices = std::move(choices);
    Q_EMIT changed();
}

QStringList WizardValues::doneForYou(const QString &stepId) const {
    QStringList texts;
    for (const DoneForYou &done : m_doneForYou) {
        if (done.stepId == stepId && !texts.contains(done.text))
            texts.append(done.text);
    }
    return texts;
}

void WizardValues::adoptIdempotencyKey(const QString &deploymentId, const PeeringRequest &request,
                                       const QString &key) {
    m_idempotencyKey = key;
    m_keyFingerprint = fingerprint(deploymentId, request);
    Q_EMIT changed();
}

void WizardValues::startNewAttempt() {
    m_idempotencyKey.clear();
    m_keyFingerprint.clear();
    m_recordId.clear();
    Q_EMIT changed();
}

void WizardValues::setRecordId(const QString &id) {
    if (id == m_recordId)
        return;
    m_recordId = id;
    Q_EMIT changed();
}

void WizardValues::setStepId(const QString &stepId) {
    if (stepId == m_stepId)
        return;
    m_stepId = stepId;
    Q_EMIT changed();
}

QJsonObject WizardValues::toJson() const {
    QJsonObject texts;
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it)
        texts.insert(it.key(), it.value());
    QJsonArray done;
    for (const DoneForYou &d : m_doneForYou)
        done.append(
            QJsonObject{{QStringLiteral("step"), d.stepId}, {QStringLiteral("text"), d.text}});
    QJsonArray ports;
    for (quint16 port : m_handOverChoices.ports)
        ports.append(int(port));
    const QJsonObject handOver{
        {QStringLiteral("done"), done},
        {QStringLiteral("ports"), ports},
        {QStringLiteral("securityGroupId"), m_handOverChoices.securityGroupId},
        {QStringLiteral("routeTableId"), m_handOverChoices.routeTableId}};
    return QJsonObject{{QStringLiteral("version"), kJournalVersion},
                       {QStringLiteral("handOver"), handOver},
                       {QStringLiteral("deploymentId"), m_deploymentId},
                       {QStringLiteral("fields"), texts},
                       {QStringLiteral("idempotencyKey"), m_idempotencyKey},
                       {QStringLiteral("keyFingerprint"), QString::fromLatin1(m_keyFingerprint)},
                       {QStringLiteral("recordId"), m_recordId},
                       {QStringLiteral("step"), m_stepId}};
}

bool WizardValues::fromJson(const QJsonObject &json) {
    if (json.value(QStringLiteral("version")).toInt() != kJournalVersion)
        return false;
    const QString deploymentId = json.value(QStringLiteral("deploymentId")).toString();
    if (deploymentId.isEmpty())
        return false;
    m_deploymentId = deploymentId;
    m_texts.clear();
    const QJsonObject texts = json.value(QStringLiteral("fields")).toObject();
    for (auto it = texts.begin(); it != texts.end(); ++it)
        m_texts.insert(it.key(), it.value().toString());
    m_idempotencyKey = json.value(QStringLiteral("idempotencyKey")).toString();
    m_keyFingerprint = json.value(QStringLiteral("keyFingerprint")).toString().toLatin1();
    // Journals written before the rename call the record "peeringId"; read either.
    m_recordId = json.contains(QStringLiteral("recordId"))
                     ? json.value(QStringLiteral("recordId")).toString()
                     : json.value(QStringLiteral("peeringId")).toString();
    // A journal of before the "peer-" record prefix: the sandbox migrated its records the same
    // way (app/sandbox/statedb.cpp), so the resumed wizard finds its peering.
    if (m_recordId.startsWith(u"pcx-"))
        m_recordId = QStringLiteral("peer-") + m_recordId.mid(4);
    m_stepId = json.value(QStringLiteral("step")).toString();
    // Written since Continue by hand; absent in older journals.
    const QJsonObject handOver = json.value(QStringLiteral("handOver")).toObject();
    m_doneForYou.clear();
    const QJsonArray done = handOver.value(QStringLiteral("done")).toArray();
    for (const QJsonValue &d : done)
        m_doneForYou.append({d.toObject().value(QStringLiteral("step")).toString(),
                             d.toObject().value(QStringLiteral("text")).toString()});
    m_handOverChoices = {};
    const QJsonArray ports = handOver.value(QStringLiteral("ports")).toArray();
    for (const QJsonValue &port : ports)
        m_handOverChoices.ports.append(quint16(port.toInt()));
    m_handOverChoices.securityGroupId =
        handOver.value(QStringLiteral("securityGroupId")).toString();
    m_handOverChoices.routeTableId = handOver.value(QStringLiteral("routeTableId")).toString();
    Q_EMIT changed();
    return true;
}

QString fieldKey(const FieldSpec &spec) {
    return requestFieldWireName(spec.field);
}

PeeringRequest requestFor(const FlowDescriptor &flow, const WizardValues &values,
                          const QString &region) {
    PeeringRequest request;
    request.region = region;
    for (const FlowStep &step : flow.steps) {
        for (const FieldSpec &spec : step.fields) {
            const QString key = fieldKey(spec);
            const QString text = values.text(key).trimmed();
            const Verdict verdict = checkField(spec.kind, text);
            setRequestValue(request, spec.field,
                            verdict.normalized.isEmpty() ? text : verdict.normalized);
        }
    }
    return request;
}

} // namespace vpw::ui
