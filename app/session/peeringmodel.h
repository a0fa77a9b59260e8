#pragma once

#include "app/core/model.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QSortFilterProxyModel>
#include <QTimer>

#include <array>
#include <functional>
#include <optional>

namespace vpw::session {

// The peerings of every deployment of the session's key, one row each, fed by difference
// (qBittorrent's TransferListModel idiom): merge() matches rows by Peering::id through a hash;
// a changed row emits dataChanged for its changed cells only, a new row rowsInserted, a gone row
// rowsRemoved. Never a model reset after the first load, so views keep selection, sort order,
// current row and scroll position.
//
// The TimeLeft column of pending Aliyun peerings ticks once a second (one dataChanged for that
// column, no request), computed from the server's expiresAt and the session's serverNow().
class PeeringModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        PeeringIdColumn, // the provider's peering ID (CEN instance ID / Huawei peering ID)
        ProviderColumn,
        VpcIdColumn, // the operator's VPC ID
        CidrColumn,  // the operator's VPC CIDR
        StateColumn, // DisplayRole text, DecorationRole icon (never colour alone)
        CreatedColumn,
        TimeLeftColumn, // "mm:ss" for a pending peering with a window; empty otherwise
        ReasonColumn,   // failure reason (server text)
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // QString: Peering::id ("peer-...")
        DeploymentIdRole,          // QString
        StateRole,                 // int(PeeringState)
        PeeringRole,               // QVariant::fromValue(Peering)
        SortRole,                  // a value that sorts naturally (times as msecs)
        StateIconRole,             // QString: the state's icon resource (":/icons/state-*.svg")
    };

    // `serverNow` gives the server's current time (Session::serverNow).
    explicit PeeringModel(std::function<QDateTime()> serverNow, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The full list: rows not in `peerings` are removed.
    void merge(const QList<Peering> &peerings);
    // A filtered list (e.g. state=pending,deleting): updates and inserts only; rows outside
    // `states` are left as they are.
    void mergePartial(const QList<Peering> &peerings);
    // One peering (a create or delete answer): updated or inserted.
    void upsert(const Peering &peering);

    std::optional<Peering> peering(const QString &id) const;
    QModelIndex indexOf(const QString &id, int column = 0) const;
    QList<Peering> peeringsOf(const QString &deploymentId) const;
    const QList<Peering> &all() const { return m_rows; }
    bool hasTransient() const; // any row in a transientStates() (the poller's fast pace)
    // True when a row in a transientStates() is missing from `answer`, a list filtered on
    // those states: that peering has changed state (running, failed or gone) and only the full
    // list can tell which.
    bool missesTransient(const QList<Peering> &answer) const;

    // Seconds left in the attach window of `peering` at `serverNow` (rounded up, 0 once
    // closed); nullopt when it has none (not pending, or a provider without a window).
    static std::optional<qint64> secondsLeft(const Peering &peering, const QDateTime &serverNow);
    // "mm:ss" for the TimeLeft column.
    static QString formatTimeLeft(qint64 seconds);
    // The state's icon in the application's resources (shape differs per state).
    static QString stateIconPath(PeeringState state);
    // How DecorationRole's state icons are made from stateIconPath(): by default a QIcon of the
    // SVG, which loads QtSvg and its icon engine; the ui installs its own (ui::resourceIcon:
    // pixels rendered at build time, docs/performance.md "Memory two seconds after the first
    // window"). For models created afterwards; nullptr restores the default.
    using StateIconFactory = QIcon (*)(const QString &svgPath);
    static void setStateIconFactory(StateIconFactory factory);

Q_SIGNALS:
    // Emitted by merge/mergePartial/upsert for each state change (to == nullopt: removed).
    void stateChanged(const vpw::Peering &before, const std::optional<vpw::Peering> &after);

private:
    // The row of `id` (-1: none), trying row `hint` before the hash.
    int rowOf(const QString &id, qsizetype hint) const;
    QVariant displayData(const Peering &peering, int column) const;
    QVariant sortData(const Peering &peering, int column) const;
    // Updates row `row` to `peering`: dataChanged over the changed columns, stateChanged.
    void update(int row, const Peering &peering);
    void insert(const QList<Peering> &peerings);
    // Removes the rows flagged in `gone` (one beginRemoveRows per contiguous run).
    void removeGoneRows(const QList<bool> &gone);
    void reindexFrom(int row);
    void updateTicker();
    void tick();

    std::function<QDateTime()> m_serverNow;
    QList<Peering> m_rows;
    QHash<QString, int> m_rowOf; // Peering::id -> row
    QTimer m_ticker;             // 1 s while a pending peering has a window
    // DecorationRole of the State column, per PeeringState: made once (QIcon parses the SVG).
    mutable std::array<QIcon, 4> m_stateIcons;
};

// Sorting and filtering in front of PeeringModel: a deployment (empty: all), a text filter
// (peering ID, VPC ID, CIDR, reason; case-insensitive) and a state filter.
class PeeringFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit PeeringFilterModel(QObject *parent = nullptr);

    void setDeploymentId(const QString &deploymentId);
    void setText(const QString &text);
    void setStates(const QList<PeeringState> &states); // empty: every state
    QString deploymentId() const { return m_deploymentId; }
    QString text() const { return m_text; }
    QList<PeeringState> states() const { return m_states; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_deploymentId;
    QString m_text;
    QList<PeeringState> m_states;
};

} // namespace vpw::session

Q_DECLARE_METATYPE(vpw::Peering)
