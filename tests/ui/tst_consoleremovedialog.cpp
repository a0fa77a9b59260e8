// Deleting under a console profile: the dialog says what to do in EMQX Cloud's console (the
// documented rules: only while running, bound resources first) and Mark removed takes the entry
// off the list while its history stays; a failed peering is only marked removed; Cancel changes
// nothing.
#include "app/core/clock.h"
#include "app/session/consolebackend.h"
#include "app/session/peeringmodel.h"
#include "app/session/session.h"
#include "translations/i18n.h"
#include "ui/consolehistory.h"
#include "ui/consoleremovedialog.h"
#include "ui/peeringdetails.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace vpw;

namespace {

const QString kProfile = QStringLiteral("console-remove-test");

secrets::Profile consoleProfile() {
    secrets::Profile profile;
    profile.id = kProfile;
    profile.name = QStringLiteral("Console");
    profile.kind = secrets::ProfileKind::Console;
    return profile;
}

PeeringRequest request(const QString &cidr) {
    PeeringRequest r;
    r.peeringId = QStringLiteral("cen-4kq2m8x1n7p3r5s9tz");
    r.accountId = QStringLiteral("1688000000000000");
    r.vpcId = QStringLiteral("vpc-uf6o8d1dj8sjwxi6o1abc");
    r.cidr = *Cidr::fromString(cidr);
    return r;
}

} // namespace

class TestConsoleRemoveDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        installTranslators(*qApp, QLocale(QLocale::English));
        QDir(QFileInfo(session::ConsoleBackend::peeringsPath(kProfile)).absolutePath())
            .removeRecursively();
        m_session = std::make_unique<session::Session>(consoleProfile(), nullptr, &m_clock);
        m_session->start();
        using session::ManualField;
        QList<session::ManualProblem> problems;
        m_deployment = m_session->console()
                           ->add({{ManualField::Name, QStringLiteral("production-hz")},
                                  {ManualField::Provider, QStringLiteral("aliyun")},
                                  {ManualField::Region, QStringLiteral("cn-hangzhou")},
                                  {ManualField::VpcId, QStringLiteral("vpc-bp1qnbx6w0ruf7yjkr8hd")},
                                  {ManualField::Cidr, QStringLiteral("10.100.0.0/16")},
                                  {ManualField::CloudAccountId, QStringLiteral("1234567890123456")},
                                  {ManualField::Edition, QStringLiteral("dedicated")}},
                                 &problems)
                           ->id;
    }

    void cleanupTestCase() {
        m_session.reset();
        QDir(QFileInfo(session::ConsoleBackend::peeringsPath(kProfile)).absolutePath())
            .removeRecursively();
    }

    void onlySettledPeeringsCanBeRemoved() {
        QVERIFY(!ui::ConsoleRemoveDialog::canRemove(PeeringState::Pending));
        QVERIFY(!ui::ConsoleRemoveDialog::canRemove(PeeringState::Deleting));
        QVERIFY(ui::ConsoleRemoveDialog::canRemove(PeeringState::Running));
        QVERIFY(ui::ConsoleRemoveDialog::canRemove(PeeringState::Failed));
    }

    void runningSaysWhatToDoThenMarksRemoved() {
        const auto peering = m_session->console()->recordPeering(
            m_deployment, request(QStringLiteral("192.168.50.0/24")));
        QVERIFY(m_session->console()->confirmOutcome(peering->id, PeeringState::Running));
        const int before = m_session->peerings()->rowCount();

        // Cancel changes nothing.
        QPointer<ui::ConsoleRemoveDialog> dialog = new ui::ConsoleRemoveDialog(
            m_session.get(), *m_session->peerings()->peering(peering->id),
            QStringLiteral("production-hz"));
        dialog->open();
        const QString text =
            dialog->findChild<QLabel *>(QStringLiteral("consoleRemoveText"))->text();
        QVERIFY(text.contains(QStringLiteral("production-hz")));
        QVERIFY(text.contains(QStringLiteral("cen-4kq2m8x1n7p3r5s9tz")));
        QVERIFY(text.contains(QStringLiteral("only while its state is running")));
        QVERIFY(text.contains(QStringLiteral("no resources are bound")));
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("emqxConsoleLink")));
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(dialog.isNull());
        QCOMPARE(m_session->peerings()->rowCount(), before);

        dialog = new ui::ConsoleRemoveDialog(m_session.get(),
                                             *m_session->peerings()->peering(peering->id),
                                             QStringLiteral("production-hz"));
        dialog->open();
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("markRemovedButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());
        QCOMPARE(m_session->peerings()->rowCount(), before - 1);
        QVERIFY(!m_session->peerings()->peering(peering->id));
        const auto entry = m_session->console()->peeringEntry(peering->id);
        QVERIFY(entry->removed);
        QCOMPARE(entry->history.last().kind, session::ConsolePeeringEvent::Removed);
    }

    void historyIsShownInTheDetails() {
        const auto peering = m_session->console()->recordPeering(
            m_deployment, request(QStringLiteral("192.168.52.0/24")));
        m_clock.advanceMs(90000);
        QVERIFY(m_session->console()->confirmOutcome(peering->id, PeeringState::Failed,
                                                     FailureCode::Other,
                                                     QStringLiteral("VPC not found")));
        const QString text = ui::consoleHistoryText(m_session.get(), peering->id);
        const QStringList lines = text.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).endsWith(QStringLiteral("Submitted in EMQX Cloud's console (Done)")));
        QVERIFY(lines.at(1).endsWith(QStringLiteral("Failed, told by you: VPC not found")));
        QVERIFY(ui::consoleHistoryText(m_session.get(), QStringLiteral("peer-unknown")).isEmpty());
        ui::PeeringDetails details;
        details.show();
        details.showPeering(m_session->peerings()->peering(peering->id), std::nullopt,
                            std::nullopt);
        details.showHistory(text);
        auto *section = details.findChild<QGroupBox *>(QStringLiteral("historySection"));
        QVERIFY(section && section->isVisible());
        QCOMPARE(details.findChild<QLabel *>(QStringLiteral("peeringHistory"))->text(), text);
        details.showHistory(QString());
        QVERIFY(!section->isVisible());
        QVERIFY(m_session->console()->markRemoved(peering->id));
    }

    void failedIsOnlyMarkedRemoved() {
        const auto peering = m_session->console()->recordPeering(
            m_deployment, request(QStringLiteral("192.168.51.0/24")));
        QVERIFY(m_session->console()->confirmOutcome(peering->id, PeeringState::Failed,
                                                     FailureCode::WindowClosed,
                                                     QStringLiteral("Window closed")));
        QPointer<ui::ConsoleRemoveDialog> dialog = new ui::ConsoleRemoveDialog(
            m_session.get(), *m_session->peerings()->peering(peering->id),
            QStringLiteral("production-hz"));
        dialog->open();
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("emqxConsoleLink")));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("consoleRemoveText"))
                    ->text()
                    .contains(QStringLiteral("holds nothing")));
        // Marked removed meanwhile (another window): the dialog says so and stays.
        QVERIFY(m_session->console()->markRemoved(peering->id));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("markRemovedButton")),
                          Qt::LeftButton);
        QVERIFY(!dialog.isNull());
        QVERIFY(dialog->isVisible());
        delete dialog;
    }

private:
    ManualClock m_clock{QDateTime(QDate(2026, 5, 4), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch()};
    std::unique_ptr<session::Session> m_session;
    QString m_deployment;
};

QTEST_MAIN(TestConsoleRemoveDialog)
#include "tst_consoleremovedialog.moc"
