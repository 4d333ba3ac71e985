#pragma once

#include <QCoreApplication>
#include <QString>

namespace Stockroom::Models {

// The user's words for the count codes (resources/migrations/0008_counts.sql): a session's state (counting,
// review, closed, cancelled) and a line's (to_count, counted, pending, recount, approved, rejected). An unknown
// code (from a newer schema) is shown as it is, underscores as spaces.
class CountWords
{
    Q_DECLARE_TR_FUNCTIONS(CountWords)

public:
    static QString sessionState(const QString &state);
    static QString lineState(const QString &state);
    // "Blind, full count", "Open, chosen SKUs".
    static QString kind(bool blind, bool fullCount);
};

} // namespace Stockroom::Models
