#include "secret.h"

#include <QByteArray>
#include <QRandomGenerator>

namespace vpw::sandbox {

QString generateSecret(int bytes) {
    QByteArray raw(qMax(1, bytes), Qt::Uninitialized);
    for (char &byte : raw)
        byte = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

} // namespace vpw::sandbox
