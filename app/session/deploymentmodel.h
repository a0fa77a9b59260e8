#pragma once

#include "app/core/model.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace vpw::session {

// The deployments of the session's key, fed by difference like PeeringModel (rows matched by
// Deployment::id; dataChanged for changed cells only; never a reset after the first load).
class DeploymentModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ProviderColumn,
        RegionColumn,
        EditionColumn,
        VpcIdColumn,
        CidrColumn,
        PeeringColumn, // "Available" / "Not available on shared deployments" / ...free-trial...
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // QString
        DeploymentRole,            // QVariant::fromValue(Deployment)
        PeeringAvailableRole,      // bool (editionSupportsPeering)
    };

    explicit DeploymentModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void merge(const QList<Deployment> &deployments);

    std::optional<Deployment> deployment(const QString &id) const;
    QModelIndex indexOf(const QString &id, int column = 0) const;
    const QList<Deployment> &all() const { return m_rows; }

    // Translated: why peering is not available on `edition` (the documentation's
    // 该功能在免费试用和共享部署中不可用), or "Available".
    static QString availabilityText(Edition edition);

private:
    QVariant displayData(const Deployment &deployment, int column) const;
    void update(int row, const Deployment &deployment);

    QList<Deployment> m_rows;
    QHash<QString, int> m_rowOf;
};

} // namespace vpw::session

Q_DECLARE_METATYPE(vpw::Deployment)
