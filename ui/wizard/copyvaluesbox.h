#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QGridLayout;

namespace vpw::ui {

// Values EMQX Cloud gives the operator to carry to the provider console, read-only, each with
// a Copy button (accessible name "Copy <label>"), plus "Copy all" (one "label: value" line
// each). Values are plain text.
//
// objectNames: "<name>Value" (the read-only line edit), "<name>CopyButton", "copyAllButton".
class CopyValuesBox : public QWidget {
    Q_OBJECT

public:
    struct Item {
        QString name;  // stable, for objectNames: "vpcId", "cloudAccountId", "cidr", "region"
        QString label; // translated
        QString value;
        bool operator==(const Item &other) const {
            return name == other.name && label == other.label && value == other.value;
        }
    };

    explicit CopyValuesBox(QWidget *parent = nullptr);

    void setItems(const QList<Item> &items);
    const QList<Item> &items() const { return m_items; }
    // "label: value" lines, as "Copy all" puts them on the clipboard.
    QString allText() const;

private:
    void copy(const QString &text);

    QGridLayout *m_grid;
    QList<Item> m_items;
    QList<QWidget *> m_rowWidgets;
};

} // namespace vpw::ui
