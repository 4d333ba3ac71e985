#pragma once

#include <QString>

#include <connection/connectionspec.h>
#include <optional>
#include <result.h>

class QWidget;

namespace Stockroom::Ui {

// Makes the ledger ready before the window opens — starts the embedded cluster or reaches the server,
// migrates the schema, seeds the demo data when asked — on a worker thread, with a progress dialog for
// whatever takes longer than a blink.
class Startup final
{
public:
    static Services::Result<Services::ConnectionSpec> prepare(const QString &dbUrl, bool demo,
                                                              QWidget *parent = nullptr);

    // What main() calls: --db, $STOCKROOM_DB or --demo decide where to connect; otherwise the remembered
    // choice, asked for with the connect dialog on first start (and again when it cannot connect). A
    // server's password comes from the keychain. An error with an empty message: the user cancelled.
    static Services::Result<Services::ConnectionSpec> connect(const QString &dbUrl, bool demo);
    // The same, and where the read-heavy views read: readDbUrl (--read-db) or, when connecting to the remembered
    // server, the remembered read replica; nothing for neither. A replica without a password of its own in its URL
    // or the keychain gets the primary's (a standby has the primary's roles) when the rules for a stored password
    // allow sending it there (ConnectionSpec::mayUseStoredPassword).
    static Services::Result<Services::ConnectionSpec> connect(const QString &dbUrl, bool demo, const QString &readDbUrl,
                                                              std::optional<Services::ConnectionSpec> &replica);

    // Asks again where to connect, remembers it, and restarts the app there.
    static void reconnect(QWidget *parent);
};

} // namespace Stockroom::Ui
