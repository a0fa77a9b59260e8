#pragma once

#include "app/core/flow.h"
#include "app/core/model.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace vpw::ui {

// Everything the operator has typed or decided in one run of the peering wizard, shared by all
// of its pages (one model object injected into the pages, KeePassXC's new-database wizard
// idiom; no field("...") strings). Nothing here is secret: the journal stores all of it.
//
// Field texts are keyed by the descriptor's field key (FieldSpec) and kept as typed (trimmed);
// requestFor() normalises them with the core rules. The Idempotency-Key belongs to one logical
// create: the same request gets the same key (a double click, a retry after a lost answer),
// a changed request or "Try again" after a failure gets a new one.
//
// Every setter that changes something emits changed() once; the journal listens to it.
class WizardValues : public QObject {
    Q_OBJECT

public:
    explicit WizardValues(QObject *parent = nullptr);

    QString deploymentId() const { return m_deploymentId; }
    void setDeploymentId(const QString &id);

    // The text typed into the field `key` (empty when none).
    QString text(const QString &key) const { return m_texts.value(key); }
    void setText(const QString &key, const QString &text);
    const QHash<QString, QString> &texts() const { return m_texts; }

    // A server's message (422 naming the field), shown under the field until it is edited.
    QString serverMessage(const QString &key) const { return m_serverMessages.value(key); }
    void setServerMessage(const QString &key, const QString &message);

    // The key for submitting `request`: the current one when the request is the one it was
    // made for, a new one otherwise.
    QString idempotencyKeyFor(const QString &deploymentId, const PeeringRequest &request);
    QString idempotencyKey() const { return m_idempotencyKey; }
    // A new logical create ("Try again"): the next submit gets a new key and no peering is
    // remembered; typed values stay.
    void startNewAttempt();

    // The API record of the peering created by the submit ("peer-..."; not the provider's
    // peering ID, which is a typed field); empty before.
    QString recordId() const { return m_recordId; }
    void setRecordId(const QString &id);

    // Continue by hand ("Do it for me" stopped, the operator goes on here): the steps it did, as
    // notes on the guided step (FlowStep::id) that would have done them, and what the
    // operator chose there (the ports to open, the security group, the route table).
    struct DoneForYou {
        QString stepId;
        QString text; // translated
    };
    struct HandOverChoices {
        QList<quint16> ports;
        QString securityGroupId;
        QString routeTableId;
        bool isEmpty() const {
            return ports.isEmpty() && securityGroupId.isEmpty() && routeTableId.isEmpty();
        }
    };
    void setHandOver(QList<DoneForYou> done, HandOverChoices choices);
    QStringList doneForYou(const QString &stepId) const;
    const HandOverChoices &handOverChoices() const { return m_handOverChoices; }
    // The Idempotency-Key "Do it for me" prepared for `request`: submitting the same request
    // again is the same create.
    void adoptIdempotencyKey(const QString &deploymentId, const PeeringRequest &request,
                             const QString &key);

    // The page the operator was on (its step id), for resuming.
    QString stepId() const { return m_stepId; }
    void setStepId(const QString &stepId);

    QJsonObject toJson() const;
    // Restores what toJson() wrote; false (and nothing changed) when `json` is not a journal.
    bool fromJson(const QJsonObject &json);

Q_SIGNALS:
    void changed();

private:
    QString m_deploymentId;
    QHash<QString, QString> m_texts;
    QHash<QString, QString> m_serverMessages; // not journaled: they are about one answer
    QString m_idempotencyKey;
    QByteArray m_keyFingerprint; // the request the key was made for
    QString m_recordId;
    QString m_stepId;
    QList<DoneForYou> m_doneForYou;
    HandOverChoices m_handOverChoices;
};

// The key of a field in WizardValues: its wire name, as the API's 422 `field` names it.
QString fieldKey(const FieldSpec &spec);

// The create request from the typed values of every CollectFields step of `flow`, normalised
// as the core rules say (lower case, hyphens removed, canonical CIDR).
PeeringRequest requestFor(const FlowDescriptor &flow, const WizardValues &values,
                          const QString &region);

} // namespace vpw::ui
