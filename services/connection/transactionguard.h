#pragma once

#include <QSqlDatabase>

#include <result.h>

namespace Stockroom::Services {

// Begins a transaction and rolls it back on destruction unless commit() succeeded.
class TransactionGuard final
{
public:
    explicit TransactionGuard(QSqlDatabase db);
    ~TransactionGuard();
    Q_DISABLE_COPY_MOVE(TransactionGuard)

    // Whether a guard of this thread has a transaction open on the named connection: Session then repeats
    // nothing after an error (connections belong to one thread, so the set of open ones is per thread).
    static bool isOpenOn(const QString &connectionName);

    bool active() const { return m_active; }
    Status begin() const;
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace Stockroom::Services
