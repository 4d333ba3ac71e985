#pragma once

#include <QList>
#include <QString>

#include <ledger/operation.h>
#include <result.h>

namespace Stockroom::Services {

// Operations typed while the ledger could not be reached, kept on disk in the order they were made, each
// with its idempotency key, until they have been applied (or refused). The file is rewritten atomically
// (QSaveFile) on every change, so a crash or closing the app never loses or half-writes an entry.
class OfflineJournal final
{
public:
    explicit OfflineJournal(QString path);

    // A per-user file for the ledger at `where` (ConnectionSpec::describe()), under the app's data directory.
    static QString defaultPath(const QString &where);

    QString path() const { return m_path; }
    Status load();
    QList<Operation> pending() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    qsizetype size() const { return m_entries.size(); }
    bool contains(const QString &key) const;

    Status append(const Operation &op); // the same key twice is kept once
    Status remove(const QString &key);

private:
    Status save() const;

    QString m_path;
    QList<Operation> m_entries;
};

} // namespace Stockroom::Services
