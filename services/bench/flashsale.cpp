#include "flashsale.h"

#include "benchsupport.h"

#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <queue>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <connection/migrator.h>
#include <connection/session.h>
#include <latch>
#include <ledger/ledgerservice.h>
#include <memory>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

namespace Stockroom::Services {

namespace {

using Clock = std::chrono::steady_clock;

const QString kSku = QStringLiteral("FLASH-SALE-1");
const QString kLocation = QStringLiteral("FLASH");
constexpr int kSweepEveryMs = 250;
constexpr int kSweepBatch = 1000;
constexpr int kExpiryGraceSeconds = 30; // past the TTL: holds that still have not expired fail the run

// What each buyer will do, drawn from the seed before the sale starts.
struct Buyer
{
    std::chrono::microseconds arrival{0};
    bool abandons = false;
    std::chrono::milliseconds payment{0};
};

std::vector<Buyer> planBuyers(const FlashSaleOptions &options)
{
    std::mt19937_64 random(options.seed);
    std::exponential_distribution<double> gap(options.ratePerSecond > 0 ? options.ratePerSecond : 1.0);
    std::bernoulli_distribution abandons(qBound(0.0, options.abandon, 1.0));
    std::uniform_real_distribution<double> payment(0.5, 1.5);
    std::vector<Buyer> buyers(static_cast<size_t>(options.buyers));
    double at = 0;
    for (Buyer &buyer : buyers) {
        if (options.arrival == FlashSaleOptions::Arrival::Poisson)
            at += gap(random);
        buyer.arrival = std::chrono::microseconds(qint64(at * 1e6));
        buyer.abandons = abandons(random);
        buyer.payment = std::chrono::milliseconds(qint64(options.paymentMs * payment(random)));
    }
    return buyers;
}

// The buyers' next steps, shared by the clients: arrivals (reserve) and payments (commit), each in time order. A
// payment that is due goes first, before buyers still waiting to reserve, as a checkout serves the buyers who are
// paying before new ones: in a burst, a payment queued behind thousands of refusals would come after its hold expired.
class Schedule
{
public:
    struct Task
    {
        Clock::time_point due;
        int buyer = 0;
        qint64 reservation = 0; // 0: the buyer arrives; else the buyer pays for this hold
        bool operator>(const Task &other) const { return due > other.due; }
    };

    void add(const Task &task)
    {
        {
            const std::lock_guard lock(m_mutex);
            (task.reservation == 0 ? m_arrivals : m_payments).push(task);
        }
        m_wake.notify_one();
    }

    // The next task that is due, waiting for it; false when every task is done or the run stops.
    bool next(Task &task, const std::atomic<bool> &stop)
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            if (stop)
                return false;
            const Clock::time_point now = Clock::now();
            if (m_arrivals.empty() && m_payments.empty()) {
                if (m_busy == 0)
                    return false;
                m_wake.wait_for(lock, std::chrono::milliseconds(50));
                continue;
            }
            for (Queue *queue : {&m_payments, &m_arrivals}) {
                if (!queue->empty() && queue->top().due <= now) {
                    task = queue->top();
                    queue->pop();
                    ++m_busy;
                    return true;
                }
            }
            Clock::time_point wake = now + std::chrono::milliseconds(50);
            for (const Queue *queue : {&m_payments, &m_arrivals})
                if (!queue->empty())
                    wake = std::min(wake, queue->top().due);
            m_wake.wait_until(lock, wake);
        }
    }

    // After a task and whatever it added: when nothing is left, every client's next() returns false.
    void done()
    {
        {
            const std::lock_guard lock(m_mutex);
            --m_busy;
        }
        m_wake.notify_all();
    }

    bool finished()
    {
        const std::lock_guard lock(m_mutex);
        return m_arrivals.empty() && m_payments.empty() && m_busy == 0;
    }

private:
    using Queue = std::priority_queue<Task, std::vector<Task>, std::greater<>>;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    Queue m_arrivals;
    Queue m_payments;
    int m_busy = 0;
};

// What one client counted; merged when the sale is over.
struct Tally
{
    qint64 reserveCalls = 0;
    qint64 reservations = 0;
    qint64 refusals = 0;
    qint64 abandoned = 0;
    qint64 lateCommits = 0;
    qint64 errors = 0;
    QString firstError;
    std::vector<qint64> micros;
    Clock::time_point lastReserve{};

    void failed(const Error &error)
    {
        if (firstError.isEmpty())
            firstError = error.message;
        ++errors;
    }
};

// Shared by the clients, the sweeper and the sampler.
struct Shared
{
    explicit Shared(int clients)
        : ready(clients + 1)
    {
    }
    Schedule schedule;
    std::latch ready; // every client and the sweeper connected
    std::latch go{1}; // the buyers' arrivals are scheduled
    std::atomic<bool> stop{false};
    std::atomic<qint64> refusals{0};
    std::atomic<qint64> returned{0};
    QString keyPrefix;
};

void client(const ConnectionSpec &spec, const FlashSaleOptions &options, const std::vector<Buyer> &buyers,
            Shared &shared, Tally &tally)
{
    Session session(spec, QStringLiteral("simulate"));
    const Status opened = session.open();
    shared.ready.count_down();
    shared.go.wait();
    if (!opened) {
        tally.failed(opened.error());
        return;
    }
    LedgerService ledger(session);
    ReserveRequest request;
    request.sku = kSku;
    request.location = kLocation;
    request.quantity = 1;
    request.ttlSeconds = options.ttlSeconds;
    request.channel = QStringLiteral("web"); // the online shop
    Schedule::Task task;
    while (shared.schedule.next(task, shared.stop)) {
        const QString key = shared.keyPrefix + QString::number(task.buyer);
        if (task.reservation == 0) {
            request.orderRef = QStringLiteral("flash-%1").arg(task.buyer);
            const Clock::time_point before = Clock::now();
            const auto reserved = ledger.reserve(request, key + u"-r");
            const Clock::time_point after = Clock::now();
            ++tally.reserveCalls;
            tally.micros.push_back(std::chrono::duration_cast<std::chrono::microseconds>(after - before).count());
            tally.lastReserve = after;
            if (reserved) {
                ++tally.reservations;
                const Buyer &buyer = buyers.at(size_t(task.buyer));
                if (buyer.abandons)
                    ++tally.abandoned;
                else
                    shared.schedule.add({after + buyer.payment, task.buyer,
                                         reserved->value(QStringLiteral("reservation")).toInteger()});
            } else if (reserved.error().sqlState == u"SR001") {
                ++tally.refusals;
                ++shared.refusals;
            } else {
                tally.failed(reserved.error());
            }
        } else {
            const auto committed = ledger.commit(task.reservation, key + u"-c");
            if (!committed && committed.error().kind == Error::Kind::Refused)
                ++tally.lateCommits; // the hold expired before the payment came
            else if (!committed)
                tally.failed(committed.error());
        }
        shared.schedule.done();
    }
}

// Expires the holds past their TTL, as every running app's sweeper would, only more often.
void sweeper(const ConnectionSpec &spec, Shared &shared, const std::atomic<bool> &stop, QString &problem)
{
    Session session(spec, QStringLiteral("simulate-sweep"));
    const Status opened = session.open();
    shared.ready.count_down();
    shared.go.wait();
    if (!opened) {
        problem = opened.error().message;
        return;
    }
    LedgerService ledger(session);
    while (!stop) {
        const auto swept = ledger.sweep(kSweepBatch);
        if (!swept)
            problem = swept.error().message;
        else
            shared.returned += swept->value(QStringLiteral("expired")).toInteger();
        QThread::msleep(kSweepEveryMs);
    }
}

double secondsBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double>(to - from).count();
}

} // namespace

QString FlashSaleOptions::arrivalText(const FlashSaleOptions &options)
{
    return options.arrival == Arrival::Burst ? QStringLiteral("burst")
                                             : QStringLiteral("poisson:%1").arg(options.ratePerSecond);
}

QJsonObject FlashSaleResult::toJson() const
{
    return QJsonObject{
        {QStringLiteral("mode"), options.hotSku ? QStringLiteral("hot") : QStringLiteral("plain")},
        {QStringLiteral("stock"), options.stock},
        {QStringLiteral("buyers"), options.buyers},
        {QStringLiteral("clients"), options.clients},
        {QStringLiteral("arrival"), FlashSaleOptions::arrivalText(options)},
        {QStringLiteral("ttl_seconds"), options.ttlSeconds},
        {QStringLiteral("abandon"), options.abandon},
        {QStringLiteral("payment_ms"), options.paymentMs},
        {QStringLiteral("seed"), qint64(options.seed)},
        {QStringLiteral("hot_slots"), options.hotSku ? options.hotSlots : 0},
        {QStringLiteral("database"), database},
        {QStringLiteral("schema_version"), schemaVersion},
        {QStringLiteral("cancelled"), cancelled},
        {QStringLiteral("put_on_sale"), putOnSale},
        {QStringLiteral("sold"), sold},
        {QStringLiteral("sell_through"), sellThrough()},
        {QStringLiteral("oversold"), oversold()},
        {QStringLiteral("returned_by_expiry"), returned},
        {QStringLiteral("available_at_end"), available},
        {QStringLiteral("reserved_at_end"), reserved},
        {QStringLiteral("accounting_holds"), accountingHolds()},
        {QStringLiteral("reserve_calls"), reserveCalls},
        {QStringLiteral("reservations"), reservations},
        {QStringLiteral("refusals"), refusals},
        {QStringLiteral("abandoned"), abandoned},
        {QStringLiteral("late_commits"), lateCommits},
        {QStringLiteral("errors"), errors},
        {QStringLiteral("first_error"), firstError},
        {QStringLiteral("sold_out_seconds"), soldOutSeconds},
        {QStringLiteral("sales_seconds"), salesSeconds},
        {QStringLiteral("total_seconds"), totalSeconds},
        {QStringLiteral("reserve_calls_per_second"), reserveCallsPerSecond()},
        {QStringLiteral("reservations_per_second"), reservationsPerSecond()},
        {QStringLiteral("p50_ms"), p50Ms},
        {QStringLiteral("p99_ms"), p99Ms},
        {QStringLiteral("lock_waits"), QJsonObject{{QStringLiteral("source"), QStringLiteral("pg_locks")},
                                                   {QStringLiteral("samples"), lockSamples},
                                                   {QStringLiteral("samples_with_waiters"), lockSamplesWaiting},
                                                   {QStringLiteral("peak_waiters"), lockWaitersPeak},
                                                   {QStringLiteral("mean_waiters"), lockWaitersMean}}},
        {QStringLiteral("differences"), differences},
        {QStringLiteral("verify"), differences == 0},
        {QStringLiteral("clean"), clean()},
    };
}

FlashSaleSimulation::FlashSaleSimulation(ConnectionSpec server, FlashSaleOptions options)
    : m_server(std::move(server))
    , m_options(std::move(options))
    , m_runId(QUuid::createUuid().toString(QUuid::Id128).left(10))
{
}

QString FlashSaleSimulation::hotSkuUnavailable()
{
    const int version = Migrator::latestVersion();
    if (version >= FlashSaleOptions::kHotSkuVersion)
        return {};
    return QStringLiteral("hot-SKU mode is not available in this ledger (schema version %1; it comes with version %2)")
        .arg(version)
        .arg(FlashSaleOptions::kHotSkuVersion);
}

Result<ConnectionSpec> FlashSaleSimulation::prepare(FlashSaleResult &result)
{
    auto made = Bench::makeDatabase(m_server, result.database, m_step);
    if (!made) {
        Error error = made.error();
        if (error.sqlState == u"42501")
            error.message = QStringLiteral("the simulation runs in a scratch database of its own, and login %1 may not "
                                           "create databases on %2: use a login with CREATEDB (ALTER ROLE %1 CREATEDB) "
                                           "(%3)")
                                .arg(m_server.user.isEmpty() ? QStringLiteral("(default)") : m_server.user,
                                     m_server.describe(), error.message);
        return error;
    }
    const ConnectionSpec spec = made.value();
    Session session(spec, QStringLiteral("simulate-seed"));
    auto version = Migrator(session).currentVersion();
    if (!version)
        return version.error();
    result.schemaVersion = version.value();
    if (m_step)
        m_step(QStringLiteral("putting %1 unit(s) of %2 on sale at %3").arg(m_options.stock).arg(kSku, kLocation));
    LedgerService ledger(session);
    if (auto added = ledger.addLocation({kLocation, QStringLiteral("Flash-sale warehouse"), QStringLiteral("warehouse"),
                                         QString(), std::nullopt, std::nullopt});
        !added)
        return added.error();
    if (auto added = ledger.addSku(kSku, QStringLiteral("Flash-sale item")); !added)
        return added.error();
    if (auto received = ledger.receive(kSku, kLocation, m_options.stock, LedgerService::newKey()); !received)
        return received.error();
    if (m_options.hotSku) {
        auto present =
            Bench::scalar(session, QStringLiteral("SELECT count(*) FROM pg_catalog.pg_proc p JOIN "
                                                  "pg_catalog.pg_namespace n ON n.oid = p.pronamespace "
                                                  "WHERE n.nspname = 'api' AND p.proname = 'hot_sku_enable'"));
        if (!present)
            return present.error();
        if (present.value() == 0)
            return Error{Error::Kind::Refused,
                         QStringLiteral("hot-SKU mode is not available in this ledger (schema version %1)")
                             .arg(result.schemaVersion),
                         {}};
        if (m_step)
            m_step(QStringLiteral("hot-SKU mode: %1 slot(s)").arg(m_options.hotSlots));
        auto enabled = ledger.hotSkuEnable(kSku, kLocation, m_options.hotSlots,
                                           QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (!enabled)
            return enabled.error();
    }
    return spec;
}

Status FlashSaleSimulation::finish(const ConnectionSpec &spec, FlashSaleResult &result)
{
    if (m_step)
        m_step(QStringLiteral("reading the outcome from the ledger and verifying it"));
    Session session(spec, QStringLiteral("simulate-verify"));
    auto outcome = session.run(Bench::sql(QStringLiteral("simulate_outcome")), {kSku, kLocation, kSku, kLocation});
    if (!outcome)
        return outcome.error();
    if (QSqlQuery *q = outcome.value(); q->next()) {
        result.putOnSale = q->value(0).toLongLong();
        result.sold = q->value(1).toLongLong();
        result.returned = q->value(2).toLongLong();
        result.committedUnits = q->value(3).toLongLong();
        q->finish();
    }
    auto stock = session.run(Bench::sql(QStringLiteral("simulate_sample")), {kSku, kLocation});
    if (!stock)
        return stock.error();
    if (QSqlQuery *q = stock.value(); q->next()) {
        result.available = q->value(0).toLongLong();
        result.reserved = q->value(1).toLongLong();
        q->finish();
    }
    LedgerService ledger(session);
    auto differences = ledger.verify();
    if (!differences)
        return differences.error();
    result.differences = differences->size();
    return success();
}

Result<FlashSaleResult> FlashSaleSimulation::run()
{
    FlashSaleResult result;
    result.options = m_options;
    result.database = QStringLiteral("stockroom_simulate_%1").arg(m_runId);
    const QString sampleSql = Bench::sql(QStringLiteral("simulate_sample"));
    if (sampleSql.isEmpty() || Bench::sql(QStringLiteral("simulate_outcome")).isEmpty())
        return Error{Error::Kind::Internal, QStringLiteral("the simulator's SQL is missing from this build"), {}};
    if (m_options.hotSku)
        if (const QString why = hotSkuUnavailable(); !why.isEmpty())
            return Error{Error::Kind::Refused, why, {}};
    auto prepared = prepare(result);
    if (!prepared) {
        if (prepared.error().sqlState != u"42501") // else there is no database to drop
            Bench::dropDatabase(m_server, result.database, m_step);
        return prepared.error();
    }
    const ConnectionSpec spec = prepared.value();

    const std::vector<Buyer> buyers = planBuyers(m_options);
    const int clients = m_options.clients;
    Shared shared(clients);
    shared.keyPrefix = QStringLiteral("sim-%1-").arg(m_runId);
    std::vector<Tally> tallies(static_cast<size_t>(clients));
    std::vector<std::unique_ptr<QThread>> threads;
    if (m_step)
        m_step(QStringLiteral("%1 client(s) serve %2 buyer(s), arriving %3")
                   .arg(clients)
                   .arg(m_options.buyers)
                   .arg(FlashSaleOptions::arrivalText(m_options)));
    for (int i = 0; i < clients; ++i) {
        Tally &tally = tallies[size_t(i)];
        threads.emplace_back(QThread::create(
            [&spec, this, &buyers, &shared, &tally] { client(spec, m_options, buyers, shared, tally); }));
        threads.back()->start();
    }
    std::atomic<bool> stopSweeping{false};
    QString sweepProblem;
    std::unique_ptr<QThread> sweepThread(QThread::create(
        [&spec, &shared, &stopSweeping, &sweepProblem] { sweeper(spec, shared, stopSweeping, sweepProblem); }));
    sweepThread->start();

    Session sampler(spec, QStringLiteral("simulate-sample"));
    const Status samplerOpen = sampler.open();
    shared.ready.wait();
    // Every client is connected: the buyers arrive from now on.
    const Clock::time_point start = Clock::now();
    for (int i = 0; i < m_options.buyers; ++i)
        shared.schedule.add({start + buyers.at(size_t(i)).arrival, i, 0});
    shared.go.count_down();

    const auto every = std::chrono::milliseconds(1000 / qBound(1, m_options.samplesPerSecond, 20));
    Clock::time_point buyersDone{};
    QString problem = samplerOpen ? QString() : samplerOpen.error().message;
    qint64 waitersTotal = 0;
    for (Clock::time_point tick = start;; tick = std::max(tick + every, Clock::now())) {
        std::this_thread::sleep_until(tick);
        if (m_cancelled && m_cancelled()) {
            result.cancelled = true;
            break;
        }
        FlashSaleSample sample;
        sample.seconds = secondsBetween(start, Clock::now());
        bool read = false;
        if (samplerOpen) {
            auto ran = sampler.run(sampleSql, {kSku, kLocation});
            if (ran && ran.value()->next()) {
                QSqlQuery *q = ran.value();
                sample.available = q->value(0).toLongLong();
                sample.reserved = q->value(1).toLongLong();
                sample.sold = m_options.stock - q->value(2).toLongLong();
                sample.lockWaiters = q->value(3).toLongLong();
                q->finish();
                read = true;
            } else if (!ran) {
                problem = ran.error().message;
            }
        }
        sample.refusals = shared.refusals;
        sample.returned = shared.returned;
        if (read) {
            if (sample.available == 0 && result.soldOutSeconds < 0)
                result.soldOutSeconds = sample.seconds;
            ++result.lockSamples;
            waitersTotal += sample.lockWaiters;
            result.lockWaitersPeak = qMax(result.lockWaitersPeak, sample.lockWaiters);
            if (sample.lockWaiters > 0)
                ++result.lockSamplesWaiting;
        }
        if (m_sample)
            m_sample(sample);
        if (buyersDone == Clock::time_point{} && shared.schedule.finished())
            buyersDone = Clock::now();
        if (buyersDone != Clock::time_point{}) {
            if (read && sample.reserved == 0)
                break;
            if (Clock::now() - buyersDone > std::chrono::seconds(m_options.ttlSeconds + kExpiryGraceSeconds)) {
                problem = QStringLiteral("%1 unit(s) still reserved %2 s after the last buyer: the sweep did not "
                                         "expire them (%3)")
                              .arg(sample.reserved)
                              .arg(m_options.ttlSeconds + kExpiryGraceSeconds)
                              .arg(sweepProblem.isEmpty() ? QStringLiteral("no error") : sweepProblem);
                break;
            }
        }
    }
    sampler.close();
    shared.stop = true;
    for (auto &thread : threads)
        thread->wait();
    stopSweeping = true;
    sweepThread->wait();
    result.totalSeconds = secondsBetween(start, Clock::now());
    result.lockWaitersMean = result.lockSamples > 0 ? double(waitersTotal) / double(result.lockSamples) : 0;

    std::vector<qint64> micros;
    Clock::time_point lastReserve = start;
    for (Tally &tally : tallies) {
        result.reserveCalls += tally.reserveCalls;
        result.reservations += tally.reservations;
        result.refusals += tally.refusals;
        result.abandoned += tally.abandoned;
        result.lateCommits += tally.lateCommits;
        result.errors += tally.errors;
        if (result.firstError.isEmpty())
            result.firstError = tally.firstError;
        micros.insert(micros.end(), tally.micros.begin(), tally.micros.end());
        lastReserve = std::max(lastReserve, tally.lastReserve);
    }
    if (result.firstError.isEmpty())
        result.firstError = problem;
    result.salesSeconds = secondsBetween(start, lastReserve);
    result.p50Ms = Bench::percentileMs(micros, 0.50);
    result.p99Ms = Bench::percentileMs(std::move(micros), 0.99);

    const Status finished = result.cancelled ? success() : finish(spec, result);
    Bench::dropDatabase(m_server, result.database, m_step);
    if (!finished)
        return finished.error();
    return result;
}

} // namespace Stockroom::Services
