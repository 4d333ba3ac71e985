#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Stockroom::Services {

// What went wrong, in words a user can act on, and of which kind, so callers can react without parsing text.
struct Error
{
    enum class Kind
    {
        Invalid,          // the input was wrong: a negative quantity, a malformed code
        NotFound,         // an unknown SKU, location, reservation or transfer
        Refused,          // the ledger's rules said no: insufficient stock, wrong state
        PermissionDenied, // the database role may not do this
        Conflict,         // an idempotency key reused with other parameters
        Busy,             // the same key is being applied right now; retrying returns its result
        Connection,       // the server could not be reached or went away
        Internal,         // anything else
    };

    Kind kind = Kind::Internal;
    QString message;
    QString sqlState;
};

// A value or an Error. Exceptions never cross a service boundary; this does.
template <typename T>
class Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &std::get<0>(m_data); }
    const T &operator*() const { return std::get<0>(m_data); }

    const Error &error() const { return std::get<1>(m_data); }
    // The error's message, or nothing when there is none: safe where a message is always evaluated.
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

using Status = Result<std::monostate>;

inline Status success()
{
    return Status(std::monostate{});
}

} // namespace Stockroom::Services
