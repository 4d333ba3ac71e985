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

    // Reads a journal's text: its operations, or what is wrong and where — the line and column of a syntax error,
    // the entry (1-based) and field of one that cannot be read. `name` is how messages call the file.
    static Result<QList<Operation>> parse(const QByteArray &data, const QString &name);

    QString path() const { return m_path; }
    // A damaged journal is refused whole (no entry of it is replayed) and moved aside, so writing the next entry
    // cannot overwrite the operations it holds; the message names the file it was moved to.
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
    QString m_stuck; // why the journal may not be written: it is damaged and could not be moved aside
};

} // namespace Stockroom::Services
