#pragma once

#include <QList>
#include <QString>

#include <result.h>

namespace Stockroom::Services {

class Session;

// Brings a database's schema up to the newest version this build knows, one migration file per version,
// each in its own transaction; refuses a database whose schema is newer than that.
class Migrator final
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    explicit Migrator(Session &session);

    static QList<Migration> known();
    static int latestVersion();

    Result<int> currentVersion();
    // Returns the schema version after migrating.
    Result<int> migrate();

private:
    Session &m_session;
};

} // namespace Stockroom::Services
