#pragma once

#include <QString>

#include <connection/connectionspec.h>
#include <result.h>

namespace Stockroom::Bench {

// Creates (or reuses) database `name` on the server `admin` points at, migrated, with skus x 10 stock rows.
Services::Result<Services::ConnectionSpec> prepareDatabase(const Services::ConnectionSpec &admin, const QString &name,
                                                           int skus, bool reuse);

// This process's resident memory, in KiB (Linux /proc).
qint64 residentKiB();

} // namespace Stockroom::Bench
