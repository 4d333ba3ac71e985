#include "reservebenchmark.h"

#include "benchsupport.h"

#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <chrono>
#include <connection/session.h>
#include <latch>
#include <ledger/ledgerservice.h>
#include <memory>
#include <random>
#include <servicelog.h>
#include <vector>

namespace Stockroom::Services {

namespace {

using Clock = std::chrono::steady_clock;

constexpr qint64 kSeedQuantity = 1'000'000'000;
constexpr qint64 kGiveUpAfterErrors = 1000; // in a row: the client stops, the run reports the first error

QString skuCode(int n)
{
    return QStringLiteral("BENCH-%1").arg(n, 7, 10, QLatin1Char('0'));
}

// What one client counted; merged once every client has finished.
struct Tally
{
    qint64 calls = 0;
    qint64 resolveCalls = 0;
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

void stockroomClient(const ConnectionSpec &spec, const ReserveBenchmarkOptions &options, const QString &keyPrefix,
                     int client, Start &start, Tally &tally)
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
    std::uniform_int_distribution<int> pick(1, options.skus);
    ReserveRequest request;
    request.location = options.location;
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
        // Every reservation is resolved, even past the deadline, so the run leaves none active.
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

void bareClient(const ConnectionSpec &spec, const ReserveBenchmarkOptions &options, const QString &sql,
                const QString &keyPrefix, int client, Start &start, Tally &tally)
{
    Session session(spec, QStringLiteral("bench-bare"));
    const Status opened = session.open();
    start.ready.count_down();
    start.go.wait();
    if (!opened) {
        tally.failed(opened.error());
        return;
    }
    std::mt19937 random(std::random_device{}() + unsigned(client));
    std::uniform_int_distribution<int> pick(1, options.skus);
    const Clock::time_point deadline = start.deadline;
    for (qint64 n = 0; Clock::now() < deadline; ++n) {
        const Clock::time_point before = Clock::now();
        const auto ran =
            session.run(sql, {QVariant(pick(random)), QVariant(qint64(1)), QVariant(keyPrefix + QString::number(n))});
        const Clock::time_point after = Clock::now();
        if (!ran || ran.value()->numRowsAffected() != 1) {
            if (!tally.failed(ran ? Error{Error::Kind::Refused, QStringLiteral("the bare statement found no stock"), {}}
                                  : ran.error()))
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

double percentile(std::vector<qint32> &values, double fraction)
{
    if (values.empty())
        return 0;
    const auto at = values.begin() + qsizetype(fraction * double(values.size() - 1));
    std::nth_element(values.begin(), at, values.end());
    return double(*at) / 1000.0;
}

} // namespace

QJsonObject BenchPhase::toJson() const
{
    QJsonObject object{{QStringLiteral("seconds"), seconds},
                       {QStringLiteral("calls"), calls},
                       {QStringLiteral("per_second"), callsPerSecond()},
                       {QStringLiteral("p50_ms"), p50Ms},
                       {QStringLiteral("p99_ms"), p99Ms},
                       {QStringLiteral("errors"), errors}};
    if (!firstError.isEmpty())
        object.insert(QStringLiteral("first_error"), firstError);
    return object;
}

double ReserveBenchmarkResult::reserveRatio() const
{
    return bare.callsPerSecond() > 0 ? stockroom.callsPerSecond() / bare.callsPerSecond() : 0;
}

double ReserveBenchmarkResult::transactionRatio() const
{
    return bare.callsPerSecond() > 0 ? stockroom.opsPerSecond() / bare.callsPerSecond() : 0;
}

QJsonObject ReserveBenchmarkResult::toJson() const
{
    QJsonObject ours = stockroom.toJson();
    ours.insert(QStringLiteral("reserves"), stockroom.calls);
    ours.insert(QStringLiteral("reserves_per_second"), stockroom.callsPerSecond());
    ours.insert(QStringLiteral("commits_and_releases"), stockroom.resolveCalls);
    ours.insert(QStringLiteral("transactions_per_second"), stockroom.opsPerSecond());
    ours.insert(QStringLiteral("latency_of"), QStringLiteral("reserve"));
    QJsonObject theirs = bare.toJson();
    theirs.insert(QStringLiteral("latency_of"), QStringLiteral("bare statement"));
    return QJsonObject{
        {QStringLiteral("benchmark"), QStringLiteral("reserve")},
        {QStringLiteral("clients"), options.clients},
        {QStringLiteral("seconds"), options.seconds},
        {QStringLiteral("skus"), options.skus},
        {QStringLiteral("location"), options.location},
        {QStringLiteral("workload"),
         QStringLiteral("each client: reserve 1 unit of a random SKU, then commit it (even calls) or release it "
                        "(odd calls), through LedgerService; bare: one statement of conditional UPDATE, movement "
                        "INSERT and outbox INSERT on schema bench_bare")},
        {QStringLiteral("stockroom"), ours},
        {QStringLiteral("bare"), theirs},
        {QStringLiteral("reserve_ratio"), reserveRatio()},
        {QStringLiteral("transaction_ratio"), transactionRatio()},
        {QStringLiteral("consistent"), differences == 0},
        {QStringLiteral("differences"), differences},
    };
}

ReserveBenchmark::ReserveBenchmark(ConnectionSpec spec, ReserveBenchmarkOptions options, Progress progress)
    : m_spec(std::move(spec))
    , m_options(std::move(options))
    , m_progress(std::move(progress))
    , m_runId(QUuid::createUuid().toString(QUuid::Id128).left(12))
{
}

Status ReserveBenchmark::setUp()
{
    Session session(m_spec, QStringLiteral("bench-setup"));
    LedgerService ledger(session);
    if (m_progress)
        m_progress(QStringLiteral("setting up %1 benchmark SKU(s) at %2").arg(m_options.skus).arg(m_options.location));
    auto location = ledger.addLocation({m_options.location, QStringLiteral("Benchmark warehouse"),
                                        QStringLiteral("warehouse"), QString(), std::nullopt, std::nullopt});
    if (!location)
        return location.error();
    const QString seedSkus = Bench::sql(QStringLiteral("seed_skus"));
    const QString seedStock = Bench::sql(QStringLiteral("seed_stock"));
    const QString bareSchema = Bench::sql(QStringLiteral("bare_schema"));
    if (seedSkus.isEmpty() || seedStock.isEmpty() || bareSchema.isEmpty())
        return Error{Error::Kind::Internal, QStringLiteral("the benchmark's SQL is missing from this build"), {}};
    if (auto made = session.run(seedSkus, {m_options.skus}); !made)
        return made.error();
    if (auto stocked = session.run(seedStock, {m_options.skus, m_options.location, kSeedQuantity}); !stocked)
        return stocked.error();
    if (auto made = session.execScript(bareSchema); !made)
        return made;
    if (auto seeded = session.run(QStringLiteral("INSERT INTO bench_bare.stock_level (sku_id, location_id, on_hand)"
                                                 " SELECT g, 1, ? FROM generate_series(1, ?) g"),
                                  {kSeedQuantity, m_options.skus});
        !seeded)
        return seeded.error();
    return session.execScript(QStringLiteral("ANALYZE bench_bare.stock_level"));
}

void ReserveBenchmark::runSlice(bool bare, std::chrono::milliseconds length, BenchPhase &phase,
                                std::vector<qint32> &micros)
{
    const QString bareSql = bare ? Bench::sql(QStringLiteral("bare_reserve")) : QString();
    const int clients = m_options.clients;
    Start start(clients);
    std::vector<Tally> tallies(static_cast<size_t>(clients));
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < clients; ++i) {
        const QString keyPrefix = QStringLiteral("bench-%1-%2%3-%4-")
                                      .arg(m_runId, bare ? QStringLiteral("b") : QStringLiteral("s"))
                                      .arg(m_slice)
                                      .arg(i);
        Tally &tally = tallies[size_t(i)];
        threads.emplace_back(QThread::create([this, bare, &bareSql, keyPrefix, i, &start, &tally] {
            if (bare)
                bareClient(m_spec, m_options, bareSql, keyPrefix, i, start, tally);
            else
                stockroomClient(m_spec, m_options, keyPrefix, i, start, tally);
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

Result<ReserveBenchmarkResult> ReserveBenchmark::run()
{
    if (auto ready = setUp(); !ready)
        return ready.error();
    ReserveBenchmarkResult result;
    result.options = m_options;
    // The machine's other load comes and goes: the two sides take turns in slices, Stockroom, bare, bare,
    // Stockroom, so that a busy moment or a slow drift weighs on both alike.
    const std::chrono::milliseconds slice(m_options.seconds * 1000 / 2);
    std::vector<qint32> ours;
    std::vector<qint32> theirs;
    for (const bool bare : {false, true, true, false}) {
        if (m_progress)
            m_progress(bare ? QStringLiteral("bare: %1 client(s) run the single statement for %2 s")
                                  .arg(m_options.clients)
                                  .arg(double(slice.count()) / 1000)
                            : QStringLiteral("Stockroom: %1 client(s) reserve, then commit or release, for %2 s")
                                  .arg(m_options.clients)
                                  .arg(double(slice.count()) / 1000));
        runSlice(bare, slice, bare ? result.bare : result.stockroom, bare ? theirs : ours);
    }
    result.stockroom.p50Ms = percentile(ours, 0.50);
    result.stockroom.p99Ms = percentile(ours, 0.99);
    result.bare.p50Ms = percentile(theirs, 0.50);
    result.bare.p99Ms = percentile(theirs, 0.99);
    if (m_progress)
        m_progress(QStringLiteral("verifying the ledger"));
    Session session(m_spec, QStringLiteral("bench-verify"));
    LedgerService ledger(session);
    auto differences = ledger.verify();
    if (!differences)
        return differences.error();
    result.differences = differences->size();
    return result;
}

} // namespace Stockroom::Services
