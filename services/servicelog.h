#pragma once

#include <QLoggingCategory>

namespace Stockroom::Services {
Q_DECLARE_LOGGING_CATEGORY(lcServices)
}
