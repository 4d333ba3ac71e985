#pragma once

#include <QString>

#include <connection/connectionspec.h>
#include <functional>
#include <result.h>
#include <vector>

namespace Stockroom::Services {

class Session;

// What the benchmarks that run in a database of their own share (bench orders, bench counts).
namespace Bench {

using Progress = std::function<void(const QString &)>;

// One of the benchmarks' SQL scripts (resources/bench/NAME.sql), or empty when this build lacks it.
QString sql(const QString &name);

// The value at fraction (0..1) of values in microseconds, in milliseconds; 0 for none.
double percentileMs(std::vector<qint64> values, double fraction);

// The first column of the statement's first row as a number (0 when there is no row).
Result<qint64> scalar(Session &session, const QString &statement);

// Makes database name on server afresh (dropped first if it is there) and migrates it; refuses to make the
// database the server spec names. Returns the spec of the new database.
Result<ConnectionSpec> makeDatabase(const ConnectionSpec &server, const QString &name, const Progress &progress);
void dropDatabase(const ConnectionSpec &server, const QString &name, const Progress &progress);

} // namespace Bench

} // namespace Stockroom::Services
