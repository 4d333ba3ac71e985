// stockroomctl reconcile, drift and report: snapshot reconciliation, the drift monitor and the supervisors' reports
// (resources/migrations/0010_reconcile.sql, services/reconcile).

#include "commands.h"
#include "context.h"
#include "tables.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <reconcile/reconcileservice.h>
#include <reconcile/snapshotcsv.h>

namespace Stockroom::Ctl {

namespace {

const QString kImportSynopsis = QStringLiteral(
    "reconcile import FILE --source NAME --as-of TIMESTAMP [--mapping sku=H,location=H,quantity=H[,bucket=H]] "
    "[--window SECONDS] [--key K]");

std::optional<qint64> snapshotId(Context &ctx, const QString &synopsis)
{
    const QStringList &words = ctx.args().words;
    if (words.size() != 3) {
        ctx.usage(QStringLiteral("give one snapshot number: %1").arg(synopsis));
        return std::nullopt;
    }
    bool ok = false;
    const qint64 id = words.at(2).toLongLong(&ok);
    if (!ok || id < 1) {
        ctx.usage(QStringLiteral("snapshot \"%1\" is not a snapshot number: %2").arg(words.at(2), synopsis));
        return std::nullopt;
    }
    return id;
}

// "sku=Item,location=Site,quantity=Qty[,bucket=Type]"; nullopt after printing why not.
std::optional<Services::SnapshotMapping> parseMapping(Context &ctx, const QString &text)
{
    Services::SnapshotMapping mapping;
    for (const QString &pair : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        const QString name = pair.left(eq).trimmed();
        const QString header = pair.mid(eq + 1).trimmed();
        if (eq < 0 || header.isEmpty()) {
            ctx.usage(QStringLiteral("--mapping \"%1\": name=header pairs, comma separated").arg(text));
            return std::nullopt;
        }
        if (name == u"sku")
            mapping.sku = header;
        else if (name == u"location")
            mapping.location = header;
        else if (name == u"quantity")
            mapping.quantity = header;
        else if (name == u"bucket")
            mapping.bucket = header;
        else {
            ctx.usage(QStringLiteral("--mapping: \"%1\" is not sku, location, quantity or bucket").arg(name));
            return std::nullopt;
        }
    }
    if (mapping.sku.isEmpty() || mapping.location.isEmpty() || mapping.quantity.isEmpty()) {
        ctx.usage(QStringLiteral("--mapping names the headers of sku, location and quantity"));
        return std::nullopt;
    }
    return mapping;
}

QString summaryText(const QJsonObject &summary)
{
    return QStringLiteral("%1 matched, %2 timing, %3 unknown, %4 bucket, %5 variance (%6 proposed)")
        .arg(cell(summary.value(QStringLiteral("matched"))), cell(summary.value(QStringLiteral("timing"))),
             cell(summary.value(QStringLiteral("unknown"))), cell(summary.value(QStringLiteral("bucket"))),
             cell(summary.value(QStringLiteral("variance"))), cell(summary.value(QStringLiteral("proposed"))));
}

} // namespace

int reconcileSourceCommand(Context &ctx)
{
    const QString synopsis =
        QStringLiteral("reconcile source NAME --mapping sku=H,location=H,quantity=H[,bucket=H] "
                       "[--policy default=erp|ledger|conservative,KIND_OR_LOCATION=...] [--key K]");
    if (ctx.args().words.size() != 3)
        return ctx.usage(QStringLiteral("give the source's name: %1").arg(synopsis));
    const auto mapping = parseMapping(ctx, ctx.args().value(QStringLiteral("mapping")));
    if (!mapping)
        return Usage;
    QJsonObject policy;
    for (const QString &pair : ctx.args().value(QStringLiteral("policy")).split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq < 1)
            return ctx.usage(QStringLiteral("--policy: WHERE=erp|ledger|conservative pairs: %1").arg(synopsis));
        policy.insert(pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed());
    }
    const QString key = ctx.key();
    if (!ctx.checkUnused())
        return Usage;
    auto *session = ctx.session();
    if (!session)
        return Failed;
    QJsonObject map{{QStringLiteral("sku"), mapping->sku},
                    {QStringLiteral("location"), mapping->location},
                    {QStringLiteral("quantity"), mapping->quantity}};
    if (!mapping->bucket.isEmpty())
        map.insert(QStringLiteral("bucket"), mapping->bucket);
    Services::ReconcileService reconcile(*session);
    return ctx.report(reconcile.setSource(ctx.args().words.at(2), map, policy, key), [](const QJsonObject &o) {
        return QStringLiteral("source %1 saved").arg(cell(o.value(QStringLiteral("name"))));
    });
}

int reconcileImportCommand(Context &ctx)
{
    if (ctx.args().words.size() != 3)
        return ctx.usage(QStringLiteral("give one file: %1").arg(kImportSynopsis));
    const QString path = ctx.args().words.at(2);
    const QString source = ctx.args().value(QStringLiteral("source"));
    if (source.isEmpty())
        return ctx.usage(QStringLiteral("--source is required: %1").arg(kImportSynopsis));
    const QDateTime asOf = QDateTime::fromString(ctx.args().value(QStringLiteral("as-of")), Qt::ISODate);
    if (!asOf.isValid())
        return ctx.usage(
            QStringLiteral("--as-of is required, an ISO 8601 time (2025-06-01T12:00:00Z): %1").arg(kImportSynopsis));
    QString error;
    const auto window = ctx.args().integer(QStringLiteral("window"), &error, 900);
    if (!window)
        return ctx.usage(error);
    if (*window < 0 || *window > 7 * 86400)
        return ctx.usage(QStringLiteral("--window is 0 to 604800 seconds, not %1").arg(*window));
    std::optional<Services::SnapshotMapping> mapping;
    if (ctx.args().has(QStringLiteral("mapping"))) {
        mapping = parseMapping(ctx, ctx.args().value(QStringLiteral("mapping")));
        if (!mapping)
            return Usage;
    }
    const QString key = ctx.key();
    if (!ctx.checkUnused())
        return Usage;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ctx.usage(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray data = file.readAll();
    auto *session = ctx.session();
    if (!session)
        return Failed;
    Services::ReconcileService reconcile(*session);
    if (!mapping) {
        auto saved = reconcile.mapping(source);
        if (!saved)
            return ctx.fail(saved.error());
        mapping = *saved;
    }
    const Services::SnapshotCsv parsed = Services::parseSnapshotCsv(data, *mapping);
    if (!parsed.ok()) {
        QJsonArray errors;
        for (const Services::SnapshotCsvError &e : parsed.errors) {
            errors.append(QJsonObject{{QStringLiteral("line"), e.line},
                                      {QStringLiteral("column"), e.column},
                                      {QStringLiteral("message"), e.message}});
            if (!ctx.json())
                std::fprintf(stderr, "%s:%d:%d: %s\n", qPrintable(path), e.line, e.column, qPrintable(e.message));
        }
        if (ctx.json())
            ctx.print(QJsonObject{{QStringLiteral("rejected"), true},
                                  {QStringLiteral("errors"), errors},
                                  {QStringLiteral("truncated"), parsed.truncated}},
                      {});
        else
            std::fprintf(stderr, "stockroomctl: %s rejected, nothing imported: %lld error(s)%s\n", qPrintable(path),
                         static_cast<long long>(errors.size()), parsed.truncated ? " and more not listed" : "");
        return Usage;
    }
    return ctx.report(reconcile.import(source, asOf, QFileInfo(path).fileName(), parsed.lines, int(*window), key),
                      [](const QJsonObject &o) {
                          return QStringLiteral("snapshot %1: %2")
                              .arg(cell(o.value(QStringLiteral("snapshot"))),
                                   summaryText(o.value(QStringLiteral("summary")).toObject()));
                      });
}

int reconcileShowCommand(Context &ctx)
{
    const auto snapshot = snapshotId(ctx, QStringLiteral("reconcile show SNAPSHOT [--all]"));
    if (!snapshot)
        return Usage;
    const bool all = ctx.args().flag(QStringLiteral("all"));
    if (!ctx.checkUnused())
        return Usage;
    auto *session = ctx.session();
    if (!session)
        return Failed;
    Services::ReconcileService reconcile(*session);
    auto review = reconcile.review(*snapshot, all);
    if (!review)
        return ctx.fail(review.error());
    if (ctx.json()) {
        ctx.print(*review, {});
        return Done;
    }
    std::printf("snapshot %s from %s as of %s (%s): %s\n", qPrintable(cell(review->value(QStringLiteral("snapshot")))),
                qPrintable(cell(review->value(QStringLiteral("source")))),
                qPrintable(cell(review->value(QStringLiteral("as_of")))),
                qPrintable(cell(review->value(QStringLiteral("state")))),
                qPrintable(summaryText(review->value(QStringLiteral("summary")).toObject())));
    printTable(review->value(QStringLiteral("lines")).toArray(),
               {QStringLiteral("line"), QStringLiteral("sku"), QStringLiteral("location"), QStringLiteral("bucket"),
                QStringLiteral("class"), QStringLiteral("book"), QStringLiteral("theirs"), QStringLiteral("difference"),
                QStringLiteral("policy"), QStringLiteral("proposed"), QStringLiteral("state")},
               {QStringLiteral("LINE"), QStringLiteral("SKU"), QStringLiteral("LOCATION"), QStringLiteral("BUCKET"),
                QStringLiteral("CLASS"), QStringLiteral("BOOK"), QStringLiteral("THEIRS"), QStringLiteral("DIFF"),
                QStringLiteral("POLICY"), QStringLiteral("PROPOSED"), QStringLiteral("STATE")});
    return Done;
}

int reconcileApproveCommand(Context &ctx)
{
    const QString synopsis = QStringLiteral("reconcile approve SNAPSHOT [--line SKU:LOCATION]... [--key K]");
    const auto snapshot = snapshotId(ctx, synopsis);
    if (!snapshot)
        return Usage;
    QStringList lines;
    for (const QString &line : ctx.args().values(QStringLiteral("line"))) {
        const qsizetype colon = line.lastIndexOf(u':');
        if (colon < 1 || colon == line.size() - 1)
            return ctx.usage(QStringLiteral("--line \"%1\" is SKU:LOCATION: %2").arg(line, synopsis));
        lines << line.left(colon).trimmed() + u'@' + line.mid(colon + 1).trimmed();
    }
    const QString key = ctx.key();
    if (!ctx.checkUnused())
        return Usage;
    auto *session = ctx.session();
    if (!session)
        return Failed;
    Services::ReconcileService reconcile(*session);
    return ctx.report(reconcile.approve(*snapshot, lines.isEmpty() ? std::nullopt : std::optional(lines), key),
                      [](const QJsonObject &o) {
                          QStringList done;
                          for (const QJsonValue &v : o.value(QStringLiteral("approved")).toArray())
                              done << QStringLiteral("%1@%2 %3")
                                          .arg(cell(v[QStringLiteral("sku")]), cell(v[QStringLiteral("location")]),
                                               cell(v[QStringLiteral("adjustment")]));
                          return QStringLiteral("snapshot %1: %2 adjustment(s) posted%3; %4")
                              .arg(cell(o.value(QStringLiteral("snapshot"))))
                              .arg(done.size())
                              .arg(done.isEmpty() ? QString() : u" (" + done.join(QStringLiteral(", ")) + u')',
                                   cell(o.value(QStringLiteral("state"))));
                      });
}

int driftCommand(Context &ctx)
{
    QString error;
    const auto limit = ctx.args().integer(QStringLiteral("limit"), &error, 100000);
    if (!limit)
        return ctx.usage(error);
    if (ctx.args().words.size() != 1 || !ctx.checkUnused())
        return ctx.usage(QStringLiteral("drift [--limit EVENTS]"));
    auto *session = ctx.session();
    if (!session)
        return Failed;
    Services::ReconcileService reconcile(*session);
    // Catch up with the outbox, then list what is open.
    Services::Result<QJsonObject> checked = reconcile.driftCheck(int(*limit));
    while (checked && checked->value(QStringLiteral("events")).toInteger() >= *limit)
        checked = reconcile.driftCheck(int(*limit));
    if (!checked)
        return ctx.fail(checked.error());
    auto findings = reconcile.drift();
    if (!findings)
        return ctx.fail(findings.error());
    if (ctx.json()) {
        for (const QJsonValue &row : *findings)
            ctx.print(row.toObject(), {});
        ctx.print(QJsonObject{{QStringLiteral("drift"), !findings->isEmpty()},
                              {QStringLiteral("findings"), findings->size()}},
                  {});
    } else if (findings->isEmpty()) {
        std::printf("no drift: every row the outbox touched matches its movements, holds and transfers\n");
    } else {
        printTable(*findings,
                   {QStringLiteral("finding"), QStringLiteral("sku"), QStringLiteral("location"),
                    QStringLiteral("bucket"), QStringLiteral("source"), QStringLiteral("balance"),
                    QStringLiteral("expected"), QStringLiteral("first_divergent_movement"),
                    QStringLiteral("after_movement")},
                   {QStringLiteral("FINDING"), QStringLiteral("SKU"), QStringLiteral("LOCATION"),
                    QStringLiteral("BUCKET"), QStringLiteral("FROM"), QStringLiteral("BALANCE"),
                    QStringLiteral("EXPECTED"), QStringLiteral("FIRST DIVERGENT"), QStringLiteral("AFTER")});
        std::fprintf(stderr, "stockroomctl: %lld row bucket(s) drift\n", static_cast<long long>(findings->size()));
    }
    return findings->isEmpty() ? Done : Failed;
}

int reportCommand(Context &ctx)
{
    const QString synopsis =
        QStringLiteral("report accuracy|variance|coverage [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--location L]");
    const QStringList &words = ctx.args().words;
    if (words.size() != 2)
        return ctx.usage(synopsis);
    const QString from = ctx.args().value(QStringLiteral("from"));
    const QString to = ctx.args().value(QStringLiteral("to"));
    const QString location = ctx.args().value(QStringLiteral("location"));
    for (const QString &date : {from, to}) {
        if (!date.isEmpty() && !QDate::fromString(date, Qt::ISODate).isValid())
            return ctx.usage(QStringLiteral("\"%1\" is not a date (YYYY-MM-DD)").arg(date));
    }
    QString sql;
    QStringList columns;
    if (words.at(1) == u"accuracy") {
        sql = QStringLiteral("SELECT location, abc_class, sum(counted_lines) AS counted_lines, "
                             "sum(within_tolerance) AS within_tolerance, round(sum(within_tolerance)::numeric / "
                             "nullif(sum(counted_lines), 0), 4) AS share FROM api.count_accuracy WHERE %1 "
                             "GROUP BY 1, 2 ORDER BY 1, 2");
        columns = {QStringLiteral("location"), QStringLiteral("abc_class"), QStringLiteral("counted_lines"),
                   QStringLiteral("within_tolerance"), QStringLiteral("share")};
    } else if (words.at(1) == u"variance") {
        sql = QStringLiteral("SELECT reason, sum(movements) AS movements, sum(units) AS units, sum(units_abs) AS "
                             "units_abs, sum(value) AS value FROM api.variance_by_reason WHERE %1 GROUP BY 1 "
                             "ORDER BY sum(units_abs) DESC, 1");
        columns = {QStringLiteral("reason"), QStringLiteral("movements"), QStringLiteral("units"),
                   QStringLiteral("units_abs"), QStringLiteral("value")};
    } else if (words.at(1) == u"coverage") {
        if (!from.isEmpty() || !to.isEmpty())
            return ctx.usage(QStringLiteral("coverage is as of today: --from and --to do not apply"));
        sql = QStringLiteral("SELECT location, abc_class, rows, counted_within_interval, share FROM "
                             "api.count_coverage WHERE %1 ORDER BY 1, 2");
        columns = {QStringLiteral("location"), QStringLiteral("abc_class"), QStringLiteral("rows"),
                   QStringLiteral("counted_within_interval"), QStringLiteral("share")};
    } else {
        return ctx.usage(synopsis);
    }
    if (!ctx.checkUnused())
        return Usage;
    QStringList where{QStringLiteral("true")};
    QVariantList values;
    if (!location.isEmpty()) {
        where << QStringLiteral("location = ?");
        values << location;
    }
    if (!from.isEmpty()) {
        where << QStringLiteral("day >= ?::date");
        values << from;
    }
    if (!to.isEmpty()) {
        where << QStringLiteral("day <= ?::date");
        values << to;
    }
    auto *session = ctx.session();
    if (!session)
        return Failed;
    auto rows = session->rows(sql.arg(where.join(QStringLiteral(" AND "))), values);
    if (!rows)
        return ctx.fail(rows.error());
    if (ctx.json()) {
        for (const QJsonValue &row : *rows)
            ctx.print(row.toObject(), {});
    } else {
        QStringList headers;
        for (const QString &c : columns)
            headers << c.toUpper();
        printTable(*rows, columns, headers);
    }
    return Done;
}

} // namespace Stockroom::Ctl
