// The application's icons (ui/icons.h): drawn from the pixels rendered at build time, the same
// picture as their SVG; read from the SVG where nothing was rendered; the standard icons that
// ApplicationStyle replaces; and the main window's first frame with no image-format or
// icon-engine plugin loaded (docs/performance.md, "Startup").
#include "app/providers/registry.h"
#include "app/secrets/profilestore.h"
#include "app/secrets/secretstore.h"
#include "app/session/peeringmodel.h"
#include "ui/icons.h"
#include "ui/mainwindow.h"
#include "ui/peeringdetails.h"
#include "ui/statuspanel.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QSettings>
#include <QStandardItemModel>
#include <QStyleOption>
#include <QSvgRenderer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace vpw;

namespace {

// What tools/rendericon.cpp makes of an SVG at `size` px.
QImage renderSvg(const QString &path, int size) {
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QSvgRenderer(path).render(&painter, QRectF(0, 0, size, size));
    return image;
}

QImage drawn(const QIcon &icon, int size, QIcon::Mode mode = QIcon::Normal) {
    return icon.pixmap(QSize(size, size), 1.0, mode)
        .toImage()
        .convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

// The shared objects mapped into this process whose path contains `part`.
QStringList mapped(const QString &part) {
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return {QStringLiteral("(cannot read /proc/self/maps)")};
    QStringList found;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        const QString path = QString::fromLocal8Bit(line.mid(line.indexOf('/')));
        if (path.contains(part) && !found.contains(path))
            found << path;
    }
    return found;
}

} // namespace

class TestIcons : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // First: nothing else in this process has drawn an icon yet.
    void firstFrameLoadsNoImagePlugin() {
        QApplication::setStyle(new ui::ApplicationStyle);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QSettings settings(dir.filePath(QStringLiteral("profiles.conf")), QSettings::IniFormat);
        secrets::ProfileStore profiles(&settings);
        secrets::SecretStore secretStore;
        ui::MainWindow window(&profiles, &secretStore);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QImage frame = window.grab().toImage(); // every widget painted, icons included
        QVERIFY(!frame.isNull());
        // Reading the first PNG (Qt's own standard icons are PNGs) loads every image-format
        // plugin to ask it about PNG; an SVG icon loads the SVG icon engine.
        QCOMPARE(mapped(QStringLiteral("/imageformats/")), QStringList());
        QCOMPARE(mapped(QStringLiteral("/iconengines/")), QStringList());
    }

    // Fusion reads its group-box frame from a PNG on first paint, which loads every image-format
    // plugin (the details pane's boxes, shown after the first poll: ~0.35 MB of peak RSS). The
    // application's style draws that frame itself.
    void groupBoxFrameLoadsNoImagePlugin() {
        QGroupBox box(QStringLiteral("Bound resources"));
        auto *layout = new QVBoxLayout(&box);
        layout->addWidget(new QLabel(QStringLiteral("orders-kafka")));
        box.resize(240, 120);
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        const QImage frame = box.grab().toImage();
        QCOMPARE(mapped(QStringLiteral("/imageformats/")), QStringList());
        // The frame is there: its outline differs from the background at the left edge.
        const int y = frame.height() * 3 / 4;
        QVERIFY(frame.pixel(0, y) != frame.pixel(frame.width() / 2, y));
    }

    // What the status pane shows after the first poll: the state icons of the peering table
    // (the session's model, ui::StatusPanel installs their factory) and the details pane's copy
    // buttons are the rendered pixels, not SVGs nor the icon theme's: no icon engine, no QtSvg
    // (~0.9 MB of peak RSS two seconds after the first window, docs/performance.md).
    void statusPaneIconsLoadNoIconEngine() {
        ui::StatusPanel panel;
        session::PeeringModel model([] { return QDateTime::currentDateTimeUtc(); });
        Peering peering;
        peering.id = QStringLiteral("peer-0000000001");
        peering.deploymentId = QStringLiteral("d1");
        peering.provider = findProvider(u"aliyun");
        peering.peeringId = QStringLiteral("cen-000000000000000001");
        peering.accountId = QStringLiteral("1688123456789012");
        peering.vpcId = QStringLiteral("vpc-000000000000000000001");
        peering.cidr = *Cidr::fromString(QStringLiteral("192.168.1.0/24"));
        peering.state = PeeringState::Running;
        peering.createdAt = peering.updatedAt = QDateTime::currentDateTimeUtc();
        model.merge({peering});
        const QIcon state = model.index(0, session::PeeringModel::StateColumn)
                                .data(Qt::DecorationRole)
                                .value<QIcon>();
        QVERIFY(!state.isNull());
        QCOMPARE(drawn(state, 16),
                 drawn(ui::resourceIcon(session::PeeringModel::stateIconPath(peering.state)), 16));

        ui::PeeringDetails details;
        details.showPeering(peering, std::nullopt, std::nullopt);
        details.resize(480, 640);
        details.show();
        QVERIFY(QTest::qWaitForWindowExposed(&details));
        QVERIFY(!details.grab().isNull()); // the copy buttons painted
        QVERIFY(details.findChildren<QToolButton *>().size() >= 2);
        QCOMPARE(mapped(QStringLiteral("/iconengines/")), QStringList());
        QCOMPARE(mapped(QStringLiteral("/imageformats/")), QStringList());
    }

    void renderedIconsAreTheirSvg_data() {
        QTest::addColumn<QString>("svg");
        QTest::addColumn<int>("size");
        const QStringList rendered =
            QDir(QStringLiteral(":/icons/24x24")).entryList({QStringLiteral("*.argb")});
        QVERIFY(rendered.size() >= 20); // the widgets' icons and the four state icons
        for (const QString &file : rendered) {
            const QString svg = QStringLiteral(":/icons/") + QFileInfo(file).completeBaseName() +
                                QStringLiteral(".svg");
            for (int size : {16, 24, 32, 48, 72})
                QTest::addRow("%s %d", qPrintable(file), size) << svg << size;
        }
    }
    void renderedIconsAreTheirSvg() {
        QFETCH(QString, svg);
        QFETCH(int, size);
        QVERIFY2(QFile::exists(svg), qPrintable(svg));
        const QImage image = drawn(ui::resourceIcon(svg), size);
        QCOMPARE(image.size(), QSize(size, size));
        QCOMPARE(image, renderSvg(svg, size));
    }

    // Between the rendered sizes the next larger one is scaled down; beyond them, as for any
    // QIcon made of pixmaps, the largest (72 px) is the answer: never larger than asked.
    void otherSizesAreScaled_data() {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("expected");
        QTest::newRow("20") << 20 << 20;
        QTest::newRow("40") << 40 << 40;
        QTest::newRow("96") << 96 << 72;
    }
    void otherSizesAreScaled() {
        QFETCH(int, size);
        QFETCH(int, expected);
        const QImage image =
            drawn(ui::resourceIcon(QStringLiteral(":/icons/view-refresh.svg")), size);
        QCOMPARE(image.size(), QSize(expected, expected));
        int opaque = 0;
        for (int y = 0; y < expected; ++y) {
            for (int x = 0; x < expected; ++x)
                opaque += qAlpha(image.pixel(x, y)) > 127;
        }
        QVERIFY2(opaque > expected, "the scaled icon shows its picture");
    }

    void disabledLooksDifferent() {
        const QIcon icon = ui::resourceIcon(QStringLiteral(":/icons/edit-delete.svg"));
        QVERIFY(drawn(icon, 24, QIcon::Disabled) != drawn(icon, 24));
    }

    void withoutRenderedPixelsTheSvgIsRead() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("square.svg"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<svg xmlns='http://www.w3.org/2000/svg' width='16' height='16'>"
                   "<rect x='2' y='2' width='12' height='12' fill='#2563a8'/></svg>");
        file.close();
        const QIcon icon = ui::resourceIcon(path);
        QCOMPARE(icon.name(), path);
        QCOMPARE(drawn(icon, 24), renderSvg(path, 24));
        QVERIFY(drawn(ui::resourceIcon(dir.filePath(QStringLiteral("none.svg"))), 16).isNull());
    }

    void styleGivesTheApplicationsStandardIcons_data() {
        QTest::addColumn<int>("standardPixmap");
        QTest::addColumn<QString>("svg");
        QTest::newRow("toolbar extension") << int(QStyle::SP_ToolBarHorizontalExtensionButton)
                                           << QStringLiteral(":/icons/go-more.svg");
        QTest::newRow("vertical toolbar extension")
            << int(QStyle::SP_ToolBarVerticalExtensionButton)
            << QStringLiteral(":/icons/go-more-down.svg");
        QTest::newRow("dock close")
            << int(QStyle::SP_TitleBarCloseButton) << QStringLiteral(":/icons/window-close.svg");
        QTest::newRow("dock float")
            << int(QStyle::SP_TitleBarNormalButton) << QStringLiteral(":/icons/window-float.svg");
        QTest::newRow("clear") << int(QStyle::SP_LineEditClearButton)
                               << QStringLiteral(":/icons/edit-clear.svg");
    }
    void styleGivesTheApplicationsStandardIcons() {
        QFETCH(int, standardPixmap);
        QFETCH(QString, svg);
        ui::ApplicationStyle style;
        const QIcon icon = style.standardIcon(QStyle::StandardPixmap(standardPixmap));
        QCOMPARE(icon.name(), svg);
        QCOMPARE(drawn(icon, 16), renderSvg(svg, 16));
    }

    void rightToLeftIconsPointTheOtherWay() {
        ui::ApplicationStyle style;
        QStyleOption option;
        option.direction = Qt::RightToLeft;
        QCOMPARE(style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton, &option).name(),
                 QStringLiteral(":/icons/go-more-rtl.svg"));
        QCOMPARE(style.standardIcon(QStyle::SP_LineEditClearButton, &option).name(),
                 QStringLiteral(":/icons/edit-clear-rtl.svg"));
    }

    void otherStandardIconsAreThePlatformStyles() {
        ui::ApplicationStyle style;
        const QIcon icon = style.standardIcon(QStyle::SP_MessageBoxWarning);
        QVERIFY(!icon.isNull());
        QVERIFY(!icon.name().startsWith(QLatin1String(":/icons/")));
    }

    // A header whose sections are never drawn bold (highlightSections off, as the application's
    // tables) is measured in its own font: QHeaderView measures in bold, which loads a bold face
    // for nothing (docs/performance.md). One that highlights keeps the room for bold.
    void headerMeasuredInTheFontItIsDrawnIn() {
        ui::ApplicationStyle style;
        QStandardItemModel model(0, 1);
        model.setHorizontalHeaderLabels({QStringLiteral("Deployment VPC CIDR and EMQX account")});
        QTableView view;
        view.setModel(&model);
        QHeaderView *header = view.horizontalHeader();
        header->setStyle(&style);
        header->setHighlightSections(true);
        const int highlighting = header->sectionSizeHint(0);
        header->setHighlightSections(false);
        const int plain = header->sectionSizeHint(0);
        QVERIFY2(plain < highlighting,
                 qPrintable(QStringLiteral("%1 against %2 in bold").arg(plain).arg(highlighting)));
        const int text =
            header->fontMetrics().horizontalAdvance(model.headerData(0, Qt::Horizontal).toString());
        QVERIFY(plain > text); // the text still fits, with the margins and the sort indicator
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
