#include "statuspanel.h"

#include "consolehistory.h"
#include "icons.h"
#include "peeringdetails.h"
#include "peeringdisplay.h"

#include "app/session/deploymentmodel.h"
#include "app/session/peeringmodel.h"
#include "app/session/session.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDataStream>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace vpw::ui {

using session::DeploymentModel;
using session::PeeringModel;

namespace {
enum Page { TablePage, EmptyPage };

QTableView *newTableView(QWidget *parent, const QString &objectName, const QString &name) {
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(true);
    view->setWordWrap(false);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false); // rows are selected whole: Tab moves on to the next control
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

// The peerings' columns in reading order: the ID, its state and time left (on screen beside the
// details), the reason last, stretched. IDs get an Alibaba VPC ID's width; longer ones (UUIDs) are
// elided in the middle, whole in the tooltip and details. Idempotent (a reset forgets the order).
void arrangePeeringColumns(QTableView *view) {
    QHeaderView *header = view->horizontalHeader();
    if (header->count() != PeeringModel::ColumnCount)
        return;
    static const int order[] = {PeeringModel::PeeringIdColumn, PeeringModel::StateColumn,
                                PeeringModel::TimeLeftColumn,  PeeringModel::CidrColumn,
                                PeeringModel::CreatedColumn,   PeeringModel::VpcIdColumn,
                                PeeringModel::ProviderColumn,  PeeringModel::ReasonColumn};
    for (int visual = 0; visual < int(std::size(order)); ++visual) {
        const int from = header->visualIndex(order[visual]);
        if (from != visual)
            header->moveSection(from, visual);
    }
    const int idWidth =
        view->fontMetrics().horizontalAdvance(QStringLiteral("vpc-xxxxxxxxxxxxxxxxxxxxx")) +
        2 * view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 12;
    for (int column : {int(PeeringModel::PeeringIdColumn), int(PeeringModel::VpcIdColumn)}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, idWidth);
    }
}

QMenu *newMenu(QWidget *parent) {
    auto *menu = new QMenu(parent);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setToolTipsVisible(true); // a disabled Delete says why
    return menu;
}

// Sorts names as the user's language does (localeAwareCompare), but two plain-ASCII names without
// it: its ICU collator costs ~2 MB from the first poll on (docs/performance.md). For ASCII, case
// ignored, punctuation < digits < letters is the collator's order at primary strength.
class NameSortProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override {
        const QVariant a = left.data(sortRole());
        const QVariant b = right.data(sortRole());
        if (a.userType() != QMetaType::QString || b.userType() != QMetaType::QString)
            return QSortFilterProxyModel::lessThan(left, right);
        const QString x = a.toString();
        const QString y = b.toString();
        if (!isAscii(x) || !isAscii(y))
            return QString::localeAwareCompare(x, y) < 0;
        for (qsizetype i = 0; i < qMin(x.size(), y.size()); ++i) {
            if (const int d = rank(x.at(i)) - rank(y.at(i)); d != 0)
                return d < 0;
        }
        return x.size() != y.size() ? x.size() < y.size() : x < y;
    }

private:
    static bool isAscii(const QString &text) {
        return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    }
    static int rank(QChar c) {
        const char16_t u = c.unicode();
        if (u >= '0' && u <= '9')
            return 0x100 + u;
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z'))
            return 0x200 + (u | 0x20);
        return u; // punctuation and space
    }
};

} // namespace

StatusPanel::StatusPanel(QWidget *parent)
    : QWidget(parent)
    , m_deploymentProxy(new NameSortProxy(this))
    , m_peeringProxy(new session::PeeringFilterModel(this))
    , m_deploymentsView(newTableView(this, QStringLiteral("deploymentsView"), tr("Deployments")))
    , m_peeringsView(newTableView(this, QStringLiteral("peeringsView"), tr("Peerings")))
    , m_peeringsCaption(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_stateFilter(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyText(new QLabel(this))
    , m_emptyNewPeering(new QPushButton(tr("&New peering…"), this))
    , m_emptyReason(new QLabel(this))
    , m_details(new PeeringDetails(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_peeringSplitter(new QSplitter(Qt::Horizontal, this)) {
    setObjectName(QStringLiteral("statusPanel"));
    // State icons from the pixels rendered at build time, not SVGs (docs/performance.md).
    session::PeeringModel::setStateIconFactory(&resourceIcon);
    m_peeringProxy->setSortRole(PeeringModel::SortRole);

    m_splitter->setObjectName(QStringLiteral("panelSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(buildDeployments());
    m_peeringSplitter->setObjectName(QStringLiteral("peeringSplitter"));
    m_peeringSplitter->setChildrenCollapsible(false);
    m_peeringSplitter->addWidget(buildPeerings());
    m_details->setMinimumWidth(300);
    m_peeringSplitter->addWidget(m_details);
    m_peeringSplitter->setStretchFactor(0, 3);
    m_peeringSplitter->setStretchFactor(1, 2);
    m_splitter->addWidget(m_peeringSplitter);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({240, 400}); // the header and four deployments fit beside the menu bar
    // The list through its State column beside details that show whole IDs (1040 px windows).
    m_peeringSplitter->setSizes({660, 400});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    setTabOrder(m_deploymentsView, m_filter);
    setTabOrder(m_filter, m_stateFilter);
    setTabOrder(m_stateFilter, m_peeringsView);
    setTabOrder(m_peeringsView, m_emptyNewPeering);
    setTabOrder(m_emptyNewPeering, m_details);
    updateEmptyState();
}

StatusPanel::~StatusPanel() = default;

QWidget *StatusPanel::buildDeployments() {
    auto *box = new QWidget(this);
    auto *label = new QLabel(tr("&Deployments"), box);
    label->setObjectName(QStringLiteral("deploymentsLabel"));
    label->setBuddy(m_deploymentsView);
    m_deploymentsView->setModel(m_deploymentProxy);
    // Each column as wide as its content (a stretched "Available" took what small screens need).
    m_deploymentsView->horizontalHeader()->setStretchLastSection(false);
    m_deploymentsView->sortByColumn(DeploymentModel::NameColumn, Qt::AscendingOrder);
    connect(m_deploymentsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &StatusPanel::onDeploymentSelected);
    connect(m_deploymentProxy, &QAbstractItemModel::rowsInserted, this,
            &StatusPanel::selectFirstDeploymentIfNone);
    connect(m_deploymentsView, &QWidget::customContextMenuRequested, this,
            &StatusPanel::showDeploymentMenu);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_deploymentsView);
    return box;
}

QWidget *StatusPanel::buildPeerings() {
    auto *box = new QWidget(this);
    auto *label = new QLabel(tr("P&eerings"), box);
    label->setObjectName(QStringLiteral("peeringsLabel"));
    label->setBuddy(m_peeringsView);
    m_peeringsCaption->setObjectName(QStringLiteral("peeringsCaption"));
    m_peeringsCaption->setTextFormat(Qt::PlainText);
    m_peeringsCaption->setEnabled(false); // secondary text: greyed by the style

    auto *filterLabel = new QLabel(tr("F&ilter:"), box);
    filterLabel->setBuddy(m_filter);
    m_filter->setObjectName(QStringLiteral("peeringFilter"));
    m_filter->setAccessibleName(tr("Filter"));
    m_filter->setPlaceholderText(tr("Peering ID, VPC ID, CIDR or reason"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_peeringProxy,
            &session::PeeringFilterModel::setText);
    auto *stateLabel = new QLabel(tr("S&tate:"), box);
    stateLabel->setBuddy(m_stateFilter);
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_stateFilter->setAccessibleName(tr("State"));
    m_stateFilter->addItem(tr("All states"), -1);
    // Failed peerings cannot be deleted and pile up: a way to look past them.
    m_stateFilter->addItem(tr("All but failed"), -2);
    for (PeeringState state : {PeeringState::Pending, PeeringState::Running, PeeringState::Failed,
                               PeeringState::Deleting})
        m_stateFilter->addItem(stateIcon(state), peeringStateDisplayText(state), int(state));
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &StatusPanel::applyStateFilter);

    m_peeringsView->setModel(m_peeringProxy);
    m_peeringsView->setTextElideMode(Qt::ElideMiddle); // an ID's both ends tell it apart
    connect(m_peeringsView->horizontalHeader(), &QHeaderView::sectionCountChanged, this,
            [this] { arrangePeeringColumns(m_peeringsView); });
    m_peeringsView->setItemDelegateForColumn(PeeringModel::StateColumn,
                                             new StateBadgeDelegate(PeeringModel::StateRole, this));
    m_peeringsView->sortByColumn(PeeringModel::CreatedColumn, Qt::DescendingOrder);
    connect(m_peeringsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &StatusPanel::onPeeringSelected);
    connect(m_peeringProxy, &QAbstractItemModel::rowsInserted, this,
            &StatusPanel::selectFirstPeeringIfNone);
    connect(m_peeringsView, &QWidget::customContextMenuRequested, this,
            &StatusPanel::showPeeringMenu);

    auto *empty = new QWidget(m_stack);
    empty->setObjectName(QStringLiteral("emptyState"));
    m_emptyText->setObjectName(QStringLiteral("emptyText"));
    m_emptyText->setTextFormat(Qt::PlainText);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyNewPeering->setObjectName(QStringLiteral("emptyNewPeeringButton"));
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_emptyNewPeering, 0, Qt::AlignHCenter);
    m_emptyReason->setObjectName(QStringLiteral("emptyReason"));
    m_emptyReason->setTextFormat(Qt::PlainText);
    m_emptyReason->setAlignment(Qt::AlignCenter);
    m_emptyReason->setWordWrap(true);
    m_emptyReason->setEnabled(false); // secondary text
    emptyLayout->addWidget(m_emptyReason);
    emptyLayout->addStretch(1);
    m_stack->setObjectName(QStringLiteral("peeringStack"));
    m_stack->insertWidget(TablePage, m_peeringsView);
    m_stack->insertWidget(EmptyPage, empty);

    auto *top = new QHBoxLayout;
    top->addWidget(label);
    top->addWidget(m_peeringsCaption, 1);
    top->addWidget(filterLabel);
    top->addWidget(m_filter, 1);
    top->addWidget(stateLabel);
    top->addWidget(m_stateFilter);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_stack);
    return box;
}

void StatusPanel::setSession(session::Session *session) {
    for (const auto &connection : std::as_const(m_sessionConnections))
        disconnect(connection);
    m_sessionConnections.clear();
    m_session = session;
    m_deploymentId.clear();
    m_recordId.clear();
    m_deploymentProxy->setSourceModel(session ? session->deployments() : nullptr);
    m_peeringProxy->setSourceModel(session ? session->peerings() : nullptr);
    m_peeringProxy->setDeploymentId(QString());
    arrangePeeringColumns(m_peeringsView);
    if (session) {
        PeeringModel *peerings = session->peerings();
        m_sessionConnections << connect(peerings, &QAbstractItemModel::dataChanged, this,
                                        &StatusPanel::onPeeringDataChanged)
                             << connect(peerings, &QAbstractItemModel::rowsInserted, this,
                                        &StatusPanel::onPeeringRowsChanged)
                             << connect(peerings, &QAbstractItemModel::rowsRemoved, this,
                                        &StatusPanel::onPeeringRowsChanged)
                             << connect(peerings, &QAbstractItemModel::modelReset, this,
                                        &StatusPanel::onPeeringRowsChanged);
        selectFirstDeploymentIfNone();
    }
    updateEmptyState();
    Q_EMIT currentDeploymentChanged();
    Q_EMIT currentPeeringChanged();
    updateDetails();
}

void StatusPanel::setActions(QAction *newPeering, QAction *deletePeering, QAction *refresh) {
    m_newPeering = newPeering;
    m_deletePeering = deletePeering;
    m_refresh = refresh;
    // The peering view (and the details pane) is where Del means "delete this peering".
    m_peeringsView->addAction(deletePeering);
    m_details->addAction(deletePeering);
    connect(m_emptyNewPeering, &QPushButton::clicked, newPeering, &QAction::trigger);
    connect(newPeering, &QAction::changed, m_emptyNewPeering, [this] {
        m_emptyNewPeering->setEnabled(m_newPeering->isEnabled());
        m_emptyNewPeering->setToolTip(m_newPeering->toolTip());
        m_emptyReason->setText(m_newPeering->isEnabled() ? QString() : m_newPeering->toolTip());
        m_emptyReason->setVisible(!m_newPeering->isEnabled() && !m_emptyNewPeering->isHidden());
    });
}

void StatusPanel::setPeeringActions(const QList<QAction *> &actions) {
    m_peeringActions = actions;
    m_details->setPeeringActions(actions);
    connect(m_peeringsView, &QAbstractItemView::activated, this, [this] {
        for (QAction *action : std::as_const(m_peeringActions))
            action->isVisible() && action->isEnabled() ? action->trigger() : void();
    });
}

std::optional<Deployment> StatusPanel::currentDeployment() const {
    if (!m_session || m_deploymentId.isEmpty())
        return std::nullopt;
    return m_session->deployments()->deployment(m_deploymentId);
}

std::optional<Peering> StatusPanel::currentPeering() const {
    if (!m_session || m_recordId.isEmpty())
        return std::nullopt;
    return m_session->peerings()->peering(m_recordId);
}

void StatusPanel::selectIds(const QString &deploymentId, const QString &recordId) {
    if (!m_session)
        return;
    const QModelIndex deployment =
        m_deploymentProxy->mapFromSource(m_session->deployments()->indexOf(deploymentId));
    if (deployment.isValid())
        m_deploymentsView->setCurrentIndex(deployment);
    const QModelIndex peering =
        m_peeringProxy->mapFromSource(m_session->peerings()->indexOf(recordId));
    if (peering.isValid()) // filtered to the current deployment: another one's is not listed
        m_peeringsView->setCurrentIndex(peering);
}

QByteArray StatusPanel::saveSplitters() const {
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << m_splitter->saveState() << m_peeringSplitter->saveState();
    return state;
}

bool StatusPanel::restoreSplitters(const QByteArray &state) {
    QDataStream stream(state);
    QByteArray outer;
    QByteArray inner;
    stream >> outer >> inner;
    if (stream.status() != QDataStream::Ok)
        return false;
    const bool outerOk = m_splitter->restoreState(outer);
    const bool innerOk = m_peeringSplitter->restoreState(inner);
    return outerOk && innerOk;
}

void StatusPanel::onDeploymentSelected(const QModelIndex &current) {
    const QString id = current.data(DeploymentModel::IdRole).toString();
    if (id == m_deploymentId)
        return;
    m_deploymentId = id;
    const auto deployment = currentDeployment();
    m_peeringsCaption->setText(deployment ? tr("of %1").arg(deployment->name) : QString());
    m_peeringProxy->setDeploymentId(id); // none selected: the empty page hides the table
    updateEmptyState();
    selectFirstPeeringIfNone();
    Q_EMIT currentDeploymentChanged();
}

void StatusPanel::onPeeringSelected(const QModelIndex &current) {
    const QString id = current.data(PeeringModel::IdRole).toString();
    if (id == m_recordId)
        return;
    m_recordId = id;
    updateDetails();
    Q_EMIT currentPeeringChanged();
}

void StatusPanel::onPeeringDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight) {
    if (m_recordId.isEmpty() || !m_session)
        return;
    const int row = m_session->peerings()->indexOf(m_recordId).row();
    if (row < topLeft.row() || row > bottomRight.row())
        return;
    updateDetails();
    Q_EMIT currentPeeringChanged();
}

void StatusPanel::onPeeringRowsChanged() {
    updateEmptyState();
    if (!m_recordId.isEmpty() && !currentPeering()) {
        // The server no longer lists the selected peering.
        m_recordId.clear();
        updateDetails();
        Q_EMIT currentPeeringChanged();
    }
}

void StatusPanel::selectFirstDeploymentIfNone() {
    if (m_deploymentsView->selectionModel()->currentIndex().isValid() ||
        m_deploymentProxy->rowCount() == 0)
        return;
    m_deploymentsView->setCurrentIndex(m_deploymentProxy->index(0, 0));
}

void StatusPanel::selectFirstPeeringIfNone() {
    if (m_peeringsView->selectionModel()->currentIndex().isValid() ||
        m_peeringProxy->rowCount() == 0)
        return;
    m_peeringsView->setCurrentIndex(m_peeringProxy->index(0, 0));
}

void StatusPanel::updateEmptyState() {
    const bool hasDeployment = m_session && !m_deploymentId.isEmpty();
    const bool hasPeerings =
        hasDeployment && !m_session->peerings()->peeringsOf(m_deploymentId).isEmpty();
    m_stack->setCurrentIndex(hasPeerings ? TablePage : EmptyPage);
    m_emptyNewPeering->setVisible(hasDeployment);
    m_emptyReason->setVisible(hasDeployment && !m_emptyReason->text().isEmpty());
    m_emptyText->setText(!m_session       ? tr("Not connected.")
                         : !hasDeployment ? tr("Select a deployment, then choose New peering….")
                                          : tr("No peerings yet"));
}

void StatusPanel::updateDetails() {
    const auto peering = currentPeering();
    std::optional<qint64> secondsLeft;
    if (peering && m_session)
        secondsLeft = m_session->secondsLeft(*peering);
    m_details->showPeering(peering, currentDeployment(), secondsLeft);
    showConsoleDetails(m_details, m_session, peering); // history, follow-up kept
}

void StatusPanel::applyStateFilter() {
    const int state = m_stateFilter->currentData().toInt();
    if (state == -2) {
        m_peeringProxy->setStates(
            {PeeringState::Pending, PeeringState::Running, PeeringState::Deleting});
        return;
    }
    m_peeringProxy->setStates(state < 0 ? QList<PeeringState>{}
                                        : QList<PeeringState>{PeeringState(state)});
}

void StatusPanel::showDeploymentMenu(const QPoint &pos) {
    if (!m_newPeering)
        return;
    QMenu *menu = newMenu(this);
    menu->addAction(m_newPeering);
    menu->addSeparator();
    menu->addAction(m_refresh);
    menu->popup(m_deploymentsView->viewport()->mapToGlobal(pos));
}

void StatusPanel::showPeeringMenu(const QPoint &pos) {
    if (!m_deletePeering)
        return;
    QMenu *menu = newMenu(this);
    menu->addAction(m_deletePeering);
    QAction *copy = menu->addAction(tr("&Copy Peering ID"), this, &StatusPanel::copyPeeringId);
    copy->setEnabled(currentPeering().has_value());
    menu->addActions(m_peeringActions); // the hidden ones stay out of it
    menu->addSeparator();
    menu->addAction(m_newPeering);
    menu->addAction(m_refresh);
    menu->popup(m_peeringsView->viewport()->mapToGlobal(pos));
}

void StatusPanel::copyPeeringId() {
    if (const auto peering = currentPeering())
        QGuiApplication::clipboard()->setText(peering->peeringId);
}

} // namespace vpw::ui
