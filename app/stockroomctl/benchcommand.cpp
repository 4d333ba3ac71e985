#include "commands.h"
#include "context.h"

namespace Stockroom::Ctl {

int benchCommand(Context &ctx)
{
    return ctx.usage(QStringLiteral("bench reserve is not built yet"));
}

} // namespace Stockroom::Ctl
