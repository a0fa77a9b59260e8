// vpw-render-icon: renders the application's SVG icon to square PNGs at build time, so the
// hicolor theme gets its usual sizes from the one SVG (no checked-in PNGs to drift from it).
//   vpw-render-icon <input.svg> <output-dir> <size>...
// writes <output-dir>/<size>x<size>/apps/<basename>.png for every size.
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

namespace {

bool render(QSvgRenderer &svg, int size, const QString &path) {
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return QDir().mkpath(QFileInfo(path).path()) && image.save(path, "PNG");
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: vpw-render-icon <input.svg> <output-dir> <size>...\n");
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "vpw-render-icon: cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    const QString name = QFileInfo(args.at(1)).completeBaseName() + QStringLiteral(".png");
    for (const QString &sizeText : args.mid(3)) {
        bool ok = false;
        const int size = sizeText.toInt(&ok);
        const QString path = QStringLiteral("%1/%2x%2/apps/%3").arg(args.at(2)).arg(size).arg(name);
        if (!ok || size <= 0 || !render(svg, size, path)) {
            std::fprintf(stderr, "vpw-render-icon: cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    return 0;
}
