#include "transactionguard.h"

#include "session.h"

#include <QSqlError>

namespace Stockroom::Services {

TransactionGuard::TransactionGuard(QSqlDatabase db)
    : m_db(std::move(db))
    , m_active(m_db.transaction())
{
}

TransactionGuard::~TransactionGuard()
{
    if (m_active)
        m_db.rollback();
}

Status TransactionGuard::begin() const
{
    if (m_active)
        return success();
    return Session::errorFrom(m_db.lastError());
}

Status TransactionGuard::commit()
{
    if (!m_active)
        return Session::errorFrom(m_db.lastError());
    m_active = false;
    if (!m_db.commit())
        return Session::errorFrom(m_db.lastError());
    return success();
}

} // namespace Stockroom::Services
