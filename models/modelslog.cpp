#include "modelslog.h"

namespace Stockroom::Models {
Q_LOGGING_CATEGORY(lcModels, "stockroom.models", QtWarningMsg)
}
