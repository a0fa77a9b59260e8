#include "mnemonics.h"

#include <QRegularExpression>

namespace vpw::ui {

namespace {

bool isFree(QChar c, const QString &used) {
    static const QString wizardLetters = QStringLiteral("BNCFHAU");
    const QChar upper = c.toUpper();
    return c.isLetter() && c.unicode() < 128 && !wizardLetters.contains(upper) &&
           !used.contains(upper);
}

} // namespace

QString withMnemonic(const QString &label, QString *used) {
    for (int i = 0; i < label.size(); ++i) {
        if (isFree(label.at(i), *used)) {
            used->append(label.at(i).toUpper());
            return label.left(i) + QChar(u'&') + label.mid(i);
        }
    }
    for (char c = 'D'; c <= 'Z'; ++c) {
        const QChar letter = QLatin1Char(c);
        if (isFree(letter, *used)) {
            used->append(letter);
            return label + QStringLiteral("(&") + letter + QChar(u')');
        }
    }
    return label;
}

QString withoutMnemonic(QString text) {
    static const QRegularExpression suffix(QStringLiteral("\\(&[A-Za-z]\\)"));
    text.remove(suffix);
    return text.remove(QChar(u'&'));
}

} // namespace vpw::ui
