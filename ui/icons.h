#pragma once

#include <QIcon>
#include <QProxyStyle>

namespace vpw::ui {

// One of the application's own icons (an SVG in its resources, ":/icons/…"), read and parsed
// when it is first drawn, not when it is created: an icon that only a closed menu, a combo box's
// popup or a hidden button shows costs nothing until then (docs/performance.md, "Startup").
// A QIcon made from the file at once parses it on creation and again on first drawing.
QIcon resourceIcon(const QString &path);

// The application's style: the platform's own, except for the standard icons that Qt's widgets
// in the main window ask for when they are created (the toolbar's extension button, the dock's
// title buttons, the filter's clear button). Qt's are PNG files, and reading the first PNG loads
// every image-format plugin installed to ask it whether it reads PNG, ahead of the first frame.
// These are the application's SVGs, drawn like its other icons. For the same reason, Fusion's
// group-box frame (a PNG it reads on first paint: the details pane's boxes, after the first
// poll) is drawn here as the rounded outline it shows. And a table header whose sections are
// never highlighted is measured with the font it is drawn in, not the bold one QHeaderView
// measures with (which loads a bold face: docs/performance.md).
class ApplicationStyle : public QProxyStyle {
    Q_OBJECT

public:
    ApplicationStyle();

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                           const QWidget *widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

} // namespace vpw::ui
