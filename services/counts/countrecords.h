#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Stockroom::Services {

// What the count screens read from the ledger (resources/migrations/0008_counts.sql) and send to it, as plain
// values that can cross threads. A count sheet and a review travel as the API's JSON (api.count_sheet,
// api.count_review): its keys are the contract every client shares, and a blind sheet has no "expected".

// One row of api.count_sessions.
struct CountSessionInfo
{
    qint64 id = 0;
    QString location;
    QString state; // counting, review, closed, cancelled
    bool blind = true;
    bool fullCount = false;
    QString note;
    QString createdBy;
    QDateTime createdAt;
    qint64 lines = 0;
    qint64 counted = 0; // lines with at least one count (or decided)
    qint64 pending = 0;
    qint64 recount = 0;
    qint64 approved = 0;
    qint64 rejected = 0;
    QStringList assignees; // empty: any associate may count
};

// Which sessions a list shows; empty fields do not filter.
struct CountSessionFilter
{
    QString location;
    QString state; // a session state, or "open": counting or in review
    int limit = 500;

    bool operator==(const CountSessionFilter &other) const = default;
};

// A new session: one location over exactly one scope (all its SKUs, the SKUs named, or one ABC class).
struct CountSessionDraft
{
    QString location;
    bool all = false;
    QStringList skus;
    QString abcClass; // A, B or C
    bool blind = true;
    QStringList assignees;
    QString note;
};

// What someone saw: counted units of a SKU (code or barcode) in an area, pinned to the stock row's newest
// movement the screen knew when it was typed (position; -1: as of when the ledger receives it).
struct CountObservation
{
    qint64 session = 0;
    QString sku;
    qint64 counted = 0;
    QString area;
    QString device;
    qint64 position = -1;
};

} // namespace Stockroom::Services

Q_DECLARE_METATYPE(Stockroom::Services::CountSessionInfo)
Q_DECLARE_METATYPE(Stockroom::Services::CountSessionFilter)
