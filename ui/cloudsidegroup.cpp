#include "cloudsidegroup.h"

#include "icons.h"

#include "app/session/cloudside.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace vpw::ui {

namespace {

QString resultText(session::CloudCheck::Result result) {
    switch (result) {
    case session::CloudCheck::Ok:
        return CloudSideGroup::tr("OK");
    case session::CloudCheck::Mismatch:
        return CloudSideGroup::tr("Mismatch");
    case session::CloudCheck::Unknown:
        break;
    }
    return CloudSideGroup::tr("Unknown");
}

QIcon resultIcon(session::CloudCheck::Result result) {
    switch (result) {
    case session::CloudCheck::Ok:
        return resourceIcon(QStringLiteral(":/icons/state-running.svg"));
    case session::CloudCheck::Mismatch:
        return resourceIcon(QStringLiteral(":/icons/dialog-warning.svg"));
    case session::CloudCheck::Unknown:
        break;
    }
    return resourceIcon(QStringLiteral(":/icons/dialog-information.svg"));
}

} // namespace

CloudSideGroup::CloudSideGroup(QWidget *parent)
    : QGroupBox(tr("Cloud side"), parent) {
    setObjectName(QStringLiteral("cloudSideGroup"));
    auto *layout = new QVBoxLayout(this);
    m_rows = new QVBoxLayout;
    layout->addLayout(m_rows);
    auto *bottom = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("cloudSideStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_refresh = new QPushButton(tr("Refresh now"), this);
    m_refresh->setObjectName(QStringLiteral("cloudSideRefresh"));
    m_refresh->setAccessibleName(m_refresh->text());
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_refresh);
    layout->addLayout(bottom);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (m_watcher && !m_recordId.isEmpty())
            m_watcher->refreshNow(m_recordId);
        rebuild();
    });
    hide();
}

void CloudSideGroup::setWatcher(session::CloudSideWatcher *watcher) {
    if (m_watcher)
        disconnect(m_watcher, nullptr, this, nullptr);
    m_watcher = watcher;
    if (watcher) {
        connect(watcher, &session::CloudSideWatcher::checked, this, [this](const QString &id) {
            if (id == m_recordId)
                rebuild();
        });
        connect(watcher, &session::CloudSideWatcher::fixFinished, this,
                [this](const QString &id, const QString &, const QString &error) {
                    if (id == m_recordId && !error.isEmpty())
                        m_status->setText(tr("The fix failed: %1").arg(error));
                });
    }
    rebuild();
}

void CloudSideGroup::showRecord(const QString &recordId) {
    m_recordId = recordId;
    rebuild();
}

QString CloudSideGroup::mismatchText(const session::CloudCheck &check) {
    //: A cloud-side check that found a mismatch: "<check>: <what was found>".
    return tr("%1: %2").arg(check.title, check.detail);
}

QString CloudSideGroup::fixText(const session::CloudCheck &check) {
    QString values;
    for (const QString &value : check.fixValues)
        values += QStringLiteral("\n    ") + value;
    return tr("This makes one call with your %1 account:\n\n%2%3\n\nMake this call now?")
        .arg(check.fixProvider, check.fixOperation, values);
}

void CloudSideGroup::rebuild() {
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *child = row->takeAt(0)) {
                delete child->widget();
                delete child;
            }
        }
        delete item->widget();
        delete item;
    }
    const bool watched = m_watcher && !m_recordId.isEmpty() && m_watcher->watches(m_recordId);
    setVisible(watched);
    if (!watched)
        return;
    const QList<session::CloudCheck> checks = m_watcher->checks(m_recordId);
    if (checks.isEmpty())
        m_status->setText(m_watcher->isReading(m_recordId) ? tr("Reading your account…")
                                                           : tr("Not checked yet."));
    else
        m_status->clear();
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    for (const session::CloudCheck &check : checks) {
        auto *row = new QHBoxLayout;
        auto *icon = new QLabel(this);
        icon->setPixmap(resultIcon(check.result).pixmap(iconSize, iconSize));
        icon->setAccessibleName(resultText(check.result));
        auto *text = new QLabel(this);
        text->setObjectName(QStringLiteral("cloudSideCheck-%1").arg(check.key));
        text->setTextFormat(Qt::PlainText); // the provider's words are plain text
        text->setWordWrap(true);
        text->setFocusPolicy(Qt::TabFocus); // reachable, so a screen reader reads it
        //: One cloud-side check: "<check> — <OK|Mismatch|Unknown>: <detail> (checked <time>)".
        text->setText(tr("%1 — %2: %3 (checked %4)")
                          .arg(check.title, resultText(check.result), check.detail,
                               QLocale().toString(check.checkedAt.toLocalTime().time(),
                                                  QLocale::LongFormat)));
        text->setAccessibleName(text->text());
        row->addWidget(icon);
        row->addWidget(text, 1);
        if (check.canFix()) {
            auto *fix = new QPushButton(tr("Fix…"), this);
            fix->setObjectName(QStringLiteral("cloudSideFix-%1").arg(check.key));
            fix->setAccessibleName(fix->text());
            fix->setAccessibleDescription(check.title);
            const QString key = check.key;
            connect(fix, &QPushButton::clicked, this, [this, key] { askFix(key); });
            row->addWidget(fix);
        }
        m_rows->addLayout(row);
    }
}

void CloudSideGroup::askFix(const QString &key) {
    if (!m_watcher)
        return;
    for (const session::CloudCheck &check : m_watcher->checks(m_recordId)) {
        if (check.key != key || !check.canFix())
            continue;
        delete m_fixDialog;
        auto *box = new QMessageBox(QMessageBox::Question, tr("Fix"), fixText(check),
                                    QMessageBox::Yes | QMessageBox::Cancel, this);
        box->setObjectName(QStringLiteral("cloudSideFixDialog"));
        box->setTextFormat(Qt::PlainText);
        box->button(QMessageBox::Yes)->setText(tr("Make the call"));
        box->setDefaultButton(QMessageBox::Cancel); // nothing is changed by a stray Enter
        box->setAttribute(Qt::WA_DeleteOnClose);
        const QString recordId = m_recordId;
        connect(box, &QMessageBox::finished, this, [this, recordId, key](int result) {
            if (result == QMessageBox::Yes && m_watcher) {
                m_status->setText(tr("Fixing…"));
                m_watcher->fix(recordId, key);
            }
        });
        m_fixDialog = box;
        box->open();
        return;
    }
}

} // namespace vpw::ui
