#include "session.h"

#include "transactionguard.h"

#include <QAtomicInteger>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

#include <servicelog.h>

namespace Stockroom::Services {

namespace {

QAtomicInteger<quint64> s_connectionCounter;

bool looksDisconnected(const QSqlError &error)
{
    if (error.type() == QSqlError::ConnectionError)
        return true;
    const QString state = error.nativeErrorCode();
    if (state.startsWith(u"08") || state == u"57P01" || state == u"57P02" || state == u"57P03")
        return true;
    const QString text = error.databaseText();
    return text.contains(u"server closed the connection") || text.contains(u"no connection to the server") ||
           text.contains(u"terminating connection") || text.contains(u"could not connect") ||
           text.contains(u"connection to server");
}

Error::Kind kindOf(const QString &state)
{
    if (state == u"SR001" || state == u"SR005")
        return Error::Kind::Refused;
    if (state == u"SR002")
        return Error::Kind::Conflict;
    if (state == u"SR003")
        return Error::Kind::NotFound;
    if (state == u"SR004" || state.startsWith(u"22"))
        return Error::Kind::Invalid;
    if (state == u"SR007") // a purged idempotency key or event cursor: the retention is over
        return Error::Kind::Refused;
    if (state == u"SR006" || state == u"55P03") // the key is being applied; a lock not granted within lock_timeout
        return Error::Kind::Busy;
    if (state == u"42501")
        return Error::Kind::PermissionDenied;
    if (state.startsWith(u"23"))
        return Error::Kind::Refused;
    return Error::Kind::Internal;
}

// Qt's driver folds "ERROR:  text\nCONTEXT: ...\n(SQLSTATE)" into one string; the first line is the message.
QString firstLine(QString text)
{
    text = text.trimmed();
    const qsizetype newline = text.indexOf(u'\n');
    if (newline >= 0)
        text.truncate(newline);
    for (const auto prefix : {u"ERROR:", u"FATAL:"}) {
        if (text.startsWith(prefix))
            text = text.mid(QStringView(prefix).size()).trimmed();
    }
    if (text.endsWith(u')') && text.lastIndexOf(u'(') == text.size() - 7)
        text.chop(7);
    return text.trimmed();
}

} // namespace

Session::Session(ConnectionSpec spec, const QString &purpose)
    : m_spec(std::move(spec))
    , m_name(QStringLiteral("stockroom-%1-%2").arg(purpose).arg(++s_connectionCounter))
{
}

Session::~Session()
{
    close();
}

Status Session::open()
{
    if (isOpen())
        return success();
    m_prepared.clear();
    {
        QSqlDatabase db = QSqlDatabase::contains(m_name) ? QSqlDatabase::database(m_name, false)
                                                         : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        if (!db.isValid())
            return Error{Error::Kind::Internal,
                         QStringLiteral("Qt's PostgreSQL driver (QPSQL) is not installed: install libqt6sql6-psql"),
                         {}};
        m_spec.applyTo(db);
        if (!db.open()) {
            const QSqlError error = db.lastError();
            QString message =
                QStringLiteral("cannot connect to %1: %2").arg(m_spec.describe(), firstLine(error.databaseText()));
            if (const QString advice = m_spec.tlsAdvice(error.databaseText()); !advice.isEmpty())
                message += QStringLiteral(" — ") + advice;
            return Error{Error::Kind::Connection, message, error.nativeErrorCode()};
        }
    }
    qCDebug(lcServices) << "connected" << m_name << m_spec.describe();
    return success();
}

void Session::close()
{
    m_prepared.clear();
    if (QSqlDatabase::contains(m_name)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
}

bool Session::isOpen() const
{
    return QSqlDatabase::contains(m_name) && QSqlDatabase::database(m_name, false).isOpen();
}

QSqlDatabase Session::database() const
{
    return QSqlDatabase::database(m_name, false);
}

Error Session::errorFrom(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    if (looksDisconnected(error))
        return Error{Error::Kind::Connection,
                     QStringLiteral("lost the connection to the database: %1").arg(firstLine(error.databaseText())),
                     state};
    QString message = firstLine(error.databaseText());
    if (message.isEmpty())
        message = error.text();
    return Error{kindOf(state), message, state};
}

Result<QSqlQuery *> Session::runOnce(const QString &sql, const QVariantList &values)
{
    if (auto opened = open(); !opened)
        return opened.error();
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        auto query = std::make_unique<QSqlQuery>(database());
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            return errorFrom(query->lastError());
        it = m_prepared.emplace(sql, std::move(query)).first;
    }
    QSqlQuery *query = it->second.get();
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    if (!query->exec()) {
        Error error = errorFrom(query->lastError());
        if (error.kind == Error::Kind::Connection)
            m_prepared.erase(it);
        return error;
    }
    return query;
}

Result<QSqlQuery *> Session::run(const QString &sql, const QVariantList &values)
{
    for (int attempt = 1;; ++attempt) {
        // Inside a transaction nothing is repeated: after a lost connection the transaction is gone, and the
        // statement would run on its own on the new connection (a migration recorded whose changes were rolled
        // back); after an error the transaction accepts no statement until it is rolled back.
        const bool inTransaction = TransactionGuard::isOpenOn(m_name);
        auto result = runOnce(sql, values);
        if (result || inTransaction)
            return result;
        const Error &error = result.error();
        const bool reconnect = error.kind == Error::Kind::Connection && attempt == 1;
        const bool retryBusy = error.sqlState == u"SR006" && attempt <= 5;
        if (!reconnect && !retryBusy)
            return result;
        if (reconnect) {
            qCInfo(lcServices) << "reconnecting after:" << error.message;
            close();
        } else {
            QThread::msleep(5 * attempt);
        }
    }
}

Result<QJsonObject> Session::callJson(const QString &sql, const QVariantList &values)
{
    auto result = run(sql, values);
    if (!result)
        return result.error();
    QSqlQuery *query = result.value();
    if (!query->next())
        return Error{Error::Kind::Internal, QStringLiteral("the database returned no result"), {}};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(query->value(0).toString().toUtf8(), &parseError);
    query->finish();
    if (!doc.isObject())
        return Error{Error::Kind::Internal,
                     QStringLiteral("the database returned malformed JSON: %1").arg(parseError.errorString()),
                     {}};
    return doc.object();
}

Result<QJsonArray> Session::rows(const QString &sql, const QVariantList &values)
{
    auto result = run(sql, values);
    if (!result)
        return result.error();
    QSqlQuery *query = result.value();
    QJsonArray out;
    const QSqlRecord record = query->record();
    while (query->next()) {
        QJsonObject row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), QJsonValue::fromVariant(query->value(i)));
        out.append(row);
    }
    query->finish();
    return out;
}

Status Session::execScript(const QString &sql)
{
    if (auto opened = open(); !opened)
        return opened;
    QSqlQuery query(database());
    if (!query.exec(sql))
        return errorFrom(query.lastError());
    // Qt's driver reports only the first statement's error: a later one (after which the server skipped the rest
    // and rolled back the script's implicit transaction) shows when its result is reached.
    while (query.nextResult()) {
    }
    if (query.lastError().isValid())
        return errorFrom(query.lastError());
    return success();
}

} // namespace Stockroom::Services
