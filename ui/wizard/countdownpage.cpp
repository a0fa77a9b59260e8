#include "countdownpage.h"

#include "app/session/democontrols.h"
#include "app/session/peeringmodel.h"
#include "app/session/peeringoperation.h"
#include "app/session/session.h"
#include "consoleoutcomebox.h"
#include "ui/inlinemessage.h"
#include "wizardcontext.h"
#include "wizardvalues.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>
#include <QWizard>

namespace vpw::ui {

CountdownPage::CountdownPage(const FlowStep *step, WizardContext *context, QWidget *parent)
    : StepPage(step, context, parent)
    , m_stateIcon(new QLabel(this))
    , m_stateText(new QLabel(this))
    , m_timeLeftLabel(new QLabel(tr("Time left:"), this))
    , m_timeLeft(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_windowNote(new QLabel(this))
    , m_demoFinish(new QPushButton(tr("Demo: &finish the provider side now"), this))
    , m_demoExpire(new QPushButton(tr("Demo: &let the window run out"), this))
    , m_demoError(new InlineMessage(this)) {
    m_stateText->setObjectName(QStringLiteral("stateText"));
    m_stateText->setTextFormat(Qt::PlainText);
    m_stateText->setWordWrap(true);
    // The accessible name of a label hides its text: assistive technology reads the state
    // itself as the name, with what it is as the description.
    m_stateText->setAccessibleDescription(tr("Peering state"));
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_stateIcon, 0, Qt::AlignTop);
    stateRow->addWidget(m_stateText, 1);
    contentLayout()->addLayout(stateRow);

    m_timeLeft->setObjectName(QStringLiteral("timeLeft"));
    m_timeLeft->setAccessibleDescription(tr("Time left")); // the name is the time itself
    QFont big = m_timeLeft->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_timeLeft->setFont(big);
    m_timeLeftLabel->setBuddy(m_timeLeft);
    m_progress->setObjectName(QStringLiteral("timeLeftProgress"));
    m_progress->setAccessibleName(tr("Time left in the window"));
    m_progress->setTextVisible(false);
    m_windowNote->setObjectName(QStringLiteral("windowNote"));
    m_windowNote->setWordWrap(true);
    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(m_timeLeftLabel);
    timeRow->addWidget(m_timeLeft);
    timeRow->addWidget(m_progress, 1);
    contentLayout()->addLayout(timeRow);
    contentLayout()->addWidget(m_windowNote);

    m_demoFinish->setObjectName(QStringLiteral("demoFinishButton"));
    m_demoExpire->setObjectName(QStringLiteral("demoExpireButton"));
    auto *demoRow = new QHBoxLayout;
    for (QPushButton *button : {m_demoFinish, m_demoExpire}) {
        button->setAutoDefault(false);
        demoRow->addWidget(button);
    }
    demoRow->addStretch(1);
    contentLayout()->addLayout(demoRow);
    m_demoFinish->setVisible(false);
    m_demoExpire->setVisible(false);
    m_demoFinish->setToolTip(tr("Only in the demo: makes your side's call (the attach) against "
                                "the built-in provider emulator with the demo's account, as you "
                                "would in the provider console."));
    m_demoExpire->setToolTip(tr("Only in the demo: the built-in sandbox closes the window now, "
                                "so you can see what happens when time runs out."));
    // Nothing makes the demo peering run on a timer any more (app/demobackend.cpp): say what
    // does, or the page seems stuck (initializePage() adds what the window does).
    auto *demoNote = new QLabel(this);
    demoNote->setObjectName(QStringLiteral("demoNote"));
    demoNote->setWordWrap(true);
    demoNote->setVisible(false);
    contentLayout()->addWidget(demoNote);
    connect(m_demoFinish, &QPushButton::clicked, this, [this] { playDemo(true); });
    connect(m_demoExpire, &QPushButton::clicked, this, [this] { playDemo(false); });
    m_demoError->setObjectName(QStringLiteral("demoError"));
    contentLayout()->addWidget(m_demoError);
    // A console profile: the outcome is told by the operator (EMQX Cloud cannot be asked).
    if (context->session->console()) {
        m_console = new ConsoleOutcomeBox(context, this);
        contentLayout()->addWidget(m_console);
    }

    // Once a second is enough for mm:ss, and a screen reader is not flooded.
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &CountdownPage::refresh);
    session::PeeringModel *model = context->session->peerings();
    connect(model, &QAbstractItemModel::dataChanged, this, &CountdownPage::refresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, &CountdownPage::refresh);
    connect(model, &QAbstractItemModel::modelReset, this, &CountdownPage::refresh);
}

void CountdownPage::initializePage() {
    StepPage::initializePage();
    const bool hasWindow = context()->flow->attachWindowSeconds.has_value();
    m_timeLeftLabel->setVisible(hasWindow);
    m_timeLeft->setVisible(hasWindow);
    m_progress->setVisible(hasWindow);
    m_windowNote->setVisible(false);
    m_advanceScheduled = false;
    // Demo profile only, and clearly labelled as such: a newcomer sees both endings at once.
    const bool demo = context()->session->isDemo();
    m_demoFinish->setVisible(demo);
    auto *demoNote = findChild<QLabel *>(QStringLiteral("demoNote"));
    demoNote->setVisible(demo);
    QString note = tr("Demo: nothing makes the peering run by itself. Do your side with the "
                      "demo's emulated provider account, or use \"Demo: finish the provider side "
                      "now\", which makes that call for you.");
    if (hasWindow) // sentences joined as the language joins them: no space after "。"
        note += (note.endsWith(QChar(0x3002)) ? QString() : QStringLiteral(" ")) +
                tr("As with a real peering, when the window runs out first the "
                   "peering fails.");
    demoNote->setText(note);
    m_demoExpire->setVisible(demo && hasWindow);
    m_demoError->clear();
    if (m_console)
        m_console->initialize();
    if (hasWindow)
        m_tick.start();
    refresh();
}

void CountdownPage::cleanupPage() {
    m_tick.stop();
    StepPage::cleanupPage();
}

std::optional<PeeringState> CountdownPage::state() const {
    const auto peering = context()->session->peerings()->peering(context()->values->recordId());
    if (!peering)
        return std::nullopt;
    return peering->state;
}

bool CountdownPage::isComplete() const {
    const auto current = state();
    return current && (*current == PeeringState::Running || *current == PeeringState::Failed);
}

void CountdownPage::refresh() {
    if (wizard() && wizard()->currentPage() != this)
        return;
    const auto peering = context()->session->peerings()->peering(context()->values->recordId());
    if (!peering) {
        m_stateIcon->clear();
        m_stateText->setText(tr("Looking up the peering %1…").arg(context()->values->recordId()));
        return;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    // The status panel's state icons: the same state looks the same everywhere.
    m_stateIcon->setPixmap(
        QIcon(session::PeeringModel::stateIconPath(peering->state)).pixmap(size, size));
    const QString text = peeringStateDisplayText(peering->state) + QStringLiteral(" — ") +
                         peeringStateDescription(*peering);
    if (m_stateText->text() != text)
        m_stateText->setText(text);
    if (m_timeLeft->isVisibleTo(this))
        showTimeLeft(*peering);
    advanceWhenSettled(peering->state);
}

void CountdownPage::showTimeLeft(const Peering &peering) {
    const std::optional<qint64> left = context()->session->secondsLeft(peering);
    const qint64 total =
        peering.expiresAt ? qMax<qint64>(1, peering.createdAt.secsTo(*peering.expiresAt)) : 1;
    const qint64 seconds = qBound<qint64>(0, left.value_or(0), total);
    const QString text = session::PeeringModel::formatTimeLeft(seconds);
    if (m_timeLeft->text() != text)
        m_timeLeft->setText(text);
    m_progress->setRange(0, int(total));
    m_progress->setValue(int(seconds));
    const bool closed = peering.state == PeeringState::Pending && seconds == 0;
    if (closed) {
        m_windowNote->setText(
            m_console ? tr("The estimated window has closed. Look at the peering in EMQX Cloud's "
                           "console and tell the outcome below.")
                      : tr("The window has closed. Waiting for EMQX Cloud to confirm the "
                           "outcome…"));
    }
    m_windowNote->setVisible(closed);
}

void CountdownPage::playDemo(bool finish) {
    const QString id = context()->values->recordId();
    session::DemoControls *demo = context()->session->demoControls();
    session::PeeringOperation *job = !demo    ? nullptr
                                     : finish ? demo->finishProviderSide(id)
                                              : demo->expireWindow(id);
    if (!job)
        return;
    m_demoFinish->setEnabled(false);
    m_demoExpire->setEnabled(false);
    m_demoError->clear();
    job->onFinished(this, [this](const session::PeeringOutcome &done) {
        m_demoFinish->setEnabled(true);
        m_demoExpire->setEnabled(true);
        if (!done.isDone())
            m_demoError->showMessage(InlineMessage::Kind::Error, done.message);
    });
}

// Leaves from the event loop, not from inside the model's signal that reported the change.
void CountdownPage::advanceWhenSettled(PeeringState state) {
    if (m_advanceScheduled || (state != PeeringState::Running && state != PeeringState::Failed))
        return;
    m_advanceScheduled = true;
    m_tick.stop();
    Q_EMIT completeChanged();
    QTimer::singleShot(0, this, [this] {
        if (wizard() && wizard()->currentPage() == this)
            wizard()->next();
    });
}

} // namespace vpw::ui
