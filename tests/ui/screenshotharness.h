#pragma once

// What the screenshot harnesses (not tests: vpw-*-screenshots, run by scripts/*screenshots.sh)
// share: their command line and how a widget is saved. Header-only.

#include "translations/i18n.h"

#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QTest>
#include <QWidget>

namespace vpw::test {

// The output directory of `<program> <output directory> [--lang zh_CN|en]`, with the translators
// of --lang (English by default) installed; empty, the usage printed, when none was given.
inline QString screenshotDir(QApplication &app, const char *program) {
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        qWarning("usage: %s <output directory> [--lang zh_CN|en]", program);
        return {};
    }
    const int langAt = int(args.indexOf(QStringLiteral("--lang")));
    const QString lang =
        langAt > 0 && langAt + 1 < args.size() ? args.at(langAt + 1) : QStringLiteral("en");
    installTranslators(app, QLocale(lang));
    return args.at(1);
}

// `widget` saved as <dir>/<prefix><name>.png once what it was asked to show is painted.
inline void shoot(QWidget *widget, const QDir &dir, const QString &prefix, const QString &name) {
    QTest::qWait(300);
    const QString path = dir.filePath(prefix + name + QStringLiteral(".png"));
    if (!widget->grab().save(path))
        qWarning("could not save %s", qPrintable(path));
    else
        qInfo("%s", qPrintable(path));
}

} // namespace vpw::test
