#pragma once

#include <QColor>
#include <QPalette>

namespace Stockroom::Ui::BoardPalette {

// The order screens' colours, in one place: the board's tiles by age against a state's time limit, and the
// allocation map's markers. Soft fills with dark text on them, so they read in light and dark themes alike.

// How long the oldest order has been in a state, against the state's time limit.
enum class Age
{
    Neutral, // a final state, no limit, or nothing in it
    Fresh,   // under half the limit
    Ageing,  // past half, under the limit
    Late,    // at or past the limit: stuck
};

inline Age ageOf(qint64 count, qint64 oldestSeconds, qint64 limitSeconds, bool terminal)
{
    if (terminal || limitSeconds <= 0 || count == 0)
        return Age::Neutral;
    if (oldestSeconds * 2 < limitSeconds)
        return Age::Fresh;
    return oldestSeconds < limitSeconds ? Age::Ageing : Age::Late;
}

inline QColor tileFill(Age age, const QPalette &palette)
{
    switch (age) {
    case Age::Fresh:
        return QColor(0xd8, 0xef, 0xd9);
    case Age::Ageing:
        return QColor(0xfb, 0xe8, 0xb5);
    case Age::Late:
        return QColor(0xf8, 0xd0, 0xcc);
    case Age::Neutral:
        break;
    }
    return palette.color(QPalette::Base);
}

inline QColor tileEdge(Age age, const QPalette &palette)
{
    switch (age) {
    case Age::Fresh:
        return QColor(0x3c, 0x8d, 0x40);
    case Age::Ageing:
        return QColor(0xc2, 0x8a, 0x00);
    case Age::Late:
        return QColor(0xc6, 0x28, 0x28);
    case Age::Neutral:
        break;
    }
    return palette.color(QPalette::Mid);
}

// Text on a coloured tile: always dark, as the fills are light.
inline QColor tileText(Age age, const QPalette &palette)
{
    return age == Age::Neutral ? palette.color(QPalette::Text) : QColor(0x20, 0x20, 0x20);
}

// "3 stuck": red, as the warning icon beside it.
inline QColor stuck()
{
    return QColor(0xb7, 0x1c, 0x1c);
}

// The allocation map.
inline QColor warehouse()
{
    return QColor(0x1f, 0x5f, 0xa8);
}

inline QColor store()
{
    return QColor(0x2e, 0x8b, 0x57);
}

inline QColor ineligible()
{
    return QColor(0xb0, 0xb0, 0xb0);
}

inline QColor destination()
{
    return QColor(0xd3, 0x2f, 0x2f);
}

inline QColor route()
{
    return QColor(0xe0, 0x7b, 0x00);
}

// A table row that leaves stock below its safety stock.
inline QColor belowSafetyStock()
{
    return QColor(0xfd, 0xe2, 0xdf);
}

} // namespace Stockroom::Ui::BoardPalette
