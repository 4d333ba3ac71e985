#include "context.h"

#include <QJsonDocument>

#include <connection/ledgerlocator.h>
#include <cstdio>

namespace Stockroom::Ctl {

using Services::Error;

namespace {

void writeLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

QString kindName(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::Invalid:
        return QStringLiteral("invalid");
    case Error::Kind::NotFound:
        return QStringLiteral("not_found");
    case Error::Kind::Refused:
        return QStringLiteral("refused");
    case Error::Kind::PermissionDenied:
        return QStringLiteral("permission_denied");
    case Error::Kind::Conflict:
        return QStringLiteral("idempotency_conflict");
    case Error::Kind::Busy:
        return QStringLiteral("busy");
    case Error::Kind::Connection:
        return QStringLiteral("connection");
    case Error::Kind::Internal:
        break;
    }
    return QStringLiteral("error");
}

} // namespace

int exitCodeFor(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::Invalid:
        return Usage;
    case Error::Kind::NotFound:
    case Error::Kind::Refused:
    case Error::Kind::PermissionDenied:
        return RefusedByRules;
    case Error::Kind::Conflict:
        return KeyConflict;
    case Error::Kind::Busy:
    case Error::Kind::Connection:
    case Error::Kind::Internal:
        break;
    }
    return Failed;
}

Context::Context(Arguments arguments)
    : m_args(std::move(arguments))
{
}

Context::~Context()
{
    m_counts.reset();
    m_orders.reset();
    m_ledger.reset();
    m_session.reset();
}

bool Context::connect()
{
    if (m_session)
        return true;
    auto spec = Services::LedgerLocator::prepare(m_args.dbUrl, [this](const QString &text) {
        if (!json())
            writeLine(stderr, text);
    });
    if (!spec) {
        m_connectFailure = fail(spec.error());
        return false;
    }
    m_spec = std::make_unique<Services::ConnectionSpec>(spec.value());
    m_session = std::make_unique<Services::Session>(*m_spec, QStringLiteral("ctl"));
    if (auto opened = m_session->open(); !opened) {
        m_connectFailure = fail(opened.error());
        m_session.reset();
        return false;
    }
    m_ledger = std::make_unique<Services::LedgerService>(*m_session);
    m_orders = std::make_unique<Services::OrderService>(*m_session);
    m_counts = std::make_unique<Services::CountService>(*m_session);
    return true;
}

Services::LedgerService *Context::ledger()
{
    return connect() ? m_ledger.get() : nullptr;
}

Services::OrderService *Context::orders()
{
    return connect() ? m_orders.get() : nullptr;
}

Services::CountService *Context::counts()
{
    return connect() ? m_counts.get() : nullptr;
}

Services::Session *Context::session()
{
    return connect() ? m_session.get() : nullptr;
}

QString Context::key() const
{
    if (m_key.isEmpty())
        m_key =
            m_args.has(QStringLiteral("key")) ? m_args.value(QStringLiteral("key")) : Services::LedgerService::newKey();
    return m_key;
}

int Context::usage(const QString &message) const
{
    if (json())
        writeLine(stdout,
                  QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("error"), QStringLiteral("usage")},
                                                              {QStringLiteral("message"), message}})
                                        .toJson(QJsonDocument::Compact)));
    writeLine(stderr, QStringLiteral("stockroomctl: %1 (see stockroomctl --help)").arg(message));
    return Usage;
}

int Context::fail(const Error &error) const
{
    if (json()) {
        QJsonObject object{{QStringLiteral("error"), kindName(error.kind)}, {QStringLiteral("message"), error.message}};
        if (!error.sqlState.isEmpty())
            object.insert(QStringLiteral("sqlstate"), error.sqlState);
        writeLine(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    }
    writeLine(stderr, QStringLiteral("stockroomctl: %1").arg(error.message));
    return exitCodeFor(error);
}

bool Context::checkUnused() const
{
    const QStringList unknown = m_args.unused();
    if (unknown.isEmpty())
        return true;
    usage(QStringLiteral("%1 %2 not an option of \"%3\"")
              .arg(unknown.join(QStringLiteral(", ")),
                   unknown.size() == 1 ? QStringLiteral("is") : QStringLiteral("are"),
                   m_args.words.mid(0, 2).join(u' ')));
    return false;
}

void Context::print(const QJsonObject &object, const QString &human) const
{
    if (json())
        writeLine(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    else
        writeLine(stdout, human);
}

int Context::report(const Services::Result<QJsonObject> &result,
                    const std::function<QString(const QJsonObject &)> &human)
{
    if (!result)
        return fail(result.error());
    QJsonObject object = result.value();
    if (!m_key.isEmpty())
        object.insert(QStringLiteral("key"), m_key);
    QString line = human(object);
    if (object.value(QStringLiteral("replayed")).toBool())
        line += QStringLiteral(" (already applied with this key: nothing changed)");
    if (!m_key.isEmpty() && !m_args.has(QStringLiteral("key")))
        line += QStringLiteral(" [key %1]").arg(m_key);
    print(object, line);
    return Done;
}

} // namespace Stockroom::Ctl
