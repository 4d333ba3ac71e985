#include "servicelog.h"

namespace Stockroom::Services {
Q_LOGGING_CATEGORY(lcServices, "stockroom.services", QtWarningMsg)
}
