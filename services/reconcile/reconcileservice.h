#pragma once

#include "snapshotcsv.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <optional>
#include <result.h>

namespace Stockroom::Services {

class Session;

// Snapshot reconciliation and the drift monitor (resources/migrations/0010_reconcile.sql). Supervisor and above;
// drift repair: manager and above.
class ReconcileService final
{
public:
    explicit ReconcileService(Session &session);

    // mapping: {"sku", "location", "quantity"[, "bucket"]} CSV headers; policy: {"default"|kind|location: "erp",
    // "ledger" or "conservative"}.
    Result<QJsonObject> setSource(const QString &name, const QJsonObject &mapping, const QJsonObject &policy,
                                  const QString &key);
    // The source's mapping, for parsing its file.
    Result<SnapshotMapping> mapping(const QString &source);

    // Sends lines parsed and validated by parseSnapshotCsv in batches (progress: lines sent so far), then
    // classifies them at the cutoff. The key makes a retry continue the same snapshot. Returns {"snapshot",
    // "state", "summary", "phases"}.
    Result<QJsonObject> import(const QString &source, const QDateTime &asOf, const QString &fileName,
                               const QList<SnapshotCsvLine> &lines, int timingWindowSeconds, const QString &key,
                               int batchSize = 10000, const std::function<void(qsizetype)> &progress = {});
    // import's two steps: the lines sent (returns the snapshot), then matched at the cutoff.
    Result<qint64> load(const QString &source, const QDateTime &asOf, const QString &fileName,
                        const QList<SnapshotCsvLine> &lines, const QString &key, int batchSize = 10000,
                        const std::function<void(qsizetype)> &progress = {});
    Result<QJsonObject> classify(qint64 snapshot, int timingWindowSeconds);
    // Counts per class and the lines (all: the matched ones too).
    Result<QJsonObject> review(qint64 snapshot, bool all = false);
    // lines: "SKU@LOCATION" each; nullopt: every proposed line.
    Result<QJsonObject> approve(qint64 snapshot, const std::optional<QStringList> &lines, const QString &key);

    // Checks what the outbox says changed since the last check; {"events", "rows", "found", "open"}.
    Result<QJsonObject> driftCheck(int limit = 10000);
    // Open findings (api.drift).
    Result<QJsonArray> drift();
    Result<QJsonObject> driftRepair(const QString &sku, const QString &location, const QString &bucket,
                                    const QString &reason, const QString &key);

private:
    Session &m_session;
};

} // namespace Stockroom::Services
