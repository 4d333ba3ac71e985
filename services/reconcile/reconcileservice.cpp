#include "reconcileservice.h"

#include <QJsonDocument>

#include <connection/session.h>
#include <connection/textarray.h>

namespace Stockroom::Services {

namespace {

QVariant textArray(const std::optional<QStringList> &values)
{
    if (!values)
        return QVariant(QMetaType::fromType<QString>());
    return textArrayLiteral(*values);
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

ReconcileService::ReconcileService(Session &session)
    : m_session(session)
{
}

Result<QJsonObject> ReconcileService::setSource(const QString &name, const QJsonObject &mapping,
                                                const QJsonObject &policy, const QString &key)
{
    return m_session.callJson(QStringLiteral("SELECT api.reconcile_source_set(?, ?::jsonb, ?::jsonb, ?)::text"),
                              {name, json(mapping),
                               policy.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(json(policy)),
                               key});
}

Result<SnapshotMapping> ReconcileService::mapping(const QString &source)
{
    auto rows = m_session.rows(
        QStringLiteral("SELECT mapping::text AS mapping FROM api.reconcile_sources WHERE name = ?"), {source});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error{Error::Kind::NotFound, QStringLiteral("unknown reconciliation source \"%1\"").arg(source), {}};
    const QJsonObject m =
        QJsonDocument::fromJson(rows->at(0).toObject().value(QStringLiteral("mapping")).toString().toUtf8()).object();
    return SnapshotMapping{m.value(QStringLiteral("sku")).toString(), m.value(QStringLiteral("location")).toString(),
                           m.value(QStringLiteral("quantity")).toString(),
                           m.value(QStringLiteral("bucket")).toString()};
}

Result<QJsonObject> ReconcileService::import(const QString &source, const QDateTime &asOf, const QString &fileName,
                                             const QList<SnapshotCsvLine> &lines, int timingWindowSeconds,
                                             const QString &key, int batchSize,
                                             const std::function<void(qsizetype)> &progress)
{
    auto snapshot = load(source, asOf, fileName, lines, key, batchSize, progress);
    if (!snapshot)
        return snapshot.error();
    return classify(snapshot.value(), timingWindowSeconds);
}

Result<qint64> ReconcileService::load(const QString &source, const QDateTime &asOf, const QString &fileName,
                                      const QList<SnapshotCsvLine> &lines, const QString &key, int batchSize,
                                      const std::function<void(qsizetype)> &progress)
{
    auto begun =
        m_session.callJson(QStringLiteral("SELECT api.snapshot_begin(?, ?::timestamptz, ?, ?, ?)::text"),
                           {source, asOf.toUTC().toString(Qt::ISODateWithMs), fileName, int(lines.size()), key});
    if (!begun)
        return begun.error();
    const qint64 snapshot = begun->value(QStringLiteral("snapshot")).toInteger();
    for (qsizetype from = 0; from < lines.size(); from += batchSize) {
        QStringList numbers, skus, locations, buckets, quantities;
        const qsizetype to = std::min<qsizetype>(lines.size(), from + batchSize);
        for (qsizetype i = from; i < to; ++i) {
            const SnapshotCsvLine &line = lines.at(i);
            numbers << QString::number(line.line > 0 ? line.line : i + 1); // its line in the file, when it has one
            skus << line.sku;
            locations << line.location;
            buckets << line.bucket;
            quantities << QString::number(line.quantity);
        }
        auto loaded = m_session.callJson(
            QStringLiteral("SELECT api.snapshot_load(?, ?::integer[], ?::text[], ?::text[], ?::text[], "
                           "?::bigint[])::text"),
            {snapshot, QString(u'{' + numbers.join(u',') + u'}'), textArrayLiteral(skus), textArrayLiteral(locations),
             textArrayLiteral(buckets), QString(u'{' + quantities.join(u',') + u'}')});
        if (!loaded) {
            // A replayed begin of a snapshot classified already: classify returns its summary.
            if (loaded.error().sqlState == u"SR005")
                break;
            return loaded.error();
        }
        if (progress)
            progress(to);
    }
    return snapshot;
}

Result<QJsonObject> ReconcileService::classify(qint64 snapshot, int timingWindowSeconds)
{
    return m_session.callJson(QStringLiteral("SELECT api.snapshot_classify(?, make_interval(secs => ?))::text"),
                              {snapshot, timingWindowSeconds});
}

Result<QJsonObject> ReconcileService::review(qint64 snapshot, bool all)
{
    auto review =
        m_session.callJson(QStringLiteral("SELECT coalesce(api.snapshot_review(?, ?), '{}')::text"), {snapshot, all});
    if (review && review->isEmpty())
        return Error{Error::Kind::NotFound, QStringLiteral("unknown snapshot %1").arg(snapshot), {}};
    return review;
}

Result<QJsonObject> ReconcileService::approve(qint64 snapshot, const std::optional<QStringList> &lines,
                                              const QString &key)
{
    return m_session.callJson(QStringLiteral("SELECT api.snapshot_approve(?, ?::text[], ?)::text"),
                              {snapshot, textArray(lines), key});
}

Result<QJsonObject> ReconcileService::driftCheck(int limit)
{
    return m_session.callJson(QStringLiteral("SELECT api.drift_check(?)::text"), {limit});
}

Result<QJsonArray> ReconcileService::drift()
{
    return m_session.rows(QStringLiteral("SELECT finding, sku, location, region, bucket, source, balance, expected, "
                                         "difference, first_divergent_movement, after_movement, found_at "
                                         "FROM api.drift ORDER BY finding"));
}

Result<QJsonObject> ReconcileService::driftRepair(const QString &sku, const QString &location, const QString &bucket,
                                                  const QString &reason, const QString &key)
{
    return m_session.callJson(QStringLiteral("SELECT api.drift_repair(?, ?, ?, ?, ?)::text"),
                              {sku, location, bucket, reason, key});
}

} // namespace Stockroom::Services
