#include "sidecleanupdialog.h"

#include "doitforme/steprow.h"

#include "app/session/applyengine.h"
#include "app/session/sidecleanup.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vpw::ui {

namespace {

using State = session::ApplyEngine::State;
constexpr int kKeyRole = Qt::UserRole + 1;

} // namespace

SideCleanupDialog::SideCleanupDialog(session::SideCleanup *cleanup, const QString &peeringId,
                                     QWidget *parent)
    : QDialog(parent)
    , m_cleanup(cleanup)
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_run(new QPushButton(tr("&Delete ticked"), this))
    , m_retry(new QPushButton(tr("&Retry"), this)) {
    setObjectName(QStringLiteral("sideCleanupDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    setWindowTitle(tr("Clean up your side"));
    cleanup->setParent(this);
    m_intro->setObjectName(QStringLiteral("cleanupIntro"));
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    m_intro->setText(tr("These calls remove what the application added in your account \"%1\" "
                        "for the peering %2. Each call reads first; nothing is deleted until "
                        "you choose Delete ticked. Untick a call to keep what it would remove.")
                         .arg(cleanup->account().name, peeringId));
    m_list->setObjectName(QStringLiteral("cleanupList"));
    m_list->setAccessibleName(tr("Calls to make"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Call"), tr("State")});
    // The calls' exact values get the width; the state is a word or two.
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("cleanupStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_run->setObjectName(QStringLiteral("cleanupRunButton"));
    m_run->setEnabled(false);
    m_retry->setObjectName(QStringLiteral("cleanupRetryButton"));
    m_retry->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_run, QDialogButtonBox::ActionRole);
    buttons->addButton(m_retry, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setDefault(true); // a stray Enter deletes nothing
    m_run->setAutoDefault(false);
    m_retry->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_run, &QPushButton::clicked, this, &SideCleanupDialog::runTicked);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_engine && m_engine->hasFailed()) {
            m_retry->setEnabled(false);
            m_engine->retryStep();
        }
    });
    connect(m_list, &QTreeWidget::itemChanged, this, [this] { updateRunButton(); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 420); // each call's exact values on one line

    m_status->setText(tr("Reading the account's secret from the keychain…"));
    connect(cleanup, &session::SideCleanup::ready, this, [this](const QString &error) {
        if (!error.isEmpty()) {
            m_status->setText(tr("Nothing can be cleaned up: %1").arg(error));
            return;
        }
        fillList();
        m_status->setText(tr("Checking what is still there…"));
        connect(m_cleanup->preview(), &session::ApplyEngine::stepChanged, this,
                &SideCleanupDialog::showCheck);
    });
    connect(cleanup, &session::SideCleanup::checked, this, [this] {
        m_status->setText(m_cleanup->plan().steps.isEmpty()
                              ? tr("Nothing to clean up: the application recorded nothing it "
                                   "added for this peering.")
                              : tr("Checked. Untick what you want to keep, then choose Delete "
                                   "ticked."));
        updateRunButton();
    });
    cleanup->load();
}

QTreeWidgetItem *SideCleanupDialog::row(const QString &key) const {
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, kKeyRole).toString() == key)
            return m_list->topLevelItem(i);
    }
    return nullptr;
}

void SideCleanupDialog::fillList() {
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const session::PlanStep &step : m_cleanup->plan().steps) {
        auto *item = new QTreeWidgetItem(m_list, {step.title, tr("checking")});
        item->setData(0, kKeyRole, step.key);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Checked);
        item->setIcon(1, stepStateIcon(State::Waiting));
        for (const QString &value : step.values) {
            auto *line = new QTreeWidgetItem(item, {value});
            line->setToolTip(0, value);
        }
        new QTreeWidgetItem(item, {step.changes});
        item->setExpanded(true);
    }
}

void SideCleanupDialog::showCheck(int index) {
    session::ApplyEngine *preview = m_cleanup ? m_cleanup->preview() : nullptr;
    QTreeWidgetItem *item = preview ? row(preview->step(index).key) : nullptr;
    if (!item || m_engine)
        return;
    const auto &status = preview->status(index);
    const QSignalBlocker blocker(m_list);
    if (status.alreadyThere) {
        item->setText(1, tr("already gone"));
        item->setIcon(1, stepStateIcon(State::Skipped));
        item->setCheckState(0, Qt::Unchecked);
    } else if (!status.error.code.isEmpty()) {
        item->setText(1, tr("could not be read (code %1)").arg(status.error.code));
        item->setIcon(1, stepStateIcon(State::Failed));
        item->setToolTip(1, status.error.explanation);
    } else {
        item->setText(1, tr("to delete"));
    }
}

void SideCleanupDialog::updateRunButton() {
    bool ticked = false;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        ticked = ticked || m_list->topLevelItem(i)->checkState(0) == Qt::Checked;
    m_run->setEnabled(ticked && !m_engine && m_cleanup && m_cleanup->isChecked());
}

void SideCleanupDialog::runTicked() {
    if (!m_cleanup || m_engine)
        return;
    QStringList keys;
    const QSignalBlocker blocker(m_list);
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
        if (item->checkState(0) == Qt::Checked) {
            keys << item->data(0, kKeyRole).toString();
            item->setText(1, tr("waiting"));
            item->setIcon(1, stepStateIcon(State::Waiting));
        } else {
            item->setText(1, tr("kept (unticked)"));
        }
    }
    m_run->setEnabled(false);
    m_engine = m_cleanup->run(keys);
    connect(m_engine, &session::ApplyEngine::stepChanged, this, &SideCleanupDialog::showRun);
    connect(m_engine, &session::ApplyEngine::finished, this, &SideCleanupDialog::onFinished);
    for (int i = 0; i < m_engine->stepCount(); ++i)
        showRun(i);
}

void SideCleanupDialog::showRun(int index) {
    if (!m_engine)
        return;
    QTreeWidgetItem *item = row(m_engine->step(index).key);
    if (!item)
        return;
    const auto &status = m_engine->status(index);
    QString state;
    switch (status.state) {
    case State::Waiting:
        state = tr("waiting");
        break;
    case State::Running:
        state = tr("running");
        m_status->setText(tr("Call %1 of %2: %3")
                              .arg(index + 1)
                              .arg(m_engine->stepCount())
                              .arg(m_engine->step(index).title));
        break;
    case State::Done:
        state = tr("deleted");
        break;
    case State::Skipped:
        state = tr("already gone — skipped");
        break;
    case State::Failed: {
        state = tr("failed");
        const session::StepError &e = status.error;
        QString text = tr("%1 failed: %2").arg(m_engine->step(index).title, e.explanation);
        if (!e.code.isEmpty())
            text += e.requestId.isEmpty()
                        ? tr(" (code %1)").arg(e.code)
                        : tr(" (code %1, request ID %2)").arg(e.code, e.requestId);
        if (!e.message.isEmpty())
            text += QStringLiteral("\n") + e.message;
        m_status->setText(text);
        m_retry->setEnabled(true);
        break;
    }
    }
    const QSignalBlocker blocker(m_list);
    item->setText(1, state);
    item->setIcon(1, stepStateIcon(status.state));
    item->setData(1, Qt::AccessibleTextRole, state);
}

void SideCleanupDialog::onFinished(bool ok) {
    m_retry->setEnabled(!ok);
    if (ok)
        m_status->setText(tr("Done: what the application added for this peering is removed."));
}

} // namespace vpw::ui
