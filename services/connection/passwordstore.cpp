#include "passwordstore.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace Stockroom::Services {

namespace {

const QString kService = QStringLiteral("Stockroom ledger");

// QtKeychain's jobs are asynchronous; wait for this one in a local event loop (it is quick, or fails fast).
Error errorOf(const QKeychain::Job &job)
{
    const auto kind = job.error() == QKeychain::EntryNotFound ? Error::Kind::NotFound : Error::Kind::Internal;
    return Error{kind, QStringLiteral("keychain: %1").arg(job.errorString()), {}};
}

void run(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

} // namespace

QString PasswordStore::account(const QString &where)
{
    return where;
}

Result<QString> PasswordStore::readFor(const ConnectionSpec &spec)
{
    if (!spec.mayUseStoredPassword())
        return Error{Error::Kind::Refused,
                     QStringLiteral("the password kept for %1 is not sent: the connection may be without TLS "
                                    "(sslmode=%2). Choose require or verify-full, or allow this server without TLS")
                         .arg(spec.describe(), spec.sslMode()),
                     {}};
    return read(spec.describe());
}

Result<QString> PasswordStore::read(const QString &where)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(account(where));
    run(job);
    if (job.error() != QKeychain::NoError)
        return errorOf(job);
    return job.textData();
}

Status PasswordStore::write(const QString &where, const QString &password)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(account(where));
    job.setTextData(password);
    run(job);
    if (job.error() != QKeychain::NoError)
        return errorOf(job);
    return success();
}

Status PasswordStore::remove(const QString &where)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(account(where));
    run(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return errorOf(job);
    return success();
}

} // namespace Stockroom::Services
