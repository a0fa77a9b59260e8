#include "icons.h"

#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QIconEngine>
#include <QImage>
#include <QPaintDevice>
#include <QPainter>
#include <QPixmap>
#include <QStyleOption>

#include <array>
#include <bitset>
#include <cmath>
#include <optional>

namespace vpw::ui {

namespace {

// The sizes every icon is rendered to at build time (ui/CMakeLists.txt, vpw_ui_icon_sizes).
constexpr std::array<int, 5> kRenderedSizes{16, 24, 32, 48, 72};

// Which rendered size draws an icon `extent` device pixels wide: the smallest that is as large
// (scaled down if need be), or the largest. An index into kRenderedSizes.
std::size_t renderedSizeFor(int extent) {
    for (std::size_t i = 0; i < kRenderedSizes.size(); ++i) {
        if (kRenderedSizes[i] >= extent)
            return i;
    }
    return kRenderedSizes.size() - 1;
}

// Reads the rendered pixels of each size when that size is first drawn, into a QIcon that does the
// rest (scaling, the disabled look). An icon without rendered pixels is read from its SVG.
class ResourceIconEngine final : public QIconEngine {
public:
    explicit ResourceIconEngine(QString svgPath)
        : m_svgPath(std::move(svgPath)) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
               QIcon::State state) override {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        const int extent = int(std::ceil(qMax(rect.width(), rect.height()) * ratio));
        iconFor(extent).paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override {
        return iconFor(qMax(size.width(), size.height())).pixmap(size, 1.0, mode, state);
    }
    // Every size can be drawn. Answering without a file keeps layout from reading one.
    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QString key() const override { return QStringLiteral("vpw-resource"); }
    QIconEngine *clone() const override { return new ResourceIconEngine(m_svgPath); }
    QString iconName() override { return m_svgPath; }

private:
    const QIcon &iconFor(int extent) {
        if (m_svg)
            return *m_svg;
        const std::size_t index = renderedSizeFor(extent);
        if (m_loaded.test(index))
            return m_icon;
        const QImage image = renderedImage(kRenderedSizes[index]);
        if (image.isNull()) {
            m_svg = QIcon(m_svgPath);
            return *m_svg;
        }
        m_icon.addPixmap(QPixmap::fromImage(image));
        m_loaded.set(index);
        return m_icon;
    }

    // ":/icons/view-refresh.svg" at 24 px: ":/icons/24x24/view-refresh.argb", rendered at build
    // time (tools/rendericon.cpp --raw). A null image if there is none.
    QImage renderedImage(int size) const {
        QFile file(QStringLiteral(":/icons/%1x%1/%2.argb")
                       .arg(size)
                       .arg(QFileInfo(m_svgPath).completeBaseName()));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QByteArray pixels = file.readAll();
        if (pixels.size() != qsizetype(size) * size * 4)
            return {};
        // copy(): the image must not point into `pixels`, which goes now.
        return QImage(reinterpret_cast<const uchar *>(pixels.constData()), size, size,
                      QImage::Format_ARGB32_Premultiplied)
            .copy();
    }

    QString m_svgPath;
    QIcon m_icon;                                // the sizes read so far
    std::bitset<kRenderedSizes.size()> m_loaded; // which of kRenderedSizes m_icon has
    std::optional<QIcon> m_svg;                  // nothing rendered: the SVG
};

} // namespace

QIcon resourceIcon(const QString &path) {
    return QIcon(new ResourceIconEngine(path));
}

ApplicationStyle::ApplicationStyle() {
    setObjectName(QStringLiteral("applicationStyle"));
}

QIcon ApplicationStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                                     const QWidget *widget) const {
    const bool rtl =
        (option ? option->direction : QGuiApplication::layoutDirection()) == Qt::RightToLeft;
    switch (standardIcon) {
    case SP_ToolBarHorizontalExtensionButton:
        return resourceIcon(rtl ? QStringLiteral(":/icons/go-more-rtl.svg")
                                : QStringLiteral(":/icons/go-more.svg"));
    case SP_ToolBarVerticalExtensionButton:
        return resourceIcon(QStringLiteral(":/icons/go-more-down.svg"));
    case SP_TitleBarCloseButton:
    case SP_DockWidgetCloseButton:
        return resourceIcon(QStringLiteral(":/icons/window-close.svg"));
    case SP_TitleBarNormalButton:
        return resourceIcon(QStringLiteral(":/icons/window-float.svg"));
    case SP_LineEditClearButton:
        return resourceIcon(rtl ? QStringLiteral(":/icons/edit-clear-rtl.svg")
                                : QStringLiteral(":/icons/edit-clear.svg"));
    default:
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    }
}

QSize ApplicationStyle::sizeFromContents(ContentsType type, const QStyleOption *option,
                                         const QSize &size, const QWidget *widget) const {
    // QHeaderView measures its sections with a bold font, for sections drawn bold while their
    // column is selected. The application's headers never are (highlightSections off): measured
    // with the font they are drawn in, no bold face is loaded for nothing (~0.3 MB,
    // docs/performance.md).
    const auto *header = qobject_cast<const QHeaderView *>(widget);
    if (type == CT_HeaderSection && header && !header->highlightSections()) {
        if (const auto *v2 = qstyleoption_cast<const QStyleOptionHeaderV2 *>(option)) {
            QStyleOptionHeaderV2 plain = *v2;
            plain.fontMetrics = header->fontMetrics();
            return QProxyStyle::sizeFromContents(type, &plain, size, widget);
        }
        if (const auto *v1 = qstyleoption_cast<const QStyleOptionHeader *>(option)) {
            QStyleOptionHeader plain = *v1;
            plain.fontMetrics = header->fontMetrics();
            return QProxyStyle::sizeFromContents(type, &plain, size, widget);
        }
    }
    return QProxyStyle::sizeFromContents(type, option, size, widget);
}

void ApplicationStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                     QPainter *painter, const QWidget *widget) const {
    if (element != PE_FrameGroupBox || baseStyle()->name() != u"fusion") {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    // Fusion's geometry (qfusionstyle.cpp): below the title, 3 px lower; its picture
    // (fusion_groupbox.png): a 1 px outline with 2 px corners over a faint fill.
    constexpr int kTopMargin = 3;
    const auto *box = qobject_cast<const QGroupBox *>(widget);
    const int top = box && !box->isCheckable() && box->title().isEmpty()
                        ? kTopMargin
                        : qMax(pixelMetric(PM_ExclusiveIndicatorHeight, option, widget),
                               option->fontMetrics.height()) +
                              kTopMargin;
    const QRectF frame = QRectF(option->rect.adjusted(0, top, 0, 0)).adjusted(0.5, 0.5, -0.5, -0.5);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QColor(0, 0, 0, 40));
    painter->setBrush(QColor(255, 255, 255, 20));
    painter->drawRoundedRect(frame, 2, 2);
    painter->restore();
}

} // namespace vpw::ui
