#pragma once

#include <QString>

#include <connection/connectionspec.h>
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

    // Asks again where to connect, remembers it, and restarts the app there.
    static void reconnect(QWidget *parent);
};

} // namespace Stockroom::Ui
