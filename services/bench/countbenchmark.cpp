#include "countbenchmark.h"

#include "benchsupport.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <chrono>
#include <connection/session.h>
#include <vector>

namespace Stockroom::Services {

namespace {

using Clock = std::chrono::steady_clock;

const QString kLocation = QStringLiteral("BC-STORE");
const QString kCreate =
    QStringLiteral("SELECT api.count_session_create(?, NULL, NULL, true, true, NULL, 'bench counts', ?)::text");
const QString kRecord = QStringLiteral("SELECT api.count_record(?, ?, ?, '', 'bench counts', NULL::bigint, ?)::text");
const QString kSubmit = QStringLiteral("SELECT api.count_submit(?, false, ?)::text");
const QString kReserve = QStringLiteral("SELECT api.reserve(?, ?, ?, 86400, 'store', NULL, ?)::text");
const QString kReview = QStringLiteral("SELECT api.count_review(?)::text");
const QString kApprove = QStringLiteral("SELECT api.count_approve(?, NULL, false, ?, 'bench counts', ?)::text");

double seconds(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double>(to - from).count();
}

// What the associate counts on line n (1-based) of on hand: the lines that get holds a little short (their count
// then leaves less on hand than the holds), one in ten one more, one in ten one less (within class C's tolerance of
// two units), the rest exactly.
qint64 countedFor(qint64 n, qint64 onHand, bool shortLine)
{
    if (shortLine)
        return onHand - 2;
    if (n % 10 == 1)
        return onHand + 1;
    if (n % 10 == 2)
        return onHand - 1;
    return onHand;
}

} // namespace

QJsonObject CountBenchmarkResult::toJson() const
{
    QJsonObject record{{QStringLiteral("lines"), recorded},
                       {QStringLiteral("seconds"), recordSeconds},
                       {QStringLiteral("lines_per_second"), recordsPerSecond()},
                       {QStringLiteral("ms_per_line"), msPerRecord()},
                       {QStringLiteral("p50_ms"), recordP50Ms},
                       {QStringLiteral("p95_ms"), recordP95Ms},
                       {QStringLiteral("max_ms"), recordMaxMs},
                       {QStringLiteral("with_variance"), countedOff},
                       {QStringLiteral("errors"), recordErrors}};
    if (!firstRecordError.isEmpty())
        record.insert(QStringLiteral("first_error"), firstRecordError);
    return QJsonObject{
        {QStringLiteral("benchmark"), QStringLiteral("counts")},
        {QStringLiteral("database"), options.database},
        {QStringLiteral("tables"), QJsonObject{{QStringLiteral("skus"), skus},
                                               {QStringLiteral("stock_rows"), stockRows},
                                               {QStringLiteral("movements_before"), movementsBefore},
                                               {QStringLiteral("movements_after"), movementsAfter},
                                               {QStringLiteral("count_lines"), countLines},
                                               {QStringLiteral("count_observations"), observations},
                                               {QStringLiteral("outbox_events"), outboxEvents},
                                               {QStringLiteral("seed_seconds"), seedSeconds}}},
        {QStringLiteral("create"),
         QJsonObject{{QStringLiteral("seconds"), createSeconds}, {QStringLiteral("lines"), sessionLines}}},
        {QStringLiteral("record"), record},
        {QStringLiteral("submit"), QJsonObject{{QStringLiteral("analyze_seconds"), analyzeSeconds},
                                               {QStringLiteral("seconds"), submitSeconds},
                                               {QStringLiteral("pending"), pending},
                                               {QStringLiteral("recount"), recount},
                                               {QStringLiteral("holds_after"), holds}}},
        {QStringLiteral("review"), QJsonObject{{QStringLiteral("seconds"), reviewSeconds},
                                               {QStringLiteral("lines"), reviewLines},
                                               {QStringLiteral("short_of_reserved"), shortOfReserved}}},
        {QStringLiteral("refused_approval"), QJsonObject{{QStringLiteral("seconds"), refusedSeconds},
                                                         {QStringLiteral("lines_stated"), refusedLinesStated},
                                                         {QStringLiteral("lines_named"), refusedLinesNamed},
                                                         {QStringLiteral("message"), refusal}}},
        {QStringLiteral("approve"), QJsonObject{{QStringLiteral("seconds"), approveSeconds},
                                                {QStringLiteral("lines"), approved},
                                                {QStringLiteral("variances_posted"), variancesPosted},
                                                {QStringLiteral("holds_released"), holdsReleased},
                                                {QStringLiteral("state"), finalState}}},
        {QStringLiteral("consistent"), differences == 0},
        {QStringLiteral("differences"), differences},
    };
}

CountBenchmark::CountBenchmark(ConnectionSpec server, CountBenchmarkOptions options, Progress progress)
    : m_server(std::move(server))
    , m_options(std::move(options))
    , m_progress(std::move(progress))
{
}

Result<ConnectionSpec> CountBenchmark::prepareDatabase(CountBenchmarkResult &result)
{
    auto made = Bench::makeDatabase(m_server, m_options.database, m_progress);
    if (!made)
        return made.error();
    const ConnectionSpec spec = made.value();
    Session session(spec, QStringLiteral("bench-seed"));
    QString script = Bench::sql(QStringLiteral("counts_seed"));
    if (script.isEmpty())
        return Error{Error::Kind::Internal, QStringLiteral("the benchmark's SQL is missing from this build"), {}};
    script.replace(QStringLiteral(":lines"), QString::number(m_options.lines));
    if (m_progress)
        m_progress(QStringLiteral("seeding %1 SKUs in stock at %2").arg(m_options.lines).arg(kLocation));
    const Clock::time_point before = Clock::now();
    if (auto seeded = session.execScript(script); !seeded)
        return seeded.error();
    result.seedSeconds = seconds(before, Clock::now());
    const std::pair<qint64 *, QString> counts[] = {
        {&result.skus, QStringLiteral("SELECT count(*) FROM ledger.sku")},
        {&result.stockRows, QStringLiteral("SELECT count(*) FROM ledger.stock_level")},
        {&result.movementsBefore, QStringLiteral("SELECT count(*) FROM ledger.movement")},
    };
    for (const auto &[target, sql] : counts) {
        auto n = Bench::scalar(session, sql);
        if (!n)
            return n.error();
        *target = n.value();
    }
    return spec;
}

Status CountBenchmark::runSession(const ConnectionSpec &spec, CountBenchmarkResult &result)
{
    Session session(spec, QStringLiteral("bench-counts"));
    if (auto opened = session.open(); !opened)
        return opened.error();
    const QString run = QUuid::createUuid().toString(QUuid::Id128).left(8);
    auto key = [&run](const QString &step) {
        return QStringLiteral("bench-counts-%1-%2").arg(run, step);
    };

    if (m_progress)
        m_progress(QStringLiteral("creating a count session over every SKU at %1").arg(kLocation));
    Clock::time_point before = Clock::now();
    auto created = session.callJson(kCreate, {kLocation, key(QStringLiteral("create"))});
    result.createSeconds = seconds(before, Clock::now());
    if (!created)
        return created.error();
    const qint64 id = created->value(QStringLiteral("session")).toInteger();
    result.sessionLines = created->value(QStringLiteral("lines")).toInteger();

    // What the shelves hold, read once: the associate's counts are made from it.
    auto stock =
        session.rows(QStringLiteral("SELECT sku, on_hand FROM api.stock WHERE location = ? ORDER BY sku"), {kLocation});
    if (!stock)
        return stock.error();
    const qint64 lines = stock->size();
    const qint64 every = std::max<qint64>(1, lines / std::max(1, m_options.shortLines));
    auto isShort = [&](qint64 n) {
        return m_options.shortLines > 0 && n % every == 0 && n / every <= m_options.shortLines;
    };

    if (m_progress)
        m_progress(
            QStringLiteral("(a) one associate records %1 lines, one api.count_record round trip each").arg(lines));
    std::vector<qint64> micros;
    micros.reserve(size_t(lines));
    const Clock::time_point recordStart = Clock::now();
    for (qint64 n = 1; n <= lines; ++n) {
        const QJsonObject row = stock->at(n - 1).toObject();
        const QString sku = row.value(QStringLiteral("sku")).toString();
        const qint64 onHand = row.value(QStringLiteral("on_hand")).toInteger();
        const qint64 counted = countedFor(n, onHand, isShort(n));
        before = Clock::now();
        auto recorded = session.callJson(kRecord, {id, sku, counted, key(QStringLiteral("record-") + sku)});
        const Clock::time_point after = Clock::now();
        if (!recorded) {
            if (result.firstRecordError.isEmpty())
                result.firstRecordError = recorded.error().message;
            ++result.recordErrors;
            continue;
        }
        micros.push_back(std::chrono::duration_cast<std::chrono::microseconds>(after - before).count());
        result.countedOff += counted != onHand ? 1 : 0;
        if (m_progress && n % 5000 == 0)
            m_progress(QStringLiteral("    %1 of %2 recorded, %3 s")
                           .arg(n)
                           .arg(lines)
                           .arg(seconds(recordStart, Clock::now()), 0, 'f', 1));
    }
    result.recordSeconds = seconds(recordStart, Clock::now());
    result.recorded = qint64(micros.size());
    result.recordP50Ms = Bench::percentileMs(micros, 0.50);
    result.recordP95Ms = Bench::percentileMs(micros, 0.95);
    result.recordMaxMs = micros.empty() ? 0 : double(*std::max_element(micros.begin(), micros.end())) / 1000.0;

    // A real count takes long enough for autovacuum to analyze the count tables while it runs; the benchmark's
    // minute does not, and without statistics count_submit's plan is quadratic in the lines (see README).
    before = Clock::now();
    if (auto analyzed = session.execScript(QStringLiteral("ANALYZE ledger.count_line, ledger.count_observation"));
        !analyzed)
        return analyzed.error();
    result.analyzeSeconds = seconds(before, Clock::now());

    if (m_progress)
        m_progress(QStringLiteral("(b) submitting the session"));
    before = Clock::now();
    auto submitted = session.callJson(kSubmit, {id, key(QStringLiteral("submit"))});
    result.submitSeconds = seconds(before, Clock::now());
    if (!submitted)
        return submitted.error();
    result.pending = submitted->value(QStringLiteral("pending")).toInteger();
    result.recount = submitted->value(QStringLiteral("recount")).toInteger();

    // Holds taken after the counts: each leaves one unit free, which the count (two short) no longer covers.
    if (m_progress && m_options.shortLines > 0)
        m_progress(QStringLiteral("    holds on %1 counted rows, between the count and its approval")
                       .arg(m_options.shortLines));
    for (qint64 n = 1; n <= lines; ++n) {
        if (!isShort(n))
            continue;
        const QJsonObject row = stock->at(n - 1).toObject();
        const QString sku = row.value(QStringLiteral("sku")).toString();
        auto held = session.callJson(kReserve, {sku, kLocation, row.value(QStringLiteral("on_hand")).toInteger() - 1,
                                                key(QStringLiteral("hold-") + sku)});
        if (!held)
            return held.error();
        ++result.holds;
    }

    if (m_progress)
        m_progress(QStringLiteral("(c) reviewing: every line in one api.count_review"));
    before = Clock::now();
    auto review = session.callJson(kReview, {id});
    result.reviewSeconds = seconds(before, Clock::now());
    if (!review)
        return review.error();
    const QJsonArray reviewed = review->value(QStringLiteral("lines")).toArray();
    result.reviewLines = reviewed.size();
    for (const QJsonValue &line : reviewed)
        result.shortOfReserved += line[QStringLiteral("short_of_reserved")].toBool() ? 1 : 0;

    if (m_progress)
        m_progress(QStringLiteral("(d) approving every line without releasing holds (refused), then releasing them"));
    before = Clock::now();
    auto refused = session.callJson(kApprove, {id, false, key(QStringLiteral("approve-refused"))});
    result.refusedSeconds = seconds(before, Clock::now());
    if (refused) {
        result.refusal = QStringLiteral("not refused: %1 lines approved")
                             .arg(refused->value(QStringLiteral("approved")).toArray().size());
    } else {
        const QString message = refused.error().message;
        result.refusal = message.left(300);
        static const QRegularExpression stated(QStringLiteral("(\\d+) line\\(s\\) cannot be approved"));
        if (const auto match = stated.match(message); match.hasMatch())
            result.refusedLinesStated = match.captured(1).toLongLong();
        static const QRegularExpression named(QStringLiteral("\\bBC-\\d{7}:"));
        for (auto it = named.globalMatch(message); it.hasNext(); it.next())
            ++result.refusedLinesNamed;
    }

    before = Clock::now();
    auto approved = session.callJson(kApprove, {id, true, key(QStringLiteral("approve"))});
    result.approveSeconds = seconds(before, Clock::now());
    if (!approved)
        return approved.error();
    const QJsonArray approvedLines = approved->value(QStringLiteral("approved")).toArray();
    result.approved = approvedLines.size();
    for (const QJsonValue &line : approvedLines)
        result.variancesPosted += line[QStringLiteral("variance")].toInteger() != 0 ? 1 : 0;
    result.holdsReleased = approved->value(QStringLiteral("released")).toArray().size();
    result.finalState = approved->value(QStringLiteral("state")).toString();

    const std::pair<qint64 *, QString> counts[] = {
        {&result.movementsAfter, QStringLiteral("SELECT count(*) FROM ledger.movement")},
        {&result.countLines, QStringLiteral("SELECT count(*) FROM ledger.count_line")},
        {&result.observations, QStringLiteral("SELECT count(*) FROM ledger.count_observation")},
        {&result.outboxEvents, QStringLiteral("SELECT count(*) FROM ledger.outbox")},
    };
    for (const auto &[target, sql] : counts) {
        auto n = Bench::scalar(session, sql);
        if (!n)
            return n.error();
        *target = n.value();
    }
    return success();
}

void CountBenchmark::dropDatabase()
{
    Bench::dropDatabase(m_server, m_options.database, m_progress);
}

Result<CountBenchmarkResult> CountBenchmark::run()
{
    CountBenchmarkResult result;
    result.options = m_options;
    auto spec = prepareDatabase(result);
    if (!spec) {
        dropDatabase();
        return spec.error();
    }
    if (auto counted = runSession(spec.value(), result); !counted) {
        dropDatabase();
        return counted.error();
    }
    if (m_progress)
        m_progress(QStringLiteral("verifying the ledger"));
    Session session(spec.value(), QStringLiteral("bench-verify"));
    auto differences = Bench::scalar(session, QStringLiteral("SELECT count(*) FROM api.verify()"));
    session.close();
    dropDatabase();
    if (!differences)
        return differences.error();
    result.differences = differences.value();
    return result;
}

} // namespace Stockroom::Services
