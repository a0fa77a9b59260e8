#include "rfc3339.h"

namespace vpw::wire {

namespace {

// The value of the `count` ASCII digits at `at`, or -1.
int digits(QStringView text, qsizetype at, int count) {
    if (at + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text.at(at + i);
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

bool at(QStringView text, qsizetype index, char16_t c) {
    return index < text.size() && text.at(index) == c;
}

} // namespace

QString formatTime(const QDateTime &time) {
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// Hand-written rather than a regular expression plus Qt's ISO parser: Qt's parser also takes a
// time without a zone (as local time), and a list of 10,000 peerings holds 30,000 times.
std::optional<QDateTime> parseTime(QStringView text) {
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 ||
        !at(text, 4, u'-') || !at(text, 7, u'-') || !at(text, 10, u'T') || !at(text, 13, u':') ||
        !at(text, 16, u':'))
        return std::nullopt;
    qsizetype pos = 19;
    int millis = 0;
    if (at(text, pos, u'.')) {
        ++pos;
        int count = 0;
        while (pos < text.size() && text.at(pos) >= u'0' && text.at(pos) <= u'9') {
            if (count < 3)
                millis = millis * 10 + (text.at(pos).unicode() - u'0');
            ++count;
            ++pos;
        }
        if (count == 0 || count > 9)
            return std::nullopt;
        for (int i = count; i < 3; ++i)
            millis *= 10;
    }
    int offsetSeconds = 0;
    if (at(text, pos, u'Z')) {
        ++pos;
    } else if (at(text, pos, u'+') || at(text, pos, u'-')) {
        const int sign = text.at(pos) == u'-' ? -1 : 1;
        const int offsetHours = digits(text, pos + 1, 2);
        const int offsetMinutes = digits(text, pos + 4, 2);
        if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59 ||
            !at(text, pos + 3, u':'))
            return std::nullopt;
        offsetSeconds = sign * (offsetHours * 3600 + offsetMinutes * 60);
        pos += 6;
    } else {
        return std::nullopt;
    }
    if (pos != text.size())
        return std::nullopt;
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, millis);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
}

} // namespace vpw::wire
