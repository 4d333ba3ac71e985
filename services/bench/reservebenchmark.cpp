#include "reservebenchmark.h"

#include "benchsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <connection/session.h>
#include <latch>
#include <ledger/ledgerservice.h>
#include <map>
#include <memory>
#include <random>
#include <servicelog.h>
#include <vector>

namespace Stockroom::Services {

namespace {

using Clock = std::chrono::steady_clock;

constexpr qint64 kSeedQuantity = 1'000'000'000;
constexpr qint64 kGiveUpAfterErrors = 1000; // in a row: the client stops, the run reports the first error
const QString kDrainSku = QStringLiteral("BENCH-DRAIN");

QString skuCode(int n)
{
    return QStringLiteral("BENCH-%1").arg(n, 7, 10, QLatin1Char('0'));
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

// What one client counted; merged once every client has finished.
struct Tally
{
    qint64 calls = 0;
    qint64 resolveCalls = 0;
    qint64 refused = 0;
    qint64 errors = 0;
    qint64 errorsInARow = 0;
    QString firstError;
    std::vector<qint32> micros;

    bool failed(const Error &error)
    {
        if (firstError.isEmpty())
            firstError = error.message;
        ++errors;
        return ++errorsInARow < kGiveUpAfterErrors;
    }
};

// Shared by the clients of one phase: they connect, wait for the start, and stop at the deadline.
struct Start
{
    explicit Start(int clients)
        : ready(clients)
    {
    }
    std::latch ready;
    std::latch go{1};
    Clock::time_point deadline;
};

qint32 microsBetween(Clock::time_point from, Clock::time_point to)
{
    return qint32(std::chrono::duration_cast<std::chrono::microseconds>(to - from).count());
}

void stockroomClient(const ConnectionSpec &spec, BenchWorkload workload, int skus, const QString &location,
                     const QString &keyPrefix, int client, Start &start, Tally &tally)
{
    Session session(spec, QStringLiteral("bench"));
    const Status opened = session.open();
    start.ready.count_down();
    start.go.wait();
    if (!opened) {
        tally.failed(opened.error());
        return;
    }
    LedgerService ledger(session);
    std::mt19937 random(std::random_device{}() + unsigned(client));
    std::uniform_int_distribution<int> pick(1, skus);
    ReserveRequest request;
    request.location = location;
    request.quantity = 1;
    request.ttlSeconds = 600;
    request.channel = QStringLiteral("store");
    const Clock::time_point deadline = start.deadline;
    for (qint64 n = 0; Clock::now() < deadline; ++n) {
        request.sku = skuCode(pick(random));
        const Clock::time_point before = Clock::now();
        const auto reserved = ledger.reserve(request, keyPrefix + QString::number(n) + u"-r");
        const Clock::time_point after = Clock::now();
        if (!reserved) {
            if (!tally.failed(reserved.error()))
                return;
            continue;
        }
        tally.errorsInARow = 0;
        if (after <= deadline) {
            ++tally.calls;
            tally.micros.push_back(microsBetween(before, after));
        }
        if (workload != BenchWorkload::Cycle)
            continue;
        // Every reservation of the cycle is resolved, even past the deadline, so the run leaves none active.
        const qint64 id = reserved->value(QStringLiteral("reservation")).toInteger();
        const QString key = keyPrefix + QString::number(n) + u"-e";
        const auto resolved = n % 2 == 0 ? ledger.commit(id, key) : ledger.release(id, key);
        if (!resolved) {
            if (!tally.failed(resolved.error()))
                return;
        } else if (Clock::now() <= deadline) {
            ++tally.resolveCalls;
        }
    }
}

// The bare statement, or the rules floor statement, whose first three parameters are the bare one's and whose
// others are the request's: TTL, channel, SKU code and location code, as Stockroom's clients send them.
void bareClient(const ConnectionSpec &spec, BenchSide side, int skus, const QString &location, const QString &sql,
                const QString &keyPrefix, int client, Start &start, Tally &tally)
{
    const bool floor = side == BenchSide::Floor;
    Session session(spec, floor ? QStringLiteral("bench-floor") : QStringLiteral("bench-bare"));
    const Status opened = session.open();
    start.ready.count_down();
    start.go.wait();
    if (!opened) {
        tally.failed(opened.error());
        return;
    }
    std::mt19937 random(std::random_device{}() + unsigned(client));
    std::uniform_int_distribution<int> pick(1, skus);
    const Clock::time_point deadline = start.deadline;
    QVariantList values;
    for (qint64 n = 0; Clock::now() < deadline; ++n) {
        const int sku = pick(random);
        values = {QVariant(sku), QVariant(qint64(1)), QVariant(keyPrefix + QString::number(n))};
        if (floor)
            values << QVariant(600) << QVariant(QStringLiteral("store")) << QVariant(skuCode(sku))
                   << QVariant(location);
        const Clock::time_point before = Clock::now();
        const auto ran = session.run(sql, values);
        const Clock::time_point after = Clock::now();
        // The count is that of the statement's outer INSERT (the outbox event): 1 when the update found the stock.
        if (!ran || ran.value()->numRowsAffected() != 1) {
            const QString refused = floor ? QStringLiteral("the rules floor statement found no stock")
                                          : QStringLiteral("the bare statement found no stock");
            if (!tally.failed(ran ? Error{Error::Kind::Refused, refused, {}} : ran.error()))
                return;
            continue;
        }
        tally.errorsInARow = 0;
        if (after <= deadline) {
            ++tally.calls;
            tally.micros.push_back(microsBetween(before, after));
        }
    }
}

// Reserves one unit of the drain SKU until refused.
void drainClient(const ConnectionSpec &spec, const QString &location, const QString &keyPrefix, Start &start,
                 Tally &tally)
{
    Session session(spec, QStringLiteral("bench-drain"));
    const Status opened = session.open();
    start.ready.count_down();
    start.go.wait();
    if (!opened) {
        tally.failed(opened.error());
        return;
    }
    LedgerService ledger(session);
    ReserveRequest request{kDrainSku, location, 1, 600, QStringLiteral("store"), {}};
    for (qint64 n = 0;; ++n) {
        const auto reserved = ledger.reserve(request, keyPrefix + QString::number(n));
        if (reserved) {
            ++tally.calls;
            tally.errorsInARow = 0;
        } else if (reserved.error().sqlState == u"SR001") {
            ++tally.refused;
            return;
        } else if (!tally.failed(reserved.error())) {
            return;
        }
    }
}

double percentile(std::vector<qint32> &values, double fraction)
{
    if (values.empty())
        return 0;
    const auto at = values.begin() + qsizetype(fraction * double(values.size() - 1));
    std::nth_element(values.begin(), at, values.end());
    return double(*at) / 1000.0;
}

// What the cluster says about the case's database: WAL position, table statistics, statement statistics.
class Monitor final
{
public:
    explicit Monitor(const ConnectionSpec &spec)
        : m_session(spec, QStringLiteral("bench-monitor"))
    {
    }

    qint64 walPosition()
    {
        auto position = Bench::scalar(m_session, QStringLiteral("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), "
                                                                "'0/0')::bigint"));
        return position ? position.value() : 0;
    }

    std::map<QString, BenchTable> tables()
    {
        std::map<QString, BenchTable> out;
        auto rows = m_session.rows(
            QStringLiteral("SELECT schemaname || '.' || relname AS name, pg_total_relation_size(relid) AS bytes, "
                           "n_live_tup AS live, n_tup_ins AS ins, n_tup_upd AS upd, n_tup_hot_upd AS hot, "
                           "autovacuum_count AS av, autoanalyze_count AS aa FROM pg_stat_user_tables "
                           "WHERE schemaname IN ('ledger', 'bench_bare')"));
        if (!rows)
            return out;
        for (const auto &value : rows.value()) {
            const QJsonObject row = value.toObject();
            BenchTable t;
            t.name = row.value(u"name").toString();
            t.bytes = row.value(u"bytes").toInteger();
            t.liveRows = row.value(u"live").toInteger();
            t.inserted = row.value(u"ins").toInteger();
            t.updated = row.value(u"upd").toInteger();
            t.hotUpdated = row.value(u"hot").toInteger();
            t.autovacuums = row.value(u"av").toInteger();
            t.autoanalyzes = row.value(u"aa").toInteger();
            out.emplace(t.name, t);
        }
        return out;
    }

    // pg_stat_statements in this database, when the server loads it.
    bool trackStatements()
    {
        m_session.execScript(QStringLiteral("SET client_min_messages = warning"));
        m_tracking = m_session.execScript(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")).ok() &&
                     m_session.execScript(QStringLiteral("SELECT pg_stat_statements_reset()")).ok() &&
                     m_session.execScript(QStringLiteral("SELECT count(*) FROM pg_stat_statements")).ok();
        return m_tracking;
    }

    void resetStatements()
    {
        if (m_tracking)
            m_session.execScript(QStringLiteral("SELECT pg_stat_statements_reset()"));
    }

    void collectStatements(std::map<QString, BenchStatement> &into)
    {
        if (!m_tracking)
            return;
        auto rows = m_session.rows(QStringLiteral(
            "SELECT toplevel, query, calls, total_exec_time AS ms, rows, wal_bytes::bigint AS wal "
            "FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) "
            "AND query !~* 'pg_stat|pg_current_wal|pg_wal_lsn|pg_total_relation_size|pg_database'"));
        if (!rows)
            return;
        for (const auto &value : rows.value()) {
            const QJsonObject row = value.toObject();
            const bool top = row.value(u"toplevel").toBool();
            // Qt's driver prepares each statement under its own name per connection: one statement, many names.
            static const QRegularExpression prepared(QStringLiteral("^PREPARE qpsqlpstmt_[0-9a-f]+ AS "));
            const QString query = row.value(u"query").toString().simplified().remove(prepared);
            BenchStatement &s = into[(top ? u"T " : u"N ") + query];
            s.query = query;
            s.topLevel = top;
            s.calls += row.value(u"calls").toInteger();
            s.totalMs += row.value(u"ms").toDouble();
            s.rows += row.value(u"rows").toInteger();
            s.walBytes += row.value(u"wal").toInteger();
        }
    }

private:
    Session m_session;
    bool m_tracking = false;
};

} // namespace

QJsonObject BenchPhase::toJson() const
{
    QJsonObject object{{QStringLiteral("seconds"), seconds},
                       {QStringLiteral("calls"), calls},
                       {QStringLiteral("per_second"), callsPerSecond()},
                       {QStringLiteral("p50_ms"), p50Ms},
                       {QStringLiteral("p99_ms"), p99Ms},
                       {QStringLiteral("errors"), errors},
                       {QStringLiteral("wal_bytes"), walBytes},
                       {QStringLiteral("wal_bytes_per_call"), walBytesPerOp()}};
    if (!firstError.isEmpty())
        object.insert(QStringLiteral("first_error"), firstError);
    return object;
}

QString BenchCase::name() const
{
    switch (workload) {
    case BenchWorkload::ReserveOnly:
        return QStringLiteral("reserve_only");
    case BenchWorkload::Cycle:
        return QStringLiteral("cycle");
    case BenchWorkload::Hot:
        return QStringLiteral("hot");
    }
    return {};
}

double BenchCase::ratio() const
{
    return bare.callsPerSecond() > 0 ? stockroom.opsPerSecond() / bare.callsPerSecond() : 0;
}

double BenchCase::floorRatio() const
{
    return floor && bare.callsPerSecond() > 0 ? floor->callsPerSecond() / bare.callsPerSecond() : 0;
}

double BenchCase::ofFloor() const
{
    return floor && floor->callsPerSecond() > 0 ? stockroom.opsPerSecond() / floor->callsPerSecond() : 0;
}

bool BenchCase::autovacuumRan() const
{
    return std::any_of(tables.begin(), tables.end(), [](const BenchTable &t) { return t.autovacuums > 0; });
}

namespace {

// A statement the client sent for a call: not the connection's setup, nor the NOTIFY the outbox trigger sends
// at commit (which pg_stat_statements counts as a top-level statement).
bool sentForCall(const BenchStatement &s)
{
    static const QRegularExpression setup(
        QStringLiteral("^(SET |SELECT version\\(\\)|SELECT \\$1 x|SELECT pg_catalog\\.pg_notify)"));
    return s.topLevel && !setup.match(s.query).hasMatch();
}

} // namespace

double BenchCase::roundTripsPerCall() const
{
    qint64 top = 0;
    for (const BenchStatement &s : statements)
        top += sentForCall(s) ? s.calls : 0;
    const qint64 ops = stockroom.calls + stockroom.resolveCalls;
    return statementsTracked && ops > 0 ? double(top) / double(ops) : 0;
}

double BenchCase::serverMsPerCall() const
{
    double ms = 0;
    qint64 calls = 0;
    for (const BenchStatement &s : statements) {
        if (sentForCall(s)) {
            ms += s.totalMs;
            calls += s.calls;
        }
    }
    return calls > 0 ? ms / double(calls) : 0;
}

double BenchCase::rowsWrittenPerCall() const
{
    qint64 written = 0;
    for (const BenchTable &t : tables) {
        if (t.name.startsWith(u"ledger."))
            written += t.inserted + t.updated;
    }
    const qint64 ops = stockroom.calls + stockroom.resolveCalls;
    return ops > 0 ? double(written) / double(ops) : 0;
}

QJsonObject BenchCase::toJson() const
{
    QJsonArray tableArray;
    for (const BenchTable &t : tables)
        tableArray.append(QJsonObject{{QStringLiteral("table"), t.name},
                                      {QStringLiteral("bytes"), t.bytes},
                                      {QStringLiteral("live_rows"), t.liveRows},
                                      {QStringLiteral("inserted"), t.inserted},
                                      {QStringLiteral("updated"), t.updated},
                                      {QStringLiteral("hot_updated"), t.hotUpdated},
                                      {QStringLiteral("autovacuums"), t.autovacuums},
                                      {QStringLiteral("autoanalyzes"), t.autoanalyzes}});
    QJsonArray statementArray;
    for (const BenchStatement &s : statements)
        statementArray.append(QJsonObject{{QStringLiteral("query"), s.query},
                                          {QStringLiteral("top_level"), s.topLevel},
                                          {QStringLiteral("calls"), s.calls},
                                          {QStringLiteral("total_ms"), s.totalMs},
                                          {QStringLiteral("rows"), s.rows},
                                          {QStringLiteral("wal_bytes"), s.walBytes}});
    QJsonObject ours = stockroom.toJson();
    ours.insert(QStringLiteral("reserves"), stockroom.calls);
    ours.insert(QStringLiteral("reserves_per_second"), stockroom.callsPerSecond());
    ours.insert(QStringLiteral("commits_and_releases"), stockroom.resolveCalls);
    ours.insert(QStringLiteral("transactions_per_second"), stockroom.opsPerSecond());
    QJsonObject object{{QStringLiteral("workload"), name()},
                       {QStringLiteral("skus"), skus},
                       {QStringLiteral("stockroom"), ours},
                       {QStringLiteral("bare"), bare.toJson()},
                       {QStringLiteral("ratio"), ratio()},
                       {QStringLiteral("autovacuum_ran"), autovacuumRan()},
                       {QStringLiteral("tables"), tableArray},
                       {QStringLiteral("statements_tracked"), statementsTracked},
                       {QStringLiteral("round_trips_per_call"), roundTripsPerCall()},
                       {QStringLiteral("server_ms_per_call"), serverMsPerCall()},
                       {QStringLiteral("rows_written_per_call"), rowsWrittenPerCall()},
                       {QStringLiteral("statements"), statementArray},
                       {QStringLiteral("differences"), differences}};
    if (floor) {
        object.insert(QStringLiteral("floor"), floor->toJson());
        object.insert(QStringLiteral("floor_ratio"), floorRatio());
        object.insert(QStringLiteral("of_floor"), ofFloor());
    }
    return object;
}

QJsonObject BenchDrain::toJson() const
{
    QJsonObject object{{QStringLiteral("stock"), stock},
                       {QStringLiteral("reserved"), reserved},
                       {QStringLiteral("refused"), refused},
                       {QStringLiteral("oversold"), oversold()},
                       {QStringLiteral("stranded"), stranded()},
                       {QStringLiteral("available_after"), availableAfter},
                       {QStringLiteral("seconds"), seconds},
                       {QStringLiteral("errors"), errors},
                       {QStringLiteral("differences"), differences}};
    if (!firstError.isEmpty())
        object.insert(QStringLiteral("first_error"), firstError);
    return object;
}

double ReserveBenchmarkResult::reserveRatio() const
{
    return cycle.bare.callsPerSecond() > 0 ? cycle.stockroom.callsPerSecond() / cycle.bare.callsPerSecond() : 0;
}

double ReserveBenchmarkResult::transactionRatio() const
{
    return cycle.ratio();
}

std::optional<double> ReserveBenchmarkResult::hotUncontendedCeiling() const
{
    if (!hot || reserveOnly.skus < 10 * options.clients || hot->bare.callsPerSecond() <= 0)
        return std::nullopt;
    return reserveOnly.stockroom.callsPerSecond() / hot->bare.callsPerSecond();
}

qint64 ReserveBenchmarkResult::differences() const
{
    return reserveOnly.differences + cycle.differences + (hot ? hot->differences : 0) +
           (drain ? drain->differences : 0);
}

QJsonObject ReserveBenchmarkResult::toJson() const
{
    QJsonObject ours = cycle.stockroom.toJson();
    ours.insert(QStringLiteral("reserves"), cycle.stockroom.calls);
    ours.insert(QStringLiteral("reserves_per_second"), cycle.stockroom.callsPerSecond());
    ours.insert(QStringLiteral("commits_and_releases"), cycle.stockroom.resolveCalls);
    ours.insert(QStringLiteral("transactions_per_second"), cycle.stockroom.opsPerSecond());
    ours.insert(QStringLiteral("latency_of"), QStringLiteral("reserve"));
    QJsonObject theirs = cycle.bare.toJson();
    theirs.insert(QStringLiteral("latency_of"), QStringLiteral("bare statement"));
    QJsonObject object{
        {QStringLiteral("benchmark"), QStringLiteral("reserve")},
        {QStringLiteral("clients"), options.clients},
        {QStringLiteral("seconds"), options.seconds},
        {QStringLiteral("skus"), options.skus},
        {QStringLiteral("location"), options.location},
        {QStringLiteral("database"), options.database},
        {QStringLiteral("workload"),
         QStringLiteral("each client: reserve 1 unit of a random SKU, then commit it (even calls) or release it "
                        "(odd calls), through LedgerService; bare: one statement of conditional UPDATE, movement "
                        "INSERT and outbox INSERT on schema bench_bare")},
        {QStringLiteral("stockroom"), ours},
        {QStringLiteral("bare"), theirs},
        {QStringLiteral("reserve_ratio"), reserveRatio()},
        {QStringLiteral("transaction_ratio"), transactionRatio()},
        {QStringLiteral("reserve_only_ratio"), reserveOnlyRatio()},
        {QStringLiteral("cycle_ratio"), cycleRatio()},
        {QStringLiteral("reserve_only_floor_ratio"), reserveOnlyFloorRatio()},
        {QStringLiteral("reserve_only"), reserveOnly.toJson()},
        {QStringLiteral("cycle"), cycle.toJson()},
        {QStringLiteral("load_average_before"), loadBefore},
        {QStringLiteral("load_average_after"), loadAfter},
        {QStringLiteral("consistent"), differences() == 0},
        {QStringLiteral("differences"), differences()},
    };
    if (hot) {
        object.insert(QStringLiteral("hot"), hot->toJson());
        object.insert(QStringLiteral("hot_ratio"), hotRatio());
        object.insert(QStringLiteral("slots"), options.slotCount);
        if (const auto ceiling = hotUncontendedCeiling())
            object.insert(QStringLiteral("hot_uncontended_ceiling"), *ceiling);
    }
    if (drain) {
        object.insert(QStringLiteral("drain"), drain->toJson());
        object.insert(QStringLiteral("oversold"), drain->oversold());
    }
    return object;
}

ReserveBenchmark::ReserveBenchmark(ConnectionSpec server, ReserveBenchmarkOptions options, Progress progress)
    : m_server(std::move(server))
    , m_options(std::move(options))
    , m_progress(std::move(progress))
    , m_runId(QUuid::createUuid().toString(QUuid::Id128).left(12))
{
}

Status ReserveBenchmark::setUp(const ConnectionSpec &spec, int skus, bool hot)
{
    Session session(spec, QStringLiteral("bench-setup"));
    LedgerService ledger(session);
    if (m_progress)
        m_progress(QStringLiteral("setting up %1 benchmark SKU(s) at %2").arg(skus).arg(m_options.location));
    auto location = ledger.addLocation({m_options.location, QStringLiteral("Benchmark warehouse"),
                                        QStringLiteral("warehouse"), QString(), std::nullopt, std::nullopt});
    if (!location)
        return location.error();
    const QString seedSkus = Bench::sql(QStringLiteral("seed_skus"));
    const QString seedStock = Bench::sql(QStringLiteral("seed_stock"));
    const QString bareSchema = Bench::sql(QStringLiteral("bare_schema"));
    if (seedSkus.isEmpty() || seedStock.isEmpty() || bareSchema.isEmpty())
        return Error{Error::Kind::Internal, QStringLiteral("the benchmark's SQL is missing from this build"), {}};
    if (auto made = session.run(seedSkus, {skus}); !made)
        return made.error();
    if (auto stocked = session.run(seedStock, {skus, m_options.location, kSeedQuantity}); !stocked)
        return stocked.error();
    if (hot) {
        auto enabled = session.callJson(
            QStringLiteral("SELECT api.hot_sku_enable(?::uuid, ?, ?, ?)::text"),
            {QUuid::createUuid().toString(QUuid::WithoutBraces), skuCode(1), m_options.location, m_options.slotCount});
        if (!enabled)
            return enabled.error();
    }
    if (auto made = session.execScript(bareSchema); !made)
        return made;
    if (auto seeded = session.run(QStringLiteral("INSERT INTO bench_bare.stock_level (sku_id, location_id, on_hand)"
                                                 " SELECT g, 1, ? FROM generate_series(1, ?) g"),
                                  {kSeedQuantity, skus});
        !seeded)
        return seeded.error();
    // Both sides start alike: the seed's own rows vacuumed and analyzed, so that no autovacuum is owed for them.
    return session.execScript(QStringLiteral("VACUUM (ANALYZE)"));
}

void ReserveBenchmark::runSlice(const ConnectionSpec &spec, BenchWorkload workload, BenchSide side, int skus,
                                std::chrono::milliseconds length, BenchPhase &phase, std::vector<qint32> &micros)
{
    const QString bareSql = side == BenchSide::Bare    ? Bench::sql(QStringLiteral("bare_reserve"))
                            : side == BenchSide::Floor ? Bench::sql(QStringLiteral("floor_reserve"))
                                                       : QString();
    const QChar letter = side == BenchSide::Bare ? u'b' : side == BenchSide::Floor ? u'f' : u's';
    const int clients = m_options.clients;
    Start start(clients);
    std::vector<Tally> tallies(static_cast<size_t>(clients));
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < clients; ++i) {
        const QString keyPrefix = QStringLiteral("bench-%1-%2%3-%4-").arg(m_runId, QString(letter)).arg(m_slice).arg(i);
        Tally &tally = tallies[size_t(i)];
        threads.emplace_back(
            QThread::create([this, &spec, workload, side, skus, &bareSql, keyPrefix, i, &start, &tally] {
                if (side != BenchSide::Stockroom)
                    bareClient(spec, side, skus, m_options.location, bareSql, keyPrefix, i, start, tally);
                else
                    stockroomClient(spec, workload, skus, m_options.location, keyPrefix, i, start, tally);
            }));
        threads.back()->start();
    }
    ++m_slice;
    start.ready.wait();
    start.deadline = Clock::now() + length;
    start.go.count_down();
    for (auto &thread : threads)
        thread->wait();

    phase.seconds += std::chrono::duration<double>(length).count();
    for (Tally &tally : tallies) {
        phase.calls += tally.calls;
        phase.resolveCalls += tally.resolveCalls;
        phase.errors += tally.errors;
        if (phase.firstError.isEmpty())
            phase.firstError = tally.firstError;
        micros.insert(micros.end(), tally.micros.begin(), tally.micros.end());
    }
}

Result<BenchCase> ReserveBenchmark::runCase(BenchWorkload workload)
{
    BenchCase result;
    result.workload = workload;
    result.skus = workload == BenchWorkload::Hot ? 1 : m_options.skus;
    auto made = Bench::makeDatabase(m_server, m_options.database, m_progress);
    if (!made)
        return made.error();
    const ConnectionSpec spec = made.value();
    if (auto ready = setUp(spec, result.skus, workload == BenchWorkload::Hot); !ready)
        return ready.error();
    std::map<QString, BenchTable> before;
    std::map<QString, BenchStatement> statements;
    {
        Monitor monitor(spec);
        result.statementsTracked = monitor.trackStatements();
        before = monitor.tables();
        // The machine's other load comes and goes: the sides take turns in slices of S/2 seconds, Stockroom, bare,
        // floor, floor, bare, Stockroom (the cycle has no floor: Stockroom, bare, bare, Stockroom), so that a busy
        // moment or a slow drift weighs on all alike and each side runs S seconds.
        const std::chrono::milliseconds slice(m_options.seconds * 1000 / 2);
        using enum BenchSide;
        const std::vector<BenchSide> order =
            workload == BenchWorkload::Cycle ? std::vector<BenchSide>{Stockroom, Bare, Bare, Stockroom}
                                             : std::vector<BenchSide>{Stockroom, Bare, Floor, Floor, Bare, Stockroom};
        if (workload != BenchWorkload::Cycle)
            result.floor.emplace();
        std::vector<qint32> ours;
        std::vector<qint32> theirs;
        std::vector<qint32> floors;
        for (const BenchSide side : order) {
            if (m_progress)
                m_progress(QStringLiteral("%1, %2: %3 client(s) for %4 s")
                               .arg(result.name(), side == Bare    ? QStringLiteral("bare statement")
                                                   : side == Floor ? QStringLiteral("rules floor statement")
                                                                   : QStringLiteral("Stockroom"))
                               .arg(m_options.clients)
                               .arg(double(slice.count()) / 1000));
            if (side == Stockroom)
                monitor.resetStatements();
            BenchPhase &phase = side == Bare ? result.bare : side == Floor ? *result.floor : result.stockroom;
            const qint64 walBefore = monitor.walPosition();
            runSlice(spec, workload, side, result.skus, slice, phase,
                     side == Bare    ? theirs
                     : side == Floor ? floors
                                     : ours);
            phase.walBytes += monitor.walPosition() - walBefore;
            if (side == Stockroom)
                monitor.collectStatements(statements);
        }
        result.stockroom.p50Ms = percentile(ours, 0.50);
        result.stockroom.p99Ms = percentile(ours, 0.99);
        result.bare.p50Ms = percentile(theirs, 0.50);
        result.bare.p99Ms = percentile(theirs, 0.99);
        if (result.floor) {
            result.floor->p50Ms = percentile(floors, 0.50);
            result.floor->p99Ms = percentile(floors, 0.99);
        }
        // The clients' sessions report their statistics as they end.
        QThread::msleep(1500);
        for (const auto &[name, after] : monitor.tables()) {
            BenchTable t = after;
            if (const auto it = before.find(name); it != before.end()) {
                t.inserted -= it->second.inserted;
                t.updated -= it->second.updated;
                t.hotUpdated -= it->second.hotUpdated;
                t.autovacuums -= it->second.autovacuums;
                t.autoanalyzes -= it->second.autoanalyzes;
            }
            result.tables.push_back(t);
        }
    }
    for (auto &[key, statement] : statements)
        result.statements.push_back(statement);
    std::sort(result.statements.begin(), result.statements.end(),
              [](const BenchStatement &a, const BenchStatement &b) { return a.totalMs > b.totalMs; });
    if (m_progress)
        m_progress(QStringLiteral("verifying the ledger"));
    {
        Session session(spec, QStringLiteral("bench-verify"));
        LedgerService ledger(session);
        auto differences = ledger.verify();
        if (!differences)
            return differences.error();
        result.differences = differences->size();
    }
    if (workload != BenchWorkload::Hot)
        Bench::dropDatabase(m_server, m_options.database, m_progress);
    return result;
}

// Runs in the hot case's database, which it drops after.
Result<BenchDrain> ReserveBenchmark::runDrain()
{
    ConnectionSpec spec = m_server;
    spec.database = m_options.database;
    BenchDrain drain;
    drain.stock = m_options.drainStock > 0 ? m_options.drainStock : qint64(m_options.clients) * 50;
    {
        Session session(spec, QStringLiteral("bench-drain-setup"));
        LedgerService ledger(session);
        if (m_progress)
            m_progress(QStringLiteral("sell-out: %1 unit(s) of %2 in hot mode, %3 client(s) reserve 1 at a time until "
                                      "refused")
                           .arg(drain.stock)
                           .arg(kDrainSku)
                           .arg(m_options.clients));
        if (auto added = session.run(QStringLiteral("SELECT api.add_sku(?, 'Benchmark sell-out')"), {kDrainSku});
            !added)
            return added.error();
        if (auto received = ledger.receive(kDrainSku, m_options.location, drain.stock,
                                           QStringLiteral("bench-drain-") + m_runId, QStringLiteral("sell-out stock"));
            !received)
            return received.error();
        auto enabled = session.callJson(
            QStringLiteral("SELECT api.hot_sku_enable(?::uuid, ?, ?, ?)::text"),
            {QUuid::createUuid().toString(QUuid::WithoutBraces), kDrainSku, m_options.location, m_options.slotCount});
        if (!enabled)
            return enabled.error();
    }
    const int clients = m_options.clients;
    Start start(clients);
    std::vector<Tally> tallies(static_cast<size_t>(clients));
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < clients; ++i) {
        const QString keyPrefix = QStringLiteral("bench-%1-d-%2-").arg(m_runId).arg(i);
        Tally &tally = tallies[size_t(i)];
        threads.emplace_back(QThread::create([this, &spec, keyPrefix, &start, &tally] {
            drainClient(spec, m_options.location, keyPrefix, start, tally);
        }));
        threads.back()->start();
    }
    start.ready.wait();
    const Clock::time_point began = Clock::now();
    start.go.count_down();
    for (auto &thread : threads)
        thread->wait();
    drain.seconds = std::chrono::duration<double>(Clock::now() - began).count();
    for (const Tally &tally : tallies) {
        drain.reserved += tally.calls;
        drain.refused += tally.refused;
        drain.errors += tally.errors;
        if (drain.firstError.isEmpty())
            drain.firstError = tally.firstError;
    }
    {
        Session session(spec, QStringLiteral("bench-drain-check"));
        auto available = session.rows(QStringLiteral("SELECT available FROM api.stock WHERE sku = ? AND location = ?"),
                                      {kDrainSku, m_options.location});
        if (!available)
            return available.error();
        for (const auto &row : available.value())
            drain.availableAfter += row.toObject().value(u"available").toInteger();
        LedgerService ledger(session);
        auto differences = ledger.verify();
        if (!differences)
            return differences.error();
        drain.differences = differences->size();
    }
    Bench::dropDatabase(m_server, m_options.database, m_progress);
    return drain;
}

Result<ReserveBenchmarkResult> ReserveBenchmark::run()
{
    ReserveBenchmarkResult result;
    result.options = m_options;
    result.loadBefore = loadAverage();
    auto reserveOnly = runCase(BenchWorkload::ReserveOnly);
    if (!reserveOnly)
        return reserveOnly.error();
    result.reserveOnly = reserveOnly.value();
    auto cycle = runCase(BenchWorkload::Cycle);
    if (!cycle)
        return cycle.error();
    result.cycle = cycle.value();
    if (m_options.hotSku) {
        auto hot = runCase(BenchWorkload::Hot);
        if (!hot) {
            Bench::dropDatabase(m_server, m_options.database, m_progress);
            return hot.error();
        }
        result.hot = hot.value();
        auto drain = runDrain();
        if (!drain) {
            Bench::dropDatabase(m_server, m_options.database, m_progress);
            return drain.error();
        }
        result.drain = drain.value();
    }
    result.loadAfter = loadAverage();
    return result;
}

} // namespace Stockroom::Services
