#pragma once

#include <functional>
#include <result.h>

namespace Stockroom::Services {

class Session;

// Seeds the demo data set (resources/demo/seed.sql) through the write API, in one transaction.
// Deterministic idempotency keys make a second run change nothing.
class DemoSeeder final
{
public:
    // step, steps, what is being done
    using Progress = std::function<void(int, int, const QString &)>;

    explicit DemoSeeder(Session &session);
    Status seed(const Progress &progress = {});

private:
    Session &m_session;
};

} // namespace Stockroom::Services
