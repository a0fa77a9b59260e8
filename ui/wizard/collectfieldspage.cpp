#include "collectfieldspage.h"

#include "app/core/flow.h"
#include "app/session/peeringmodel.h"
#include "app/session/session.h"
#include "fieldeditor.h"
#include "mnemonics.h"
#include "wizardcontext.h"
#include "wizardvalues.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QVBoxLayout>
#include <QWizard>

namespace vpw::ui {

namespace {

bool accepts(const FieldKind &kind, const QString &text) {
    if (kind.shape == FieldShape::Cidr)
        return Cidr::parse(text).verdict.acceptable();
    return checkField(kind, text).isOk();
}

QString quotedLabel(const FieldSpec &spec) {
    return QStringLiteral("“%1”").arg(flowText(spec.label));
}

} // namespace

CollectFieldsPage::CollectFieldsPage(const FlowStep *step, WizardContext *context, QWidget *parent)
    : StepPage(step, context, parent) {
    QString used;
    QWidget *previous = nullptr;
    for (int i = 0; i < step->fields.size(); ++i) {
        const FieldSpec &spec = step->fields.at(i);
        auto *editor =
            new FieldEditor(spec, fieldKey(spec), withMnemonic(flowText(spec.label), &used), this);
        contentLayout()->addWidget(editor);
        connect(editor, &FieldEditor::edited, this,
                [this, i](const QString &text) { onEdited(i, text); });
        if (previous)
            setTabOrder(previous, editor->edit());
        previous = editor->edit();
        m_editors.append(editor);
    }
    watchPeerings();
}

// The overlap index is built once and reused for every keystroke; only a change of the
// peerings' CIDRs or states (not the countdown ticks of the time-left column) invalidates it.
void CollectFieldsPage::watchPeerings() {
    session::PeeringModel *model = context()->session->peerings();
    connect(model, &QAbstractItemModel::rowsInserted, this, &CollectFieldsPage::onPeeringsChanged);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &CollectFieldsPage::onPeeringsChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &CollectFieldsPage::onPeeringsChanged);
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const auto touches = [&](int column) {
                    return topLeft.column() <= column && column <= bottomRight.column();
                };
                if (touches(session::PeeringModel::CidrColumn) ||
                    touches(session::PeeringModel::StateColumn))
                    onPeeringsChanged();
            });
}

void CollectFieldsPage::onPeeringsChanged() {
    invalidateCidrContext();
    showCidrExample();
    revalidate();
}

// The CIDR field's example is one the checks accept for this deployment: not the deployment's
// block, a peering's, or the reserved range.
void CollectFieldsPage::showCidrExample() {
    for (int i = 0; i < m_editors.size(); ++i) {
        if (step()->fields.at(i).kind.shape == FieldShape::Cidr)
            m_editors.at(i)->setPlaceholder(exampleVpcCidr(cidrContext()));
    }
}

const CidrContext &CollectFieldsPage::cidrContext() const {
    if (!m_cidrContextValid) {
        const Deployment &deployment = context()->deployment;
        m_cidrContext.provider = deployment.provider;
        m_cidrContext.reserved = ReservedRanges::fromStrings(deployment.reservedCidrs)
                                     .value_or(ReservedRanges::documentedDefault());
        m_cidrContext.existing =
            buildCidrIndex(deployment, context()->session->peerings()->peeringsOf(deployment.id));
        m_cidrContextValid = true;
    }
    return m_cidrContext;
}

void CollectFieldsPage::initializePage() {
    StepPage::initializePage();
    invalidateCidrContext(); // the deployment may have been chosen since
    showCidrExample();
    m_lastComplete.reset();
    for (FieldEditor *editor : std::as_const(m_editors))
        editor->setText(context()->values->text(editor->key()));
    revalidate();
    // QWizard focuses a widget of its own choosing once the page is shown (a console link, or
    // the first field even when it is filled): take the focus back then.
    if (QWizard *owner = wizard())
        connect(owner, &QWizard::currentIdChanged, this, &CollectFieldsPage::focusFirstEmptyField,
                Qt::UniqueConnection);
    focusFirstEmptyField();
}

// Typing goes where it belongs: the first empty field (else the first field).
void CollectFieldsPage::focusFirstEmptyField() {
    if (m_editors.isEmpty() || (wizard() && wizard()->currentPage() != this))
        return;
    FieldEditor *target = m_editors.first();
    for (FieldEditor *editor : std::as_const(m_editors)) {
        if (editor->text().isEmpty()) {
            target = editor;
            break;
        }
    }
    target->edit()->setFocus(Qt::OtherFocusReason);
}

FieldEditor *CollectFieldsPage::editor(const QString &key) const {
    for (FieldEditor *editor : m_editors) {
        if (editor->key() == key)
            return editor;
    }
    return nullptr;
}

void CollectFieldsPage::showRejected(const QString &key) {
    revalidate();
    if (FieldEditor *field = editor(key)) {
        field->edit()->setFocus();
        field->edit()->selectAll();
    }
}

void CollectFieldsPage::onEdited(int index, const QString &text) {
    context()->values->setText(m_editors.at(index)->key(), text);
    revalidate();
}

void CollectFieldsPage::revalidate() {
    for (int i = 0; i < m_editors.size(); ++i)
        m_editors.at(i)->showVerdict(judge(i, m_editors.at(i)->text()));
    const bool complete = isComplete();
    if (complete == m_lastComplete)
        return;
    m_lastComplete = complete;
    // QWizard answers completeChanged() by refreshing every button with updates disabled and
    // re-enabled over the whole wizard (about 1 ms with the follow-up page built): too slow
    // for a keystroke. The operator's Next/Submit follows at once; QWizard's own refresh runs
    // from the event loop right after and arrives at the same state.
    if (QWizard *owner = wizard(); owner && owner->currentPage() == this) {
        for (const QWizard::WizardButton which : {QWizard::NextButton, QWizard::CommitButton}) {
            if (QAbstractButton *button = owner->button(which); button->isVisible())
                button->setEnabled(complete);
        }
    }
    QMetaObject::invokeMethod(this, &QWizardPage::completeChanged, Qt::QueuedConnection);
}

Verdict CollectFieldsPage::judge(int index, const QString &text) const {
    const FieldSpec &spec = step()->fields.at(index);
    const QString serverMessage = context()->values->serverMessage(fieldKey(spec));
    if (!serverMessage.isEmpty())
        return Verdict::error(QStringLiteral("server"), serverMessage);
    Verdict verdict = spec.kind.shape == FieldShape::Cidr ? checkVpcCidr(cidrContext(), text)
                                                          : checkField(spec.kind, text);
    if (text.isEmpty())
        return verdict;
    const bool suspicious =
        verdict.isError() || verdict.code == QLatin1String("id.hyphens_removed");
    if (suspicious) {
        const int other = otherFieldFor(index, text);
        if (other >= 0) {
            // The formats tell where the value belongs: say so, and keep Next disabled even
            // where the core rule alone would only warn (a UUID in a 32-hex field).
            // The core's "looks like the …" message is not repeated; another error comes first,
            // separated as the language separates sentences (no space after "。").
            QString first;
            if (verdict.isError() && verdict.code != QLatin1String("id.wrong_kind")) {
                first = verdict.message.trimmed();
                if (!first.endsWith(QChar(0x3002)))
                    first += QChar(u' ');
            }
            return Verdict::error(
                QStringLiteral("field.belongs_elsewhere"),
                first + tr("This value looks like the %1; it belongs in the field %2.")
                            .arg(fieldKindName(step()->fields.at(other).kind),
                                 quotedLabel(step()->fields.at(other))));
        }
    }
    if (verdict.acceptable()) {
        const QString duplicate =
            duplicateOf(index, verdict.normalized.isEmpty() ? text : verdict.normalized);
        if (!duplicate.isEmpty()) {
            return Verdict::error(QStringLiteral("field.duplicate"),
                                  tr("The field %1 already holds this value. Each field takes a "
                                     "different ID: check that you copied the right one.")
                                      .arg(duplicate));
        }
    }
    return verdict;
}

// The index of another field of this page whose format `text` has, or -1.
int CollectFieldsPage::otherFieldFor(int index, const QString &text) const {
    const FieldKind &kind = step()->fields.at(index).kind;
    for (int j = 0; j < step()->fields.size(); ++j) {
        const FieldKind &other = step()->fields.at(j).kind;
        if (j != index && other != kind && accepts(other, text))
            return j;
    }
    return -1;
}

// The label of an earlier field holding the same (normalised) value, or empty.
QString CollectFieldsPage::duplicateOf(int index, const QString &normalized) const {
    for (int j = 0; j < index; ++j) {
        const FieldSpec &spec = step()->fields.at(j);
        const QString text = m_editors.at(j)->text();
        const Verdict verdict = checkField(spec.kind, text);
        const QString value = verdict.normalized.isEmpty() ? text : verdict.normalized;
        if (!value.isEmpty() && value.compare(normalized, Qt::CaseInsensitive) == 0)
            return quotedLabel(spec);
    }
    return {};
}

bool CollectFieldsPage::isComplete() const {
    // revalidate() judged every field after each change; the verdicts shown are the truth.
    for (const FieldEditor *editor : m_editors) {
        if (editor->verdict().isError())
            return false;
    }
    return true;
}

} // namespace vpw::ui
