#pragma once

#include <QLoggingCategory>

namespace Stockroom::Models {
Q_DECLARE_LOGGING_CATEGORY(lcModels)
}
