#include "peeringmodel.h"

#include "poller.h"
#include "rowruns.h"

#include "app/core/timetext.h"

#include <QIcon>
#include <QSet>

#include <algorithm>

namespace vpw::session {

namespace {

bool sameResources(const QList<BoundResource> &a, const QList<BoundResource> &b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const BoundResource &x, const BoundResource &y) {
                          return x.id == y.id && x.name == y.name && x.type == y.type;
                      });
}

// The first and last column whose cell differs between `a` and `b`; {-1, -1} when none.
std::pair<int, int> changedColumns(const Peering &a, const Peering &b) {
    bool changed[PeeringModel::ColumnCount] = {};
    changed[PeeringModel::PeeringIdColumn] = a.peeringId != b.peeringId;
    changed[PeeringModel::ProviderColumn] = a.provider != b.provider;
    changed[PeeringModel::VpcIdColumn] = a.vpcId != b.vpcId;
    changed[PeeringModel::CidrColumn] = a.cidr != b.cidr;
    changed[PeeringModel::StateColumn] = a.state != b.state;
    changed[PeeringModel::CreatedColumn] = a.createdAt != b.createdAt;
    changed[PeeringModel::TimeLeftColumn] = a.state != b.state || a.expiresAt != b.expiresAt;
    changed[PeeringModel::ReasonColumn] = a.failureReason != b.failureReason;
    return changedRange(changed);
}

// Fields no column shows, but PeeringRole (the details pane) does.
bool sameHiddenFields(const Peering &a, const Peering &b) {
    return a.deploymentId == b.deploymentId && a.accountId == b.accountId &&
           a.updatedAt == b.updatedAt && sameResources(a.boundResources, b.boundResources);
}

QIcon svgIcon(const QString &path) {
    return QIcon(path);
}

PeeringModel::StateIconFactory &stateIconFactory() {
    static PeeringModel::StateIconFactory factory = svgIcon;
    return factory;
}

} // namespace

PeeringModel::PeeringModel(std::function<QDateTime()> serverNow, QObject *parent)
    : QAbstractTableModel(parent)
    , m_serverNow(std::move(serverNow)) {
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &PeeringModel::tick);
}

int PeeringModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PeeringModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeeringModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Peering &peering = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(peering, column);
    case Qt::DecorationRole:
        // An icon whose shape differs per state, next to the text: never colour alone.
        if (column == StateColumn) {
            QIcon &icon = m_stateIcons.at(std::size_t(peering.state));
            if (icon.isNull())
                icon = stateIconFactory()(stateIconPath(peering.state));
            return icon;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == StateColumn)
            return peeringStateDescription(peering);
        if (column == ReasonColumn && !peering.failureReason.isEmpty())
            return peering.failureReason;
        if (column == PeeringIdColumn || column == VpcIdColumn)
            return displayData(peering, column); // whole, where the view elides a long ID
        return {};
    case Qt::AccessibleTextRole:
        return displayData(peering, column);
    case IdRole:
        return peering.id;
    case DeploymentIdRole:
        return peering.deploymentId;
    case StateRole:
        return int(peering.state);
    case PeeringRole:
        return QVariant::fromValue(peering);
    case SortRole:
        return sortData(peering, column);
    case StateIconRole:
        return stateIconPath(peering.state);
    default:
        return {};
    }
}

QVariant PeeringModel::displayData(const Peering &peering, int column) const {
    switch (column) {
    case PeeringIdColumn:
        return peering.peeringId;
    case ProviderColumn:
        return providerDisplayName(peering.provider);
    case VpcIdColumn:
        return peering.vpcId;
    case CidrColumn:
        return peering.cidr.toString();
    case StateColumn:
        return peeringStateDisplayText(peering.state);
    case CreatedColumn:
        return displayTime(peering.createdAt);
    case TimeLeftColumn:
        if (const auto left = secondsLeft(peering, m_serverNow()))
            return formatTimeLeft(*left);
        return QString();
    case ReasonColumn:
        return peering.failureReason;
    default:
        return {};
    }
}

QVariant PeeringModel::sortData(const Peering &peering, int column) const {
    switch (column) {
    case CidrColumn:
        // Numeric order of the network, then the prefix: 10.2.0.0 before 10.10.0.0.
        return (qulonglong(peering.cidr.network()) << 8) | qulonglong(peering.cidr.prefixLength());
    case StateColumn:
        return int(peering.state);
    case CreatedColumn:
        return peering.createdAt.toMSecsSinceEpoch();
    case TimeLeftColumn:
        return secondsLeft(peering, m_serverNow()).value_or(-1);
    default:
        return displayData(peering, column);
    }
}

QVariant PeeringModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PeeringIdColumn:
        return tr("Peering ID");
    case ProviderColumn:
        return tr("Cloud provider");
    case VpcIdColumn:
        return tr("Your VPC ID");
    case CidrColumn:
        return tr("Your VPC CIDR");
    case StateColumn:
        return tr("State");
    case CreatedColumn:
        return tr("Created");
    case TimeLeftColumn:
        return tr("Time left");
    case ReasonColumn:
        return tr("Failure reason");
    default:
        return {};
    }
}

int PeeringModel::rowOf(const QString &id, qsizetype hint) const {
    // The server lists in a stable order, so the row is usually where the answer has it:
    // one string comparison instead of hashing, the hash for everything else.
    if (hint < m_rows.size() && m_rows.at(hint).id == id)
        return int(hint);
    return m_rowOf.value(id, -1);
}

void PeeringModel::merge(const QList<Peering> &peerings) {
    QList<bool> gone(m_rows.size(), true);
    QList<Peering> added;
    for (qsizetype i = 0; i < peerings.size(); ++i) {
        const Peering &peering = peerings.at(i);
        const int row = rowOf(peering.id, i);
        if (row < 0) {
            added << peering;
            continue;
        }
        gone[row] = false;
        update(row, peering);
    }
    removeGoneRows(gone);
    insert(added);
    updateTicker();
}

void PeeringModel::mergePartial(const QList<Peering> &peerings) {
    QList<Peering> added;
    for (const Peering &peering : peerings) {
        const auto it = m_rowOf.constFind(peering.id);
        if (it == m_rowOf.cend())
            added << peering;
        else
            update(*it, peering);
    }
    insert(added);
    updateTicker();
}

void PeeringModel::upsert(const Peering &peering) {
    mergePartial({peering});
}

bool PeeringModel::missesTransient(const QList<Peering> &answer) const {
    QSet<QString> listed;
    listed.reserve(answer.size());
    for (const Peering &peering : answer)
        listed.insert(peering.id);
    return std::any_of(m_rows.begin(), m_rows.end(), [&listed](const Peering &peering) {
        return isTransient(peering.state) && !listed.contains(peering.id);
    });
}

void PeeringModel::update(int row, const Peering &peering) {
    Peering &current = m_rows[row];
    const auto [first, last] = changedColumns(current, peering);
    const bool hiddenChanged = !sameHiddenFields(current, peering);
    if (first < 0 && !hiddenChanged)
        return;
    const Peering before = current;
    current = peering;
    if (first >= 0)
        Q_EMIT dataChanged(index(row, first), index(row, last));
    else // only what the details pane shows
        Q_EMIT dataChanged(index(row, 0), index(row, 0), {PeeringRole});
    if (before.state != peering.state)
        Q_EMIT stateChanged(before, peering);
}

void PeeringModel::insert(const QList<Peering> &peerings) {
    if (peerings.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(peerings.size()) - 1);
    m_rows.append(peerings);
    for (int row = first; row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows.at(row).id, row);
    endInsertRows();
}

void PeeringModel::removeGoneRows(const QList<bool> &gone) {
    QList<Peering> removed;
    const int lowest = forEachRunFromEnd(gone, [this, &removed](int first, int last) {
        const int count = last - first + 1;
        beginRemoveRows({}, first, last);
        for (int row = first; row <= last; ++row) {
            m_rowOf.remove(m_rows.at(row).id);
            removed << m_rows.at(row);
        }
        m_rows.remove(first, count);
        endRemoveRows();
    });
    if (lowest < 0)
        return;
    reindexFrom(lowest);
    // After the index is whole again: a receiver may look rows up.
    for (const Peering &peering : std::as_const(removed))
        Q_EMIT stateChanged(peering, std::nullopt);
}

void PeeringModel::reindexFrom(int row) {
    for (; row < m_rows.size(); ++row)
        m_rowOf[m_rows.at(row).id] = row;
}

std::optional<Peering> PeeringModel::peering(const QString &id) const {
    const auto it = m_rowOf.constFind(id);
    if (it == m_rowOf.cend())
        return std::nullopt;
    return m_rows.at(*it);
}

QModelIndex PeeringModel::indexOf(const QString &id, int column) const {
    const auto it = m_rowOf.constFind(id);
    return it == m_rowOf.cend() ? QModelIndex() : index(*it, column);
}

QList<Peering> PeeringModel::peeringsOf(const QString &deploymentId) const {
    QList<Peering> result;
    for (const Peering &peering : m_rows) {
        if (peering.deploymentId == deploymentId)
            result << peering;
    }
    return result;
}

bool PeeringModel::hasTransient() const {
    return std::any_of(m_rows.begin(), m_rows.end(),
                       [](const Peering &peering) { return isTransient(peering.state); });
}

std::optional<qint64> PeeringModel::secondsLeft(const Peering &peering,
                                                const QDateTime &serverNow) {
    if (peering.state != PeeringState::Pending || !peering.expiresAt)
        return std::nullopt;
    const qint64 ms = serverNow.msecsTo(*peering.expiresAt);
    // Rounded up: a fresh window shows 10:00, and 00:00 only once it has closed.
    return ms <= 0 ? 0 : (ms + 999) / 1000;
}

QString PeeringModel::formatTimeLeft(qint64 seconds) {
    return QStringLiteral("%1:%2")
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void PeeringModel::setStateIconFactory(StateIconFactory factory) {
    stateIconFactory() = factory ? factory : svgIcon;
}

QString PeeringModel::stateIconPath(PeeringState state) {
    return QLatin1String(":/icons/state-") + peeringStateToString(state) + QLatin1String(".svg");
}

void PeeringModel::updateTicker() {
    const QDateTime now = m_serverNow();
    const bool open = std::any_of(m_rows.begin(), m_rows.end(), [&now](const Peering &peering) {
        return secondsLeft(peering, now).value_or(0) > 0;
    });
    if (open && !m_ticker.isActive())
        m_ticker.start();
    else if (!open && m_ticker.isActive())
        m_ticker.stop();
}

void PeeringModel::tick() {
    if (m_rows.isEmpty())
        return;
    // One signal for the whole column: the countdowns move together, no request is made.
    Q_EMIT dataChanged(index(0, TimeLeftColumn), index(int(m_rows.size()) - 1, TimeLeftColumn),
                       {Qt::DisplayRole, Qt::AccessibleTextRole, SortRole});
    updateTicker();
}

// --- PeeringFilterModel ---

PeeringFilterModel::PeeringFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(PeeringModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void PeeringFilterModel::setDeploymentId(const QString &deploymentId) {
    if (deploymentId == m_deploymentId)
        return;
    m_deploymentId = deploymentId;
    invalidateFilter();
}

void PeeringFilterModel::setText(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void PeeringFilterModel::setStates(const QList<PeeringState> &states) {
    if (states == m_states)
        return;
    m_states = states;
    invalidateFilter();
}

bool PeeringFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const auto *model = qobject_cast<const PeeringModel *>(sourceModel());
    if (!model)
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    const Peering &peering = model->all().at(sourceRow);
    if (!m_deploymentId.isEmpty() && peering.deploymentId != m_deploymentId)
        return false;
    if (!m_states.isEmpty() && !m_states.contains(peering.state))
        return false;
    if (m_text.isEmpty())
        return true;
    for (const QString &field : {peering.peeringId, peering.id, peering.vpcId,
                                 peering.cidr.toString(), peering.failureReason}) {
        if (field.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace vpw::session
