#include "textarray.h"

namespace Stockroom::Services {

QString textArrayLiteral(const QStringList &values)
{
    QStringList quoted;
    quoted.reserve(values.size());
    for (QString value : values) {
        value.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        quoted << u'"' + value + u'"';
    }
    return u'{' + quoted.join(u',') + u'}';
}

} // namespace Stockroom::Services
