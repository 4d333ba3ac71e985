#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

namespace Stockroom::Ctl {

class Context;

// A JSON value as a table cell: numbers as written, booleans as yes/no, null as "-".
QString cell(const QJsonValue &v);

// A plain-text table: a header and aligned columns.
void printTable(const QJsonArray &rows, const QStringList &columns, const QStringList &headers);

// With --json one object per row, else the table.
void printRows(Context &ctx, const QJsonArray &rows, const QStringList &columns, const QStringList &headers);

} // namespace Stockroom::Ctl
