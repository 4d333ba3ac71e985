#include "orderbenchmark.h"

#include "benchsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <chrono>
#include <connection/session.h>
#include <latch>
#include <memory>
#include <random>
#include <vector>

namespace Stockroom::Services {

namespace {

using Clock = std::chrono::steady_clock;

constexpr qint64 kGiveUpAfterErrors = 100; // in a row: the client stops, the run reports the first error

const QString kCreate = QStringLiteral("SELECT api.order_create('web', ?, ?::jsonb, ?, ?, NULL, ?, ?)::text");
const QString kPreview = QStringLiteral("SELECT api.allocation_preview(?, 'web')::text");
const QString kAllocateByStrategy = QStringLiteral("SELECT api.order_allocate_strategy(?, 'nearest', ?, 'web')::text");
const QString kAllocatePlan = QStringLiteral("SELECT api.order_allocate(?, ?::jsonb, ?, 'web')::text");
const QString kFireOrder = QStringLiteral("SELECT api.order_fire(?, ?, ?, NULL, NULL, ?, 'web')::text");
const QString kFireFulfillment = QStringLiteral("SELECT api.order_fire(?, ?, ?, ?, NULL, ?, 'web')::text");
const QString kCancel = QStringLiteral("SELECT api.order_cancel(?, 'benchmark: not allocated', ?, 'web')::text");

struct Place
{
    double latitude = 0;
    double longitude = 0;
};

// Random orders: distinct random SKUs, mostly one unit each, to a point within about 50 km of a random
// location (people live where the shops are).
class OrderMaker
{
public:
    OrderMaker(const OrderBenchmarkOptions &options, const std::vector<Place> &places, unsigned seed)
        : m_options(options)
        , m_places(places)
        , m_random(seed)
    {
    }

    QString lines(int count)
    {
        std::uniform_int_distribution<int> sku(1, m_options.skus);
        std::uniform_int_distribution<int> quantity(1, 6);
        std::vector<int> chosen;
        QJsonArray out;
        while (int(chosen.size()) < std::min(count, m_options.skus)) {
            const int n = sku(m_random);
            if (std::find(chosen.begin(), chosen.end(), n) != chosen.end())
                continue;
            chosen.push_back(n);
            const int q = quantity(m_random);
            out.append(QJsonObject{{QStringLiteral("sku"), QStringLiteral("BO-%1").arg(n, 7, 10, QLatin1Char('0'))},
                                   {QStringLiteral("quantity"), q <= 4 ? 1 : q - 3}});
        }
        return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
    }

    Place destination()
    {
        std::uniform_int_distribution<size_t> pick(0, m_places.size() - 1);
        std::uniform_real_distribution<double> jitter(-0.45, 0.45);
        const Place &near = m_places.at(pick(m_random));
        return {std::clamp(near.latitude + jitter(m_random), -90.0, 90.0),
                std::clamp(near.longitude + jitter(m_random), -180.0, 180.0)};
    }

private:
    const OrderBenchmarkOptions &m_options;
    const std::vector<Place> &m_places;
    std::mt19937 m_random;
};

// What one throughput client counted; merged once every client has finished.
struct Tally
{
    qint64 calls = 0;
    qint64 transitions = 0;
    qint64 completed = 0;
    qint64 refused = 0;
    qint64 errors = 0;
    qint64 errorsInARow = 0;
    QString firstError;

    bool failed(const Error &error)
    {
        if (firstError.isEmpty())
            firstError = error.message;
        ++errors;
        return ++errorsInARow < kGiveUpAfterErrors;
    }
};

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

struct ClientSetup
{
    ConnectionSpec spec;
    const OrderBenchmarkOptions *options = nullptr;
    const std::vector<Place> *places = nullptr;
    bool byStrategy = false;
    QString fixedPlanSql;
    QString keyPrefix;
};

// One order from created to completed; every call counts when it finished before the deadline, and the
// order is taken to its end even past it, so the run leaves no order half-way.
void takeOneOrder(Session &session, const ClientSetup &setup, OrderMaker &maker, qint64 n, Clock::time_point deadline,
                  Tally &tally)
{
    const QString ref = setup.keyPrefix + QString::number(n);
    qsizetype seen = 0;
    auto call = [&](const QString &sql, const QVariantList &values) {
        auto result = session.callJson(sql, values);
        if (result && Clock::now() <= deadline) {
            const qsizetype history = result->value(QStringLiteral("history")).toArray().size();
            ++tally.calls;
            tally.transitions += std::max<qsizetype>(history - seen, 0);
            seen = history;
        } else if (result) {
            seen = result->value(QStringLiteral("history")).toArray().size();
        }
        return result;
    };
    auto key = [&](const QString &step) -> QString {
        return ref + u'-' + step;
    };

    const Place to = maker.destination();
    auto created = call(kCreate, {ref, maker.lines(setup.options->throughputLines), to.latitude, to.longitude, 3600,
                                  key(QStringLiteral("create"))});
    if (!created) {
        tally.failed(created.error());
        return;
    }
    Result<QJsonObject> allocated = Error{};
    if (setup.byStrategy) {
        allocated = call(kAllocateByStrategy, {ref, key(QStringLiteral("allocate"))});
    } else {
        auto plan = session.run(setup.fixedPlanSql, {ref});
        QString text;
        if (plan && plan.value()->next())
            text = plan.value()->value(0).toString();
        if (plan)
            plan.value()->finish();
        allocated = text.isEmpty() ? Result<QJsonObject>(Error{Error::Kind::Refused, QStringLiteral("no source"), {}})
                                   : call(kAllocatePlan, {ref, text, key(QStringLiteral("allocate"))});
    }
    if (!allocated) {
        if (allocated.error().kind != Error::Kind::Refused) {
            tally.failed(allocated.error());
            return;
        }
        ++tally.refused;
        if (auto cancelled = call(kCancel, {ref, key(QStringLiteral("cancel"))}); !cancelled)
            tally.failed(cancelled.error());
        return;
    }
    auto paid = call(kFireOrder, {ref, QStringLiteral("authorize_payment"), QStringLiteral("allocated"),
                                  key(QStringLiteral("pay"))});
    if (!paid) {
        tally.failed(paid.error());
        return;
    }
    Result<QJsonObject> last = paid;
    for (const QJsonValue &value : paid->value(QStringLiteral("fulfillments")).toArray()) {
        const qint64 id = value.toObject().value(QStringLiteral("id")).toInteger();
        static const std::pair<const char *, const char *> kSteps[] = {
            {"pick", "reserved"}, {"pack", "picking"}, {"ship", "packed"}};
        for (const auto &[event, expect] : kSteps) {
            last = call(kFireFulfillment, {ref, QString::fromLatin1(event), QString::fromLatin1(expect), id,
                                           key(QStringLiteral("%1-%2").arg(QString::fromLatin1(event)).arg(id))});
            if (!last) {
                tally.failed(last.error());
                return;
            }
        }
    }
    tally.errorsInARow = 0;
    if (last->value(QStringLiteral("state")).toString() == u"completed" && Clock::now() <= deadline)
        ++tally.completed;
}

void orderClient(const ClientSetup &setup, int client, Start &start, Tally &tally)
{
    Session session(setup.spec, QStringLiteral("bench-orders"));
    const Status opened = session.open();
    start.ready.count_down();
    start.go.wait();
    if (!opened) {
        tally.failed(opened.error());
        return;
    }
    OrderMaker maker(*setup.options, *setup.places, std::random_device{}() + unsigned(client));
    const Clock::time_point deadline = start.deadline;
    for (qint64 n = 0; Clock::now() < deadline && tally.errorsInARow < kGiveUpAfterErrors; ++n)
        takeOneOrder(session, setup, maker, n, deadline, tally);
}

} // namespace

QJsonObject OrderBenchmarkResult::toJson() const
{
    QJsonObject preview{{QStringLiteral("orders"), previews},
                        {QStringLiteral("lines_per_order"), options.previewLines},
                        {QStringLiteral("p50_ms"), previewP50Ms},
                        {QStringLiteral("p95_ms"), previewP95Ms},
                        {QStringLiteral("max_ms"), previewMaxMs},
                        {QStringLiteral("fewest_splits_plans"), fewestSplitsPlans},
                        {QStringLiteral("fewest_splits_exact"), fewestSplitsExact},
                        {QStringLiteral("errors"), previewErrors}};
    if (!firstPreviewError.isEmpty())
        preview.insert(QStringLiteral("first_error"), firstPreviewError);
    QJsonObject throughput{{QStringLiteral("clients"), options.clients},
                           {QStringLiteral("seconds"), seconds},
                           {QStringLiteral("lines_per_order"), options.throughputLines},
                           {QStringLiteral("allocation"), byStrategy ? QStringLiteral("order_allocate_strategy nearest")
                                                                     : QStringLiteral("fixed nearest-source plan")},
                           {QStringLiteral("completed"), completed},
                           {QStringLiteral("completed_per_second"), completedPerSecond()},
                           {QStringLiteral("transitions"), transitions},
                           {QStringLiteral("transitions_per_second"), transitionsPerSecond()},
                           {QStringLiteral("calls"), calls},
                           {QStringLiteral("refused_allocations"), refused},
                           {QStringLiteral("errors"), errors}};
    if (!firstError.isEmpty())
        throughput.insert(QStringLiteral("first_error"), firstError);
    return QJsonObject{
        {QStringLiteral("benchmark"), QStringLiteral("orders")},
        {QStringLiteral("database"), options.database},
        {QStringLiteral("tables"), QJsonObject{{QStringLiteral("warehouses"), warehouses},
                                               {QStringLiteral("stores"), stores},
                                               {QStringLiteral("skus"), skus},
                                               {QStringLiteral("stock_rows"), stockRows},
                                               {QStringLiteral("movements"), movements},
                                               {QStringLiteral("seed_seconds"), seedSeconds}}},
        {QStringLiteral("preview"), preview},
        {QStringLiteral("throughput"), throughput},
        {QStringLiteral("consistent"), differences == 0},
        {QStringLiteral("differences"), differences},
    };
}

OrderBenchmark::OrderBenchmark(ConnectionSpec server, OrderBenchmarkOptions options, Progress progress)
    : m_server(std::move(server))
    , m_options(std::move(options))
    , m_progress(std::move(progress))
    , m_runId(QUuid::createUuid().toString(QUuid::Id128).left(8))
{
}

Result<ConnectionSpec> OrderBenchmark::prepareDatabase(OrderBenchmarkResult &result)
{
    auto made = Bench::makeDatabase(m_server, m_options.database, m_progress);
    if (!made)
        return made.error();
    const ConnectionSpec spec = made.value();
    Session session(spec, QStringLiteral("bench-seed"));
    QString script = Bench::sql(QStringLiteral("orders_seed"));
    if (script.isEmpty())
        return Error{Error::Kind::Internal, QStringLiteral("the benchmark's SQL is missing from this build"), {}};
    script.replace(QStringLiteral(":locations"), QString::number(m_options.locations))
        .replace(QStringLiteral(":skus"), QString::number(m_options.skus))
        .replace(QStringLiteral(":per_sku"), QString::number(m_options.locationsPerSku));
    if (m_progress)
        m_progress(QStringLiteral("seeding %1 locations, %2 SKUs, each at about %3 locations")
                       .arg(m_options.locations)
                       .arg(m_options.skus)
                       .arg(m_options.locationsPerSku));
    QElapsedTimer clock;
    clock.start();
    if (auto seeded = session.execScript(script); !seeded)
        return seeded.error();
    result.seedSeconds = double(clock.elapsed()) / 1000.0;
    const std::pair<qint64 *, QString> counts[] = {
        {&result.warehouses, QStringLiteral("SELECT count(*) FROM api.locations WHERE kind = 'warehouse'")},
        {&result.stores, QStringLiteral("SELECT count(*) FROM api.locations WHERE kind = 'store'")},
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

Status OrderBenchmark::runPreviews(const ConnectionSpec &spec, OrderBenchmarkResult &result)
{
    Session session(spec, QStringLiteral("bench-preview"));
    auto places = session.rows(QStringLiteral("SELECT latitude, longitude FROM api.locations"));
    if (!places)
        return places.error();
    std::vector<Place> where;
    for (const QJsonValue &row : places.value())
        where.push_back({row[QStringLiteral("latitude")].toDouble(), row[QStringLiteral("longitude")].toDouble()});
    OrderMaker maker(m_options, where, 7);
    if (m_progress)
        m_progress(QStringLiteral("creating %1 orders of %2 lines").arg(m_options.orders).arg(m_options.previewLines));
    QStringList refs;
    for (int i = 1; i <= m_options.orders; ++i) {
        const QString ref = QStringLiteral("PV-%1").arg(i, 5, 10, QLatin1Char('0'));
        const Place to = maker.destination();
        auto created = session.callJson(kCreate, {ref, maker.lines(m_options.previewLines), to.latitude, to.longitude,
                                                  86400, QStringLiteral("bench-%1-%2").arg(m_runId, ref)});
        if (!created)
            return created.error();
        refs << ref;
    }
    auto present =
        Bench::scalar(session, QStringLiteral("SELECT count(*) FROM pg_proc p JOIN pg_namespace n "
                                              "ON n.oid = p.pronamespace WHERE n.nspname = 'api' AND p.proname = "
                                              "'allocation_preview'"));
    if (!present)
        return present.error();
    if (present.value() == 0) {
        result.firstPreviewError = QStringLiteral("this ledger has no api.allocation_preview (version 7)");
        return success();
    }
    if (m_progress)
        m_progress(QStringLiteral("previewing each order's allocation, one after another"));
    std::vector<qint64> micros;
    for (const QString &ref : refs) {
        const Clock::time_point before = Clock::now();
        auto preview = session.callJson(kPreview, {ref});
        const Clock::time_point after = Clock::now();
        if (!preview) {
            if (result.firstPreviewError.isEmpty())
                result.firstPreviewError = preview.error().message;
            ++result.previewErrors;
            continue;
        }
        micros.push_back(std::chrono::duration_cast<std::chrono::microseconds>(after - before).count());
        for (const QJsonValue &plan : preview->value(QStringLiteral("plans")).toArray()) {
            if (plan[QStringLiteral("strategy")].toString() != u"fewest_splits")
                continue;
            ++result.fewestSplitsPlans;
            if (plan[QStringLiteral("exact")].toBool())
                ++result.fewestSplitsExact;
        }
    }
    result.previews = qint64(micros.size());
    result.previewP50Ms = Bench::percentileMs(micros, 0.50);
    result.previewP95Ms = Bench::percentileMs(micros, 0.95);
    result.previewMaxMs = micros.empty() ? 0 : double(*std::max_element(micros.begin(), micros.end())) / 1000.0;
    return success();
}

void OrderBenchmark::runThroughput(const ConnectionSpec &spec, OrderBenchmarkResult &result)
{
    std::vector<Place> places;
    {
        Session session(spec, QStringLiteral("bench-orders-setup"));
        if (auto rows = session.rows(QStringLiteral("SELECT latitude, longitude FROM api.locations")); rows) {
            for (const QJsonValue &row : rows.value())
                places.push_back(
                    {row[QStringLiteral("latitude")].toDouble(), row[QStringLiteral("longitude")].toDouble()});
        }
        auto strategy =
            Bench::scalar(session, QStringLiteral("SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = "
                                                  "p.pronamespace WHERE n.nspname = 'api' AND p.proname = "
                                                  "'order_allocate_strategy'"));
        result.byStrategy = strategy && strategy.value() > 0;
    }
    if (places.empty()) {
        result.firstError = QStringLiteral("the benchmark database has no locations");
        return;
    }
    const int clients = m_options.clients;
    if (m_progress)
        m_progress(QStringLiteral("%1 client(s) take orders of %2 lines from created to completed for %3 s (%4)")
                       .arg(clients)
                       .arg(m_options.throughputLines)
                       .arg(m_options.seconds)
                       .arg(result.byStrategy ? QStringLiteral("allocated by strategy nearest")
                                              : QStringLiteral("allocated by a fixed nearest-source plan")));
    Start start(clients);
    std::vector<Tally> tallies(static_cast<size_t>(clients));
    std::vector<ClientSetup> setups(static_cast<size_t>(clients));
    std::vector<std::unique_ptr<QThread>> threads;
    const QString fixedPlanSql = result.byStrategy ? QString() : Bench::sql(QStringLiteral("orders_fixed_plan"));
    for (int i = 0; i < clients; ++i) {
        ClientSetup &setup = setups[size_t(i)];
        setup = {spec,         &m_options,
                 &places,      result.byStrategy,
                 fixedPlanSql, QStringLiteral("TP-%1-%2-").arg(m_runId).arg(i)};
        Tally &tally = tallies[size_t(i)];
        threads.emplace_back(QThread::create([&setup, i, &start, &tally] { orderClient(setup, i, start, tally); }));
        threads.back()->start();
    }
    start.ready.wait();
    start.deadline = Clock::now() + std::chrono::seconds(m_options.seconds);
    start.go.count_down();
    for (auto &thread : threads)
        thread->wait();
    result.seconds = m_options.seconds;
    for (const Tally &tally : tallies) {
        result.calls += tally.calls;
        result.transitions += tally.transitions;
        result.completed += tally.completed;
        result.refused += tally.refused;
        result.errors += tally.errors;
        if (result.firstError.isEmpty())
            result.firstError = tally.firstError;
    }
}

void OrderBenchmark::dropDatabase()
{
    Bench::dropDatabase(m_server, m_options.database, m_progress);
}

Result<OrderBenchmarkResult> OrderBenchmark::run()
{
    OrderBenchmarkResult result;
    result.options = m_options;
    auto spec = prepareDatabase(result);
    if (!spec) {
        dropDatabase();
        return spec.error();
    }
    if (auto previewed = runPreviews(spec.value(), result); !previewed) {
        dropDatabase();
        return previewed.error();
    }
    runThroughput(spec.value(), result);
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
