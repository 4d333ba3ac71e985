#include "reconcilebenchmark.h"

#include "benchsupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlQuery>
#include <QUuid>

#include <chrono>
#include <connection/session.h>
#include <reconcile/dashboardreader.h>
#include <reconcile/reconcileservice.h>
#include <reconcile/snapshotcsv.h>
#include <vector>

namespace Stockroom::Services {

namespace {

using Clock = std::chrono::steady_clock;

const QString kSource = QStringLiteral("BENCH-ERP");
const QString kReserve = QStringLiteral("SELECT api.reserve(?, ?, ?, 86400, 'store', NULL, ?)::text");
const QString kReceive = QStringLiteral("SELECT api.receive(?, ?, 5, 'late receipt', ?)::text");

double seconds(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double>(to - from).count();
}

// Which stock rows (by their place in SKU, location order) get what: a hold before the cutoff (the ERP counts
// available), a receipt just after it (the ERP counted it already), a location the ledger does not know (the row
// itself then lacks from the file), or a true difference.
bool held(qint64 n)
{
    return n % 2000 == 0;
}
bool late(qint64 n)
{
    return n % 500 == 3;
}
bool unknownLocation(qint64 n)
{
    return n % 1000 == 1;
}
qint64 varianceOf(qint64 n)
{
    return n % 1000 == 7 ? 3 : n % 1000 == 9 ? -2 : 0;
}

QJsonObject classesJson(const ReconcileClasses &c)
{
    return {{QStringLiteral("matched"), c.matched},   {QStringLiteral("timing"), c.timing},
            {QStringLiteral("unknown"), c.unknown},   {QStringLiteral("bucket"), c.bucket},
            {QStringLiteral("variance"), c.variance}, {QStringLiteral("ledger_only"), c.ledgerOnly}};
}

} // namespace

QJsonObject ReconcileBenchmarkResult::toJson() const
{
    QJsonObject dashboardJson{{QStringLiteral("seconds"), dashboardSeconds},
                              {QStringLiteral("first_refresh_seconds"), firstRefreshSeconds},
                              {QStringLiteral("refresh_seconds"), refreshSeconds}};
    for (const auto &[chart, seconds] : dashboardReads)
        dashboardJson.insert(chart + QStringLiteral("_seconds"), seconds);
    return QJsonObject{
        {QStringLiteral("benchmark"), QStringLiteral("reconcile")},
        {QStringLiteral("database"), options.database},
        {QStringLiteral("tables"), QJsonObject{{QStringLiteral("locations"), locations},
                                               {QStringLiteral("skus"), skus},
                                               {QStringLiteral("stock_rows"), stockRows},
                                               {QStringLiteral("movements"), movements},
                                               {QStringLiteral("seed_seconds"), seedSeconds}}},
        {QStringLiteral("cutoff"), QJsonObject{{QStringLiteral("holds_before"), holds},
                                               {QStringLiteral("receipts_after"), lateReceipts},
                                               {QStringLiteral("timing_window_seconds"), options.timingWindowSeconds}}},
        {QStringLiteral("file"), QJsonObject{{QStringLiteral("lines"), lines},
                                             {QStringLiteral("bytes"), csvBytes},
                                             {QStringLiteral("write_seconds"), csvSeconds},
                                             {QStringLiteral("expected"), classesJson(expected)}}},
        {QStringLiteral("import"), QJsonObject{{QStringLiteral("parse_seconds"), parseSeconds},
                                               {QStringLiteral("load_seconds"), loadSeconds},
                                               {QStringLiteral("classify_seconds"), classifySeconds},
                                               {QStringLiteral("seconds"), importSeconds()},
                                               {QStringLiteral("phases"), phases},
                                               {QStringLiteral("summary"), summary},
                                               {QStringLiteral("as_expected"), classesAsExpected}}},
        {QStringLiteral("as_of"), QJsonObject{{QStringLiteral("days_back"), deepDays},
                                              {QStringLiteral("movements_after"), movementsAfterDeep},
                                              {QStringLiteral("rows"), asOfRows},
                                              {QStringLiteral("seconds"), asOfSeconds}}},
        {QStringLiteral("review"),
         QJsonObject{{QStringLiteral("seconds"), reviewSeconds}, {QStringLiteral("lines"), reviewLines}}},
        {QStringLiteral("approve"),
         QJsonObject{{QStringLiteral("seconds"), approveSeconds}, {QStringLiteral("lines"), approved}}},
        {QStringLiteral("dashboard"), dashboardJson},
        {QStringLiteral("consistent"), differences == 0},
        {QStringLiteral("differences"), differences},
    };
}

ReconcileBenchmark::ReconcileBenchmark(ConnectionSpec server, ReconcileBenchmarkOptions options, Progress progress)
    : m_server(std::move(server))
    , m_options(std::move(options))
    , m_progress(std::move(progress))
{
}

Result<ConnectionSpec> ReconcileBenchmark::prepareDatabase(ReconcileBenchmarkResult &result)
{
    auto made = Bench::makeDatabase(m_server, m_options.database, m_progress);
    if (!made)
        return made.error();
    const ConnectionSpec spec = made.value();
    Session session(spec, QStringLiteral("bench-seed"));
    QString script = Bench::sql(QStringLiteral("reconcile_seed"));
    if (script.isEmpty())
        return Error{Error::Kind::Internal, QStringLiteral("the benchmark's SQL is missing from this build"), {}};
    script.replace(QStringLiteral(":locations"), QString::number(m_options.locations))
        .replace(QStringLiteral(":skus"), QString::number(m_options.skus))
        .replace(QStringLiteral(":per_row"), QString::number(m_options.movementsPerRow));
    if (m_progress)
        m_progress(QStringLiteral("seeding %1 locations x %2 SKUs, %3 movements per stock row over a year")
                       .arg(m_options.locations)
                       .arg(m_options.skus)
                       .arg(m_options.movementsPerRow));
    const Clock::time_point before = Clock::now();
    if (auto seeded = session.execScript(script); !seeded)
        return seeded.error();
    result.seedSeconds = seconds(before, Clock::now());
    const std::pair<qint64 *, QString> counts[] = {
        {&result.locations, QStringLiteral("SELECT count(*) FROM ledger.location")},
        {&result.skus, QStringLiteral("SELECT count(*) FROM ledger.sku")},
        {&result.stockRows, QStringLiteral("SELECT count(*) FROM ledger.stock_level")},
        {&result.movements, QStringLiteral("SELECT count(*) FROM ledger.movement")},
    };
    for (const auto &[target, sql] : counts) {
        auto n = Bench::scalar(session, sql);
        if (!n)
            return n.error();
        *target = n.value();
    }
    return spec;
}

Status ReconcileBenchmark::reconcile(const ConnectionSpec &spec, ReconcileBenchmarkResult &result)
{
    Session session(spec, QStringLiteral("bench-reconcile"));
    if (auto opened = session.open(); !opened)
        return opened.error();
    ReconcileService service(session);
    const QString run = QUuid::createUuid().toString(QUuid::Id128).left(8);
    auto key = [&run](const QString &step) {
        return QStringLiteral("bench-reconcile-%1-%2").arg(run, step);
    };

    // The stock rows in a fixed order; what each gets follows from its place in it.
    struct Row
    {
        QString sku;
        QString location;
        qint64 onHand = 0;
    };
    std::vector<Row> rows;
    rows.reserve(size_t(result.stockRows));
    {
        auto read = session.run(QStringLiteral("SELECT k.code, l.code, s.on_hand FROM ledger.stock_level s "
                                               "JOIN ledger.sku k ON k.id = s.sku_id "
                                               "JOIN ledger.location l ON l.id = s.location_id ORDER BY 1, 2"));
        if (!read)
            return read.error();
        while (read.value()->next())
            rows.push_back({read.value()->value(0).toString(), read.value()->value(1).toString(),
                            read.value()->value(2).toLongLong()});
        read.value()->finish();
    }

    if (m_progress)
        m_progress(QStringLiteral("holds on every 2,000th row before the cutoff"));
    std::vector<qint64> reservedAt(rows.size(), 0);
    for (qint64 n = 0; n < qint64(rows.size()); ++n) {
        if (!held(n))
            continue;
        const Row &row = rows.at(size_t(n));
        const qint64 quantity = 1 + n % 7;
        auto taken =
            session.callJson(kReserve, {row.sku, row.location, quantity, key(QStringLiteral("hold-%1").arg(n))});
        if (!taken)
            return taken.error();
        reservedAt[size_t(n)] = quantity;
        ++result.holds;
    }

    // To the millisecond (what a QDateTime holds), after every hold, and before every receipt.
    auto cutoff = session.run(QStringLiteral("SELECT date_trunc('milliseconds', clock_timestamp()) + interval '1 ms', "
                                             "pg_sleep(0.002)"));
    if (!cutoff)
        return cutoff.error();
    const QDateTime asOf = cutoff.value()->next() ? cutoff.value()->value(0).toDateTime() : QDateTime();
    cutoff.value()->finish();

    if (m_progress)
        m_progress(QStringLiteral("receipts on every 500th row just after the cutoff"));
    for (qint64 n = 0; n < qint64(rows.size()); ++n) {
        if (!late(n))
            continue;
        const Row &row = rows.at(size_t(n));
        if (auto received = session.callJson(kReceive, {row.sku, row.location, key(QStringLiteral("late-%1").arg(n))});
            !received)
            return received.error();
        ++result.lateReceipts;
    }

    if (m_progress)
        m_progress(QStringLiteral("writing the snapshot file (%1 lines)").arg(rows.size()));
    Clock::time_point before = Clock::now();
    QByteArray csv = "Item,Site,Qty\n";
    csv.reserve(qsizetype(rows.size()) * 28);
    ReconcileClasses &expected = result.expected;
    for (qint64 n = 0; n < qint64(rows.size()); ++n) {
        const Row &row = rows.at(size_t(n));
        QString location = row.location;
        qint64 quantity = row.onHand;
        if (unknownLocation(n)) {
            location += QStringLiteral("-OLD");
            ++expected.unknown;
            ++expected.variance;
            ++expected.ledgerOnly;
        } else if (held(n)) {
            quantity -= reservedAt[size_t(n)];
            ++expected.bucket;
        } else if (late(n)) {
            quantity += 5;
            ++expected.timing;
        } else if (const qint64 off = varianceOf(n); off != 0) {
            quantity += off;
            ++expected.variance;
        } else {
            ++expected.matched;
        }
        csv += row.sku.toUtf8() + ',' + location.toUtf8() + ',' + QByteArray::number(quantity) + '\n';
    }
    result.csvSeconds = seconds(before, Clock::now());
    result.csvBytes = csv.size();
    rows.clear();
    rows.shrink_to_fit();

    if (auto source =
            service.setSource(kSource,
                              {{QStringLiteral("sku"), QStringLiteral("Item")},
                               {QStringLiteral("location"), QStringLiteral("Site")},
                               {QStringLiteral("quantity"), QStringLiteral("Qty")}},
                              {{QStringLiteral("default"), QStringLiteral("erp")}}, key(QStringLiteral("source")));
        !source)
        return source.error();
    auto mapping = service.mapping(kSource);
    if (!mapping)
        return mapping.error();

    if (m_progress)
        m_progress(QStringLiteral("(1) import: parsing and checking the file"));
    before = Clock::now();
    const SnapshotCsv parsed = parseSnapshotCsv(csv, mapping.value());
    result.parseSeconds = seconds(before, Clock::now());
    csv.clear();
    if (!parsed.ok())
        return Error{Error::Kind::Internal,
                     QStringLiteral("the benchmark's own file was refused: line %1: %2")
                         .arg(parsed.errors.constFirst().line)
                         .arg(parsed.errors.constFirst().message),
                     {}};
    result.lines = parsed.lines.size();

    if (m_progress)
        m_progress(QStringLiteral("    loading %1 lines in batches of 10,000").arg(result.lines));
    before = Clock::now();
    auto snapshot = service.load(kSource, asOf, QStringLiteral("bench.csv"), parsed.lines,
                                 key(QStringLiteral("snapshot")), 10000, [this, total = result.lines](qsizetype sent) {
                                     if (m_progress && sent % 200000 == 0)
                                         m_progress(QStringLiteral("      %1 of %2 sent").arg(sent).arg(total));
                                 });
    result.loadSeconds = seconds(before, Clock::now());
    if (!snapshot)
        return snapshot.error();

    if (m_progress)
        m_progress(QStringLiteral("    classifying at the cutoff"));
    before = Clock::now();
    auto classified = service.classify(snapshot.value(), m_options.timingWindowSeconds);
    result.classifySeconds = seconds(before, Clock::now());
    if (!classified)
        return classified.error();
    result.phases = classified->value(QStringLiteral("phases")).toObject();
    result.summary = classified->value(QStringLiteral("summary")).toObject();
    const auto count = [&](const char *name) {
        return result.summary.value(QLatin1String(name)).toInteger();
    };
    result.classesAsExpected = count("matched") == expected.matched && count("timing") == expected.timing &&
                               count("unknown") == expected.unknown && count("bucket") == expected.bucket &&
                               count("variance") == expected.variance && count("ledger_only") == expected.ledgerOnly;

    if (m_progress)
        m_progress(QStringLiteral("(2) the book of every stock row %1 days back").arg(result.deepDays));
    auto after = Bench::scalar(
        session, QStringLiteral("SELECT count(*) FROM ledger.movement WHERE at > now() - interval '%1 days'")
                     .arg(result.deepDays));
    if (!after)
        return after.error();
    result.movementsAfterDeep = after.value();
    before = Clock::now();
    auto asOfRows = Bench::scalar(
        session,
        QStringLiteral("SELECT count(*) FROM api.stock_as_of(now() - interval '%1 days')").arg(result.deepDays));
    result.asOfSeconds = seconds(before, Clock::now());
    if (!asOfRows)
        return asOfRows.error();
    result.asOfRows = asOfRows.value();

    if (m_progress)
        m_progress(QStringLiteral("(3) review, then every variance approved"));
    before = Clock::now();
    auto review = service.review(snapshot.value());
    result.reviewSeconds = seconds(before, Clock::now());
    if (!review)
        return review.error();
    result.reviewLines = review->value(QStringLiteral("lines")).toArray().size();
    before = Clock::now();
    auto approved = service.approve(snapshot.value(), std::nullopt, key(QStringLiteral("approve")));
    result.approveSeconds = seconds(before, Clock::now());
    if (!approved)
        return approved.error();
    result.approved = approved->value(QStringLiteral("approved")).toArray().size();
    return openDashboard(session, result);
}

Status ReconcileBenchmark::openDashboard(Session &session, ReconcileBenchmarkResult &result)
{
    if (m_progress)
        m_progress(QStringLiteral("(4) the dashboard's reads, last 30 days, every location"));
    const QString refresh = QStringLiteral("SELECT api.dashboard_refresh()::text");
    Clock::time_point before = Clock::now();
    if (auto refreshed = session.callJson(refresh); !refreshed)
        return refreshed.error();
    result.firstRefreshSeconds = seconds(before, Clock::now());
    before = Clock::now();
    if (auto refreshed = session.callJson(refresh); !refreshed)
        return refreshed.error();
    result.refreshSeconds = seconds(before, Clock::now());
    DashboardReader reader(session);
    DashboardFilter filter;
    filter.to = QDate::currentDate();
    filter.from = filter.to.addDays(-30);
    const auto timed = [&](const QString &chart, const auto &read) -> Status {
        const Clock::time_point before = Clock::now();
        auto value = read();
        const double took = seconds(before, Clock::now());
        if (!value)
            return value.error();
        result.dashboardReads.append({chart, took});
        result.dashboardSeconds += took;
        return success();
    };
    Status read = timed(QStringLiteral("accuracy"), [&] { return reader.accuracy(filter); });
    if (read)
        read = timed(QStringLiteral("variance"), [&] { return reader.varianceByReason(filter); });
    if (read)
        read = timed(QStringLiteral("shrinkage"), [&] { return reader.shrinkage(filter); });
    if (read)
        read = timed(QStringLiteral("coverage"), [&] { return reader.coverage(filter); });
    if (read)
        read = timed(QStringLiteral("counts_per_day"), [&] { return reader.countsPerDay(filter); });
    if (read)
        read = timed(QStringLiteral("open_discrepancies"), [&] { return reader.openDiscrepancies(filter); });
    if (read)
        read = timed(QStringLiteral("snapshot"), [&] { return reader.snapshots(filter, 0); });
    return read;
}

Result<ReconcileBenchmarkResult> ReconcileBenchmark::run()
{
    ReconcileBenchmarkResult result;
    result.options = m_options;
    auto spec = prepareDatabase(result);
    if (!spec) {
        Bench::dropDatabase(m_server, m_options.database, m_progress);
        return spec.error();
    }
    if (auto reconciled = reconcile(spec.value(), result); !reconciled) {
        Bench::dropDatabase(m_server, m_options.database, m_progress);
        return reconciled.error();
    }
    if (m_progress)
        m_progress(QStringLiteral("verifying the ledger"));
    Session session(spec.value(), QStringLiteral("bench-verify"));
    auto differences = Bench::scalar(session, QStringLiteral("SELECT count(*) FROM api.verify()"));
    session.close();
    Bench::dropDatabase(m_server, m_options.database, m_progress);
    if (!differences)
        return differences.error();
    result.differences = differences.value();
    return result;
}

} // namespace Stockroom::Services
