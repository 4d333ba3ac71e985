#include "dashboardwords.h"

#include <QHash>
#include <QLocale>

#include <stock/ledgerwords.h>

namespace Stockroom::Models {

namespace {

QString lookUp(const QHash<QString, const char *> &words, const QString &code)
{
    const auto found = words.constFind(code);
    return found == words.cend() ? QString() : DashboardWords::tr(found.value());
}

} // namespace

QString DashboardWords::abcClass(const QString &code)
{
    return code.isEmpty() ? tr("All classes") : tr("Class %1").arg(code);
}

QString DashboardWords::reason(const QString &code)
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("count_variance"), QT_TR_NOOP("Count variance")},
        {QStringLiteral("count"), QT_TR_NOOP("Single-line count")},
        {QStringLiteral("adjust"), QT_TR_NOOP("Adjustment without reason")},
        {QStringLiteral("cycle count"), QT_TR_NOOP("Cycle count")},       // what count approval writes without a reason
        {QStringLiteral("reconciliation"), QT_TR_NOOP("Reconciliation")}, // what snapshot approval writes
    };
    if (const QString word = lookUp(words, code); !word.isEmpty())
        return word;
    const QString adjust = adjustReasonText(code);
    return adjust != code ? adjust : code;
}

QString DashboardWords::discrepancyKind(const QString &code)
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("snapshot_variance"), QT_TR_NOOP("Snapshot variances to approve")},
        {QStringLiteral("drift"), QT_TR_NOOP("Drift findings")},
        {QStringLiteral("count_pending"), QT_TR_NOOP("Counted lines to decide")},
    };
    const QString word = lookUp(words, code);
    return word.isEmpty() ? codeAsWords(code) : word;
}

QString DashboardWords::snapshotClass(const QString &code)
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("matched"), QT_TR_NOOP("Matched")},
        {QStringLiteral("timing"), QT_TR_NOOP("Timing")},
        {QStringLiteral("unknown"), QT_TR_NOOP("Unknown SKU or location")},
        {QStringLiteral("bucket"), QT_TR_NOOP("Bucket difference")},
        {QStringLiteral("variance"), QT_TR_NOOP("True variance")},
    };
    const QString word = lookUp(words, code);
    return word.isEmpty() ? codeAsWords(code) : word;
}

QString DashboardWords::snapshotClassMeaning(const QString &code)
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("matched"), QT_TR_NOOP("the file and the ledger agree at the cutoff")},
        {QStringLiteral("timing"),
         QT_TR_NOOP("the difference is stock that moved around the cutoff or is in transit; nothing to do")},
        {QStringLiteral("unknown"), QT_TR_NOOP("the file names a SKU or location the ledger does not know")},
        {QStringLiteral("bucket"), QT_TR_NOOP("the same units, counted as on hand in one and damaged in the other")},
        {QStringLiteral("variance"),
         QT_TR_NOOP("a real difference (or a stock row the file lacks): an adjustment to approve or keep")},
    };
    return lookUp(words, code);
}

QString DashboardWords::snapshotState(const QString &code)
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("importing"), QT_TR_NOOP("Importing")},
        {QStringLiteral("classified"), QT_TR_NOOP("Classified")},
        {QStringLiteral("approved"), QT_TR_NOOP("Approved")},
        {QStringLiteral("closed"), QT_TR_NOOP("Closed")},
        {QStringLiteral("proposed"), QT_TR_NOOP("To approve")},
        {QStringLiteral("kept"), QT_TR_NOOP("Ledger kept")},
        {QStringLiteral("erp"), QT_TR_NOOP("File wins")},
        {QStringLiteral("ledger"), QT_TR_NOOP("Ledger wins")},
        {QStringLiteral("conservative"), QT_TR_NOOP("Lower wins")},
    };
    const QString word = lookUp(words, code);
    return word.isEmpty() ? codeAsWords(code) : word;
}

QString DashboardWords::ageBucket(int bucket)
{
    switch (bucket) {
    case 0:
        return tr("< 1 day");
    case 1:
        return tr("1–3 days");
    case 2:
        return tr("3–7 days");
    case 3:
        return tr("7–30 days");
    default:
        break;
    }
    return tr("> 30 days");
}

QString DashboardWords::column(const QString &name)
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("decided_at"), QT_TR_NOOP("Decided")},
        {QStringLiteral("location"), QT_TR_NOOP("Location")},
        {QStringLiteral("region"), QT_TR_NOOP("Region")},
        {QStringLiteral("abc_class"), QT_TR_NOOP("Class")},
        {QStringLiteral("session"), QT_TR_NOOP("Session")},
        {QStringLiteral("sku"), QT_TR_NOOP("SKU")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("expected"), QT_TR_NOOP("Expected")},
        {QStringLiteral("counted"), QT_TR_NOOP("Counted")},
        {QStringLiteral("variance"), QT_TR_NOOP("Variance")},
        {QStringLiteral("within_tolerance"), QT_TR_NOOP("Within tolerance")},
        {QStringLiteral("recounted"), QT_TR_NOOP("Recounted")},
        {QStringLiteral("state"), QT_TR_NOOP("State")},
        {QStringLiteral("decided_by"), QT_TR_NOOP("Decided by")},
        {QStringLiteral("at"), QT_TR_NOOP("Time")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("reason"), QT_TR_NOOP("Reason")},
        {QStringLiteral("bucket"), QT_TR_NOOP("Bucket")},
        {QStringLiteral("quantity"), QT_TR_NOOP("Units")},
        {QStringLiteral("value"), QT_TR_NOOP("Value")},
        {QStringLiteral("reference"), QT_TR_NOOP("Reference")},
        {QStringLiteral("actor"), QT_TR_NOOP("By")},
        {QStringLiteral("movement"), QT_TR_NOOP("Movement")},
        {QStringLiteral("last_counted"), QT_TR_NOOP("Last counted")},
        {QStringLiteral("due"), QT_TR_NOOP("Due")},
        {QStringLiteral("within_interval"), QT_TR_NOOP("Within interval")},
        {QStringLiteral("recorded_at"), QT_TR_NOOP("Recorded")},
        {QStringLiteral("area"), QT_TR_NOOP("Area")},
        {QStringLiteral("counter"), QT_TR_NOOP("Counter")},
        {QStringLiteral("recount"), QT_TR_NOOP("Recount")},
        {QStringLiteral("units"), QT_TR_NOOP("Units")},
        {QStringLiteral("since"), QT_TR_NOOP("Open since")},
        {QStringLiteral("age"), QT_TR_NOOP("Age")},
        {QStringLiteral("line_no"), QT_TR_NOOP("Line")},
        {QStringLiteral("class"), QT_TR_NOOP("Class")},
        {QStringLiteral("book"), QT_TR_NOOP("Ledger")},
        {QStringLiteral("theirs"), QT_TR_NOOP("File")},
        {QStringLiteral("difference"), QT_TR_NOOP("Difference")},
        {QStringLiteral("policy"), QT_TR_NOOP("Policy")},
        {QStringLiteral("proposed"), QT_TR_NOOP("Proposed")},
        {QStringLiteral("movement_id"), QT_TR_NOOP("Movement")},
    };
    const QString word = lookUp(words, name);
    return word.isEmpty() ? codeAsWords(name) : word;
}

QString DashboardWords::age(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    if (days > 0)
        return tr("%Ln day(s) %1 h", nullptr, int(days)).arg(hours % 24);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return tr("%Ln min", nullptr, int(minutes));
}

} // namespace Stockroom::Models
