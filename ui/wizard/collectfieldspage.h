#pragma once

#include "app/core/fieldrules.h"
#include "steppage.h"

#include <QList>

#include <optional>

namespace vpw::ui {

class FieldEditor;

// A CollectFields step: one FieldEditor per FieldSpec of the descriptor, each judged as typed
// by core's rules (checkField; checkVpcCidr with the deployment's reserved ranges, its own CIDR
// and its live peerings from the session's PeeringModel, so a peering created a second ago
// counts), plus what only the page can see: a value that belongs in another field of the page
// (named in the message) and the same value typed into two fields.
//
// isComplete() (const, no side effects) is true when no field has an error and no server
// message (a 422 naming a field) is still unanswered. Values go to WizardValues as typed.
class CollectFieldsPage : public StepPage {
    Q_OBJECT

public:
    CollectFieldsPage(const FlowStep *step, WizardContext *context, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    FieldEditor *editor(const QString &key) const;
    // After a 422 naming `key`: shows the server's message under the field and focuses it.
    void showRejected(const QString &key);
    // The verdict for `text` in the field at `index`, as shown under it.
    Verdict judge(int index, const QString &text) const;

private:
    void onEdited(int index, const QString &text);
    void revalidate();
    void showCidrExample();
    void focusFirstEmptyField();
    void invalidateCidrContext() { m_cidrContextValid = false; }
    const CidrContext &cidrContext() const;
    int otherFieldFor(int index, const QString &text) const;
    QString duplicateOf(int index, const QString &normalized) const;
    void watchPeerings();
    void onPeeringsChanged();

    QList<FieldEditor *> m_editors;
    mutable CidrContext m_cidrContext; // cache: rebuilt when the peerings change
    mutable bool m_cidrContextValid = false;
    std::optional<bool> m_lastComplete; // what completeChanged() last told the wizard
};

} // namespace vpw::ui
