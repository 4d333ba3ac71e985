#pragma once

#include <QString>

#include <connectionspec.h>
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
};

} // namespace Stockroom::Ui
