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

    bool active() const { return m_active; }
    Status begin() const;
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace Stockroom::Services
