#include "tables.h"

#include "context.h"

#include <QJsonObject>

#include <cstdio>

namespace Stockroom::Ctl {

QString cell(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("-");
    return v.toString();
}

void printTable(const QJsonArray &rows, const QStringList &columns, const QStringList &headers)
{
    QList<QStringList> cells;
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths << h.size();
    for (const QJsonValue &row : rows) {
        QStringList line;
        for (int i = 0; i < columns.size(); ++i) {
            line << cell(row.toObject().value(columns.at(i)));
            widths[i] = std::max(widths[i], line.last().size());
        }
        cells << line;
    }
    auto printLine = [&](const QStringList &line) {
        QString text;
        for (int i = 0; i < line.size(); ++i)
            text += line.at(i).leftJustified(widths.at(i) + 2);
        std::puts(text.trimmed().toUtf8().constData());
    };
    printLine(headers);
    for (const QStringList &line : cells)
        printLine(line);
    std::fflush(stdout);
}

void printRows(Context &ctx, const QJsonArray &rows, const QStringList &columns, const QStringList &headers)
{
    if (ctx.json()) {
        for (const QJsonValue &row : rows)
            ctx.print(row.toObject(), {});
    } else {
        printTable(rows, columns, headers);
    }
}

} // namespace Stockroom::Ctl
