#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace Stockroom::Ui::ChartPalette {

// The dashboard's colours, in one place. Series colours are the Okabe–Ito set, which people with any common colour
// vision deficiency can tell apart; the heat map is one hue from light to dark, so its order reads without colour.
// Dark enough on a light chart background and light enough on a dark one.

// Inventory record accuracy: every class together, then A, B and C.
inline QColor abcClass(const QString &code)
{
    if (code == u"A")
        return QColor(0xe6, 0x9f, 0x00); // orange
    if (code == u"B")
        return QColor(0x56, 0xb4, 0xe9); // sky blue
    if (code == u"C")
        return QColor(0xcc, 0x79, 0xa7); // reddish purple
    return QColor(0x00, 0x72, 0xb2);     // blue: all classes, drawn thicker
}

// The reference lines: the industry's target (95 %) and best in class (99 %).
inline QColor target()
{
    return QColor(0xd5, 0x5e, 0x00); // vermillion
}

inline QColor bestInClass()
{
    return QColor(0x00, 0x9e, 0x73); // bluish green
}

// Variance by reason: the bars and the cumulative share.
inline QColor varianceBars()
{
    return QColor(0x00, 0x72, 0xb2);
}

inline QColor cumulative()
{
    return QColor(0xd5, 0x5e, 0x00);
}

inline QColor shrinkage()
{
    return QColor(0xd5, 0x5e, 0x00);
}

inline QColor coverage()
{
    return QColor(0x00, 0x9e, 0x73);
}

// Open discrepancies, by kind (DiscrepancyModel's kind columns in order).
inline QColor discrepancy(const QString &kind)
{
    if (kind == u"snapshot_variance")
        return QColor(0x00, 0x72, 0xb2);
    if (kind == u"drift")
        return QColor(0xd5, 0x5e, 0x00);
    return QColor(0xe6, 0x9f, 0x00); // count_pending
}

inline QColor snapshotLines()
{
    return QColor(0x00, 0x72, 0xb2);
}

// The flash-sale simulator: units available, reserved (held, not yet paid) and sold over time.
inline QColor saleAvailable()
{
    return QColor(0x00, 0x9e, 0x73); // bluish green
}

inline QColor saleReserved()
{
    return QColor(0xe6, 0x9f, 0x00); // orange
}

inline QColor saleSold()
{
    return QColor(0x00, 0x72, 0xb2); // blue
}

// The calendar heat map: step 0 is a day without counts, steps 1..HeatSteps - 1 ever more counts.
constexpr int HeatSteps = 5;

inline QColor heat(int step)
{
    static const QList<QColor> blues = {QColor(0xeb, 0xed, 0xf0), QColor(0xc6, 0xdb, 0xef), QColor(0x6b, 0xae, 0xd6),
                                        QColor(0x21, 0x71, 0xb5), QColor(0x08, 0x30, 0x6b)};
    return blues.value(qBound(0, step, HeatSteps - 1));
}

// Text drawn on a heat map cell of this step.
inline QColor heatText(int step)
{
    return step >= 3 ? QColor(Qt::white) : QColor(0x20, 0x20, 0x20);
}

} // namespace Stockroom::Ui::ChartPalette
