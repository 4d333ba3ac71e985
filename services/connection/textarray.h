#pragma once

#include <QStringList>

namespace Stockroom::Services {

// PostgreSQL's text form of an array literal ({"a","b\"c"}), for a text[] parameter bound as text.
QString textArrayLiteral(const QStringList &values);

} // namespace Stockroom::Services
