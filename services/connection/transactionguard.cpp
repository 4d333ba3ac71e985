#include "transactionguard.h"

#include "session.h"

#include <QSqlError>
#include <QStringList>

namespace Stockroom::Services {

namespace {

thread_local QStringList t_open; // connections with a guard's transaction open, on this thread

} // namespace

TransactionGuard::TransactionGuard(QSqlDatabase db)
    : m_db(std::move(db))
    , m_active(m_db.transaction())
{
    if (m_active)
        t_open.append(m_db.connectionName());
}

TransactionGuard::~TransactionGuard()
{
    if (m_active) {
        t_open.removeOne(m_db.connectionName());
        m_db.rollback(); // on a lost connection this fails, and there is nothing left to roll back
    }
}

bool TransactionGuard::isOpenOn(const QString &connectionName)
{
    return t_open.contains(connectionName);
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
    t_open.removeOne(m_db.connectionName());
    if (!m_db.commit())
        return Session::errorFrom(m_db.lastError());
    return success();
}

} // namespace Stockroom::Services
