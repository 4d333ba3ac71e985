#pragma once

#include <QString>

namespace Stockroom::Ui {

// A message as a sentence: the ledger's and the services' messages start in lower case so they can follow
// a colon; shown on their own, they start with a capital.
inline QString sentence(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace Stockroom::Ui
