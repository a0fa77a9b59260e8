#include "deploymentmodel.h"

#include "rowruns.h"

namespace vpw::session {

namespace {

// The first and last column whose cell differs between `a` and `b`; {-1, -1} when none.
std::pair<int, int> changedColumns(const Deployment &a, const Deployment &b) {
    bool changed[DeploymentModel::ColumnCount] = {};
    changed[DeploymentModel::NameColumn] = a.name != b.name;
    changed[DeploymentModel::ProviderColumn] = a.provider != b.provider;
    changed[DeploymentModel::RegionColumn] = a.region != b.region;
    changed[DeploymentModel::EditionColumn] = a.edition != b.edition;
    changed[DeploymentModel::VpcIdColumn] = a.vpcId != b.vpcId;
    changed[DeploymentModel::CidrColumn] = a.cidr != b.cidr;
    changed[DeploymentModel::PeeringColumn] = a.edition != b.edition;
    return changedRange(changed);
}

bool sameHiddenFields(const Deployment &a, const Deployment &b) {
    return a.cloudAccountId == b.cloudAccountId && a.reservedCidrs == b.reservedCidrs;
}

} // namespace

DeploymentModel::DeploymentModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int DeploymentModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeploymentModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeploymentModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Deployment &deployment = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayData(deployment, index.column());
    case Qt::ToolTipRole:
        if (index.column() == PeeringColumn)
            return availabilityText(deployment.edition);
        return {};
    case IdRole:
        return deployment.id;
    case DeploymentRole:
        return QVariant::fromValue(deployment);
    case PeeringAvailableRole:
        return editionSupportsPeering(deployment.edition);
    default:
        return {};
    }
}

QVariant DeploymentModel::displayData(const Deployment &deployment, int column) const {
    switch (column) {
    case NameColumn:
        return deployment.name;
    case ProviderColumn:
        return providerDisplayName(deployment.provider);
    case RegionColumn:
        return regionText(deployment.provider, deployment.region);
    case EditionColumn:
        return editionDisplayName(deployment.edition);
    case VpcIdColumn:
        return deployment.vpcId;
    case CidrColumn:
        return deployment.cidr.toString();
    case PeeringColumn:
        return availabilityText(deployment.edition);
    default:
        return {};
    }
}

QVariant DeploymentModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Deployment");
    case ProviderColumn:
        return tr("Cloud provider");
    case RegionColumn:
        return tr("Region");
    case EditionColumn:
        return tr("Edition");
    case VpcIdColumn:
        return tr("VPC ID");
    case CidrColumn:
        return tr("VPC CIDR");
    case PeeringColumn:
        return tr("VPC peering");
    default:
        return {};
    }
}

void DeploymentModel::merge(const QList<Deployment> &deployments) {
    QList<bool> gone(m_rows.size(), true);
    QList<Deployment> added;
    for (const Deployment &deployment : deployments) {
        const auto it = m_rowOf.constFind(deployment.id);
        if (it == m_rowOf.cend()) {
            added << deployment;
            continue;
        }
        gone[*it] = false;
        update(*it, deployment);
    }
    const int lowest = forEachRunFromEnd(gone, [this](int first, int last) {
        beginRemoveRows({}, first, last);
        for (int row = first; row <= last; ++row)
            m_rowOf.remove(m_rows.at(row).id);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
    });
    if (lowest >= 0) {
        for (int row = lowest; row < m_rows.size(); ++row)
            m_rowOf[m_rows.at(row).id] = row;
    }
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_rows.append(added);
    for (int row = first; row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows.at(row).id, row);
    endInsertRows();
}

void DeploymentModel::update(int row, const Deployment &deployment) {
    Deployment &current = m_rows[row];
    const auto [first, last] = changedColumns(current, deployment);
    const bool hiddenChanged = !sameHiddenFields(current, deployment);
    if (first < 0 && !hiddenChanged)
        return;
    current = deployment;
    if (first >= 0)
        Q_EMIT dataChanged(index(row, first), index(row, last));
    else
        Q_EMIT dataChanged(index(row, 0), index(row, 0), {DeploymentRole});
}

std::optional<Deployment> DeploymentModel::deployment(const QString &id) const {
    const auto it = m_rowOf.constFind(id);
    if (it == m_rowOf.cend())
        return std::nullopt;
    return m_rows.at(*it);
}

QModelIndex DeploymentModel::indexOf(const QString &id, int column) const {
    const auto it = m_rowOf.constFind(id);
    return it == m_rowOf.cend() ? QModelIndex() : index(*it, column);
}

QString DeploymentModel::availabilityText(Edition edition) {
    // Text, not colour alone: the reason is spelled out (the documentation's 免费试用和共享部署).
    switch (edition) {
    case Edition::Dedicated:
        break;
    case Edition::Shared:
        return tr("Not available on shared deployments");
    case Edition::Trial:
        return tr("Not available on free-trial deployments");
    }
    return tr("Available");
}

} // namespace vpw::session
