// vpw-render-icon: renders an SVG icon to square images at build time, so they come from the one
// SVG (nothing checked in to drift from it): the hicolor theme's PNGs of the application's icon
// (packaging/), and the widgets' icons as raw pixels, which the application draws without
// decoding anything (ui/icons.h).
//   vpw-render-icon [--raw] <input.svg> <output-dir> <size>...
// writes <output-dir>/<size>x<size>/<basename>.png for every size, or with --raw
// <basename>.argb: size * size pixels, QImage::Format_ARGB32_Premultiplied, this machine's
// byte order.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

namespace {

bool save(const QImage &image, const QString &path, bool raw) {
    if (!QDir().mkpath(QFileInfo(path).path()))
        return false;
    if (!raw)
        return image.save(path, "PNG");
    QFile file(path);
    const auto size = qint64(image.sizeInBytes());
    return file.open(QIODevice::WriteOnly) &&
           file.write(reinterpret_cast<const char *>(image.constBits()), size) == size;
}

bool render(QSvgRenderer &svg, int size, const QString &path, bool raw) {
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return save(image, path, raw);
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    const bool raw = !args.isEmpty() && args.first() == QLatin1String("--raw");
    if (raw)
        args.removeFirst();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: vpw-render-icon [--raw] <input.svg> <output-dir> <size>...\n");
        return 2;
    }
    QSvgRenderer svg(args.at(0));
    if (!svg.isValid()) {
        std::fprintf(stderr, "vpw-render-icon: cannot read %s\n", qPrintable(args.at(0)));
        return 1;
    }
    const QString name =
        QFileInfo(args.at(0)).completeBaseName() + QLatin1String(raw ? ".argb" : ".png");
    for (const QString &sizeText : args.mid(2)) {
        bool ok = false;
        const int size = sizeText.toInt(&ok);
        const QString path = QStringLiteral("%1/%2x%2/%3").arg(args.at(1)).arg(size).arg(name);
        if (!ok || size <= 0 || !render(svg, size, path, raw)) {
            std::fprintf(stderr, "vpw-render-icon: cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    return 0;
}
