#pragma once

#include <QJsonObject>
#include <QString>

#include <connection/connectionspec.h>
#include <functional>
#include <result.h>

namespace Stockroom::Services {

struct CountBenchmarkOptions
{
    int lines = 20'000;
    int shortLines = 50; // lines given holds before approval, so the first approval is refused for them
    QString database = QStringLiteral("stockroom_bench_counts");
};

struct CountBenchmarkResult
{
    CountBenchmarkOptions options;

    // The tables after seeding, and after the run.
    qint64 skus = 0;
    qint64 stockRows = 0;
    qint64 movementsBefore = 0;
    double seedSeconds = 0;
    qint64 movementsAfter = 0;
    qint64 countLines = 0;
    qint64 observations = 0;
    qint64 outboxEvents = 0;

    double createSeconds = 0;
    qint64 sessionLines = 0;

    // (a) one associate scanning: one api.count_record round trip per line, one after another.
    qint64 recorded = 0;
    double recordSeconds = 0;
    double recordP50Ms = 0;
    double recordP95Ms = 0;
    double recordMaxMs = 0;
    qint64 recordErrors = 0;
    QString firstRecordError;
    qint64 countedOff = 0; // lines counted with a variance (within tolerance)

    // (b) submit, then holds on shortLines rows (taken after the counts: they move stock between count and approval)
    double analyzeSeconds = 0; // ANALYZE of the count tables before submitting, as autovacuum would have done
    double submitSeconds = 0;
    qint64 pending = 0;
    qint64 recount = 0;
    qint64 holds = 0;

    // (c) review: every line fetched as one document
    double reviewSeconds = 0;
    qint64 reviewLines = 0;
    qint64 shortOfReserved = 0;

    // (d) approve everything: refused once, naming every failing line; then with the holds released
    double refusedSeconds = 0;
    qint64 refusedLinesStated = 0; // "N line(s) cannot be approved"
    qint64 refusedLinesNamed = 0;  // SKUs the one message names
    QString refusal;               // its first characters
    double approveSeconds = 0;
    qint64 approved = 0;
    qint64 variancesPosted = 0;
    qint64 holdsReleased = 0;
    QString finalState;

    qint64 differences = 0; // rows api.verify() reported: 0 is consistent

    double recordsPerSecond() const { return recordSeconds > 0 ? double(recorded) / recordSeconds : 0; }
    double msPerRecord() const { return recorded > 0 ? 1000.0 * recordSeconds / double(recorded) : 0; }
    QJsonObject toJson() const;
};

// `stockroomctl bench counts`: a database of its own (dropped and made again, on the server the spec names) with
// one store stocking N SKUs, written set-based; then a count session over all of them: one associate records every
// line through api.count_record, one round trip each; submit; holds on a few rows so that their counts would leave
// less on hand than is reserved; review; approve everything (refused, naming every such line in one message), and
// approve again releasing the holds. Each step is timed from the client; api.verify() runs last; the database is
// dropped at the end.
class CountBenchmark final
{
public:
    using Progress = std::function<void(const QString &)>;

    CountBenchmark(ConnectionSpec server, CountBenchmarkOptions options, Progress progress = {});

    Result<CountBenchmarkResult> run();

private:
    Result<ConnectionSpec> prepareDatabase(CountBenchmarkResult &result);
    Status runSession(const ConnectionSpec &spec, CountBenchmarkResult &result);
    void dropDatabase();

    ConnectionSpec m_server;
    CountBenchmarkOptions m_options;
    Progress m_progress;
};

} // namespace Stockroom::Services
